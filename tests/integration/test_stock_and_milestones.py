"""AWB stock, number series and milestones on a real database."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.domain.clock import local_text
from core.errors import Conflict, InvalidState, NotFound, StockExhausted, ValidationError
from core.services.booking import book, set_space_status
from core.services.database import OpenedDatabase
from core.services.milestones import add_milestone
from core.services.stock import add_range, list_ranges, void_number
from tests.integration.booking_helpers import future_flights, request


def _ranges(db: OpenedDatabase, carrier: str) -> list[str]:
    return [r.next_number or "-" for r in list_ranges(db.uow.reading()) if r.carrier == carrier]


def test_overlapping_range_is_refused(db: OpenedDatabase) -> None:
    with pytest.raises(Conflict) as clash:
        add_range(db.uow(), carrier="LH", first="1004000", last="1006000")
    assert clash.value.field == "first"


def test_range_accepts_full_awb_numbers_and_checks_their_digit(db: OpenedDatabase) -> None:
    added = add_range(db.uow(), carrier="QR", first="157-53806270", last="157-53806303")
    assert added.value.first_number == "157-53806270"
    with pytest.raises(ValidationError) as wrong:
        add_range(db.uow(), carrier="QR", first="157-53806271", last="157-53806303")
    assert wrong.value.code == "awb.check_digit"


def test_numbers_voided_ahead_are_skipped_and_stay_on_record(db: OpenedDatabase) -> None:
    assert _ranges(db, "LH") == ["020-10000001"]
    void_number(db.uow(), number="020-10000001", reason="paper AWB torn in the printer")
    with pytest.raises(InvalidState):
        void_number(db.uow(), number="020-10000001", reason="twice")
    flight = future_flights(db, "CGO", "FRA")[0]
    assert book(db.uow(), request(flight)).value.awb_number == "020-10000012"


def test_low_stock_notice_and_exhaustion(db: OpenedDatabase, db_path: Path) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    with sqlite3.connect(db_path) as con:  # leave LH three numbers
        con.execute(
            "UPDATE awb_stock_range SET next_serial = last_serial - 2, "
            "low_stock_threshold = 2 WHERE carrier_id = "
            "(SELECT id FROM carrier WHERE iata_code = 'LH')"
        )
    first = book(db.uow(), request(flight))
    assert [n.code for n in first.notices] == ["stock.low"]
    assert "only 2 AWB numbers left for LH (020)" in first.notices[0].message
    book(db.uow(), request(flight))
    book(db.uow(), request(flight))
    with pytest.raises(StockExhausted):
        book(db.uow(), request(flight))


def test_stock_of_another_database_is_never_used(db: OpenedDatabase, db_path: Path) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE awb_stock_range SET owner_database_id = 'another-office'")
    with pytest.raises(StockExhausted):
        book(db.uow(), request(flight))
    with pytest.raises(NotFound):
        void_number(db.uow(), number="020-10000012", reason="not ours")


def test_booking_refs_stay_gapless_when_a_booking_fails(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    assert book(db.uow(), request(flight)).value.booking_ref == "CGO1-B000001"
    with pytest.raises(NotFound):
        book(db.uow(), request(flight, consignee="NOBODY"))
    assert book(db.uow(), request(flight)).value.booking_ref == "CGO1-B000002"


def test_milestones_follow_the_shipment_in_local_time(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    awb = book(db.uow(), request(flight)).value.awb_number
    received = _local_now("Asia/Shanghai")
    add_milestone(db.uow(), booking=awb, code="RCS", occurred_at=f"{received:%Y-%m-%dT%H:%M}")
    with pytest.raises(InvalidState) as unconfirmed:
        add_milestone(db.uow(), booking=awb, code="MAN")
    assert unconfirmed.value.code == "milestone.space_unconfirmed"
    set_space_status(db.uow(), booking=awb, status="confirmed")
    add_milestone(db.uow(), booking=awb, code="MAN")
    arrived_at = _local_now("Europe/Berlin")
    arrived = add_milestone(
        db.uow(), booking=awb, code="ARR", occurred_at=f"{arrived_at:%Y-%m-%dT%H:%M}"
    )
    last = arrived.value.milestones[-1]
    assert (last.code, last.station) == ("ARR", "FRA")
    assert last.occurred_local == local_text(last.occurred_at_utc, "Europe/Berlin")
    assert last.occurred_local.startswith(f"{arrived_at:%Y-%m-%d %H:%M}")
    assert arrived.value.milestones[1].occurred_local.startswith(f"{received:%Y-%m-%d %H:%M}")
    assert arrived.value.milestones[1].occurred_local.endswith("+08:00")


@pytest.mark.parametrize(
    ("code", "when", "rule"),
    [
        ("RCS", "future", "milestone.future"),
        ("RCS", "before_booking", "milestone.before_previous"),
        ("XXX", None, "milestone.unknown"),
        ("DEP", None, "milestone.space_unconfirmed"),
    ],
)
def test_milestones_that_cannot_be_true_are_refused(
    db: OpenedDatabase, code: str, when: str | None, rule: str
) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    awb = book(db.uow(), request(flight)).value.awb_number
    shift = {"future": timedelta(hours=3), "before_booking": timedelta(hours=-3), None: None}
    moment = None if shift[when] is None else (datetime.now(UTC) + shift[when]).isoformat()
    with pytest.raises((ValidationError, InvalidState)) as refused:
        add_milestone(db.uow(), booking=awb, code=code, occurred_at=moment)
    assert refused.value.code == rule
    with pytest.raises(NotFound):
        add_milestone(db.uow(), booking=awb, code="RCS", station="QQQ")


def test_milestones_never_go_back(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    awb = book(db.uow(), request(flight, space_status="confirmed")).value.awb_number
    add_milestone(db.uow(), booking=awb, code="MAN")
    with pytest.raises(InvalidState) as refused:
        add_milestone(db.uow(), booking=awb, code="RCS")
    assert refused.value.code == "milestone.order"


def _local_now(tz: str) -> datetime:
    return datetime.now(ZoneInfo(tz)).replace(second=0, microsecond=0)
