"""Customs and dangerous-goods checks of the houses of a cross-border e-commerce consolidation.

Pure rules, no database and no clock: the caller passes the facts, the exchange rates (a
RateLookup) and the day. Which rules apply follows from the house:
- every house: parties complete, pieces, weight, goods items with quantity and description;
- leaving China (export_country CN): a customs mode; 9610 over RMB 5,000 flagged;
- to an ICS2 country (EU, Monaco, Norway, Switzerland): ICS2 entry data and descriptions;
- to the EU VAT area, B2C: IOSS and, from 1 July 2026, the flat duty per tariff item;
- to the US: no de minimis, full entry data;
- lithium: Section II per house, SHCs consistent with the declaration.
Dated rules use the house's departure date when known, else ``on_day``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from core.domain.customs_cn import CUSTOMS_MODES, check_china_export
from core.domain.customs_common import (
    RateLookup,
    check_hs_code,
    check_party,
    finding,
    rates_from,
)
from core.domain.customs_data import (
    CustomsCountries,
    DescriptionTerms,
    load_countries,
    load_description_terms,
)
from core.domain.customs_dg import check_batteries
from core.domain.customs_eu import assess_description, check_ics2, check_ioss
from core.domain.customs_facts import GoodsItem, HouseFacts, PartyFacts
from core.domain.customs_findings import (
    ConsolidationCheck,
    Finding,
    HouseCheck,
    Severity,
    by_severity,
)
from core.domain.customs_us import check_us_entry

__all__ = [
    "CUSTOMS_MODES",
    "ConsolidationCheck",
    "CustomsCountries",
    "DescriptionTerms",
    "Finding",
    "GoodsItem",
    "HouseCheck",
    "HouseFacts",
    "PartyFacts",
    "RateLookup",
    "Severity",
    "assess_description",
    "check_consolidation",
    "check_house",
    "rates_from",
]

HOUSE_DATA = "house data"


def check_house(
    facts: HouseFacts,
    *,
    rates: RateLookup,
    on_day: date,
    terms: DescriptionTerms | None = None,
    countries: CustomsCountries | None = None,
) -> tuple[Finding, ...]:
    """Every finding for one house, blocking first, then warnings, then information.

    ``terms`` and ``countries`` default to the packaged data (resources/customs/).
    """
    terms = terms or load_description_terms()
    countries = countries or load_countries()
    day = facts.rule_day(on_day)
    destination = facts.consignee.country.strip().upper()
    found = _check_basics(facts, regulated=destination in countries.ics2 or destination == "US")
    if facts.export_country.strip().upper() == "CN":
        found += check_china_export(facts, rates, day)
    if destination in countries.ics2:
        found += check_ics2(facts, terms)
    if destination in countries.eu_vat:
        found += check_ioss(facts, rates, day)
    if destination == "US":
        found += check_us_entry(facts, day)
    found += check_batteries(facts, terms, day)
    return by_severity(found)


def check_consolidation(
    houses: Iterable[HouseFacts],
    *,
    rates: RateLookup,
    on_day: date,
    terms: DescriptionTerms | None = None,
    countries: CustomsCountries | None = None,
) -> ConsolidationCheck:
    """Each house checked, in the given order; a house AWB given twice blocks both."""
    houses = tuple(houses)
    counts = Counter(house.house_awb for house in houses)
    checks: list[HouseCheck] = []
    for house in houses:
        found = check_house(house, rates=rates, on_day=on_day, terms=terms, countries=countries)
        if counts[house.house_awb] > 1:
            found = (_duplicate(house.house_awb), *found)
        checks.append(HouseCheck(house.house_awb, found))
    return ConsolidationCheck(tuple(checks))


def _check_basics(facts: HouseFacts, *, regulated: bool) -> list[Finding]:
    """What every house manifest line needs, whatever the destination."""
    found = check_party(facts.shipper, "shipper", HOUSE_DATA)
    found += check_party(facts.consignee, "consignee", HOUSE_DATA)
    if facts.pieces <= 0:
        found.append(_above_zero("house.pieces", "pieces", "the number of pieces", facts.pieces))
    if facts.weight_grams <= 0:
        found.append(
            _above_zero("house.weight", "weight_grams", "the gross weight", facts.weight_grams)
        )
    if not facts.items:
        found.append(
            finding(
                "house.no_items",
                Severity.BLOCKING,
                "items",
                "the house needs at least one goods item (description, HS code, value)",
            )
        )
    for index, item in enumerate(facts.items):
        found += _check_item(item, index, regulated=regulated)
    return found


def _check_item(item: GoodsItem, index: int, *, regulated: bool) -> list[Finding]:
    found: list[Finding] = []
    if not item.description.strip():
        found.append(
            finding(
                "house.description_missing",
                Severity.BLOCKING,
                f"items[{index}].description",
                "a goods description is required on every item",
            )
        )
    if item.quantity <= 0:
        found.append(
            _above_zero(
                "house.item_quantity", f"items[{index}].quantity", "the quantity", item.quantity
            )
        )
    if item.unit_value.amount < 0:
        found.append(
            finding(
                "house.value_negative",
                Severity.BLOCKING,
                f"items[{index}].unit_value",
                f"the unit value cannot be negative (got {item.unit_value})",
                value=item.unit_value,
            )
        )
    # ICS2 and US entry require the code; elsewhere a code given must still be well formed.
    if not regulated and item.hs_code.strip():
        hs = check_hs_code(item, index, HOUSE_DATA)
        if hs is not None:
            found.append(hs)
    return found


def _above_zero(code: str, field: str, what: str, value: int) -> Finding:
    return finding(
        code, Severity.BLOCKING, field, f"{what} must be above 0 (got {value})", value=value
    )


def _duplicate(house_awb: str) -> Finding:
    return finding(
        "house.duplicate",
        Severity.BLOCKING,
        "house_awb",
        f"house AWB {house_awb} appears more than once in the consolidation",
        house_awb=house_awb,
    )
