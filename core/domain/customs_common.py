"""Pieces shared by the customs rules: values in another currency, HS codes, party data."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from core.domain.customs_facts import GoodsItem, HouseFacts, PartyFacts
from core.domain.customs_findings import Finding, Severity
from core.domain.fx import ExchangeRate, convert, rate_on
from core.domain.money import Money
from core.errors import ValidationError

# (base, quote, day) -> the rate valid on that day; raises ValidationError("fx.missing")
# when there is none, as core.domain.fx.rate_on does.
RateLookup = Callable[[str, str, date], ExchangeRate]

HS_MIN_DIGITS = 6  # ICS2: an HS code of at least 6 digits (the HS subheading)
HS_MAX_DIGITS = 10  # national tariff lines go to 10 (TARIC, HTSUS, China's code)
_HS_SEPARATORS = re.compile(r"[\s.]")
_PARTY_FIELDS = (
    ("name", "name"),
    ("address", "street address"),
    ("city", "city"),
    ("country", "country"),
)


def rates_from(rates: Iterable[ExchangeRate]) -> RateLookup:
    """A RateLookup over stored rates (core.domain.fx.rate_on: latest on or before the day)."""
    stored = tuple(rates)

    def lookup(base: str, quote: str, day: date) -> ExchangeRate:
        return rate_on(stored, base, quote, day)

    return lookup


def house_value(items: Iterable[GoodsItem], to: str, day: date, rates: RateLookup) -> Money:
    """Intrinsic value of the items in ``to``: each currency summed exactly, converted once
    with the rate of ``day`` (rounded half up to the minor unit), then added."""
    totals: dict[str, Decimal] = {}
    for item in items:
        currency = item.unit_value.currency
        totals[currency] = totals.get(currency, Decimal(0)) + item.value.amount
    amount = Decimal(0)
    for currency, total in sorted(totals.items()):
        rate = rates(currency, to, day)
        amount += convert(Money(total, currency), rate, to).amount
    return Money(amount, to)


def value_for_rule(
    items: Iterable[GoodsItem], to: str, day: date, rates: RateLookup, purpose: str
) -> Money | Finding:
    """house_value, or a blocking finding saying which rate is missing and what for."""
    try:
        return house_value(items, to, day, rates)
    except ValidationError as error:
        if error.code != "fx.missing":
            raise
        return finding(
            "customs.rate_missing",
            Severity.BLOCKING,
            "exchange_rate",
            f"{error.message.removeprefix(f'{error.field}: ')}: needed to {purpose}",
            purpose=purpose,
            **error.params,
        )


def hs_digits(code: str) -> str | None:
    """The HS code's digits ("6109.10.00" -> "61091000"), or None if it is not digits."""
    compact = _HS_SEPARATORS.sub("", code)
    return compact if compact.isascii() and compact.isdigit() else None


def finding(code: str, severity: Severity, field: str, message: str, **params: Any) -> Finding:
    return Finding(code, severity, field, message, params)


def check_hs_code(item: GoodsItem, index: int, rule: str) -> Finding | None:
    """Blocking when the item's HS code is missing, not digits, or not 6 to 10 digits."""
    field = f"items[{index}].hs_code"
    if not item.hs_code.strip():
        return finding(
            "customs.hs_code_missing",
            Severity.BLOCKING,
            field,
            f"an HS code of at least {HS_MIN_DIGITS} digits is required ({rule})",
            rule=rule,
        )
    digits = hs_digits(item.hs_code)
    if digits is None or not HS_MIN_DIGITS <= len(digits) <= HS_MAX_DIGITS:
        return finding(
            "customs.hs_code_format",
            Severity.BLOCKING,
            field,
            f"HS code {item.hs_code!r} must have {HS_MIN_DIGITS} to {HS_MAX_DIGITS} digits "
            f"({rule})",
            value=item.hs_code,
            digits=0 if digits is None else len(digits),
            rule=rule,
        )
    return None


def check_party(party: PartyFacts, role: str, rule: str) -> list[Finding]:
    """Blocking for each missing name, street address, city or country of a party."""
    return [
        finding(
            "customs.party_incomplete",
            Severity.BLOCKING,
            f"{role}.{attr}",
            f"the {role}'s {what} is required ({rule})",
            role=role,
            part=attr,
            rule=rule,
        )
        for attr, what in _PARTY_FIELDS
        if not getattr(party, attr).strip()
    ]


def distinct_tariff_items(facts: HouseFacts) -> int:
    """Distinct HS subheadings (6 digits) among the items; an item without a usable HS code
    counts on its own, since customs cannot merge it with another."""
    subheadings: set[str] = set()
    unknown = 0
    for item in facts.items:
        digits = hs_digits(item.hs_code)
        if digits is None or len(digits) < HS_MIN_DIGITS:
            unknown += 1
        else:
            subheadings.add(digits[:HS_MIN_DIGITS])
    return len(subheadings) + unknown
