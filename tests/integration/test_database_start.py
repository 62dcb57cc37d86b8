"""Opening a database that is ready: no Alembic, no writing transaction, the same result."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from core.db.migrate import HEAD_REVISION, head_revision
from core.services.database import open_database


def test_the_head_constant_is_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_a_second_start_neither_migrates_nor_creates_flights(db_path: Path) -> None:
    first = open_database(db_path, today=date.today())
    first.uow.dispose()
    again = open_database(db_path, today=date.today())
    again.uow.dispose()
    assert not again.migration.upgraded and again.migration.backup is None
    assert (again.seeded, again.flights_created) == (False, 0)


def test_a_ready_database_opens_without_importing_alembic_or_airportsdata(db_path: Path) -> None:
    probe = (
        "import sys\n"
        "from gui.data import open_data, FlightQuery\n"
        f"data = open_data({str(db_path)!r})\n"
        "assert data.load_flights(FlightQuery())\n"
        "print(sorted(m for m in ('alembic', 'airportsdata') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_flights_missing_from_the_horizon_are_still_made(db_path: Path) -> None:
    first = open_database(db_path, today=date.today())
    first.uow.dispose()
    later = open_database(db_path, today=date.today() + timedelta(days=30))
    later.uow.dispose()
    assert later.flights_created > 0
