"""Four processes adding houses to two consolidations on one nearly full flight never
overbook it: growing a master checks the flight's space under the booking's own lock."""

from __future__ import annotations

import contextlib
import multiprocessing
import sqlite3
from multiprocessing.synchronize import Barrier
from pathlib import Path

from core.errors import CapacityExceeded
from core.services.consolidations import add_houses
from core.services.database import OpenedDatabase, open_database
from tests.integration.consolidation_helpers import flight, house, master
from tests.integration.stress_helpers import set_allotment

WORKERS = 4
TRIES = 12
ALLOTMENT_G = 260_000  # 260 kg; each master books 100 kg, so 60 kg is left to grow into


def _worker(path: Path, consolidation_id: int, worker: int, barrier: Barrier) -> None:
    opened = open_database(path)
    barrier.wait(timeout=60)
    for n in range(TRIES):
        order = 10_000 * (worker + 1) + n
        kg = "7.5" if n % 2 else "4.25"
        with contextlib.suppress(CapacityExceeded):
            add_houses(opened.uow(), consolidation_id, [house(order, gross_weight_kg=kg)])
    opened.uow.dispose()


def test_racing_house_additions_never_overbook(db: OpenedDatabase, db_path: Path) -> None:
    on = flight(db, 3)
    set_allotment(db_path, on.id, weight_g=ALLOTMENT_G, volume_cm3=50_000_000)
    # The first 100 kg of houses fit inside each master's booked space.
    masters = [master(db, on), master(db, on)]
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(WORKERS)
    workers = [
        ctx.Process(target=_worker, args=(db_path, masters[w % 2].id, w, barrier), daemon=True)
        for w in range(WORKERS)
    ]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
    assert all(p.exitcode == 0 for p in workers), [p.exitcode for p in workers]
    with sqlite3.connect(db_path) as conn:
        flown = conn.execute(
            "SELECT sum(gross_weight_g) FROM consignment WHERE flight_id = ? "
            "AND status = 'booked' AND space_status IN ('requested', 'confirmed')",
            (on.id,),
        ).fetchone()[0]
        houses = conn.execute(
            "SELECT consolidation_id, sum(gross_weight_g) FROM house_shipment "
            "GROUP BY consolidation_id"
        ).fetchall()
        masters_g = dict(
            conn.execute(
                "SELECT k.id, c.gross_weight_g FROM consolidation k "
                "JOIN consignment c ON c.id = k.consignment_id"
            ).fetchall()
        )
    assert flown <= ALLOTMENT_G
    for consolidation_id, weight_g in houses:  # each master holds at least its houses
        assert masters_g[consolidation_id] >= weight_g
    assert sum(w for _, w in houses) > 200_000, "the houses grew past the booked space"
