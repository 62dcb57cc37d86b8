"""Engine setup: where the database lives and how SQLite is made safe for bookings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 15_000
WRITE_OPTION = "freightdesk_write"


def default_database_path() -> Path:
    return user_data_path("FreightDesk", appauthor=False) / "freightdesk.sqlite"


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """`--db` / FREIGHTDESK_DB take a file path or a SQLAlchemy URL; default: user data dir."""
    raw = target if target is not None else os.environ.get("FREIGHTDESK_DB")
    if raw is None or str(raw) == "":
        path = default_database_path()
    elif "://" in str(raw):
        return make_url(str(raw))
    else:
        path = Path(raw).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def make_engine(url: URL, *, immediate_writes: bool = True, **kwargs: Any) -> Engine:
    """Create the engine; SQLite gets WAL, synchronous=FULL, foreign keys and a busy timeout.

    With ``immediate_writes`` every writing transaction starts with BEGIN IMMEDIATE
    (SQLAlchemy's documented pysqlite "begin" event recipe): the write lock is taken
    before the capacity check reads, so two workstations' processes cannot both see the
    same free space. Measured here without it: 8 processes doing check-then-insert put
    1,254-1,415 kg onto a 1,000 kg flight. ``immediate_writes=False`` exists only so the
    race test can prove it catches that.
    """
    engine = create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine, immediate_writes)
    return engine.execution_options(**{WRITE_OPTION: True})


def read_only(engine: Engine) -> Engine:
    """The same pool, but transactions start with a plain (deferred) BEGIN."""
    return engine.execution_options(**{WRITE_OPTION: False})


def _configure_sqlite(engine: Engine, immediate_writes: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if immediate_writes:
            # Stop pysqlite emitting its own deferred BEGIN; the "begin" hook below does.
            dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    if not immediate_writes:
        return

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, True)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
