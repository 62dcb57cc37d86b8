"""Lithium per house: Section II limits, state of charge from 2026, SHCs match the batteries."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.domain.customs import Severity
from core.domain.lithium import LithiumDeclaration, parse_lithium
from tests.unit.customs_houses import codes_of, house, item, only

SOC_DAY = date(2026, 1, 1)


def _pi966(wh: str, soc: str | None = None) -> LithiumDeclaration:
    return parse_lithium("PI966", battery_wh=wh, state_of_charge_pct=soc)


def test_declared_section_ii_with_its_shc_passes() -> None:
    facts = house(lithium=parse_lithium("967", cell_wh="5"), shcs=("ECM", "ELI"))
    assert codes_of(facts, SOC_DAY) == []


@pytest.mark.parametrize(
    ("wh", "soc", "blocked"),
    [
        ("2.7", None, False),  # at 2.7 Wh the rule does not apply
        ("2.71", None, True),
        ("10", "30", False),
        ("10", "30.1", True),
        ("10", "31", True),
    ],
)
def test_state_of_charge_boundaries(wh: str, soc: str | None, blocked: bool) -> None:
    facts = house(lithium=_pi966(wh, soc), shcs=("ELI",))
    expected = ["lithium.state_of_charge"] if blocked else []
    assert codes_of(facts, SOC_DAY) == expected


def test_state_of_charge_rule_starts_on_1_january_2026() -> None:
    facts = house(lithium=_pi966("10", "31"), shcs=("ELI",))
    assert codes_of(facts, date(2025, 12, 31)) == []
    found = only(facts, "lithium.state_of_charge", SOC_DAY)
    assert (found.severity, found.field) == (Severity.BLOCKING, "lithium.state_of_charge_pct")
    assert not found.message.startswith("lithium.state_of_charge_pct:")
    assert "30 %" in found.message


def test_the_flight_date_decides_the_state_of_charge_rule() -> None:
    facts = house(lithium=_pi966("10", "31"), shcs=("ELI",), departure_date=date(2025, 12, 31))
    assert codes_of(facts, date(2026, 1, 5)) == []


def test_over_section_ii_limit_is_refused_with_the_rule() -> None:
    facts = house(lithium=parse_lithium("967", battery_wh="100.001"), shcs=("ELI",))
    found = only(facts, "lithium.over_section_ii", SOC_DAY)
    assert found.params["limit"] == Decimal(100)


def test_batteries_alone_are_fully_regulated() -> None:
    facts = house(lithium=LithiumDeclaration("PI965", battery_wh=Decimal(10)), shcs=("ELI",))
    assert only(facts, "lithium.fully_regulated", SOC_DAY).is_blocking


def test_declared_batteries_need_their_shc() -> None:
    found = only(house(lithium=parse_lithium("970", cell_lithium_g="0.5")), "lithium.shc_missing")
    assert (found.field, found.params["required"]) == ("shc", "ELM")


@pytest.mark.parametrize(
    ("shcs", "code"),
    [(("ELM",), "lithium.shc_mismatch"), (("RLI",), "lithium.fully_regulated_shc")],
)
def test_shc_must_match_the_declaration(shcs: tuple[str, ...], code: str) -> None:
    facts = house(lithium=parse_lithium("967", cell_wh="5"), shcs=shcs)
    assert codes_of(facts, SOC_DAY) == [code]


def test_lithium_shc_without_declaration_is_refused() -> None:
    assert codes_of(house(shcs=("ELI",)), SOC_DAY) == ["lithium.shc_without_declaration"]


@pytest.mark.parametrize(
    "description", ["Bluetooth earphones with Li-ion battery", "20000 mAh power bank"]
)
def test_batteries_named_without_declaration_is_a_warning(description: str) -> None:
    found = only(house(item(description, hs_code="851830")), "lithium.undeclared", SOC_DAY)
    assert found.severity is Severity.WARNING
    assert found.field == "items[0].description"


def test_batteries_named_and_declared_pass() -> None:
    facts = house(
        item("Bluetooth earphones with Li-ion battery", hs_code="851830"),
        lithium=parse_lithium("967", cell_wh="1.5"),
        shcs=("ELI",),
    )
    assert codes_of(facts, SOC_DAY) == []


def test_a_refusal_and_a_missing_shc_are_both_reported() -> None:
    facts = house(lithium=_pi966("10", "31"), shcs=("ECM",))
    assert codes_of(facts, SOC_DAY) == ["lithium.state_of_charge", "lithium.shc_missing"]


def test_no_room_for_the_lithium_shc() -> None:
    full = ("ECM", "GEN", "CAO", "EAT", "PER", "COL", "VAL", "VUN", "XPS")
    facts = house(lithium=parse_lithium("967", cell_wh="5"), shcs=full)
    assert codes_of(facts, SOC_DAY) == ["shc.too_many"]
