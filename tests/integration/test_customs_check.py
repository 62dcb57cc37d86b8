"""Customs checks on stored houses (issue 6): blocking apart from warnings, by id or MAWB,
dated rules on the master's flight date, and `freightdesk check` with its exit status."""

from __future__ import annotations

import json
from datetime import date

import pytest

from core.services.customs_check import check_consolidation
from core.services.database import OpenedDatabase
from core.services.house_records import load_houses
from tests.integration.cli_helpers import Cli
from tests.integration.consolidation_builders import (
    Consol,
    House,
    Item,
    add_houses,
    eur_rates,
    master_on,
)

TODAY = date.today()


@pytest.fixture
def consol(db: OpenedDatabase) -> Consol:
    eur_rates(db)
    found = master_on(db)
    add_houses(
        db,
        found,
        [
            House("HCGO0000001"),
            House("HCGO0000002").but(ioss_number=None),  # warning only
            House("HCGO0000003").but(items=(Item(description="gift", hs_code="6109"),)),
            House("HCGO0000004").but(customs_mode=None, consignee_country="US", ioss_number=None),
        ],
    )
    return found


def codes(findings: tuple[object, ...]) -> set[str]:
    return {finding.code for finding in findings}  # type: ignore[attr-defined]


def test_blocking_and_warnings_house_by_house(db: OpenedDatabase, consol: Consol) -> None:
    check = check_consolidation(db.uow.reading(), consol.id, on_day=TODAY)
    by_house = {house.house_awb: house for house in check.houses}
    assert list(by_house) == ["HCGO0000001", "HCGO0000002", "HCGO0000003", "HCGO0000004"]
    assert not by_house["HCGO0000001"].blocking
    assert not by_house["HCGO0000002"].is_blocked
    assert "ioss.missing" in codes(by_house["HCGO0000002"].warnings)
    blocked = {house.house_awb for house in check.blocked_houses}
    assert blocked == {"HCGO0000003", "HCGO0000004"}
    assert "ics2.vague_description" in codes(by_house["HCGO0000003"].blocking)
    assert any(f.field == "items[0].hs_code" for f in by_house["HCGO0000003"].blocking)
    assert "cn.customs_mode_missing" in codes(by_house["HCGO0000004"].blocking)
    assert not check.can_proceed


def test_by_mawb_and_a_clean_consolidation(db: OpenedDatabase) -> None:
    eur_rates(db)
    clean = master_on(db)
    add_houses(db, clean, [House("HCGO0000010"), House("HCGO0000011")])
    check = check_consolidation(db.uow.reading(), clean.mawb, on_day=TODAY)
    assert check.can_proceed and len(check.houses) == 2
    assert check_consolidation(db.uow.reading(), clean.mawb.replace("-", ""), on_day=TODAY)


def test_a_missing_rate_blocks_with_its_reason(db: OpenedDatabase) -> None:
    bare = master_on(db)  # no exchange rates stored
    add_houses(db, bare, [House("HCGO0000020").but(items=(Item(currency="USD"),))])
    check = check_consolidation(db.uow.reading(), bare.id, on_day=TODAY)
    (house,) = check.houses
    assert "customs.rate_missing" in codes(house.blocking)


def test_houses_and_items_load_with_two_statements(db: OpenedDatabase, consol: Consol) -> None:
    statements: list[str] = []
    from sqlalchemy import event

    engine = db.uow.engine

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        with db.uow.reading() as uow:
            houses = load_houses(uow.session, consol.id)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(houses) == 4 and all(house.items for house in houses)
    assert len([s for s in statements if "house" in s.lower()]) == 2


def test_cli_check_exit_status_and_json(cli: Cli, db: OpenedDatabase, consol: Consol) -> None:
    run = cli("check", consol.mawb)
    assert run.code == 6, run.err
    assert "BLOCKING" in run.out and "WARNING" in run.out
    blocking, warnings = run.out.split("WARNING (may proceed):")
    assert blocking.index("HCGO0000003") < blocking.index("HCGO0000004")
    assert "HCGO0000001" not in blocking and "HCGO0000002" not in blocking
    assert "ioss.missing" in warnings and "ics2" not in warnings
    data = json.loads(cli("--json", "check", str(consol.id)).out)["check"]
    assert data["can_proceed"] is False
    assert data["blocked_houses"] == 2
    assert {h["house_awb"] for h in data["houses"]} >= {"HCGO0000003", "HCGO0000004"}


def test_cli_check_passes_with_warnings_only(cli: Cli, db: OpenedDatabase) -> None:
    eur_rates(db)
    found = master_on(db)
    add_houses(db, found, [House("HCGO0000030").but(ioss_number=None)])
    run = cli("check", found.mawb)
    assert run.code == 0, run.err
    assert "WARNING" in run.out and "BLOCKING" not in run.out
    assert cli("check", "999-99999999").code == 3
