"""Every released schema upgrades to head with its data intact (ARCHITECTURE rule 9)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.db.migrate import head_revision
from core.services.booking_views import get_booking
from core.services.database import open_database
from core.services.search import BookingQuery, search

SAVED = sorted((Path(__file__).parents[1] / "data").glob("schema-*.sqlite"))


def test_a_saved_database_exists_for_the_first_release() -> None:
    assert [p.name for p in SAVED][:1] == ["schema-0001.sqlite"]


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_saved_database_upgrades_and_keeps_its_bookings(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / saved.name
    shutil.copyfile(saved, path)
    opened = open_database(path)
    try:
        assert opened.migration.to_revision == head_revision()
        assert not opened.seeded
        if opened.migration.upgraded:  # rule 9: the old file is copied aside first
            assert opened.migration.backup is not None and opened.migration.backup.exists()
        rows = search(opened.uow.reading(), BookingQuery(limit=100))
        assert rows, "the saved bookings are gone"
        for row in rows:
            booking = get_booking(opened.uow.reading(), row.awb_number)
            assert booking.milestones[0].code == "BKD"
            assert booking.chargeable_weight_kg >= booking.gross_weight_kg
    finally:
        opened.uow.dispose()
