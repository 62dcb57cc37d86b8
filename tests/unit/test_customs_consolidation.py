"""The consolidation summary: what blocks and why, house by house."""

from __future__ import annotations

from datetime import date

import pytest

from core.domain.customs import (
    ConsolidationCheck,
    Finding,
    HouseCheck,
    HouseFacts,
    Severity,
    check_consolidation,
)
from tests.unit.customs_houses import DAY, RATES, house, item


def _check(*houses: HouseFacts) -> ConsolidationCheck:
    return check_consolidation(houses, rates=RATES, on_day=DAY)


def test_groups_findings_by_house_in_order() -> None:
    result = _check(
        house(house_awb="H1"),
        house(item("parts"), house_awb="H2", ioss_number="IM123"),
        house(house_awb="H3", ioss_number=None),
    )
    assert [h.house_awb for h in result.houses] == ["H1", "H2", "H3"]
    assert [h.house_awb for h in result.blocked_houses] == ["H2"]
    assert (result.blocking_count, result.warning_count) == (2, 1)
    assert not result.can_proceed
    h2 = result.houses[1]
    assert [f.code for f in h2.blocking] == ["ics2.vague_description", "ioss.malformed"]
    assert result.houses[2].warnings[0].code == "ioss.missing"


def test_clean_consolidation_can_proceed() -> None:
    result = _check(house(house_awb="H1"), house(house_awb="H2", ioss_number=None))
    assert result.can_proceed
    assert result.summary_lines()[0] == "0 of 2 houses blocked: 0 blocking, 1 warnings"


def test_summary_says_what_blocks_and_why() -> None:
    lines = _check(house(house_awb="H1"), house(item("gift"), house_awb="H2")).summary_lines()
    assert lines[0] == "1 of 2 houses blocked: 1 blocking, 0 warnings"
    assert lines[1] == "HAWB H2: 1 blocking, 0 warnings"
    assert lines[2].startswith("  BLOCKING items[0].description: 'gift' is too vague for EU ICS2")


def test_a_house_given_twice_blocks_both() -> None:
    result = _check(house(house_awb="H1"), house(house_awb="H1"))
    assert [h.blocking[0].code for h in result.houses] == ["house.duplicate"] * 2


def test_finding_is_frozen_and_exports_as_text() -> None:
    found = Finding("x.y", Severity.WARNING, "f", "m", {"value": date(2026, 7, 1)})
    assert found.to_dict() == {
        "code": "x.y",
        "severity": "warning",
        "field": "f",
        "message": "m",
        "params": {"value": "2026-07-01"},
    }
    with pytest.raises(TypeError):
        found.params["value"] = 1  # type: ignore[index]
    assert found == Finding("x.y", Severity.WARNING, "f", "m", {"value": date(2026, 7, 1)})
    assert hash(found) == hash(Finding("x.y", Severity.WARNING, "f", "m", {}))


def test_house_check_of_nothing() -> None:
    check = HouseCheck("H1", ())
    assert not check.is_blocked and check.blocking == check.warnings == check.infos == ()
