"""US entry rules for a house shipment (DOMAIN.md "Cross-border e-commerce").

The USD 800 de minimis exemption (Section 321) ended for goods from China and Hong Kong on
2 May 2025 and for all countries on 29 August 2025. Without it every house is a formal or
informal entry: the house is flagged, and the entry data CBP needs must be complete
(HS code, country of origin, value; parties and description for every house).
"""

from __future__ import annotations

from datetime import date

from core.domain.customs_common import (
    HS_MAX_DIGITS,
    check_hs_code,
    finding,
    hs_digits,
)
from core.domain.customs_facts import GoodsItem, HouseFacts
from core.domain.customs_findings import Finding, Severity

US_ENTRY = "US entry"
DE_MINIMIS_ENDED_CN = date(2025, 5, 2)  # goods originating in China or Hong Kong
DE_MINIMIS_ENDED = date(2025, 8, 29)  # all countries
_CN_HK = frozenset({"CN", "HK"})


def de_minimis_ended(facts: HouseFacts, day: date) -> bool:
    if day >= DE_MINIMIS_ENDED:
        return True
    origins = {item.origin_country.strip().upper() for item in facts.items}
    return day >= DE_MINIMIS_ENDED_CN and bool(origins & _CN_HK)


def check_us_entry(facts: HouseFacts, day: date) -> list[Finding]:
    if not de_minimis_ended(facts, day):
        return []
    ended = DE_MINIMIS_ENDED if day >= DE_MINIMIS_ENDED else DE_MINIMIS_ENDED_CN
    found = [
        finding(
            "us.no_de_minimis",
            Severity.WARNING,
            "consignee.country",
            f"no US de minimis since {ended.isoformat()}: this house needs a formal or "
            "informal entry with duties paid, and full entry data",
            since=ended,
        )
    ]
    for index, item in enumerate(facts.items):
        found += _check_item(item, index)
    return found


def _check_item(item: GoodsItem, index: int) -> list[Finding]:
    # Parties, description and quantity are checked for every house (core.domain.customs).
    found: list[Finding] = []
    hs = check_hs_code(item, index, US_ENTRY)
    digits = hs_digits(item.hs_code)
    if hs is not None:
        found.append(hs)
    elif digits is not None and len(digits) < HS_MAX_DIGITS:
        found.append(
            finding(
                "us.hts_incomplete",
                Severity.WARNING,
                f"items[{index}].hs_code",
                f"HS code {item.hs_code!r} has {len(digits)} digits: the entry needs the "
                f"{HS_MAX_DIGITS}-digit HTSUS number",
                value=item.hs_code,
                digits=len(digits),
            )
        )
    if not item.origin_country.strip():
        found.append(
            finding(
                "us.origin_missing",
                Severity.BLOCKING,
                f"items[{index}].origin_country",
                f"the country of origin is required ({US_ENTRY}): it decides the duty rate",
            )
        )
    if item.unit_value.amount == 0:
        found.append(
            finding(
                "us.value_missing",
                Severity.BLOCKING,
                f"items[{index}].unit_value",
                f"a unit value above 0 is required ({US_ENTRY}): duty is charged on it",
            )
        )
    return found
