"""Identifiers and contact details of shippers, consignees and clients."""

from __future__ import annotations

import re
from typing import NoReturn

from stdnum import exceptions as stdnum_errors
from stdnum.cn import uscc as stdnum_uscc

from core.domain.text import FIELD_LIMITS, clean_code, clean_optional, clean_text
from core.errors import ValidationError

_PHONE_CHARS = re.compile(r"[0-9 +\-()]+", re.ASCII)
_PHONE_MIN_DIGITS = 5
# EU customs (UCC Art. 1(18) delegated act): country prefix + up to 15 characters; the
# prefix is not checked against ISO because Northern Ireland uses "XI".
_EORI = "[A-Z]{2}[A-Z0-9]{1,15}"
_ACCOUNT_NUMBER = "[A-Z0-9-]{1,20}"
_DOMAIN_LABEL = re.compile(r"[^.\s@]+")


def validate_uscc(value: object, field: str = "uscc") -> str:
    """China's unified social credit code (GB 32100-2015): 18 characters, check character.

    Spaces and hyphens as printed on a business licence are dropped.
    """
    text = clean_text(value, field, max_len=40)  # room for separators before compacting
    compact = stdnum_uscc.compact(text)
    try:
        return str(stdnum_uscc.validate(compact))
    except stdnum_errors.InvalidLength:
        _raise_uscc(
            field,
            "length",
            f"{field}: must be 18 characters (got {len(compact)})",
            length=len(compact),
        )
    except stdnum_errors.InvalidChecksum:
        _raise_uscc(field, "check_character", f"{field}: the check character does not match")
    except stdnum_errors.ValidationError:
        _raise_uscc(
            field,
            "format",
            f"{field}: 8 digits then 10 digits or letters other than I, O, S, V, Z",
        )


def _raise_uscc(field: str, reason: str, message: str, **params: object) -> NoReturn:
    raise ValidationError(field, "uscc.invalid", message, reason=reason, **params)


def validate_email(value: object | None, field: str = "email") -> str | None:
    """Pragmatic check (one @, a dotted domain, no spaces); the mailbox is not verified."""
    text = clean_optional(value, field, max_len=FIELD_LIMITS["email"])
    if text is None:
        return None
    local, at, domain = text.partition("@")
    if not at or not local or "@" in domain:
        _raise_email(field, "at_sign", f"{field}: needs exactly one @ (got {text!r})", value=text)
    if " " in text:
        _raise_email(field, "space", f"{field}: must not contain spaces", value=text)
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        _raise_email(
            field,
            "domain",
            f"{field}: the part after @ must be a domain such as example.com (got {domain!r})",
            value=text,
            domain=domain,
        )
    # Domains are case-insensitive (RFC 1035); the local part may not be, so it stays.
    return f"{local}@{domain.lower()}"


def _raise_email(field: str, reason: str, message: str, **params: object) -> NoReturn:
    raise ValidationError(field, "email.invalid", message, reason=reason, **params)


def validate_phone(value: object | None, field: str = "phone") -> str | None:
    """Digits, spaces, + - ( ) only, 5..25 characters with at least 5 digits."""
    text = clean_optional(value, field, max_len=FIELD_LIMITS["phone"])
    if text is None:
        return None
    if not _PHONE_CHARS.fullmatch(text):
        raise ValidationError(
            field,
            "phone.characters",
            f"{field}: only digits, spaces and + - ( ) are allowed (got {text!r})",
            text=text,
        )
    digits = sum(char.isdigit() for char in text)
    if digits < _PHONE_MIN_DIGITS:
        raise ValidationError(
            field,
            "phone.too_short",
            f"{field}: at least {_PHONE_MIN_DIGITS} digits (got {digits})",
            min_digits=_PHONE_MIN_DIGITS,
            digits=digits,
        )
    return text


def validate_eori(value: object | None, field: str = "eori") -> str | None:
    """EU/UK EORI number kept as text: 2-letter country prefix + up to 15 alphanumerics."""
    text = clean_optional(value, field, max_len=FIELD_LIMITS["tax_id"])
    if text is None:
        return None
    return clean_code(
        "".join(text.split()),
        field,
        pattern=_EORI,
        example="DE123456789012345",
        what="an EORI number",
    )


def validate_account_number(value: object, field: str = "account_number") -> str:
    """A client's account number: letters, digits and hyphens, 1..20, upper-cased."""
    text = clean_text(value, field, max_len=FIELD_LIMITS["account_number"])
    return clean_code(
        text, field, pattern=_ACCOUNT_NUMBER, example="ZZ-10042", what="an account number"
    )
