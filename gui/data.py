"""What the GUI asks of the database, reached only through core.services (rule 1).

``open_data`` runs on the background worker: importing core.services.database pulls in
SQLAlchemy and Alembic, and opening migrates and seeds (~1.5 s on a first start). Doing
both there keeps them after the first paint and off the UI thread (rule 6). The UI thread
sees plain callables and frozen views, never a session or an engine.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from core.services.views import FlightView

SQLITE_PREFIXES = ("sqlite+pysqlite:///", "sqlite:///")


@dataclass(frozen=True)
class FlightQuery:
    """The flights list's filter as the window knows it; blank means any."""

    origin: str | None = None
    destination: str | None = None
    date_from: date | None = None


@dataclass(frozen=True)
class DataAccess:
    """An opened database: where it is, and the use cases the window may call on the worker."""

    location: str
    load_flights: Callable[[FlightQuery], list[FlightView]]
    close: Callable[[], None]


def open_data(target: str | os.PathLike[str] | None = None) -> DataAccess:
    """Open (migrate, seed) the database at ``target``; call on the worker, not the UI thread."""
    from core.services.database import open_database
    from core.services.flights import FlightFilter, list_flights

    opened = open_database(target)

    def load_flights(query: FlightQuery) -> list[FlightView]:
        wanted = FlightFilter(
            origin=query.origin,
            destination=query.destination,
            date_from=query.date_from,
            upcoming_only=True,
        )
        return list_flights(opened.uow.reading(), wanted)

    return DataAccess(display_location(opened.location), load_flights, opened.uow.dispose)


def display_location(url: str) -> str:
    """A SQLite file is shown as its path; a server URL (password already hidden) as is."""
    for prefix in SQLITE_PREFIXES:
        if url.startswith(prefix):
            return url[len(prefix) :]
    return url
