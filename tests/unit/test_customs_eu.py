"""EU rules: ICS2 house data and descriptions, IOSS, the flat duty from 1 July 2026."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.customs import PartyFacts, Severity, assess_description
from core.domain.customs_data import DescriptionTerms, load_description_terms
from tests.unit.customs_houses import codes_of, house, item, money, only, to

TERMS = load_description_terms()


# --- descriptions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "description",
    [
        "gift",
        "Gifts",
        "parts",
        "PARTS",
        "spare parts",
        "2 gifts",
        "Gifts & samples",
        "accessories",
        "general cargo",
        "E-commerce goods",
        "set of 5",
        "consol",
    ],
)
def test_nothing_specific_is_refused(description: str) -> None:
    found = only(house(item(description)), "ics2.vague_description")
    assert found.severity is Severity.BLOCKING
    assert found.field == "items[0].description"
    assert "too vague" in found.message


def test_refusal_names_the_vague_term() -> None:
    found = only(house(item("spare parts")), "ics2.vague_description")
    assert found.params["vague_terms"] == "spare parts"
    assert "'spare parts' names no goods" in found.message


@pytest.mark.parametrize(
    ("description", "terms"),
    [
        ("gift mug ceramic", "gift"),
        ("phone accessories: silicone cases", "accessories"),
        ("Spare parts for bicycles: brake pads", "spare parts"),
    ],
)
def test_vague_term_beside_specific_words_is_a_warning(description: str, terms: str) -> None:
    found = only(house(item(description)), "ics2.vague_term")
    assert found.severity is Severity.WARNING
    assert found.params["vague_terms"] == terms


@pytest.mark.parametrize(
    "description",
    ["men's cotton T-shirts", "Bluetooth earphones with Li-ion battery", "ceramic coffee mugs"],
)
def test_specific_description_passes(description: str) -> None:
    assert not [c for c in codes_of(house(item(description))) if c.startswith("ics2.")]


def test_chinese_description_is_refused() -> None:
    found = only(house(item("手机壳")), "ics2.description_not_english")
    assert found.severity is Severity.BLOCKING


def test_empty_description_is_reported_once() -> None:
    assert codes_of(house(item(" "))) == ["house.description_missing"]


def test_terms_are_data() -> None:
    terms = DescriptionTerms.from_rows([("mug", "vague"), ("of", "filler")])
    assert assess_description("mug of tea", terms).vague_terms == ("mug",)
    assert assess_description("gift", terms).specific_words == ("gift",)


@given(st.lists(st.sampled_from(sorted(" ".join(p) for p in TERMS.vague)), min_size=1))
def test_only_vague_terms_is_always_refused(parts: list[str]) -> None:
    assert assess_description(" and ".join(parts), TERMS).refused


@given(st.sampled_from(sorted(" ".join(p) for p in TERMS.vague)))
def test_a_specific_noun_turns_refusal_into_warning(term: str) -> None:
    verdict = assess_description(f"{term}: stainless steel teaspoons", TERMS)
    assert not verdict.refused
    assert verdict.vague_terms


# --- HS code ----------------------------------------------------------------------------


@pytest.mark.parametrize("hs", ["61091", "6109", "ABCDEF", "61091000001"])
def test_hs_code_needs_6_to_10_digits(hs: str) -> None:
    found = only(house(item(hs_code=hs)), "customs.hs_code_format")
    assert found.severity is Severity.BLOCKING
    assert found.field == "items[0].hs_code"


@pytest.mark.parametrize("hs", ["610910", "6109.10", "6109 10 00", "6109100010"])
def test_hs_code_of_6_to_10_digits_passes(hs: str) -> None:
    assert codes_of(house(item(hs_code=hs))) == []


def test_missing_hs_code_blocks() -> None:
    assert only(house(item(hs_code="")), "customs.hs_code_missing").is_blocking


def test_missing_consignee_address_blocks() -> None:
    facts = house(consignee=PartyFacts("Anna Schmidt", " ", "Frankfurt", "DE"))
    found = only(facts, "customs.party_incomplete")
    assert found.field == "consignee.address"


# --- IOSS -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        ("150.00", "EUR", ["ioss.missing"]),
        ("150.01", "EUR", []),
        ("1170.00", "CNY", ["ioss.missing"]),  # 1170 / 7.8 = 150.00
        ("1170.08", "CNY", []),  # 150.0103 -> 150.01
    ],
)
def test_ioss_threshold_boundary(value: str, currency: str, expected: list[str]) -> None:
    facts = house(item(unit_value=money(value, currency)), ioss_number=None)
    assert codes_of(facts) == expected


def test_ioss_value_adds_quantities_and_currencies() -> None:
    facts = house(
        item(quantity=2, unit_value=money("50.00")),
        item("ceramic coffee mugs", "691200", 1, money("390.00", "CNY")),
        ioss_number=None,
    )
    assert only(facts, "ioss.missing").params["value"] == money("150.00")


def test_missing_ioss_number_is_a_warning() -> None:
    found = only(house(ioss_number=None), "ioss.missing")
    assert found.severity is Severity.WARNING
    assert "VAT will be collected" in found.message


@pytest.mark.parametrize("number", ["IM276000000", "IM27600000011", "IN2760000001", "2760000001"])
def test_malformed_ioss_number_blocks(number: str) -> None:
    found = only(house(ioss_number=number), "ioss.malformed")
    assert found.severity is Severity.BLOCKING
    assert found.field == "ioss_number"


@pytest.mark.parametrize("number", ["IM2760000001", "im 276 000 0001"])
def test_ioss_number_with_10_digits_passes(number: str) -> None:
    assert codes_of(house(ioss_number=number)) == []


def test_ioss_number_over_threshold_is_a_warning() -> None:
    facts = house(item(unit_value=money("150.01")))
    assert only(facts, "ioss.over_threshold").severity is Severity.WARNING


def test_ioss_on_b2b_is_a_warning_and_no_other_ioss_rule() -> None:
    assert codes_of(house(b2c=False)) == ["ioss.not_b2c"]
    assert codes_of(house(b2c=False, ioss_number=None)) == []


def test_missing_rate_blocks_the_ioss_check() -> None:
    facts = house(item(unit_value=money("10.00", "GBP")), export_country="HK")
    found = only(facts, "customs.rate_missing")
    assert found.is_blocking
    assert found.message == (
        "no GBP/EUR rate on or before 2026-03-02: needed to check the IOSS 150.00 EUR limit"
    )


# --- flat duty from 1 July 2026 ---------------------------------------------------------


def test_flat_duty_starts_on_1_july_2026() -> None:
    assert codes_of(house(), date(2026, 6, 30)) == []
    found = only(house(), "eu.flat_duty", date(2026, 7, 1))
    assert found.severity is Severity.INFO
    assert found.params["duty"] == money("3.00")


def test_flat_duty_counts_distinct_tariff_items() -> None:
    facts = house(
        item(hs_code="61091000"),
        item("women's cotton T-shirts", "6109.10.00"),  # same subheading 6109.10
        item("ceramic coffee mugs", "691200"),
    )
    found = only(facts, "eu.flat_duty", date(2026, 7, 1))
    assert (found.params["tariff_items"], found.params["duty"]) == (2, money("6.00"))
    assert "EUR 3" not in found.message and "6.00 EUR" in found.message


def test_departure_date_decides_over_the_check_day() -> None:
    facts = house(departure_date=date(2026, 7, 1))
    assert codes_of(facts, date(2026, 6, 30)) == ["eu.flat_duty"]


def test_no_flat_duty_over_150() -> None:
    facts = house(item(unit_value=money("150.01")), ioss_number=None)
    assert codes_of(facts, date(2026, 7, 1)) == []


# --- which destinations -----------------------------------------------------------------


@pytest.mark.parametrize("country", ["GB", "JP", "AE", "BR"])
def test_non_eu_destinations_skip_eu_rules(country: str) -> None:
    facts = house(item("gift", hs_code=""), consignee=to(country), ioss_number="bad")
    assert codes_of(facts, date(2026, 7, 1)) == []


@pytest.mark.parametrize("country", ["NO", "CH"])
def test_norway_and_switzerland_have_ics2_but_not_ioss(country: str) -> None:
    facts = house(item("gift"), consignee=to(country), ioss_number="bad")
    assert codes_of(facts, date(2026, 7, 1)) == ["ics2.vague_description"]


@pytest.mark.parametrize("country", ["FR", "PL", "GR", "MC"])
def test_eu_vat_destinations_get_ioss(country: str) -> None:
    assert codes_of(house(consignee=to(country), ioss_number=None)) == ["ioss.missing"]
