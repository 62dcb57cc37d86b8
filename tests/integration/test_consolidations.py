"""Consolidations: the master booked as a booking, houses added, deduplicated, space kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from core.errors import CapacityExceeded, InvalidState, ValidationError
from core.services.booking_views import get_booking
from core.services.changes import Entity
from core.services.consolidations import (
    MASTER_DESCRIPTION,
    add_houses,
    count_houses,
    get_consolidation,
    house_input,
    list_consolidations,
    list_houses,
    remove_house,
    set_tendered_pieces,
    update_house,
)
from core.services.database import OpenedDatabase
from tests.integration.consolidation_helpers import flight, house, master
from tests.integration.stress_helpers import set_allotment


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_create_books_the_master_and_draws_stock(db: OpenedDatabase, db_path: Path) -> None:
    awbs = _count(db_path, "SELECT count(*) FROM awb")
    view = master(db, flight(db), pieces="4")
    assert view.state == "open" and view.houses == 0 and view.tendered_pieces == 4
    assert view.booked_weight_kg == view.master_weight_kg == 100
    booking = get_booking(db.uow.reading(), view.mawb)
    assert booking.goods_description == MASTER_DESCRIPTION
    assert "ECM" in booking.shc and booking.pieces == 4
    assert _count(db_path, "SELECT count(*) FROM awb") == awbs + 1
    # The same request id again is the same consolidation, not a second master.
    again = master(db, flight(db), client_request_id="consol-1")
    assert master(db, flight(db), client_request_id="consol-1").id == again.id
    assert [v.id for v in list_consolidations(db.uow.reading())] == [again.id, view.id]


def test_houses_are_added_numbered_and_summed(db: OpenedDatabase) -> None:
    consol = master(db, flight(db))
    outcome = add_houses(db.uow(), consol.id, [house(1), house(2, gross_weight_kg="2.5")])
    report = outcome.value
    assert len(report.added) == 2 and report.added[0].split("-")[1].startswith("H")
    assert report.consolidation.houses == 2 and report.consolidation.gross_weight_kg == 3.75
    assert Entity.CONSOLIDATION in outcome.changes
    rows = list_houses(db.uow.reading(), consol.mawb, sort="gross_weight_kg", descending=True)
    assert [r.platform_order_number for r in rows] == ["TM-000002", "TM-000001"]
    assert rows[1].declared_value == "25.00 EUR" and rows[1].consignee_name == "Anna Weber 1"
    assert count_houses(db.uow.reading(), consol.id, text="weber 2") == 1
    edited = update_house(db.uow(), rows[1].id, replace(house(1), consignee_city="Mainz"))
    assert edited.value.consignee_city == "Mainz"
    assert house_input(db.uow.reading(), rows[1].id).items[0].unit_value == "12.50"
    assert remove_house(db.uow(), rows[0].id).value.houses == 1
    # A removed house's number is never issued again.
    later = add_houses(db.uow(), consol.id, [house(3)]).value.added[0]
    assert later not in report.added and later > report.added[1]


def test_duplicates_are_skipped_and_reported(db: OpenedDatabase) -> None:
    consol = master(db, flight(db))
    add_houses(db.uow(), consol.id, [house(1)])
    report = add_houses(db.uow(), consol.id, [house(1), house(2), house(2)]).value
    assert len(report.added) == 1
    assert [(s.index, s.reason) for s in report.skipped] == [(0, "in_database"), (2, "in_batch")]
    assert get_consolidation(db.uow.reading(), consol.id).houses == 2


def test_a_bad_house_refuses_the_batch_unless_valid_ones_are_accepted(db: OpenedDatabase) -> None:
    consol = master(db, flight(db))
    batch = [house(1), house(2, consignee_country="XX"), house(3, customs_mode="9999")]
    with pytest.raises(ValidationError) as refused:
        add_houses(db.uow(), consol.id, batch)
    assert refused.value.field == "houses[1].consignee_country"
    assert get_consolidation(db.uow.reading(), consol.id).houses == 0
    report = add_houses(db.uow(), consol.id, batch, accept_valid=True).value
    assert len(report.added) == 1
    assert [r.field for r in report.rejected] == [
        "houses[1].consignee_country",
        "houses[2].customs_mode",
    ]


def test_houses_beyond_the_flight_refuse_with_nothing_written(
    db: OpenedDatabase, db_path: Path
) -> None:
    on = flight(db, 1)
    set_allotment(db_path, on.id, weight_g=110_000, volume_cm3=10_000_000)
    consol = master(db, on)  # 100 kg booked: 10 kg left on the flight
    add_houses(db.uow(), consol.id, [house(n, gross_weight_kg="20") for n in range(5)])
    assert get_consolidation(db.uow.reading(), consol.id).master_weight_kg == 100
    before = _count(db_path, "SELECT count(*) FROM house_shipment")
    with pytest.raises(CapacityExceeded):
        add_houses(db.uow(), consol.id, [house(n, gross_weight_kg="6") for n in range(5, 7)])
    assert _count(db_path, "SELECT count(*) FROM house_shipment") == before
    assert _count(db_path, "SELECT next_value FROM number_series WHERE name='house'") == 6
    grown = add_houses(db.uow(), consol.id, [house(9, gross_weight_kg="10")]).value.consolidation
    assert grown.master_weight_kg == 110 and grown.gross_weight_kg == 110


def test_closed_refuses_changes_and_tender_sets_master_pieces(db: OpenedDatabase) -> None:
    consol = master(db, flight(db))
    view = set_tendered_pieces(db.uow(), consol.id, "7").value
    assert view.tendered_pieces == 7
    assert get_booking(db.uow.reading(), consol.mawb).pieces == 7
    with pytest.raises(InvalidState):
        from core.services.consolidations import close_consolidation

        close_consolidation(db.uow(), consol.id, actor="li.wei")  # no houses yet
