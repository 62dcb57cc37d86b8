"""What the GUI asks of the database, reached only through core.services (rule 1).

``open_data`` runs on the background worker: importing core.services.database pulls in
SQLAlchemy and Alembic, and opening migrates and seeds (~1.5 s on a first start). Doing
both there keeps them after the first paint and off the UI thread (rule 6). The UI thread
sees plain callables and frozen views, never a session or an engine.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.services.uow import UnitOfWorkFactory
    from core.services.views import BookingView, ConsignmentRow, FlightView

SQLITE_PREFIXES = ("sqlite+pysqlite:///", "sqlite:///")


@dataclass(frozen=True)
class FlightQuery:
    """The flights list's filter as the window knows it; blank means any."""

    origin: str | None = None
    destination: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    carrier: str | None = None  # IATA designator, e.g. CV


@dataclass(frozen=True)
class BookingSearch:
    """The bookings list's filter, order and page as the window knows it; blank means any.

    ``sort`` names a column key the search service orders by in SQL (see
    ``DataAccess.sql_sorts``); ``None`` is the service's own order, newest first.
    """

    awb: str | None = None
    customer: str | None = None
    destination: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: str | None = None
    sort: str | None = None
    descending: bool = True
    offset: int = 0
    limit: int = 500


def _no_bookings(_search: BookingSearch) -> list[ConsignmentRow]:
    return []


def _no_booking(key: str) -> BookingView:
    from core.errors import NotFound

    raise NotFound("booking", key)


@dataclass(frozen=True)
class DataAccess:
    """An opened database: where it is, and the use cases the window may call on the worker."""

    location: str
    load_flights: Callable[[FlightQuery], list[FlightView]]
    close: Callable[[], None]
    office_airport: str = ""
    search_bookings: Callable[[BookingSearch], list[ConsignmentRow]] = _no_bookings
    get_booking: Callable[[str], BookingView] = _no_booking
    milestones: tuple[str, ...] = ()  # the milestone codes a booking passes, in order
    sql_sorts: frozenset[str] = frozenset()  # column keys the search can order by in SQL
    # The opened database's units of work, for a screen's own gateway module (gui/*_data.py)
    # to hand to core.services on a worker thread; never used on the UI thread.
    uow: UnitOfWorkFactory | None = None

    def units(self) -> UnitOfWorkFactory:
        """The units of work; a fake DataAccess of a test without a database has none."""
        if self.uow is None:
            raise RuntimeError("this DataAccess has no database")
        return self.uow


def open_data(target: str | os.PathLike[str] | None = None, *, demo: bool = False) -> DataAccess:
    """Open (migrate, seed) the database at ``target``; call on the worker, not the UI thread.

    ``demo`` adds what `freightdesk init --demo` adds (idempotent: once only)."""
    from core.services import search
    from core.services.database import open_database
    from core.services.flights import FlightFilter, list_flights
    from core.services.milestones import SEQUENCE
    from core.services.settings import read_setting

    opened = open_database(target)
    uow = opened.uow
    if demo:
        from core.services.demo import DEMO_COUNT
        from core.services.demo_history import seed_demo

        seed_demo(uow, count=DEMO_COUNT, today=date.today())
    sql_sorts = frozenset(getattr(search, "SORTS", ()))

    def load_flights(query: FlightQuery) -> list[FlightView]:
        wanted = FlightFilter(
            origin=query.origin,
            destination=query.destination,
            date_from=query.date_from,
            date_to=query.date_to,
            carrier=query.carrier,
            upcoming_only=True,
        )
        return list_flights(uow.reading(), wanted)

    def search_bookings(wanted: BookingSearch) -> list[ConsignmentRow]:
        return search.search(uow.reading(), booking_query(search.BookingQuery, wanted, sql_sorts))

    return DataAccess(
        location=display_location(opened.location),
        load_flights=load_flights,
        close=uow.dispose,
        office_airport=read_setting(uow.reading(), "office_airport"),
        search_bookings=search_bookings,
        get_booking=lambda key: _get_booking(uow, key),
        milestones=tuple(SEQUENCE),
        sql_sorts=sql_sorts,
        uow=uow,
    )


def _get_booking(uow: UnitOfWorkFactory, key: str) -> BookingView:
    from core.services.booking_views import get_booking  # when first asked, not at start

    return get_booking(uow.reading(), key)


def booking_query(
    query_type: Callable[..., Any], wanted: BookingSearch, sorts: frozenset[str]
) -> Any:
    """The service's BookingQuery for ``wanted``; an order the service cannot give in SQL is
    left out (the list then sorts only the rows it has loaded, and says so)."""
    names = {f.name for f in fields(wanted)} - {"sort", "descending"}
    values = {name: getattr(wanted, name) for name in names}
    if wanted.sort is not None and wanted.sort in sorts:
        values.update(sort=wanted.sort, descending=wanted.descending)
    return query_type(**values)


def display_location(url: str) -> str:
    """A SQLite file is shown as its path; a server URL (password already hidden) as is."""
    for prefix in SQLITE_PREFIXES:
        if url.startswith(prefix):
            return url[len(prefix) :]
    return url
