"""Special handling codes (IATA Recommended Practice 1600t) and the security status."""

from __future__ import annotations

import re

from core.domain.text import clean_text
from core.errors import ValidationError

# The codes a forwarder's desk meets; DOMAIN.md "Special handling codes".
KNOWN_SHC: dict[str, str] = {
    "GEN": "General cargo",
    "ECM": "E-commerce shipment",
    # e-AWB codes (IATA Resolution 672), not e-commerce despite the "EC".
    "ECC": "e-AWB: consignment under an electronic contract (no paper AWB)",
    "ECP": "e-AWB: consignment under a paper AWB contract",
    "EAP": "e-freight consignment with accompanying paper documents",
    "EAW": "e-freight consignment without accompanying documents",
    "ELI": "Lithium-ion batteries, Section II of PI966/PI967",
    "ELM": "Lithium-metal batteries, Section II of PI969/PI970",
    "RLI": "Fully regulated lithium-ion batteries (UN3480/UN3481)",
    "RLM": "Fully regulated lithium-metal batteries (UN3090/UN3091)",
    "CAO": "Cargo aircraft only",
    "DGR": "Dangerous goods",
    "RMD": "Miscellaneous dangerous goods (class 9)",
    "RRY": "Radioactive material, category II or III yellow label",
    "RRW": "Radioactive material, category I white label",
    "ICE": "Dry ice (carbon dioxide, solid)",
    "MAG": "Magnetized material",
    "REQ": "Dangerous goods in excepted quantities",
    "PER": "Perishable cargo",
    "PEF": "Flowers",
    "PEM": "Meat",
    "PEP": "Fruit and vegetables",
    "PES": "Fish and seafood",
    "EAT": "Foodstuffs",
    "HEG": "Hatching eggs",
    "COL": "Cool goods",
    "FRO": "Frozen goods",
    "CRT": "Controlled room temperature, +15 to +25 °C",
    "ERT": "Extended room temperature, +2 to +25 °C",
    "ACT": "Active temperature-controlled system",
    "PIL": "Pharmaceuticals",
    "VAL": "Valuable cargo",
    "VUN": "Vulnerable cargo",
    "AVI": "Live animals",
    "HUM": "Human remains in coffins",
    "LHO": "Living human organs or blood",
    "HEA": "Heavy cargo, 150 kg and over per piece",
    "BIG": "Outsized cargo",
    "WET": "Wet cargo not in watertight packaging",
    "OBX": "Obnoxious cargo",
    "DIP": "Diplomatic mail",
    "ATT": "Goods attached to the air waybill",
    "AOG": "Aircraft on ground (spare parts)",
    "XPS": "Priority small package",
}

# Screening result (EU Regulation 2015/1998, ICAO Annex 17): printed on the AWB apart
# from the handling codes, so they are refused inside an SHC list.
SECURITY_STATUSES = ("SPX", "SCO", "NSC")

# Cargo-IMP's SPH line carries at most 9 codes.
MAX_SHCS = 9
_SEPARATORS = re.compile(r"[\s,;/]+")
_MAX_STATUS_INPUT = 50  # only bounds what an error message echoes
_MAX_SHOWN = 10


def parse_shcs(value: object, field: str = "shc") -> tuple[str, ...]:
    """Parse "ECM ELI", "ecm,eli" or a list/tuple of codes; None or blank gives ().

    Codes are upper-cased and de-duplicated, keeping the first occurrence's order.
    """
    codes: list[str] = []
    for token in _tokens(value, field):
        code = token.upper()
        _check_shc(code, field)
        if code not in codes:
            codes.append(code)
    if len(codes) > MAX_SHCS:
        raise ValidationError(
            field,
            "shc.too_many",
            f"{field}: at most {MAX_SHCS} special handling codes (got {len(codes)})",
            max_count=MAX_SHCS,
            count=len(codes),
        )
    return tuple(codes)


def _tokens(value: object, field: str) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise ValidationError(
            field,
            "text.type",
            f"{field}: expected codes as text or a list of texts (got {type(value).__name__})",
            type=type(value).__name__,
        )
    return [token for item in items for token in _SEPARATORS.split(item) if token]


def _check_shc(code: str, field: str) -> None:
    if code in SECURITY_STATUSES:
        raise ValidationError(
            field,
            "shc.security_in_shc",
            f"{field}: {code} is a security status; enter it as the security status, "
            "not as a special handling code",
            shc=code,
        )
    if code not in KNOWN_SHC:
        raise ValidationError(
            field,
            "shc.unknown",
            f"{field}: unknown special handling code {_shown(code)}",
            shc=code,
        )


def parse_security_status(value: object, field: str = "security_status") -> str:
    """SPX secured for all aircraft, SCO cargo aircraft only, NSC not secured."""
    status = clean_text(value, field, max_len=_MAX_STATUS_INPUT).upper()
    if status not in SECURITY_STATUSES:
        raise ValidationError(
            field,
            "security_status.unknown",
            f"{field}: expected SPX, SCO or NSC (got {_shown(status)})",
            value=status,
        )
    return status


def _shown(code: str) -> str:
    return repr(code if len(code) <= _MAX_SHOWN else code[:_MAX_SHOWN] + "…")
