"""Rating: the freight of one consignment from a tariff (DOMAIN.md, "Rating").

Rate classes: M minimum charge, N normal rate (below the lowest weight break), Q quantity
rates at the IATA weight breaks, C specific commodity rates (SCR).

Rounding policy (the one policy for freight, other charges and currency conversion):
rates, percentages and exchange rates are exact decimals; every product is computed
exactly (a 60-digit context, far beyond any weight x rate), candidates are compared on
those exact amounts, and only the final line amount is rounded, ROUND_HALF_UP to the
currency's minor unit (CLDR via babel: JPY 0, CNY 2, KWD 3), once. Minimums and maximums
are already exact in the minor unit, so clamping before or after rounding is the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from types import MappingProxyType

from core.domain.money import Money, minor_units, parse_currency
from core.errors import ValidationError

BREAKS = (45, 100, 300, 500, 1000)  # IATA weight breaks, kg
RATE_PLACES = 4  # DOMAIN, Precision: rates per kg and percentages to 4 decimals
EXACT = Context(prec=60)  # exact for any product of weights, rates and amounts we hold
_SCR_CODE_DIGITS = range(2, 11)  # commodity item numbers (4) and HS prefixes (2-10)


@dataclass(frozen=True)
class CommodityRate:
    """Class C: a specific commodity rate."""

    code: str  # commodity code ("0007") or HS prefix ("8518"), digits only
    min_weight_kg: Decimal  # the SCR's own minimum weight (0 when none)
    rate: Decimal  # per kg, exact, at most 4 decimals


@dataclass(frozen=True)
class Tariff:
    origin: str
    destination: str
    carrier: str | None  # None = any carrier
    currency: str
    valid_from: date
    valid_to: date | None
    minimum: Decimal  # M, an amount in the currency
    normal: Decimal  # N, per kg under 45 kg
    breaks: Mapping[int, Decimal]  # subset of BREAKS -> per kg rate (Q45, Q100...)
    commodity_rates: tuple[CommodityRate, ...] = ()


@dataclass(frozen=True)
class RatedFreight:
    """The freight line: which class and weight were charged, and the amount."""

    rate_class: str  # "M", "N", "Q" or "C"
    break_kg: int | None  # the Q break; the SCR's minimum weight for C; None for N and M
    weight_kg: Decimal  # the weight charged: chargeable, or a higher break's minimum
    rate: Decimal | None  # per kg; None for M
    amount: Money
    label: str  # "Q45 34.0000/kg x 45.0 kg", "M minimum charge"
    commodity_code: str | None = None  # the SCR's code for class C (AWB commodity item no.)


# --- shared rules (also used by charges and fx) -------------------------------------------


def round_amount(value: Decimal, currency: str) -> Money:
    """The rounding policy: ROUND_HALF_UP to the currency's minor unit, once."""
    unit = Decimal(1).scaleb(-minor_units(currency))
    return Money(value.quantize(unit, rounding=ROUND_HALF_UP, context=EXACT), currency)


def has_places(value: Decimal, places: int) -> bool:
    """True when ``value`` is exact with at most ``places`` decimals."""
    try:
        return value.quantize(Decimal(1).scaleb(-places), context=EXACT) == value
    except InvalidOperation:  # more digits than even the exact context holds
        return False


def check_rate(
    value: Decimal, field: str, what: str, *, places: int = RATE_PLACES, allow_zero: bool = False
) -> Decimal:
    """A rate: a finite Decimal above 0 (or 0 when allowed), at most ``places`` decimals."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(field, "rate.not_a_number", f"{what} is not a number", value=value)
    if value < 0 or (value == 0 and not allow_zero):
        bound = "0 or more" if allow_zero else "above 0"
        raise ValidationError(
            field,
            "rate.not_positive",
            f"{what} must be {bound}",
            value=value,
            allow_zero=allow_zero,
        )
    if not has_places(value, places):
        raise ValidationError(
            field,
            "rate.precision",
            f"{what} has at most {places} decimals",
            value=value,
            places=places,
        )
    return value


def check_amount(value: Decimal, currency: str, field: str, what: str) -> Decimal:
    """An amount (a minimum, a maximum): 0 or more, exact in the currency's minor unit."""
    check_rate(value, field, what, places=minor_units(currency), allow_zero=True)
    return value


def check_validity(valid_from: date, valid_to: date | None) -> None:
    """A validity period: valid_to (inclusive) is not before valid_from."""
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError(
            "valid_to",
            "validity.order",
            f"must not be before valid_from ({valid_from.isoformat()})",
            valid_from=valid_from,
            valid_to=valid_to,
        )


def is_valid_on(valid_from: date, valid_to: date | None, day: date) -> bool:
    """DOMAIN: tariffs and surcharges apply by the flight's local departure date; both
    ends of the period are inclusive (valid_to None = open-ended)."""
    return valid_from <= day and (valid_to is None or day <= valid_to)


# --- tariff validation ---------------------------------------------------------------------


def validate_tariff(t: Tariff) -> Tariff:
    """The tariff with its numbers checked; the currency upper-cased, breaks sorted."""
    currency = parse_currency(t.currency)
    check_validity(t.valid_from, t.valid_to)
    check_amount(t.minimum, currency, "minimum", "the minimum charge (M)")
    check_rate(t.normal, "normal", "the normal rate (N)")
    return replace(
        t,
        currency=currency,
        breaks=_checked_breaks(t.breaks),
        commodity_rates=tuple(_checked_scr(c) for c in t.commodity_rates),
    )


def _checked_breaks(breaks: Mapping[int, Decimal]) -> Mapping[int, Decimal]:
    for kg, rate in breaks.items():
        if kg not in BREAKS:
            raise ValidationError(
                "breaks",
                "tariff.break_unknown",
                f"{kg!r} kg is not a weight break; use {', '.join(map(str, BREAKS))}",
                break_kg=kg,
                breaks=", ".join(map(str, BREAKS)),
            )
        check_rate(rate, "breaks", f"the Q{kg} rate")
    return MappingProxyType(dict(sorted(breaks.items())))


def _checked_scr(scr: CommodityRate) -> CommodityRate:
    code = scr.code.strip()
    if not code.isascii() or not code.isdigit() or len(code) not in _SCR_CODE_DIGITS:
        raise ValidationError(
            "commodity_rates",
            "tariff.commodity_code",
            f"{scr.code!r} is not a commodity code or HS prefix (2 to 10 digits)",
            text=scr.code,
        )
    what = f"the commodity {code} minimum weight"
    check_rate(scr.min_weight_kg, "commodity_rates", what, places=0, allow_zero=True)
    check_rate(scr.rate, "commodity_rates", f"the commodity {code} rate")
    return replace(scr, code=code)


# --- rating ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Option:
    """One way to charge the consignment: a weight at a rate."""

    rate_class: str
    break_kg: int | None
    weight_kg: Decimal
    rate: Decimal
    commodity_code: str | None = None

    @property
    def exact(self) -> Decimal:
        return EXACT.multiply(self.weight_kg, self.rate)


def rate_freight(
    t: Tariff,
    chargeable_kg: Decimal,
    *,
    hs_code: str | None = None,
    commodity: str | None = None,
) -> RatedFreight:
    """The freight by DOMAIN's rules: the lowest option, then never below M.

    Options, in order of preference when amounts tie: a qualifying SCR (class C), the
    chargeable weight at its own band's rate (N or Q), each higher break's minimum weight
    at that break's rate.
    """
    tariff = validate_tariff(t)
    weight = _checked_weight(chargeable_kg)
    options = [*_commodity_options(tariff, weight, hs_code, commodity)]
    options += _general_options(tariff, weight)
    best = min(options, key=lambda option: option.exact)  # the first of equal amounts
    if best.exact < tariff.minimum:  # M: the freight is never below the minimum charge
        return _minimum_charge(tariff, weight)
    return _rated(best, tariff.currency)


def _minimum_charge(t: Tariff, kg: Decimal) -> RatedFreight:
    return RatedFreight(
        "M", None, kg, None, round_amount(t.minimum, t.currency), "M minimum charge"
    )


def _checked_weight(kg: Decimal) -> Decimal:
    if not isinstance(kg, Decimal) or not kg.is_finite() or kg <= 0:
        raise ValidationError(
            "chargeable_weight_kg",
            "weight.not_positive",
            f"must be a number of kg above 0, not {kg}",
            value=kg,
        )
    return kg


def _general_options(t: Tariff, kg: Decimal) -> Iterator[_Option]:
    """Higher-break rule: the own band's rate, and EVERY higher break at its minimum weight
    (all of them, not only the next, so the charge never falls as the weight grows)."""
    own = max((b for b in t.breaks if b <= kg), default=None)
    if own is None:  # N: below the lowest break the tariff quotes
        yield _Option("N", None, kg, t.normal)
    else:
        yield _Option("Q", own, kg, t.breaks[own])
    for b in sorted(t.breaks):
        if b > kg:
            yield _Option("Q", b, Decimal(b).quantize(Decimal("0.1")), t.breaks[b])


def _commodity_options(
    t: Tariff, kg: Decimal, hs_code: str | None, commodity: str | None
) -> list[_Option]:
    """SCR rule: the goods qualify by commodity code or HS prefix, the longest code wins,
    charged at the actual weight or the SCR's minimum weight, whichever is more."""
    matches = [c for c in t.commodity_rates if _qualifies(c.code, hs_code, commodity)]
    longest = max((len(c.code) for c in matches), default=0)
    return [
        _Option("C", int(c.min_weight_kg), max(kg, c.min_weight_kg), c.rate, c.code)
        for c in matches
        if len(c.code) == longest
    ]


def _qualifies(code: str, hs_code: str | None, commodity: str | None) -> bool:
    if commodity is not None and commodity.strip() == code:
        return True
    digits = "".join(ch for ch in hs_code or "" if ch.isascii() and ch.isdigit())
    return digits.startswith(code)


def _rated(option: _Option, currency: str) -> RatedFreight:
    return RatedFreight(
        option.rate_class,
        option.break_kg,
        option.weight_kg,
        option.rate,
        round_amount(option.exact, currency),
        _label(option),
        option.commodity_code,
    )


def _label(option: _Option) -> str:
    """ "Q45 34.0000/kg x 45.0 kg", "N 45.0000/kg x 42.0 kg", "C 0007 20.0000/kg x 100.0 kg"."""
    head = {"N": "N", "Q": f"Q{option.break_kg}", "C": f"C {option.commodity_code}"}
    rate = option.rate.quantize(Decimal(1).scaleb(-RATE_PLACES), context=EXACT)
    return f"{head[option.rate_class]} {rate:f}/kg x {kg_text(option.weight_kg)} kg"


def kg_text(kg: Decimal) -> str:
    """A weight as on the AWB: one decimal ("45.0"), more only when the weight has them."""
    return f"{kg.quantize(Decimal('0.1'), context=EXACT):f}" if has_places(kg, 1) else f"{kg:f}"
