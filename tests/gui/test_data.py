"""How the window's booking search becomes the search service's query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.services.search import BookingQuery
from gui.data import BookingSearch, booking_query, display_location

WANTED = BookingSearch(
    customer="郑州",
    destination="FRA",
    date_from=date(2026, 12, 1),
    status="DEP",
    sort="shipper",
    descending=False,
    offset=500,
    limit=500,
)


def test_today_the_service_orders_newest_first_and_the_sort_is_left_out() -> None:
    query = booking_query(BookingQuery, WANTED, frozenset())
    assert query == BookingQuery(
        customer="郑州",
        destination="FRA",
        date_from=date(2026, 12, 1),
        status="DEP",
        offset=500,
        limit=500,
    )


@dataclass(frozen=True)
class SortingQuery(BookingQuery):
    """The service as asked for in the report: an order by column key, in SQL."""

    sort: str = "newest"
    descending: bool = True


def test_an_order_the_service_offers_is_passed_on() -> None:
    query = booking_query(SortingQuery, WANTED, frozenset({"shipper"}))
    assert (query.sort, query.descending, query.offset) == ("shipper", False, 500)


def test_a_sqlite_file_is_shown_as_its_path() -> None:
    assert display_location("sqlite+pysqlite:////srv/fd.sqlite") == "/srv/fd.sqlite"
    assert display_location("postgresql://fd:***@db/fd") == "postgresql://fd:***@db/fd"
