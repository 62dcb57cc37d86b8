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


def test_issued_invoices_cannot_be_changed_even_by_raw_sql(tmp_path: Path) -> None:
    path = tmp_path / "inv.sqlite"
    upgrade(make_engine(resolve_url(path)))
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO customer (account_number, name, address, city, country, created_at) "
        "VALUES ('SH-1', 'Shipper', 'Road 1', 'Zhengzhou', 'CN', '2026-11-29 00:00:00')"
    )
    con.execute(
        "INSERT INTO invoice (number, kind, customer_id, issue_date, due_date, payment_terms,"
        " currency, subtotal_minor, tax_minor, total_minor, seller_name, seller_uscc,"
        " seller_address, seller_bank, buyer_name, buyer_address, issued_at) VALUES"
        " ('CGO1-I000001', 'invoice', 1, '2026-11-29', '2026-12-29', '30 days', 'CNY',"
        " 100, 0, 100, 'Forwarder', '91410100MA2Y29N116', 'Road 2', 'Bank', 'Shipper',"
        " 'Road 1', '2026-11-29 00:00:00')"
    )
    con.commit()
    for statement in ("UPDATE invoice SET total_minor = 1", "DELETE FROM invoice"):
        try:
            con.execute(statement)
        except sqlite3.DatabaseError as refused:
            assert "immutable" in str(refused)
        else:
            raise AssertionError(f"{statement!r} was allowed")
    assert con.execute("SELECT total_minor FROM invoice").fetchall() == [(100,)]
