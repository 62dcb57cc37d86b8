"""Helpers for the stress tests: a prepared database, raw checks, and the child loops.

The checks read the file with the stdlib sqlite3 module on purpose: they must not trust
the code under test to report on itself. Children (multiprocessing "fork" or os.fork)
create their own engines; the parent never carries an open connection across a fork.
"""

from __future__ import annotations

import os
import random
import select
import sqlite3
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError

from core.errors import CapacityExceeded
from core.services.booking import book
from core.services.booking_input import BookingRequest
from core.services.database import open_database
from core.services.stock import add_range

CARRIER = "CV"  # China Cargo-style freighter routes out of CGO in the seeded schedule
SHIPPER = "SH-CGO-001"
CONSIGNEE = "CN-LUX-001"
FIRST_SERIAL, LAST_SERIAL = "0100000", "0199999"  # 100,000 numbers: more than any run uses


# --- the database -------------------------------------------------------------------


def prepare_database(path: Path) -> None:
    """Schema, reference data, flights and an AWB stock range for CARRIER; then close."""
    db = open_database(path)
    try:
        add_range(db.uow(), carrier=CARRIER, first=FIRST_SERIAL, last=LAST_SERIAL, note="stress")
    finally:
        db.uow.dispose()  # no pooled connection may survive into a forked child


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection in autocommit mode, closed on exit."""
    with closing(sqlite3.connect(path, timeout=30, isolation_level=None)) as conn:
        conn.execute("PRAGMA busy_timeout=30000")
        yield conn


def future_flights(path: Path, count: int, *, hours_ahead: int = 48) -> list[int]:
    """``count`` CARRIER flights departing well after the test ends, earliest first."""
    # departs_at is stored as "YYYY-MM-DD HH:MM:SS.ffffff" UTC text, so text order is time order.
    after = (datetime.now(UTC) + timedelta(hours=hours_ahead)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with raw(path) as conn:
        ids = [
            row[0]
            for row in conn.execute(
                "SELECT f.id FROM flight f JOIN carrier c ON c.id = f.carrier_id"
                " WHERE c.iata_code = ? AND f.status = 'open' AND f.departs_at > ?"
                " ORDER BY f.departs_at, f.id LIMIT ?",
                (CARRIER, after, count),
            )
        ]
    assert len(ids) == count, f"need {count} future {CARRIER} flights, the schedule has {len(ids)}"
    return ids


def set_allotment(path: Path, flight_id: int, *, weight_g: int, volume_cm3: int) -> None:
    """Change a flight's allotment. There is no service for editing an allotment yet, so
    the test writes the column directly; nothing else in the row is touched."""
    with raw(path) as conn:
        changed = conn.execute(
            "UPDATE flight SET allotment_weight_g = ?, allotment_volume_cm3 = ? WHERE id = ?",
            (weight_g, volume_cm3, flight_id),
        ).rowcount
    assert changed == 1, f"flight {flight_id} not found"


@dataclass(frozen=True)
class FlightLoad:
    flight_id: int
    allotment_weight_g: int
    allotment_volume_cm3: int
    booked_weight_g: int
    booked_volume_cm3: int
    bookings: int

    @property
    def over_weight_g(self) -> int:
        return self.booked_weight_g - self.allotment_weight_g

    @property
    def over_volume_cm3(self) -> int:
        return self.booked_volume_cm3 - self.allotment_volume_cm3

    @property
    def overbooked(self) -> bool:
        return self.over_weight_g > 0 or self.over_volume_cm3 > 0

    def describe(self) -> str:
        return (
            f"flight {self.flight_id}: {self.bookings} bookings, "
            f"{self.booked_weight_g / 1000:.3f} of {self.allotment_weight_g / 1000:.3f} kg, "
            f"{self.booked_volume_cm3 / 1e6:.6f} of {self.allotment_volume_cm3 / 1e6:.6f} m3"
            + (
                f" -> OVER by {max(self.over_weight_g, 0) / 1000:.3f} kg / "
                f"{max(self.over_volume_cm3, 0) / 1e6:.6f} m3"
                if self.overbooked
                else ""
            )
        )


def flight_load(path: Path, flight_id: int) -> FlightLoad:
    """What counts against the allotment (DOMAIN, Space): booked, requested or confirmed."""
    with raw(path) as conn:
        allot_w, allot_v = conn.execute(
            "SELECT allotment_weight_g, allotment_volume_cm3 FROM flight WHERE id = ?",
            (flight_id,),
        ).fetchone()
        weight, volume, count = conn.execute(
            "SELECT coalesce(sum(gross_weight_g), 0), coalesce(sum(volume_cm3), 0), count(*)"
            " FROM consignment WHERE flight_id = ? AND status = 'booked'"
            " AND space_status IN ('requested', 'confirmed')",
            (flight_id,),
        ).fetchone()
    return FlightLoad(flight_id, allot_w, allot_v, weight, volume, count)


def awb_problems(path: Path) -> list[str]:
    """AWB numbers unique, every consignment on its own used AWB, no used AWB unclaimed,
    and each stock range's counter matching the numbers issued from it."""
    problems: list[str] = []
    with raw(path) as conn:
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT number) FROM awb"
        ).fetchone()
        if total != distinct:
            dupes = conn.execute(
                "SELECT number, count(*) FROM awb GROUP BY number HAVING count(*) > 1 LIMIT 10"
            ).fetchall()
            problems.append(f"{total} awb rows but {distinct} distinct numbers: {dupes}")
        consignments, own = conn.execute(
            "SELECT count(*), count(DISTINCT awb_id) FROM consignment"
        ).fetchone()
        if consignments != own:
            problems.append(f"{consignments} consignments share {own} AWBs")
        orphans = conn.execute(
            "SELECT c.client_request_id, a.number, a.state FROM consignment c"
            " LEFT JOIN awb a ON a.id = c.awb_id"
            " WHERE c.status = 'booked' AND (a.id IS NULL OR a.state != 'used') LIMIT 10"
        ).fetchall()
        if orphans:
            problems.append(f"booked consignments without a used AWB: {orphans}")
        unclaimed = conn.execute(
            "SELECT a.number FROM awb a WHERE a.state = 'used'"
            " AND NOT EXISTS (SELECT 1 FROM consignment c WHERE c.awb_id = a.id) LIMIT 10"
        ).fetchall()
        if unclaimed:
            problems.append(f"used AWBs no consignment holds: {[u[0] for u in unclaimed]}")
        counters = conn.execute(
            "SELECT r.id, r.next_serial - r.first_serial,"
            " (SELECT count(*) FROM awb a WHERE a.range_id = r.id) FROM awb_stock_range r"
        ).fetchall()
        for range_id, drawn, issued in counters:
            if drawn != issued:
                problems.append(f"stock range {range_id}: counter drew {drawn}, {issued} issued")
    return problems


# --- the race -----------------------------------------------------------------------

RACE_MAX_ATTEMPTS = 60  # per worker per round: a safety stop, never reached when healthy


@dataclass
class RaceTally:
    """What one worker saw in one round."""

    round: int
    worker: int
    booked: int = 0
    refused: int = 0
    errors: Counter[str] = field(default_factory=Counter)


def race_request(rng: random.Random, flight_id: int, request_id: str) -> BookingRequest:
    return BookingRequest(
        shipper=SHIPPER,
        consignee=CONSIGNEE,
        pieces=rng.randint(1, 20),
        gross_weight_kg=Decimal(rng.randint(600, 2500)) / 10,  # 60.0-250.0 kg
        volume_m3=Decimal(rng.randint(300, 1500)) / 1000,  # 0.300-1.500 m3
        goods_description="race test cargo",
        flight_id=flight_id,
        client_request_id=request_id,
    )


def race_worker(
    path: Path,
    immediate_writes: bool,
    flight_ids: list[int],
    barrier: Any,
    results: Any,
    worker: int,
    seed: int,
    refusals_to_stop: int,
) -> None:
    """Child process: per round, wait for everyone, then book until refused a few times.

    The engine is created here, after the fork, one per process, as on a workstation.
    Errors other than CapacityExceeded are counted by kind and reported, never hidden.
    """
    try:
        db = open_database(path, immediate_writes=immediate_writes)
        rng = random.Random(seed)
        mode = "imm" if immediate_writes else "def"
        for rnd, flight_id in enumerate(flight_ids):
            tally = RaceTally(rnd, worker)
            barrier.wait(timeout=120)
            for attempt in range(RACE_MAX_ATTEMPTS):
                if tally.refused >= refusals_to_stop:
                    break
                request = race_request(rng, flight_id, f"race-{mode}-r{rnd}-w{worker}-{attempt}")
                try:
                    book(db.uow(), request)
                    tally.booked += 1
                except CapacityExceeded:
                    tally.refused += 1
                except (OperationalError, IntegrityError) as exc:
                    tally.errors[f"{type(exc).__name__}: {exc.orig}"] += 1
                except Exception as exc:
                    tally.errors[f"{type(exc).__name__}: {exc}"[:300]] += 1
            results.put(tally)
        db.uow.dispose()
    except BaseException:
        results.put(RaceTally(-1, worker, errors=Counter({traceback.format_exc(): 1})))
        barrier.abort()
        raise


# --- the crash loop -----------------------------------------------------------------


def crash_request(flight_id: int, request_id: str) -> BookingRequest:
    """The same id always gives the same request, so the parent can replay it exactly."""
    rng = random.Random(request_id)
    lines = [
        (rng.randint(20, 120), rng.randint(20, 80), rng.randint(10, 100), rng.randint(1, 4))
        for _ in range(rng.randint(1, 3))
    ]
    return BookingRequest(
        shipper=SHIPPER,
        consignee=CONSIGNEE,
        pieces=sum(line[3] for line in lines),
        gross_weight_kg=Decimal(rng.randint(100, 2000)) / 10,
        dimensions=",".join(f"{ln}x{w}x{h}x{p}" for ln, w, h, p in lines),
        goods_description="crash test cargo",
        flight_id=flight_id,
        client_request_id=request_id,
    )


def crash_child(path: Path, flight_id: int, cycle: int, wfd: int) -> None:
    """Body of an os.fork() child: book in a loop until killed; never returns.

    "sent <id>" is written before book() and "ack <id>" after it returned. Each line is
    one os.write of far less than PIPE_BUF bytes, so a line is in the pipe whole or not
    at all, whenever the SIGKILL lands.
    """
    status = 1
    try:
        db = open_database(path)
        i = 0
        while True:
            request_id = f"crash-{cycle}-{i}"
            request = crash_request(flight_id, request_id)
            os.write(wfd, f"sent {request_id}\n".encode())
            book(db.uow(), request)
            os.write(wfd, f"ack {request_id}\n".encode())
            i += 1
    except BaseException:
        text = traceback.format_exc().replace("\n", " | ")[-3000:]
        os.write(wfd, f"error {text}\n".encode())
    finally:
        os._exit(status)


class LineReader:
    """Lines from a pipe, read with a deadline so a stuck child fails the test, not hangs it."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.lines: list[str] = []
        self._partial = b""
        self.eof = False

    def _read_some(self, timeout: float) -> None:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            raise TimeoutError(f"no output from the child in {timeout} s; so far: {self.lines}")
        chunk = os.read(self.fd, 65536)
        if not chunk:
            self.eof = True
            return
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        self.lines.extend(line.decode() for line in complete)

    def wait_for(self, prefix: str, timeout: float = 30) -> None:
        while not any(line.startswith(prefix) for line in self.lines):
            if self.eof:
                raise AssertionError(f"child ended before writing {prefix!r}: {self.lines}")
            self._read_some(timeout)

    def read_to_eof(self, timeout: float = 30) -> list[str]:
        while not self.eof:
            self._read_some(timeout)
        if self._partial:
            self.lines.append(self._partial.decode(errors="replace") + " <partial line>")
            self._partial = b""
        return self.lines


def consignment_problems(path: Path) -> list[str]:
    """Half-written bookings: every consignment must have its whole transaction with it."""
    checks = {
        "no BKD milestone": "NOT EXISTS (SELECT 1 FROM milestone m"
        " WHERE m.consignment_id = c.id AND m.code = 'BKD')",
        "no dimension lines": "NOT EXISTS (SELECT 1 FROM dimension_line d"
        " WHERE d.consignment_id = c.id)",
        "dimension pieces differ": "c.pieces != (SELECT coalesce(sum(d.pieces), 0)"
        " FROM dimension_line d WHERE d.consignment_id = c.id)",
        "dimension volume differs": "c.volume_cm3 != (SELECT coalesce(sum(d.length_cm"
        " * d.width_cm * d.height_cm * d.pieces), 0)"
        " FROM dimension_line d WHERE d.consignment_id = c.id)",
    }
    problems: list[str] = []
    with raw(path) as conn:
        for label, condition in checks.items():
            bad = [
                r[0]
                for r in conn.execute(
                    f"SELECT c.client_request_id FROM consignment c WHERE {condition} LIMIT 10"
                )
            ]
            if bad:
                problems.append(f"{label}: {bad}")
        count = conn.execute("SELECT count(*) FROM consignment").fetchone()[0]
        drawn = conn.execute(
            "SELECT next_value - 1 FROM number_series WHERE name = 'booking'"
        ).fetchone()
        if count != (drawn[0] if drawn else 0):
            problems.append(f"{count} consignments but the booking series drew {drawn}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:10]}")
    return problems + awb_problems(path)


def integrity(path: Path) -> str:
    with raw(path) as conn:
        return " | ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))


def request_counts(path: Path, request_ids: list[str]) -> dict[str, int]:
    """How many consignments carry each request id (the column is unique: 0 or 1)."""
    if not request_ids:
        return {}
    marks = ",".join("?" * len(request_ids))
    with raw(path) as conn:
        found = dict(
            conn.execute(
                "SELECT client_request_id, count(*) FROM consignment"
                f" WHERE client_request_id IN ({marks}) GROUP BY client_request_id",
                request_ids,
            ).fetchall()
        )
    return {rid: found.get(rid, 0) for rid in request_ids}


def stored_weights(path: Path, request_ids: list[str]) -> dict[str, int]:
    if not request_ids:
        return {}
    marks = ",".join("?" * len(request_ids))
    with raw(path) as conn:
        found = dict(
            conn.execute(
                "SELECT client_request_id, gross_weight_g FROM consignment"
                f" WHERE client_request_id IN ({marks})",
                request_ids,
            ).fetchall()
        )
    return {rid: found[rid] for rid in request_ids if rid in found}
