"""Builders for the customs rule tests: a clean house to Germany, rates, codes by severity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from core.domain.customs import (
    Finding,
    GoodsItem,
    HouseFacts,
    PartyFacts,
    Severity,
    check_house,
    rates_from,
)
from core.domain.fx import ExchangeRate
from core.domain.money import Money

DAY = date(2026, 3, 2)  # after the state-of-charge rule, before the EU flat duty
RATE_DAY = date(2025, 1, 1)
# 1 EUR = 7.8 CNY: CNY 1,170.00 is exactly EUR 150.00. 1 USD = 7.2 CNY.
RATES = rates_from(
    [
        ExchangeRate("EUR", "CNY", Decimal("7.8"), RATE_DAY),
        ExchangeRate("USD", "CNY", Decimal("7.2"), RATE_DAY),
        ExchangeRate("EUR", "USD", Decimal("1.1"), RATE_DAY),
    ]
)

SHIPPER = PartyFacts("Zhengzhou Joy Trading Co", "88 Hanghai Road", "Zhengzhou", "CN", "450000")
CONSIGNEE = PartyFacts("Anna Schmidt", "Hauptstrasse 5", "Frankfurt", "DE", "60311")


def money(amount: str, currency: str = "EUR") -> Money:
    return Money(Decimal(amount), currency)


def item(
    description: str = "men's cotton T-shirts",
    hs_code: str = "610910",
    quantity: int = 1,
    unit_value: Money | None = None,
    origin_country: str = "CN",
) -> GoodsItem:
    return GoodsItem(description, hs_code, quantity, unit_value or money("20.00"), origin_country)


def house(*items: GoodsItem, **changes: Any) -> HouseFacts:
    base = HouseFacts(
        house_awb="ZZH10001",
        shipper=SHIPPER,
        consignee=CONSIGNEE,
        pieces=1,
        weight_grams=450,
        items=items or (item(),),
        customs_mode="9610",
        ioss_number="IM2760000001",
    )
    return replace(base, **changes)


def to(country: str) -> PartyFacts:
    return replace(CONSIGNEE, country=country)


def findings(facts: HouseFacts, on_day: date = DAY) -> tuple[Finding, ...]:
    return check_house(facts, rates=RATES, on_day=on_day)


def codes_of(facts: HouseFacts, on_day: date = DAY, severity: Severity | None = None) -> list[str]:
    return [f.code for f in findings(facts, on_day) if severity is None or f.severity is severity]


def only(facts: HouseFacts, code: str, on_day: date = DAY) -> Finding:
    matches = [f for f in findings(facts, on_day) if f.code == code]
    assert len(matches) == 1, findings(facts, on_day)
    return matches[0]
