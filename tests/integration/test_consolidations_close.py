"""Closing and reopening a consolidation; per-house charges; the `consol` command line."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from core.errors import InvalidState, ValidationError
from core.services.booking_views import get_booking
from core.services.consolidations import (
    add_houses,
    close_consolidation,
    get_consolidation,
    reopen_consolidation,
)
from core.services.database import OpenedDatabase
from tests.integration.cli_helpers import Cli
from tests.integration.consolidation_helpers import flight, house, master, stub_customs


def test_a_blocking_finding_refuses_close(
    db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    consol = master(db, flight(db))
    added = add_houses(db.uow(), consol.id, [house(1), house(2)]).value.added
    stub_customs(monkeypatch, added[1])
    with pytest.raises(InvalidState) as refused:
        close_consolidation(db.uow(), consol.id, actor="li.wei")
    assert refused.value.code == "consolidation.blocked" and refused.value.params["blocked"] == 1
    view = get_consolidation(db.uow.reading(), consol.id)
    assert view.state == "open" and view.events == ()


def test_close_and_reopen_are_recorded_and_closed_refuses_changes(
    db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_customs(monkeypatch)
    consol = master(db, flight(db))
    add_houses(db.uow(), consol.id, [house(1)])
    closed = close_consolidation(db.uow(), consol.id, actor="li.wei").value
    assert closed.state == "closed" and closed.closed_at_utc is not None
    with pytest.raises(InvalidState):
        add_houses(db.uow(), consol.id, [house(2)])
    with pytest.raises(ValidationError):
        reopen_consolidation(db.uow(), consol.id, actor="li.wei", reason="  ")
    reopened = reopen_consolidation(
        db.uow(), consol.mawb, actor="zhang.min", reason="two parcels withdrawn"
    ).value
    assert reopened.state == "open"
    assert [(e.action, e.actor, e.reason) for e in reopened.events] == [
        ("close", "li.wei", None),
        ("reopen", "zhang.min", "two parcels withdrawn"),
    ]


def test_per_house_charges_reach_the_master_on_close(
    db: OpenedDatabase, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_customs(monkeypatch)
    consol = master(db, flight(db))
    booked = get_booking(db.uow.reading(), consol.mawb).charges
    assert booked, "the lane has a tariff in the seeded data"
    currency = booked[0].currency
    added = cli(
        "charges",
        "add",
        "--code",
        "HF",
        "--due",
        "A",
        "--basis",
        "per_house",
        "--rate",
        "1.50",
        "--currency",
        currency,
        "--from",
        date.today().isoformat(),
        "--description",
        "House AWB fee",
    )
    assert added.code == 0, added.err
    add_houses(db.uow(), consol.id, [house(n) for n in range(3)])
    close_consolidation(db.uow(), consol.id, actor="li.wei")
    lines = get_booking(db.uow.reading(), consol.mawb).charges
    fee = [c for c in lines if c.code == "HF"]
    assert len(fee) == 1 and fee[0].quantity == 3 and str(fee[0].amount) == "4.50"
    assert lines[0].code == "FRT"


def test_consol_cli_json_and_bad_input(cli: Cli, db_path: Path) -> None:
    flights = cli("--json", "flights", "--origin", "CGO", "--destination", "FRA").json()
    flight_id = str(flights["flights"][2]["id"])
    base = ["consol", "create", "--flight-id", flight_id, "--shipper", "SH-CGO-001"]
    made = cli("--json", *base, "--consignee", "CN-FRA-001", "--weight", "500", "--volume", "3")
    assert made.code == 0, made.err
    consol = made.json()["consolidation"]
    assert consol["state"] == "open" and consol["houses"] == 0
    bad = cli(*base, "--consignee", "CN-FRA-001", "--weight", "-5", "--volume", "3")
    assert bad.code == 2 and bad.err.startswith("error: gross_weight_kg:")
    house_args = [
        "consol",
        "add-house",
        str(consol["id"]),
        "--order",
        "TM-1",
        "--shipper-name",
        "Henan Trading",
        "--shipper-address",
        "1 Airport Road",
        "--shipper-city",
        "Zhengzhou",
        "--consignee-name",
        "Anna Weber",
        "--consignee-address",
        "Hauptstr. 1",
        "--consignee-city",
        "Frankfurt",
        "--weight",
        "1.2",
        "--goods",
        "Bluetooth earphones",
        "--hs",
        "851830",
        "--value",
        "25",
        "--currency",
        "EUR",
        "--mode",
        "9610",
    ]
    wrong = cli(*house_args, "--consignee-country", "XX")
    assert wrong.code == 2 and wrong.err.startswith("error: houses[0].consignee_country:")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM house_shipment").fetchone()[0] == 0
    ok = cli("--json", *house_args, "--consignee-country", "DE")
    assert ok.code == 0, ok.err
    assert len(ok.json()["report"]["added"]) == 1
    shown = cli("--json", "consol", "show", consol["mawb"]).json()["consolidation"]
    assert shown["houses"] == 1
    rows = cli("--json", "consol", "houses", str(consol["id"])).json()["houses"]
    assert rows[0]["platform_order_number"] == "TM-1"
    assert cli("consol", "houses", str(consol["id"]), "--sort", "nope").code == 2
    assert cli("consol", "reopen", str(consol["id"]), "--reason", "x").code == 6
    assert cli("consol", "show", "999999").code == 3
    listed = cli("--json", "consol", "list").json()
    assert listed["count"] == 1
