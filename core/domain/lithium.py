"""Lithium batteries under IATA DGR Section II, the only lithium FreightDesk's desk accepts.

DOMAIN.md "Lithium batteries": PI966/967 lithium-ion (SHC ELI), PI969/970 lithium-metal
(SHC ELM). Anything fully regulated (PI965, PI968, a rating over a Section II limit, RLI/RLM)
is refused with the rule named: it needs a dangerous-goods specialist and a Shipper's
Declaration for Dangerous Goods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import NamedTuple, NoReturn

from core.domain.shc import MAX_SHCS
from core.domain.text import clean_code
from core.errors import ValidationError

PI_FIELD = "lithium.packing_instruction"
SOC_FIELD = "lithium.state_of_charge_pct"
_SPECIALIST = "it needs a dangerous-goods specialist and a Shipper's Declaration"

# Since 1 April 2022 (DGR 63rd edition) batteries shipped alone have no Section II.
_BATTERIES_ALONE = {"PI965": "lithium-ion", "PI968": "lithium-metal"}
_SHC_BY_PI = {"PI966": "ELI", "PI967": "ELI", "PI969": "ELM", "PI970": "ELM"}
_LITHIUM_SHCS = ("ELI", "ELM", "RLI", "RLM")
_FULLY_REGULATED_SHCS = ("RLI", "RLM")
_STATEMENT = {"ELI": "LITHIUM ION BATTERIES", "ELM": "LITHIUM METAL BATTERIES"}

# DGR PI966 Section II (66th edition): from 1 January 2026 cells and batteries above
# 2.7 Wh must be at a state of charge of at most 30 % (only recommended before, and for
# PI967).
SOC_RULE_FROM = date(2026, 1, 1)
SOC_LIMIT_PCT = Decimal(30)
SOC_EXEMPT_WH = Decimal("2.7")
_MAX_SHOWN = 20
# Far above any Section II limit, below what the scaled-integer column can hold.
_MAX_RATING = Decimal(1_000_000)


class _Limit(NamedTuple):
    attr: str
    limit: Decimal
    unit: str
    what: str


# Section II limits: Li-ion cell <= 20 Wh, battery <= 100 Wh; Li-metal cell <= 1 g,
# battery <= 2 g lithium content.
_LIMITS = {
    "ELI": (
        _Limit("cell_wh", Decimal(20), "Wh", "lithium-ion cell"),
        _Limit("battery_wh", Decimal(100), "Wh", "lithium-ion battery"),
    ),
    "ELM": (
        _Limit("cell_lithium_g", Decimal(1), "g", "lithium-metal cell"),
        _Limit("battery_lithium_g", Decimal(2), "g", "lithium-metal battery"),
    ),
}


@dataclass(frozen=True)
class LithiumDeclaration:
    """What a shipper declares for lithium batteries on a booking or house shipment."""

    packing_instruction: str  # "PI966"
    cell_wh: Decimal | None = None
    battery_wh: Decimal | None = None
    cell_lithium_g: Decimal | None = None
    battery_lithium_g: Decimal | None = None
    state_of_charge_pct: Decimal | None = None


def parse_lithium(
    packing_instruction: object,
    *,
    cell_wh: object = None,
    battery_wh: object = None,
    cell_lithium_g: object = None,
    battery_lithium_g: object = None,
    state_of_charge_pct: object = None,
) -> LithiumDeclaration:
    """Build a declaration from form or CLI input ("966", "PI966", "pi 966"; "20.5", 20)."""
    soc = _decimal(state_of_charge_pct, SOC_FIELD, allow_zero=True, places=1)
    if soc is not None and soc > 100:
        _raise_number(
            SOC_FIELD,
            "number.out_of_range",
            f"{SOC_FIELD}: 0 to 100 (got {soc})",
            value=soc,
            maximum=100,
        )
    return LithiumDeclaration(
        packing_instruction=_packing_instruction(packing_instruction),
        cell_wh=_decimal(cell_wh, "lithium.cell_wh"),
        battery_wh=_decimal(battery_wh, "lithium.battery_wh"),
        cell_lithium_g=_decimal(cell_lithium_g, "lithium.cell_lithium_g"),
        battery_lithium_g=_decimal(battery_lithium_g, "lithium.battery_lithium_g"),
        state_of_charge_pct=soc,
    )


def check_lithium(decl: LithiumDeclaration, shcs: tuple[str, ...], on: date) -> str:
    """Refuse anything outside Section II on date ``on``; return the SHC it requires."""
    shc = _required_shc(decl.packing_instruction)
    _check_shcs(shcs, decl.packing_instruction, shc)
    _check_ratings(decl, shc)
    _check_state_of_charge(decl, on)
    return shc


def section_ii_statement(decl: LithiumDeclaration) -> str:
    """The AWB handling-information text for the declaration (DGR Section II marking)."""
    shc = _required_shc(decl.packing_instruction)
    return f"{_STATEMENT[shc]} IN COMPLIANCE WITH SECTION II OF {decl.packing_instruction}"


def shc_consistent(shcs: tuple[str, ...], decl: LithiumDeclaration | None) -> tuple[str, ...]:
    """Return ``shcs`` with ELI/ELM added as the declaration requires.

    Without a declaration a lithium code is refused: the AWB would carry a lithium SHC
    with no packing instruction or Section II statement behind it.
    """
    if decl is None:
        _refuse_lithium_shc_without_declaration(shcs)
        return shcs
    shc = _required_shc(decl.packing_instruction)
    _check_shcs(shcs, decl.packing_instruction, shc)
    if shc in shcs:
        return shcs
    if len(shcs) >= MAX_SHCS:
        raise ValidationError(
            "shc",
            "shc.too_many",
            f"shc: no room for {shc}: at most {MAX_SHCS} special handling codes",
            max_count=MAX_SHCS,
            count=len(shcs) + 1,
            shc=shc,
        )
    return (*shcs, shc)


def _packing_instruction(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        value = "".join(value.split())
    code = clean_code(
        value,
        PI_FIELD,
        pattern="(?:PI)?[0-9]{3}",
        example="PI966",
        what="a packing instruction",
    )
    pi = code if code.startswith("PI") else f"PI{code}"
    _required_shc(pi)
    return pi


def _required_shc(pi: str) -> str:
    if pi in _BATTERIES_ALONE:
        raise ValidationError(
            PI_FIELD,
            "lithium.fully_regulated",
            f"{PI_FIELD}: {pi} ({_BATTERIES_ALONE[pi]} batteries shipped alone) has had no "
            f"Section II since 1 April 2022, so it is fully regulated: {_SPECIALIST}",
            packing_instruction=pi,
        )
    if pi not in _SHC_BY_PI:
        raise ValidationError(
            PI_FIELD,
            "lithium.unknown_packing_instruction",
            f"{PI_FIELD}: expected PI966, PI967, PI969 or PI970 (got {pi!r})",
            packing_instruction=pi,
        )
    return _SHC_BY_PI[pi]


def _check_shcs(shcs: tuple[str, ...], pi: str, required: str) -> None:
    for code in shcs:
        if code in _FULLY_REGULATED_SHCS:
            raise ValidationError(
                "shc",
                "lithium.fully_regulated_shc",
                f"shc: {code} marks fully regulated lithium batteries, which are accepted "
                f"only under Section II: {_SPECIALIST}",
                shc=code,
            )
        if code in _STATEMENT and code != required:
            raise ValidationError(
                "shc",
                "lithium.shc_mismatch",
                f"shc: {code} does not match {pi}, which requires {required}",
                shc=code,
                required=required,
                packing_instruction=pi,
            )


def _check_ratings(decl: LithiumDeclaration, shc: str) -> None:
    limits = _LIMITS[shc]
    values: list[Decimal | None] = [getattr(decl, limit.attr) for limit in limits]
    if all(value is None for value in values):
        unit = limits[0].unit
        raise ValidationError(
            f"lithium.{limits[-1].attr}",
            "lithium.missing_rating",
            f"lithium.{limits[-1].attr}: {decl.packing_instruction} needs the cell or "
            f"battery rating in {unit} to check the Section II limits",
            packing_instruction=decl.packing_instruction,
            unit=unit,
        )
    for limit, value in zip(limits, values, strict=True):
        if value is not None and value > limit.limit:
            _raise_over_limit(limit, value)


def _raise_over_limit(limit: _Limit, value: Decimal) -> NoReturn:
    field = f"lithium.{limit.attr}"
    raise ValidationError(
        field,
        "lithium.over_section_ii",
        f"{field}: {value} {limit.unit} is over the Section II limit of {limit.limit} "
        f"{limit.unit} per {limit.what}, so it is fully regulated: {_SPECIALIST}",
        value=value,
        limit=limit.limit,
        unit=limit.unit,
    )


def _check_state_of_charge(decl: LithiumDeclaration, on: date) -> None:
    if decl.packing_instruction != "PI966" or on < SOC_RULE_FROM:
        return
    ratings = [wh for wh in (decl.cell_wh, decl.battery_wh) if wh is not None]
    if not ratings or max(ratings) <= SOC_EXEMPT_WH:
        return
    soc = decl.state_of_charge_pct
    rule = (
        f"from 1 January 2026, PI966 cells and batteries above {SOC_EXEMPT_WH} Wh "
        f"must be at a state of charge of at most {SOC_LIMIT_PCT} %"
    )
    if soc is None:
        raise ValidationError(
            SOC_FIELD,
            "lithium.state_of_charge",
            f"{SOC_FIELD}: required: {rule}",
            reason="missing",
            limit=SOC_LIMIT_PCT,
        )
    if soc > SOC_LIMIT_PCT:
        raise ValidationError(
            SOC_FIELD,
            "lithium.state_of_charge",
            f"{SOC_FIELD}: {rule} (got {soc} %)",
            reason="over_limit",
            limit=SOC_LIMIT_PCT,
            value=soc,
        )


def _refuse_lithium_shc_without_declaration(shcs: tuple[str, ...]) -> None:
    for code in shcs:
        if code in _LITHIUM_SHCS:
            raise ValidationError(
                "shc",
                "lithium.shc_without_declaration",
                f"shc: {code} needs a lithium battery declaration (packing instruction and rating)",
                shc=code,
            )


def _decimal(
    value: object, field: str, *, allow_zero: bool = False, places: int = 3
) -> Decimal | None:
    """A finite decimal from str/int/Decimal (float via its shortest repr); blank is None.

    Ratings are kept to 0.001 Wh / g and the state of charge to 0.1 %: finer figures are
    not on any battery's label, and the database stores them exactly at that precision.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _to_decimal(value, field)
    if not number.is_finite():
        _raise_number(field, "number.not_finite", f"{field}: must be a finite number")
    if number < 0 or (number == 0 and not allow_zero):
        rule = "zero or more" if allow_zero else "more than zero"
        _raise_number(
            field, "number.not_positive", f"{field}: must be {rule} (got {number})", value=number
        )
    if number != number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN):
        _raise_number(
            field, "number.precision", f"{field}: at most {places} decimals", places=places
        )
    if number > _MAX_RATING:
        _raise_number(
            field, "number.out_of_range", f"{field}: at most {_MAX_RATING}", maximum=_MAX_RATING
        )
    return number


def _to_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        _raise_number(
            field,
            "number.type",
            f"{field}: expected a number (got {type(value).__name__})",
            type=type(value).__name__,
        )
    text = value.strip() if isinstance(value, str) else str(value)
    try:
        return Decimal(text)
    except InvalidOperation:
        shown = repr(text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN] + "…")
        _raise_number(
            field, "number.format", f"{field}: expected a number (got {shown})", value=text
        )


def _raise_number(field: str, code: str, message: str, **params: object) -> NoReturn:
    raise ValidationError(field, code, message, **params)
