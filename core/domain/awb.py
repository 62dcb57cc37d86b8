"""Air waybill numbers: ``PPP-SSSSSSSC`` (DOMAIN.md, "Air waybill numbers").

A 3-digit airline prefix, a 7-digit serial and one check digit. IATA: the check digit is
the serial mod 7, unweighted, so a last digit of 7, 8 or 9 is never valid. The check does
not cover the prefix; whether a prefix belongs to a carrier is the carrier table's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.errors import ValidationError

MAX_SERIAL = 9_999_999
_PREFIX = re.compile(r"[0-9]{3}")
_DIGITS = re.compile(r"[0-9]+")


def check_digit(serial: int) -> int:
    """IATA: the check digit is the 7-digit serial mod 7, with no weights."""
    return serial % 7


@dataclass(frozen=True, order=True)
class AwbNumber:
    """A master air waybill number; ordered by prefix, then serial (stock order)."""

    prefix: str  # 3 digits, kept as text: "020" is Lufthansa, not 20
    serial: int  # 0..9_999_999

    def __post_init__(self) -> None:
        # Checked here too, so no code path can build a number that cannot be printed.
        _check_prefix(self.prefix)
        _check_serial(self.serial)

    @property
    def check(self) -> int:
        return check_digit(self.serial)

    @property
    def digits(self) -> str:
        """The 11 digits without separator, as Cargo-IMP messages carry them."""
        return f"{self.prefix}{self.serial:07d}{self.check}"

    def __str__(self) -> str:
        return f"{self.prefix}-{self.serial:07d}{self.check}"

    @classmethod
    def from_serial(cls, prefix: str, serial: int) -> AwbNumber:
        """The number for a serial from a stock range; the check digit follows from it."""
        return cls(prefix, serial)


def _check_prefix(prefix: str) -> None:
    if not (isinstance(prefix, str) and _PREFIX.fullmatch(prefix)):
        raise ValidationError(
            "awb_prefix",
            "awb.prefix_format",
            f"awb_prefix: an airline prefix is 3 digits, not {prefix!r}",
            prefix=prefix,
        )


def _check_serial(serial: int) -> None:
    # bool is an int subclass; True is not serial 1.
    if isinstance(serial, bool) or not isinstance(serial, int) or not 0 <= serial <= MAX_SERIAL:
        raise ValidationError(
            "serial",
            "awb.serial_range",
            f"serial: an AWB serial is 7 digits (0 to {MAX_SERIAL}), not {serial!r}",
            serial=serial,
        )


def _compact(text: str) -> str | None:
    """Drop spaces and one hyphen ("176-1234 5675"); None when more than one hyphen."""
    compact = "".join(text.split())
    if compact.count("-") > 1:
        return None
    return compact.replace("-", "")


def _format_error(text: str, field: str) -> ValidationError:
    return ValidationError(
        field,
        "awb.format",
        f"{field}: an AWB number is 11 digits like 176-12345675, not {text.strip()!r}",
        text=text,
    )


def _verified_serial(serial_digits: str, check: str, shown: str, field: str) -> int:
    """The serial, once its written check digit matches serial mod 7 (IATA)."""
    serial = int(serial_digits)
    expected = check_digit(serial)
    if int(check) != expected:
        raise ValidationError(
            field,
            "awb.check_digit",
            f"{field}: check digit of {shown} should be {expected} (serial {serial_digits} mod 7)",
            number=shown,
            expected=expected,
            given=int(check),
            serial=serial,
        )
    return serial


def parse_awb(text: str, field: str = "awb_number") -> AwbNumber:
    """Read an AWB number as a clerk types it: "176-12345675", "17612345675", "176 1234 5675"."""
    compact = _compact(text)
    if compact is None or len(compact) != 11 or not _DIGITS.fullmatch(compact):
        raise _format_error(text, field)
    shown = f"{compact[:3]}-{compact[3:]}"
    serial = _verified_serial(compact[3:10], compact[10], shown, field)
    return AwbNumber(compact[:3], serial)


def parse_serial(text: str, field: str = "serial") -> int:
    """A stock serial from 7 digits, 8 digits (serial + check digit) or a full AWB number."""
    compact = _compact(text)
    if compact is None or not _DIGITS.fullmatch(compact) or len(compact) not in (7, 8, 11):
        raise ValidationError(
            field,
            "serial.format",
            f"{field}: a serial is 7 digits, 8 with its check digit, or an 11-digit AWB number, "
            f"not {text.strip()!r}",
            text=text,
        )
    if len(compact) == 11:
        return parse_awb(text, field).serial
    if len(compact) == 8:
        return _verified_serial(compact[:7], compact[7], compact, field)
    return int(compact)
