"""China export rules for a house shipment (DOMAIN.md "Cross-border e-commerce").

Every house leaving China carries one of the four cross-border e-commerce customs modes.
A 9610 retail parcel above about RMB 5,000 is declared under a general declaration instead
*(check)*: the house is flagged so the clerk moves it, not refused by FreightDesk.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.domain.customs_common import RateLookup, finding, value_for_rule
from core.domain.customs_facts import HouseFacts
from core.domain.customs_findings import Finding, Severity
from core.domain.money import Money

CUSTOMS_MODES: dict[str, str] = {
    "9610": "B2C retail parcels sold on a platform (lists released, declared in summary)",
    "9710": "B2B direct export to an overseas business",
    "9810": "B2B export to an overseas warehouse",
    "1210": "Bonded e-commerce through a special customs supervision zone",
}
RETAIL_LIMIT = Money(Decimal("5000.00"), "CNY")


def check_china_export(facts: HouseFacts, rates: RateLookup, day: date) -> list[Finding]:
    mode = (facts.customs_mode or "").strip()
    if not mode:
        return [
            finding(
                "cn.customs_mode_missing",
                Severity.BLOCKING,
                "customs_mode",
                "a China customs mode is required on every house: 9610, 9710, 9810 or 1210",
            )
        ]
    if mode not in CUSTOMS_MODES:
        return [
            finding(
                "cn.customs_mode_unknown",
                Severity.BLOCKING,
                "customs_mode",
                f"unknown China customs mode {mode!r}: expected 9610, 9710, 9810 or 1210",
                value=mode,
            )
        ]
    if mode != "9610":
        return []
    value = value_for_rule(facts.items, "CNY", day, rates, f"check the 9610 {RETAIL_LIMIT} limit")
    if isinstance(value, Finding):
        return [value]
    if value.amount <= RETAIL_LIMIT.amount:
        return []
    return [
        finding(
            "cn.general_declaration",
            Severity.WARNING,
            "customs_mode",
            f"9610 parcel worth {value}, over {RETAIL_LIMIT}: declare it under a general "
            "declaration instead of the 9610 retail list",
            value=value,
            limit=RETAIL_LIMIT,
        )
    ]
