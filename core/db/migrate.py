"""Schema upgrades at start: Alembic, after a safe backup when anything is pending."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from core.db.engine import sqlite_file


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("core.db") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> MigrationReport:
    """Bring the schema to head; a no-op (and no backup) when it is already there."""
    head = head_revision()
    with engine.connect() as connection:
        current = current_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
    if current == head:
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
