"""The gate every text passes before FreightDesk stores or prints it.

Texts end up on air waybills, manifests and Cargo-IMP messages, so they must be
printable, bounded and comparable: NFC-normalised, one space between words, no control
or bidi-override characters (which would corrupt a message or disguise a name).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import NoReturn

from core.errors import ValidationError

# Maximum lengths in characters (not bytes: Chinese names count one per character).
# Guided by IATA Cargo-IMP line limits: a party name is two 35-character lines, an address
# three, a city one. Tax ids: USCC is 18 characters, an EU VAT number at most 20 (country
# prefix + 2..15), an EORI at most 17; 35 is the generic Cargo-IMP identifier width.
# Added beyond the brief: contact_name (like name), province (one line), reference
# (shipper's/customer's reference, one line), house_awb (Cargo-IMP HWB number, 12),
# handling_information (three 65-character Cargo-IMP SSR lines), user_name (like name).
FIELD_LIMITS: dict[str, int] = {
    "name": 70,
    "contact_name": 70,
    "address": 105,
    "city": 35,
    "province": 35,
    "postcode": 12,
    "phone": 25,
    "email": 70,
    "account_number": 20,
    "goods_description": 140,
    "reason": 200,
    "station": 3,
    "tax_id": 35,
    "uscc": 18,
    "eu_vat": 20,
    "eori": 17,
    "notes": 500,
    "booking_notes": 500,
    "carrier_name": 70,
    "client_request_id": 64,
    "flight_number": 8,
    "aircraft_registration": 10,
    "reference": 35,
    "house_awb": 12,
    "handling_information": 195,
    "user_name": 70,
}

# Unicode "Zs" space separators (NBSP, ideographic space U+3000 from Chinese input...)
# plus tab: all collapse to one ASCII space so names compare and print alike.
_SPACES = "\t \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACE_RUN = re.compile(f"[{re.escape(_SPACES)}]+")
# Line breaks a clerk may paste: CRLF (Windows), CR (old Mac), LS/PS (Word, web pages).
_LINE_BREAK = re.compile("\r\n?|[\n\u2028\u2029]")
_BLANKS = _SPACES + "\r\n\u2028\u2029"
_SURROGATE = re.compile("[\ud800-\udfff]")
# Bidi embeddings/overrides/isolates can make "moc.evil" display as "live.com": always
# refused (they are Cf, listed so the rule is explicit).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# ZWNJ/ZWJ are Cf but needed to spell some scripts (Persian, Indic) and emoji sequences.
_JOINERS = frozenset("\u200c\u200d")
_MAX_SHOWN = 20


def clean_text(
    value: object,
    field: str,
    *,
    max_len: int | None = None,
    required: bool = True,
    multiline: bool = False,
) -> str:
    """Return ``value`` normalised, or raise ValidationError naming ``field`` and the rule.

    ``max_len`` defaults to FIELD_LIMITS[field], falling back to the last dotted part of
    ``field`` (``"consignee.name"`` -> ``"name"``); KeyError when neither is known.
    """
    limit = _limit(field, max_len)
    text = _require_str(value, field)
    if text.isprintable() and "  " not in text:
        # The common case, in one step: nothing below would refuse or collapse anything
        # (the tests hold _reject_controls and _tidy to their full rules).
        text = unicodedata.normalize("NFC", text.strip(" "))
    else:
        _reject_surrogates(text, field)
        _reject_controls(text, field, multiline=multiline)
        text = unicodedata.normalize("NFC", _tidy(text, multiline=multiline))
    if not text:
        if required:
            raise ValidationError(field, "text.required", f"{field}: required")
        return ""
    if len(text) > limit:
        raise ValidationError(
            field,
            "text.too_long",
            f"{field}: at most {limit} characters (got {len(text)})",
            max_len=limit,
            length=len(text),
        )
    return text


def clean_optional(
    value: object | None, field: str, *, max_len: int | None = None, multiline: bool = False
) -> str | None:
    """Like clean_text for a field that may be left empty: None or blank gives None."""
    if value is None:
        return None
    text = clean_text(value, field, max_len=max_len, required=False, multiline=multiline)
    return text or None


def clean_code(
    value: object, field: str, *, pattern: str, example: str, what: str = "a code"
) -> str:
    """Upper-case and strip ``value`` and require it to match ``pattern`` in full.

    The pattern is matched in ASCII mode so \\d or \\w never admit Arabic-Indic digits or
    other look-alikes that carriers' systems would reject.
    """
    code = _require_str(value, field).strip().upper()
    if not code:
        raise ValidationError(field, "text.required", f"{field}: required")
    if not _ascii_pattern(pattern).fullmatch(code):
        raise ValidationError(
            field,
            "code.format",
            f"{field}: expected {what} such as {example} (got {_shown(code)})",
            value=code,
            example=example,
        )
    return code


@lru_cache(maxsize=256)  # the patterns are the callers' constants: a handful
def _ascii_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, flags=re.ASCII)


def iata_airport(value: object, field: str) -> str:
    """IATA location identifier: three letters (Resolution 763), e.g. CGO."""
    return clean_code(value, field, pattern="[A-Z]{3}", example="CGO", what="an IATA airport code")


# IATA Resolution 762: a two-character airline designator has at least one letter.
_CARRIER = "(?:[A-Z][A-Z0-9]|[0-9][A-Z])"


def iata_carrier(value: object, field: str = "carrier") -> str:
    """IATA airline designator: two letters or digits, e.g. CV or 5Y."""
    return clean_code(
        value, field, pattern=_CARRIER, example="CV", what="an IATA airline designator"
    )


def flight_number(value: object, field: str = "flight_number") -> str:
    """Carrier designator + 1-4 digits + optional operational suffix letter (IATA SSIM).

    Spaces are dropped ("CV 9741" -> "CV9741"); leading zeros stay as typed because
    carriers' systems and printed timetables treat "CV0741" and "CV741" as written.
    """
    compact = "".join(_require_str(value, field).split())
    return clean_code(
        compact,
        field,
        pattern=f"{_CARRIER}[0-9]{{1,4}}[A-Z]?",
        example="CV9741",
        what="a flight number",
    )


def country_code(value: object, field: str = "country") -> str:
    """ISO 3166-1 alpha-2 country code, checked against CLDR's list (via babel)."""
    code = clean_code(value, field, pattern="[A-Z]{2}", example="CN", what="an ISO country code")
    if code not in _country_codes():
        raise ValidationError(
            field,
            "country.unknown",
            f"{field}: unknown country code {code!r} (ISO 3166-1 alpha-2, such as CN)",
            value=code,
        )
    return code


# CLDR territories that are not ISO 3166-1 countries: groupings (EU, EZ, UN, QO),
# pseudo-locales (XA, XB), unknown (ZZ) and ISO's "exceptionally reserved" codes
# (AC, CP, CQ, DG, EA, IC, TA). XK (Kosovo, user-assigned) stays: EU customs and
# carriers use it.
_NOT_ISO_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
)


@cache
def _country_codes() -> frozenset[str]:
    from babel import Locale  # deferred: loading CLDR data is only needed on first use

    territories = Locale("en").territories
    codes = {c for c in territories if isinstance(c, str) and len(c) == 2 and c.isalpha()}
    return frozenset(codes - _NOT_ISO_COUNTRIES)


def _limit(field: str, max_len: int | None) -> int:
    if max_len is not None:
        return max_len
    if field in FIELD_LIMITS:
        return FIELD_LIMITS[field]
    return FIELD_LIMITS[field.rpartition(".")[2]]


def _require_str(value: object, field: str) -> str:
    # str() is never applied: str(None) == "None" would be stored as a name.
    if not isinstance(value, str):
        raise ValidationError(
            field,
            "text.type",
            f"{field}: expected text (got {type(value).__name__})",
            type=type(value).__name__,
        )
    return value


def _reject_surrogates(text: str, field: str) -> None:
    # A lone surrogate (from a mis-decoded file) cannot be encoded as UTF-8 at all.
    match = _SURROGATE.search(text)
    if match:
        position = match.start() + 1
        raise ValidationError(
            field,
            "text.encoding",
            f"{field}: invalid character encoding at position {position}",
            position=position,
        )


def _reject_controls(text: str, field: str, *, multiline: bool) -> None:
    """Refuse control/format characters; positions are 1-based, counted as typed."""
    # Fast path for nearly every text: all it refuses is non-printable per str.isprintable
    # (line breaks are Cc/Zl/Zp, controls Cc, format characters and bidi overrides Cf).
    if not text.isprintable():
        _scan_controls(text, field, multiline=multiline)


def _scan_controls(text: str, field: str, *, multiline: bool) -> None:
    """The character-by-character rule (tests hold the fast path of _reject_controls to it)."""
    start = len(text) - len(text.lstrip(_BLANKS))
    end = len(text.rstrip(_BLANKS))
    for index, char in enumerate(text):
        if _LINE_BREAK.match(char):
            if not multiline and start <= index < end:
                _raise_newline(field, index + 1)
        elif _is_control(char):
            _raise_control(field, char, index + 1)


def _is_control(char: str) -> bool:
    if char == "\t":
        return False  # a tab is collapsed to a space, e.g. pasted from a spreadsheet
    if char in _BIDI_CONTROLS:
        return True
    category = unicodedata.category(char)
    return category == "Cc" or (category == "Cf" and char not in _JOINERS)


def _raise_newline(field: str, position: int) -> NoReturn:
    raise ValidationError(
        field,
        "text.newline",
        f"{field}: a line break is not allowed here (position {position})",
        position=position,
    )


def _raise_control(field: str, char: str, position: int) -> NoReturn:
    codepoint = f"U+{ord(char):04X}"
    raise ValidationError(
        field,
        "text.control_character",
        f"{field}: control character {codepoint} at position {position} is not allowed",
        position=position,
        codepoint=codepoint,
    )


def _tidy(text: str, *, multiline: bool) -> str:
    """Collapse space runs and strip; multi-line texts keep LF-separated lines."""
    if "  " not in text and text.isprintable():
        # The common case: no line break, tab or other space than " " (all non-printable)
        # and no run of spaces, so neither substitution would change anything.
        return text.strip(" ")
    return _tidy_lines(text, multiline=multiline)


def _tidy_lines(text: str, *, multiline: bool) -> str:
    """The full rule (tests hold the fast path of _tidy to it)."""
    text = _LINE_BREAK.sub("\n", text)
    if not multiline:
        return _SPACE_RUN.sub(" ", text).strip(" \n")
    lines = (_SPACE_RUN.sub(" ", line).strip(" ") for line in text.split("\n"))
    return "\n".join(lines).strip("\n")


def _shown(value: str) -> str:
    """A quoted, escaped, bounded echo of bad input for an error message."""
    if len(value) > _MAX_SHOWN:
        value = value[:_MAX_SHOWN] + "…"
    return repr(value)
