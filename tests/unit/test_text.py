"""core.domain.text: the gate every text passes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.text import (
    FIELD_LIMITS,
    clean_code,
    clean_optional,
    clean_text,
    country_code,
    flight_number,
    iata_airport,
    iata_carrier,
)
from core.errors import ValidationError


def _code_of(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    return info.value.code


# --- clean_text: what is accepted and how it is normalised -----------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  ACME  Ltd ", "ACME Ltd"),
        ("ACME\t\tLtd", "ACME Ltd"),
        ("ACME\u00a0\u3000Ltd", "ACME Ltd"),  # NBSP and the ideographic space of Chinese IMEs
        ("ACME Ltd\r\n", "ACME Ltd"),  # a trailing line break pasted from a spreadsheet cell
        ("e\u0301cole", "\u00e9cole"),  # NFD input comes out NFC
        ("郑州跨境电商有限公司", "郑州跨境电商有限公司"),
        ("Zürich", "Zürich"),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),
    ],
)
def test_clean_text_normalises(raw: str, expected: str) -> None:
    assert clean_text(raw, "name") == expected


def test_chinese_names_are_counted_by_characters() -> None:
    name = "郑" * 70  # 210 bytes in UTF-8, 70 characters
    assert clean_text(name, "name") == name
    assert _code_of(clean_text, name + "郑", "name") == "text.too_long"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "text.required"),
        ("   \t ", "text.required"),
        ("\u3000", "text.required"),
        ("a" * 71, "text.too_long"),
        ("ACME\x00Ltd", "text.control_character"),
        ("\x1b[31mACME", "text.control_character"),
        ("ACME\u202eLtd", "text.control_character"),  # right-to-left override
        ("ACME\u2066Ltd", "text.control_character"),  # left-to-right isolate
        ("ACME\ufeffLtd", "text.control_character"),  # BOM / zero-width no-break space
        ("ACME\x7f", "text.control_character"),
        ("ACME\x85Ltd", "text.control_character"),  # NEL
        ("ACME\nLtd", "text.newline"),
        ("ACME\rLtd", "text.newline"),
        ("ACME\u2028Ltd", "text.newline"),
        ("ACME\ud800Ltd", "text.encoding"),
    ],
)
def test_clean_text_refuses(raw: str, code: str) -> None:
    assert _code_of(clean_text, raw, "name") == code


def test_error_names_field_rule_and_values() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text("a" * 85, "name")
    error = info.value
    assert error.field == "name"
    assert error.message == "name: at most 70 characters (got 85)"
    assert error.params == {"max_len": 70, "length": 85}


def test_control_character_position_is_as_typed() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text("  ab\x00", "name")
    assert info.value.params == {"position": 5, "codepoint": "U+0000"}
    assert "U+0000 at position 5" in info.value.message


@pytest.mark.parametrize("value", [None, 5, 3.5, b"ACME", ["ACME"], True])
def test_non_text_is_refused_not_converted(value: object) -> None:
    assert _code_of(clean_text, value, "name") == "text.type"


def test_optional_empty_is_allowed_when_not_required() -> None:
    assert clean_text("  ", "name", required=False) == ""


def test_explicit_max_len_overrides_the_table() -> None:
    assert clean_text("abc", "name", max_len=3) == "abc"
    assert _code_of(clean_text, "abcd", "name", max_len=3) == "text.too_long"


def test_dotted_field_falls_back_to_its_last_part() -> None:
    assert _code_of(clean_text, "a" * 71, "consignee.name") == "text.too_long"


def test_unknown_field_without_max_len_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        clean_text("x", "no_such_field")


def test_multiline_keeps_lines_and_normalises_line_ends() -> None:
    raw = "  first  line \r\nsecond\rthird\u2029\n"
    assert clean_text(raw, "notes", multiline=True) == "first line\nsecond\nthird"


def test_multiline_still_refuses_control_characters() -> None:
    assert _code_of(clean_text, "a\n\x1b", "notes", multiline=True) == "text.control_character"


def test_field_limits_follow_cargo_imp() -> None:
    assert FIELD_LIMITS["name"] == 70
    assert FIELD_LIMITS["city"] == 35
    assert FIELD_LIMITS["uscc"] == 18
    assert FIELD_LIMITS["client_request_id"] == 64


@pytest.mark.parametrize(
    ("raw", "expected"), [(None, None), ("", None), ("  ", None), (" x ", "x")]
)
def test_clean_optional(raw: object, expected: str | None) -> None:
    assert clean_optional(raw, "postcode") == expected


def test_clean_optional_still_checks() -> None:
    assert _code_of(clean_optional, "1" * 13, "postcode") == "text.too_long"
    assert _code_of(clean_optional, 12345, "postcode") == "text.type"


# --- codes -------------------------------------------------------------------------------


def test_clean_code_message() -> None:
    with pytest.raises(ValidationError) as info:
        iata_airport("xx1", "origin")
    assert info.value.code == "code.format"
    assert info.value.message == "origin: expected an IATA airport code such as CGO (got 'XX1')"


def test_clean_code_is_ascii_only() -> None:
    # \d would admit Arabic-Indic digits without the ASCII flag.
    assert _code_of(clean_code, "\u0661\u0662", "x", pattern=r"\d+", example="12") == "code.format"


@pytest.mark.parametrize(("raw", "expected"), [("cgo", "CGO"), (" lux ", "LUX"), ("Fra", "FRA")])
def test_iata_airport(raw: str, expected: str) -> None:
    assert iata_airport(raw, "origin") == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "text.required"),
        ("CG", "code.format"),
        ("CGOX", "code.format"),
        ("C G", "code.format"),
        ("CGÖ", "code.format"),
        (None, "text.type"),
    ],
)
def test_iata_airport_refuses(raw: object, code: str) -> None:
    assert _code_of(iata_airport, raw, "origin") == code


@pytest.mark.parametrize(("raw", "expected"), [("cv", "CV"), ("5y", "5Y"), ("K4", "K4")])
def test_iata_carrier(raw: str, expected: str) -> None:
    assert iata_carrier(raw) == expected


@pytest.mark.parametrize("raw", ["C", "CVX", "55", "C-", ""])
def test_iata_carrier_refuses(raw: str) -> None:
    assert _code_of(iata_carrier, raw) in {"code.format", "text.required"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CV9741", "CV9741"),
        ("cv 9741", "CV9741"),
        ("TK6421", "TK6421"),
        ("5Y8123", "5Y8123"),
        ("CV0741", "CV0741"),
        ("LH8400A", "LH8400A"),
        ("CV1", "CV1"),
    ],
)
def test_flight_number(raw: str, expected: str) -> None:
    assert flight_number(raw) == expected


@pytest.mark.parametrize("raw", ["CV", "CV97411", "CV9741AB", "9741", "55123", "CV-9741"])
def test_flight_number_refuses(raw: str) -> None:
    assert _code_of(flight_number, raw) == "code.format"


@pytest.mark.parametrize(("raw", "expected"), [("cn", "CN"), (" DE ", "DE"), ("XK", "XK")])
def test_country_code(raw: str, expected: str) -> None:
    assert country_code(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("XY", "country.unknown"),
        ("EU", "country.unknown"),
        ("ZZ", "country.unknown"),
        ("CHN", "code.format"),
    ],
)
def test_country_code_refuses(raw: str, code: str) -> None:
    assert _code_of(country_code, raw) == code


# --- properties ------------------------------------------------------------------------

LIMIT = 40


def _cleaned_or_none(raw: str, multiline: bool) -> str | None:
    try:
        return clean_text(raw, "name", max_len=LIMIT, required=False, multiline=multiline)
    except ValidationError:
        return None


@given(st.text(max_size=80), st.booleans())
def test_clean_text_properties(raw: str, multiline: bool) -> None:
    cleaned = _cleaned_or_none(raw, multiline)
    if cleaned is None:
        return
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(cleaned) <= LIMIT
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    for char in cleaned:
        category = unicodedata.category(char)
        assert category != "Cc" or (multiline and char == "\n")
        assert category != "Cf" or char in "\u200c\u200d"
    assert (
        clean_text(cleaned, "name", max_len=LIMIT, required=False, multiline=multiline) == cleaned
    )


@given(st.text(alphabet=st.characters(categories=["L", "M", "N", "Zs", "P"]), max_size=60))
def test_printable_text_is_either_accepted_or_too_long(raw: str) -> None:
    try:
        clean_text(raw, "name", max_len=LIMIT, required=False)
    except ValidationError as error:
        assert error.code == "text.too_long"
