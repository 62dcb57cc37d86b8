"""Schema upgrades at start: Alembic, after a safe backup when anything is pending."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from core.db.engine import read_only, sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration in core/db/migrations/versions, kept here so a start on a database
# already at head never imports Alembic (~0.15 s). tests/integration/test_database_start.py
# fails when a migration is added without moving this on.
HEAD_REVISION = "0006"


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("core.db") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The head as Alembic reads it from the migration scripts (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The schema's revision, read with plain SQL (Alembic's one-row version table)."""
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # no version table: an empty database, or one Alembic never touched
        connection.rollback()
        return None


def upgrade(engine: Engine) -> MigrationReport:
    """Bring the schema to head; a no-op (no backup, no Alembic import) when already there."""
    with read_only(engine).connect() as connection:  # a plain BEGIN: no write lock to read
        current = current_revision(connection)
        if current == HEAD_REVISION:
            return MigrationReport(current, current, None)
        has_tables = bool(inspect(connection).get_table_names())
    from alembic import command

    head = head_revision()
    if current == head:  # HEAD_REVISION is behind the scripts; the test says so
        return MigrationReport(current, head, None)
    path = sqlite_file(engine.url)
    backup = backup_sqlite(path, current) if path is not None and has_tables else None
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return MigrationReport(current, head, backup)


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy the database with SQLite's online backup API.

    A plain file copy of a WAL database can miss committed pages still in the -wal file.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.{revision or 'empty'}.{stamp}.backup.sqlite")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
