"""Money: exact amounts in a currency's minor unit (DOMAIN.md, "Rating", Precision).

Amounts are Decimal in code and int minor units in storage. The minor unit comes from
CLDR through babel (JPY 0, CNY 2, KWD 3), not from a table of our own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from babel.numbers import get_currency_precision, list_currencies

from core.domain.measures import parse_decimal
from core.errors import ValidationError

MAX_AMOUNT = Decimal("1e12")  # above any one invoice: a typo, not a charge
_CODE = re.compile(r"[A-Z]{3}")


# CLDR's data is fixed for the process: the lookups below are cached because a parcel file
# asks them once per goods line (babel rebuilds the currency set on every call).
@lru_cache(maxsize=512)  # bounded: callers may pass any text
def minor_units(currency: str) -> int:
    """Decimals of the currency's minor unit per CLDR (JPY 0, CNY 2, KWD 3)."""
    return int(get_currency_precision(currency))


@lru_cache(maxsize=512)
def _minor_unit(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


@cache
def _known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def parse_currency(code: str, field: str = "currency") -> str:
    """An ISO 4217 code that babel knows, upper-cased ("cny" -> "CNY")."""
    normalised = code.strip().upper()
    if not _CODE.fullmatch(normalised) or normalised not in _known_currencies():
        raise ValidationError(
            field, "currency.unknown", f"{code.strip()!r} is not a known currency code", text=code
        )
    return normalised


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217, upper case

    def to_minor(self) -> int:
        """Exact minor units for storage; refuses an amount finer than the currency allows."""
        minor = self.amount.scaleb(minor_units(self.currency))
        if not minor.is_finite() or minor != minor.to_integral_value():
            raise ValidationError(
                "amount",
                "money.precision",
                f"{self.currency} has {minor_units(self.currency)} decimals; "
                f"{self.amount} cannot be stored exactly",
                amount=self.amount,
                currency=self.currency,
                places=minor_units(self.currency),
            )
        return int(minor)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        return cls(Decimal(minor).scaleb(-minor_units(currency)), currency)

    def __str__(self) -> str:
        # The currency's decimals ("1530.00 CNY", "1530 JPY"), never exponent notation;
        # an amount finer than the minor unit is shown as it is, not silently rounded.
        return f"{_to_minor_unit(self.amount, self.currency):f} {self.currency}"


def _to_minor_unit(amount: Decimal, currency: str) -> Decimal:
    """The amount with exactly the currency's decimals, or unchanged if that would round."""
    unit = _minor_unit(currency)
    return amount.quantize(unit) if _fits_minor_unit(amount, unit) else amount


def _fits_minor_unit(amount: Decimal, unit: Decimal) -> bool:
    try:
        return amount.quantize(unit) == amount
    except InvalidOperation:  # more digits than the Decimal context holds
        return False


def parse_money(
    amount: str | Decimal | int,
    currency: str,
    field: str,
    *,
    allow_zero: bool = True,
    maximum: Decimal = MAX_AMOUNT,
) -> Money:
    """An amount a clerk typed: finite, not negative (or above 0), exact in the currency."""
    code = parse_currency(currency)
    value = parse_decimal(amount, field, "money.not_a_number")
    _check_range(value, field, allow_zero, maximum)
    if not _fits_minor_unit(value, _minor_unit(code)):
        raise ValidationError(
            field,
            "money.precision",
            f"{code} amounts have at most {minor_units(code)} decimals",
            value=value,
            currency=code,
            places=minor_units(code),
        )
    # The value is >= 0 here, so copy_abs only turns "-0" into 0 (never printed "-0.00").
    return Money(_to_minor_unit(value, code).copy_abs(), code)


def _check_range(value: Decimal, field: str, allow_zero: bool, maximum: Decimal) -> None:
    if value < 0:
        raise ValidationError(field, "money.negative", "amount cannot be negative", value=value)
    if value == 0 and not allow_zero:
        raise ValidationError(field, "money.not_positive", "amount must be above 0", value=value)
    if value > maximum:
        raise ValidationError(
            field,
            "money.too_large",
            f"amount must be at most {maximum}",
            value=value,
            maximum=maximum,
        )
