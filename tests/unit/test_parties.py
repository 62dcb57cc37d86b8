"""core.domain.parties: identifiers and contact details."""

from __future__ import annotations

import pytest
from stdnum.cn import uscc as stdnum_uscc

from core.domain.parties import (
    validate_account_number,
    validate_email,
    validate_eori,
    validate_phone,
    validate_uscc,
)
from core.errors import ValidationError

# A Zhengzhou-registered enterprise (authority 9, type 1, region 410100) whose check
# character is computed, not copied, so the test follows GB 32100-2015 itself.
USCC_BODY = "91410100MA3X1234A"
VALID_USCC = USCC_BODY + stdnum_uscc.calc_check_digit(USCC_BODY)


def _error(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call(*args)  # type: ignore[operator]
    return info.value


# --- USCC ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [VALID_USCC, VALID_USCC.lower(), f" {VALID_USCC} ", "9141 0100 MA3X 1234 A" + VALID_USCC[-1]],
)
def test_valid_uscc(raw: str) -> None:
    assert validate_uscc(raw) == VALID_USCC


def test_published_uscc_example() -> None:
    assert validate_uscc("91110000600037341L") == "91110000600037341L"


def _wrong_check(code: str) -> str:
    other = "0" if code[-1] != "0" else "1"
    return code[:-1] + other


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (VALID_USCC[:-1], "length"),
        (VALID_USCC + "1", "length"),
        (_wrong_check(VALID_USCC), "check_character"),
        ("A" + VALID_USCC[1:], "format"),  # first 8 must be digits
        (VALID_USCC[:9] + "I" + VALID_USCC[10:], "format"),  # I is not in the alphabet
    ],
)
def test_invalid_uscc(raw: str, reason: str) -> None:
    error = _error(validate_uscc, raw)
    assert (error.code, error.params["reason"], error.field) == ("uscc.invalid", reason, "uscc")
    assert error.message.startswith("uscc: ")


@pytest.mark.parametrize(
    ("raw", "code"),
    [("", "text.required"), (None, "text.type"), ("9141\x00", "text.control_character")],
)
def test_uscc_refuses_non_text(raw: object, code: str) -> None:
    assert _error(validate_uscc, raw).code == code


def test_uscc_length_message_counts() -> None:
    assert _error(validate_uscc, "12345").message == "uscc: must be 18 characters (got 5)"


# --- e-mail ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("  ", None),
        ("ops@Example.COM", "ops@example.com"),
        (" Li.Wei+cargo@zz-logistics.com.cn ", "Li.Wei+cargo@zz-logistics.com.cn"),
    ],
)
def test_valid_email(raw: object, expected: str | None) -> None:
    assert validate_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code", "reason"),
    [
        ("ops.example.com", "email.invalid", "at_sign"),
        ("ops@@example.com", "email.invalid", "at_sign"),
        ("@example.com", "email.invalid", "at_sign"),
        ("o ps@example.com", "email.invalid", "space"),
        ("ops@localhost", "email.invalid", "domain"),
        ("ops@example..com", "email.invalid", "domain"),
        ("ops@example.com.", "email.invalid", "domain"),
        ("ops@" + "a" * 63 + ".com", "text.too_long", None),
        ("ops@exa\x00mple.com", "text.control_character", None),
    ],
)
def test_invalid_email(raw: str, code: str, reason: str | None) -> None:
    error = _error(validate_email, raw)
    assert (error.code, error.params.get("reason")) == (code, reason)


# --- phone -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("", None),
        ("+86 371 6888 1234", "+86 371 6888 1234"),
        ("(0371) 6888-1234", "(0371) 6888-1234"),
        ("12345", "12345"),
    ],
)
def test_valid_phone(raw: object, expected: str | None) -> None:
    assert validate_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1234", "phone.too_short"),
        ("+(1)-2", "phone.too_short"),
        ("+86 371 ext. 5", "phone.characters"),
        ("１２３４５", "phone.characters"),
        ("1" * 26, "text.too_long"),
        (12345, "text.type"),
    ],
)
def test_invalid_phone(raw: object, code: str) -> None:
    assert _error(validate_phone, raw).code == code


# --- EORI ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        (" ", None),
        ("de123456789012345", "DE123456789012345"),
        ("GB 123 456 789 000", "GB123456789000"),
        ("XI123456789000", "XI123456789000"),
    ],
)
def test_valid_eori(raw: object, expected: str | None) -> None:
    assert validate_eori(raw) == expected


@pytest.mark.parametrize("raw", ["DE", "D1234", "DE1234567890123456", "DE-12345"])
def test_invalid_eori(raw: str) -> None:
    assert _error(validate_eori, raw).code == "code.format"


# --- account number --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"), [("zz-10042", "ZZ-10042"), (" A1 ", "A1"), ("7", "7")]
)
def test_valid_account_number(raw: str, expected: str) -> None:
    assert validate_account_number(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "text.required"),
        ("A" * 21, "text.too_long"),
        ("ZZ 10042", "code.format"),
        ("ZZ_10042", "code.format"),
        (None, "text.type"),
    ],
)
def test_invalid_account_number(raw: object, code: str) -> None:
    assert _error(validate_account_number, raw).code == code
