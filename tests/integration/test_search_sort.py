"""The bookings list's orders, in SQL: every column both ways, ties broken by id, paged."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from core.errors import ValidationError
from core.services.booking import book, cancel, set_space_status
from core.services.database import OpenedDatabase
from core.services.milestones import SEQUENCE, add_milestone
from core.services.search import SORTS, BookingQuery, search
from core.services.views import ConsignmentRow
from tests.integration.booking_helpers import future_flights, request
from tests.integration.cli_helpers import Cli

# Shippers and consignees of the seed, each name distinct; some repeated below, so that
# sorts by name, pieces or flight have ties for the id to break.
BOOKINGS = (
    ("FRA", "SH-CGO-002", "CN-FRA-001", 3, "36.9", "60x40x35x3"),
    ("IST", "SH-CGO-001", "CN-IST-001", 1, "120", "120x80x100x1"),
    ("CDG", "SH-CGO-004", "CN-CDG-001", 3, "18.2", "40x30x30x3"),
    ("FRA", "SH-CGO-001", "CN-FRA-001", 7, "250.5", "100x60x50x7"),
    ("LUX", "SH-CGO-003", "CN-LUX-001", 2, "36.9", "50x50x50x2"),
    ("IST", "SH-CGO-002", "CN-IST-001", 3, "9.5", "30x30x30x3"),
)


@pytest.fixture
def booked(db: OpenedDatabase) -> dict[int, int]:
    """The bookings above, one cancelled, some further on; booking id -> flight id."""
    flights: dict[int, int] = {}
    refs = []
    for n, (destination, shipper, consignee, pieces, kg, dims) in enumerate(BOOKINGS):
        flight = future_flights(db, "CGO", destination)[n % 2]
        wanted = request(
            flight,
            shipper=shipper,
            consignee=consignee,
            pieces=pieces,
            gross_weight_kg=kg,
            dimensions=dims,
            client_request_id=f"sort-test-{n}",
        )
        view = book(db.uow(), wanted).value
        flights[view.id] = flight.id
        refs.append(view.booking_ref)
    add_milestone(db.uow(), booking=refs[1], code="RCS")
    set_space_status(db.uow(), booking=refs[3], status="confirmed")
    add_milestone(db.uow(), booking=refs[3], code="RCS")
    add_milestone(db.uow(), booking=refs[3], code="MAN")
    set_space_status(db.uow(), booking=refs[4], status="waitlisted")
    cancel(db.uow(), booking=refs[2], reason="test")
    return flights


def expected_keys(flight_of: dict[int, int]) -> dict[str, Callable[[ConsignmentRow], Any]]:
    """What each SQL order means, said again in Python over the rows shown."""
    return {
        "awb": lambda r: r.awb_number,
        "booking_ref": lambda r: r.booking_ref,
        "shipper": lambda r: r.shipper,
        "consignee": lambda r: r.consignee,
        "route": lambda r: (r.origin, r.destination),
        "flight": lambda r: (r.flight_number, r.departure_date, flight_of[r.id]),
        "departure_date": lambda r: (r.departure_date, flight_of[r.id]),
        "pieces": lambda r: r.pieces,
        "gross_weight": lambda r: r.gross_weight_kg,
        "chargeable_weight": lambda r: r.chargeable_weight_kg,
        "space_status": lambda r: r.space_status,
        "status": lambda r: (r.status, SEQUENCE.index(r.milestone)),
    }


def test_every_list_column_has_an_sql_order() -> None:
    from gui.bookings_model import SORT_KEYS  # the GUI's column keys (no Qt widget needed)

    assert set(SORTS) == set(SORT_KEYS.values())


@pytest.mark.parametrize("descending", [True, False])
def test_each_order_is_the_column_then_the_id(
    db: OpenedDatabase, booked: dict[int, int], descending: bool
) -> None:
    keys = expected_keys(booked)
    everything = search(db.uow.reading(), BookingQuery())
    assert len(everything) == len(BOOKINGS)
    for sort, key in keys.items():
        rows = search(db.uow.reading(), BookingQuery(sort=sort, descending=descending))
        wanted = sorted(everything, key=lambda r: (key(r), r.id), reverse=descending)
        assert [r.id for r in rows] == [r.id for r in wanted], sort


def test_without_a_sort_newest_first_or_oldest_first(
    db: OpenedDatabase, booked: dict[int, int]
) -> None:
    newest = [r.id for r in search(db.uow.reading(), BookingQuery())]
    oldest = [r.id for r in search(db.uow.reading(), BookingQuery(descending=False))]
    assert newest == sorted(booked, reverse=True)
    assert oldest == sorted(booked)


@pytest.mark.parametrize("sort", ["shipper", "pieces", "departure_date", "status"])
def test_pages_of_a_sort_neither_repeat_nor_skip_a_row(
    db: OpenedDatabase, booked: dict[int, int], sort: str
) -> None:
    whole = [r.id for r in search(db.uow.reading(), BookingQuery(sort=sort))]
    paged: list[int] = []
    for offset in range(0, len(BOOKINGS), 2):
        page = search(db.uow.reading(), BookingQuery(sort=sort, limit=2, offset=offset))
        paged.extend(r.id for r in page)
    assert paged == whole


def test_a_sort_applies_within_the_filter(db: OpenedDatabase, booked: dict[int, int]) -> None:
    rows = search(
        db.uow.reading(), BookingQuery(customer="CN-IST", sort="gross_weight", descending=False)
    )
    assert [(r.destination, r.gross_weight_kg) for r in rows] == [
        ("IST", Decimal("9.5")),
        ("IST", Decimal("120")),
    ]


def test_an_unknown_sort_is_refused_by_name(db: OpenedDatabase) -> None:
    with pytest.raises(ValidationError) as refused:
        search(db.uow.reading(), BookingQuery(sort="colour"))
    assert (refused.value.field, refused.value.code) == ("sort", "sort.unknown")


def test_cli_search_sorts_by_key_descending_unless_asc(cli: Cli, db_path: Any) -> None:
    from core.services.database import open_database

    opened = open_database(db_path)
    try:
        for n, destination in enumerate(("FRA", "IST", "LUX")):
            flight = future_flights(opened, "CGO", destination)[0]
            wanted = request(flight, pieces=n + 1, dimensions=f"60x40x35x{n + 1}")
            book(opened.uow(), wanted)
    finally:
        opened.uow.dispose()
    heaviest_first = cli("search", "--sort", "pieces", "--json").json()["bookings"]
    assert [b["pieces"] for b in heaviest_first] == [3, 2, 1]
    by_route = cli("search", "--sort", "route", "--asc", "--json").json()["bookings"]
    assert [b["destination"] for b in by_route] == ["FRA", "IST", "LUX"]
    refused = cli("search", "--sort", "colour")
    assert refused.code == 2 and "colour" in refused.err
