"""China export modes, US entry without de minimis, basic house data, the data files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.domain.customs import CUSTOMS_MODES, Severity
from core.domain.customs_data import CustomsDataError, DescriptionTerms, load_countries
from tests.unit.customs_houses import CONSIGNEE, codes_of, findings, house, item, money, only, to

# --- China ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", sorted(CUSTOMS_MODES))
def test_every_known_mode_passes(mode: str) -> None:
    assert codes_of(house(customs_mode=mode)) == []


@pytest.mark.parametrize("mode", [None, "", " "])
def test_customs_mode_is_required(mode: str | None) -> None:
    found = only(house(customs_mode=mode), "cn.customs_mode_missing")
    assert (found.severity, found.field) == (Severity.BLOCKING, "customs_mode")


def test_unknown_customs_mode_blocks() -> None:
    assert only(house(customs_mode="0110"), "cn.customs_mode_unknown").is_blocking


def test_mode_is_not_required_outside_china() -> None:
    assert codes_of(house(customs_mode=None, export_country="HK")) == []


@pytest.mark.parametrize(
    ("value", "currency", "flagged"),
    [
        ("5000.00", "CNY", False),
        ("5000.01", "CNY", True),
        ("694.44", "USD", False),  # 4999.968 -> 4999.97 CNY
        ("694.45", "USD", True),  # 5000.04 CNY
    ],
)
def test_9610_over_rmb_5000_needs_a_general_declaration(
    value: str, currency: str, flagged: bool
) -> None:
    facts = house(item(unit_value=money(value, currency)), consignee=to("JP"))
    assert codes_of(facts) == (["cn.general_declaration"] if flagged else [])


def test_general_declaration_is_a_warning_with_the_value() -> None:
    facts = house(item(unit_value=money("5000.01", "CNY")), consignee=to("JP"))
    found = only(facts, "cn.general_declaration")
    assert found.severity is Severity.WARNING
    assert found.params["value"] == money("5000.01", "CNY")


@pytest.mark.parametrize("mode", ["9710", "9810", "1210"])
def test_other_modes_have_no_value_limit(mode: str) -> None:
    facts = house(item(unit_value=money("9000.00", "CNY")), consignee=to("JP"), customs_mode=mode)
    assert codes_of(facts) == []


# --- US ---------------------------------------------------------------------------------


def test_every_us_house_is_flagged_from_29_august_2025() -> None:
    us = house(item(origin_country="VN", hs_code="6109100010"), consignee=to("US"))
    assert codes_of(us, date(2025, 8, 28)) == []
    found = only(us, "us.no_de_minimis", date(2025, 8, 29))
    assert found.severity is Severity.WARNING
    assert found.params["since"] == date(2025, 8, 29)


def test_chinese_goods_lost_de_minimis_on_2_may_2025() -> None:
    us = house(item(hs_code="6109100010"), consignee=to("US"))
    assert codes_of(us, date(2025, 5, 1)) == []
    assert codes_of(us, date(2025, 5, 2)) == ["us.no_de_minimis"]


def test_us_entry_needs_origin_and_value() -> None:
    us = house(item(origin_country="", unit_value=money("0.00", "USD")), consignee=to("US"))
    assert codes_of(us, date(2025, 9, 1), Severity.BLOCKING) == [
        "us.origin_missing",
        "us.value_missing",
    ]


def test_us_entry_hs_code_boundaries() -> None:
    def us(hs: str) -> list[str]:
        return codes_of(house(item(hs_code=hs), consignee=to("US")), date(2025, 9, 1))

    assert us("61091") == ["customs.hs_code_format", "us.no_de_minimis"]
    assert us("610910") == ["us.no_de_minimis", "us.hts_incomplete"]
    assert us("6109100010") == ["us.no_de_minimis"]


def test_us_is_not_eu() -> None:
    us = house(item("gift", hs_code="6109100010"), consignee=to("US"), ioss_number=None)
    assert codes_of(us) == ["us.no_de_minimis"]


# --- every house ------------------------------------------------------------------------


def test_basic_house_data_blocks() -> None:
    facts = house(
        item(quantity=0),
        pieces=0,
        weight_grams=0,
        shipper=replace(CONSIGNEE, name=""),
        consignee=to("JP"),
    )
    assert codes_of(facts) == [
        "customs.party_incomplete",
        "house.pieces",
        "house.weight",
        "house.item_quantity",
    ]


def test_a_house_needs_goods() -> None:
    facts = replace(house(consignee=to("JP")), items=())
    assert codes_of(facts) == ["house.no_items"]


def test_malformed_hs_code_blocks_anywhere() -> None:
    assert codes_of(house(item(hs_code="61-09"), consignee=to("JP"))) == ["customs.hs_code_format"]


def test_blocking_first_then_warnings_then_info() -> None:
    facts = house(item("gift mug ceramic", hs_code="6109"), ioss_number=None)
    severities = [f.severity for f in findings(facts, date(2026, 7, 1))]
    assert severities == [Severity.BLOCKING, Severity.WARNING, Severity.WARNING, Severity.INFO]


# --- data files -------------------------------------------------------------------------


def test_eu_member_list() -> None:
    countries = load_countries()
    assert len(countries.eu_member) == 27
    assert {"DE", "FR", "GR", "HR"} <= countries.eu_member
    assert "GB" not in countries.ics2
    assert countries.eu_member <= countries.eu_vat <= countries.ics2


def test_unknown_term_kind_is_refused() -> None:
    with pytest.raises(CustomsDataError):
        DescriptionTerms.from_rows([("gift", "bad")])
