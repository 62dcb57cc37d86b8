"""Exchange rates and conversion (DOMAIN.md, "Rating": Which date decides, Precision).

The rate of a quote or an invoice is the one for its date (not the flight's): the latest
rate whose valid_on is on or before that date. A rate is units of quote per 1 base, exact,
at most 6 decimals. When only the opposite pair is stored, its inverse 1/rate is used,
computed to 10 significant digits (ROUND_HALF_UP); the conversion itself is then rounded
once, ROUND_HALF_UP to the target currency's minor unit (the policy of core.domain.rating).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal

from core.domain.money import Money, parse_currency
from core.domain.rating import EXACT, check_rate, round_amount
from core.errors import ValidationError

FX_PLACES = 6  # DOMAIN, Precision: exchange rates to 6 decimals
INVERSE_DIGITS = 10  # significant digits of an inverse rate 1/rate
_INVERSE = Context(prec=INVERSE_DIGITS, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ExchangeRate:
    base: str
    quote: str
    rate: Decimal  # units of quote per 1 base; exact, at most 6 decimals, above 0
    valid_on: date


def validate_exchange_rate(rate: ExchangeRate) -> ExchangeRate:
    """A rate as entered: known currencies, above 0, at most 6 decimals."""
    base = parse_currency(rate.base, "base")
    quote = parse_currency(rate.quote, "quote")
    check_rate(rate.rate, "rate", f"the {base}/{quote} rate", places=FX_PLACES)
    return replace(rate, base=base, quote=quote)


def rate_on(rates: Iterable[ExchangeRate], base: str, quote: str, day: date) -> ExchangeRate:
    """The latest base/quote rate valid on or before ``day``.

    Same currency: rate 1. A stored quote/base rate counts too, as its inverse (10
    significant digits); when both directions share the latest date, the direct one wins.
    """
    base, quote = parse_currency(base, "base"), parse_currency(quote, "quote")
    if base == quote:
        return ExchangeRate(base, quote, Decimal(1), day)
    usable = [r for r in rates if r.valid_on <= day and {r.base, r.quote} == {base, quote}]
    if not usable:
        raise ValidationError(
            "exchange_rate",
            "fx.missing",
            f"no {base}/{quote} rate on or before {day.isoformat()}",
            base=base,
            quote=quote,
            day=day,
        )
    latest = max(usable, key=lambda r: (r.valid_on, r.base == base))
    return latest if latest.base == base else _inverse(latest)


def _inverse(rate: ExchangeRate) -> ExchangeRate:
    """quote/base as 1/rate, to 10 significant digits, half up."""
    return ExchangeRate(rate.quote, rate.base, _INVERSE.divide(1, rate.rate), rate.valid_on)


def convert(amount: Money, rate: ExchangeRate, to: str) -> Money:
    """``amount`` (in the rate's base) in ``to`` (its quote): exact product, rounded
    ROUND_HALF_UP to the target's minor unit once (JPY 0, KWD 3)."""
    if amount.currency != rate.base or to != rate.quote:
        raise ValidationError(
            "exchange_rate",
            "fx.pair_mismatch",
            f"a {rate.base}/{rate.quote} rate cannot convert {amount.currency} to {to}",
            base=rate.base,
            quote=rate.quote,
            currency=amount.currency,
            to=to,
        )
    return round_amount(EXACT.multiply(amount.amount, rate.rate), to)
