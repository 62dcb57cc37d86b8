"""Schema: the migrations build exactly what the models say; backups before upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from core.db.base import Base
from core.db.engine import make_engine, resolve_url
from core.db.migrate import backup_sqlite, head_revision, upgrade


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(tmp_path / "m.sqlite"))
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_fresh_database_upgrades_without_backup(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(tmp_path / "fresh.sqlite"))
    report = upgrade(engine)
    assert (report.from_revision, report.to_revision) == (None, head_revision())
    assert report.backup is None
    assert upgrade(engine).upgraded is False  # at head: no work, no backup


def test_pending_migration_backs_up_existing_data_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE clerk_notes (body TEXT)")
        con.execute("INSERT INTO clerk_notes VALUES ('keep me')")
    report = upgrade(make_engine(resolve_url(path)))
    assert report.backup is not None and report.backup.exists()
    with sqlite3.connect(report.backup) as con:
        assert con.execute("SELECT body FROM clerk_notes").fetchall() == [("keep me",)]


def test_backup_includes_commits_still_in_the_wal(tmp_path: Path) -> None:
    """A file copy of a WAL database can miss these; the backup API must not."""
    path = tmp_path / "wal.sqlite"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (n INTEGER)")
    writer.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(500)])
    writer.commit()
    assert Path(f"{path}-wal").stat().st_size > 0
    copy = backup_sqlite(path, "test")
    writer.close()
    with sqlite3.connect(copy) as con:
        assert con.execute("SELECT count(*) FROM t").fetchone() == (500,)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_sqlite_is_configured_for_safe_booking(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(tmp_path / "p.sqlite"))
    with engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() >= 5000
