"""Booking commit: the real ``book()`` against the same work as one raw sqlite3 transaction.

Two copies of a generated database (100,000 consignments by default) sit side by side in
bench/out/run/. The same planned bookings (future flights with space, volume from
dimension lines) go through ``core.services.booking.book`` on one copy and through
``raw_book`` on the other, alternating in blocks so both meet the same disk and machine
conditions. Each booking is timed around the whole call with ``time.perf_counter_ns``.
Both connections run WAL with synchronous=FULL (as core.db.engine sets them), so every
commit waits for its fsync.

``raw_book`` is the baseline: the statements a hand-written booking needs, on a plain
sqlite3 connection, with no validation, ORM or result objects: BEGIN IMMEDIATE;
idempotency lookup; flight (+ carrier); capacity sum; database id, stock ranges, UPDATE
... RETURNING draw, AWB existence check, AWB insert, stock left; shipper and consignee
ids; booking number series (+ workstation prefix); consignment, dimension lines and BKD
milestone inserts; COMMIT. After the run the rows both paths wrote are compared, so the
baseline provably did the same work.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import itertools
import math
import os
import pstats
import random
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from make_db import OUT_DIR, cached_database, chargeable_g, volume_of

from core.db.engine import BUSY_TIMEOUT_MS
from core.domain.charges import ChargeRule, apply_charges
from core.domain.measures import chargeable_weight_kg
from core.domain.rating import Tariff, rate_freight
from core.services.booking import book
from core.services.booking_input import BookingRequest
from core.services.database import open_database
from core.services.uow import UnitOfWorkFactory

RUN_DIR = OUT_DIR / "run"
P50_RATIO_TARGET = 1.5
P99_TARGET_MS = 20.0
GOODS = (
    ("CONSOLIDATED E-COMMERCE GOODS", None, "ECC ECM"),
    ("HUMAN HAIR WIGS", "670420", "ECC GEN"),
    ("LADIES GARMENTS", "620462", "ECC GEN"),
    ("HOUSEHOLD ARTICLES", "392490", "GEN"),
)
CARTONS = ((60, 40, 40), (50, 40, 30), (40, 30, 30), (60, 50, 40), (45, 35, 30))


@dataclass(frozen=True)
class Planned:
    """One booking, as the clerk's form sends it and as the raw baseline writes it."""

    request: BookingRequest
    flight_id: int
    shipper: str
    consignee: str
    pieces: int
    gross_g: int
    lines: tuple[tuple[int, int, int, int], ...]
    goods: str
    hs_code: str | None
    shc: str

    @property
    def volume(self) -> int:
        return volume_of(self.lines)


def plan(path: Path, count: int, seed: int) -> list[Planned]:
    """Bookings onto random future open flights that still have space for them all."""
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    try:
        soon = _text(datetime.now(UTC).timestamp() + 6 * 3600)
        flights = db.execute(
            "SELECT f.id, f.origin, f.destination,"
            " f.allotment_weight_g - coalesce(sum(c.gross_weight_g), 0),"
            " f.allotment_volume_cm3 - coalesce(sum(c.volume_cm3), 0)"
            " FROM flight f LEFT JOIN consignment c ON c.flight_id = f.id"
            "  AND c.status = 'booked' AND c.space_status IN ('requested', 'confirmed')"
            " WHERE f.status = 'open' AND f.departs_at > ? GROUP BY f.id ORDER BY f.id",
            (soon,),
        ).fetchall()
        accounts = [a for (a,) in db.execute("SELECT account_number FROM customer")]
    finally:
        db.close()
    shippers = {o: [a for a in accounts if a.startswith(f"SH-{o}-")] for _, o, *_ in flights}
    consignees = {d: [a for a in accounts if a.startswith(f"CN-{d}-")] for _, _, d, *_ in flights}
    room = {fid: [w, v] for fid, _, _, w, v in flights}
    lanes = {fid: (o, d) for fid, o, d, _, _ in flights}
    planned: list[Planned] = []
    while len(planned) < count:
        kg = min(3000.0, max(5.0, rng.lognormvariate(math.log(100), 1.0)))
        gross_g = round(kg * 10) * 100
        carton = rng.choice(CARTONS)
        pieces = max(1, round(kg / 170 * 1e6 / (carton[0] * carton[1] * carton[2])))
        lines: tuple[tuple[int, int, int, int], ...] = ((*carton, pieces),)
        if pieces >= 4 and rng.random() < 0.3:
            split = rng.randrange(1, pieces)
            lines = ((*carton, split), (120, 80, 100, 1))
            pieces = split + 1
        volume = volume_of(lines)
        fid = rng.choice(list(room))
        if room[fid][0] < gross_g or room[fid][1] < volume:
            continue
        room[fid][0] -= gross_g
        room[fid][1] -= volume
        origin, destination = lanes[fid]
        shipper, consignee = rng.choice(shippers[origin]), rng.choice(consignees[destination])
        goods, hs_code, shc = rng.choice(GOODS)
        request = BookingRequest(
            shipper=shipper,
            consignee=consignee,
            pieces=str(pieces),
            gross_weight_kg=f"{gross_g / 1000:.1f}",
            goods_description=goods,
            flight_id=fid,
            dimensions=",".join("x".join(str(n) for n in line) for line in lines),
            hs_code=hs_code,
            shc=shc,
            security_status="SPX",
            payment="PP",
            space_status="requested",
            client_request_id=f"bench-{seed}-{len(planned):06d}",
        )
        planned.append(
            Planned(request, fid, shipper, consignee, pieces, gross_g, lines, goods, hs_code, shc)
        )
    return planned


def _text(timestamp: float) -> str:
    """SQLAlchemy's SQLite DATETIME text for a UTC moment."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


# --- the baseline ------------------------------------------------------------------------

SQL = {
    "idempotent": "SELECT id FROM consignment WHERE client_request_id = ?",
    "flight": (
        "SELECT f.id, f.carrier_id, f.flight_number, f.departure_date, f.origin, f.destination,"
        " f.departs_at, f.allotment_weight_g, f.allotment_volume_cm3, f.status, c.awb_prefix"
        " FROM flight f JOIN carrier c ON c.id = f.carrier_id WHERE f.id = ?"
    ),
    "space": (
        "SELECT coalesce(sum(gross_weight_g), 0), coalesce(sum(volume_cm3), 0) FROM consignment"
        " WHERE flight_id = ? AND status = 'booked' AND space_status IN ('requested', 'confirmed')"
    ),
    "database_id": "SELECT value FROM setting WHERE key = 'database_id'",
    "ranges": (
        "SELECT id FROM awb_stock_range WHERE carrier_id = ? AND owner_database_id = ?"
        " AND next_serial <= last_serial ORDER BY id"
    ),
    "draw": (
        "UPDATE awb_stock_range SET next_serial = next_serial + 1"
        " WHERE id = ? AND next_serial <= last_serial RETURNING next_serial"
    ),
    "issued": "SELECT id FROM awb WHERE carrier_id = ? AND serial = ?",
    "awb": (
        "INSERT INTO awb (carrier_id, range_id, serial, number, state, issued_at)"
        " VALUES (?, ?, ?, ?, 'used', ?)"
    ),
    # Numbers left, less those voided ahead of their turn (as stock.remaining_stock
    # counts them), through the awb (carrier_id, serial) unique index.
    "stock_left": (
        "SELECT coalesce(sum(r.last_serial - r.next_serial + 1 - (SELECT count(*) FROM awb a"
        "  WHERE a.carrier_id = r.carrier_id AND a.serial BETWEEN r.next_serial"
        "  AND r.last_serial AND a.range_id = r.id)), 0), min(r.low_stock_threshold)"
        " FROM awb_stock_range r WHERE r.carrier_id = ? AND r.owner_database_id = ?"
        " AND r.next_serial <= r.last_serial"
    ),
    "customer": "SELECT id FROM customer WHERE account_number = ?",
    "series": (
        "UPDATE number_series SET next_value = next_value + 1 WHERE name = 'booking'"
        " RETURNING next_value, width"
    ),
    "prefix": "SELECT value FROM setting WHERE key = 'workstation_prefix'",
    "consignment": (
        "INSERT INTO consignment (booking_ref, client_request_id, awb_id, shipper_id,"
        " consignee_id, origin, destination, flight_id, pieces, gross_weight_g, volume_cm3,"
        " chargeable_weight_g, goods_description, hs_code, shc, security_status,"
        " declared_value_minor, declared_value_currency, payment, space_status, status,"
        " milestone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, 'SPX', NULL, NULL, 'PP', 'requested', 'booked', 'BKD', ?, ?)"
    ),
    "dimension_line": (
        "INSERT INTO dimension_line (consignment_id, length_cm, width_cm, height_cm, pieces)"
        " VALUES (?, ?, ?, ?, ?)"
    ),
    "milestone": (
        "INSERT INTO milestone (consignment_id, code, station, occurred_at, recorded_at)"
        " VALUES (?, 'BKD', ?, ?, ?)"
    ),
    # The price the booking keeps: the lane's tariffs with their breaks, the lane's charge
    # rules and the shipper's agreement, then one row per charge line.
    "tariffs": (
        "SELECT t.id, t.currency, t.valid_from, t.valid_to, t.minimum_minor, t.normal_rate,"
        " b.break_kg, b.rate FROM tariff t LEFT JOIN tariff_break b ON b.tariff_id = t.id"
        " WHERE t.origin = ? AND t.destination = ?"
    ),
    "rules": (
        "SELECT code, due, basis, rate, currency, minimum_minor, maximum_minor, valid_from,"
        " valid_to, description FROM charge_rule WHERE (origin IS NULL OR origin = ?)"
        " AND (destination IS NULL OR destination = ?)"
    ),
    "agreement": "SELECT discount_pct, bubble_share_pct FROM customer_agreement"
    " WHERE customer_id = ?",
    "charge": (
        "INSERT INTO booking_charge (consignment_id, seq, code, due, description, basis,"
        " quantity, rate, amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ),
}


def raw_price(
    db: sqlite3.Connection, cid: int, origin: str, destination: str, shipper: int, p: Planned
) -> None:
    """The same reads and writes as the service's pricing, with the same domain rules."""
    rows = db.execute(SQL["tariffs"], (origin, destination)).fetchall()
    rules = db.execute(SQL["rules"], (origin, destination)).fetchall()
    db.execute(SQL["agreement"], (shipper,)).fetchone()
    if not rows:
        return
    first = rows[0]
    tariff = Tariff(
        origin,
        destination,
        None,
        first[1],
        date.fromisoformat(first[2]),
        None,
        Decimal(first[4]) / 100,
        Decimal(first[5]) / 10_000,
        {r[6]: Decimal(r[7]) / 10_000 for r in rows if r[0] == first[0] and r[6]},
    )
    kg = chargeable_weight_kg(Decimal(p.gross_g) / 1000, p.volume)
    freight = rate_freight(tariff, kg)
    charges = apply_charges(
        [
            ChargeRule(
                r[0],
                r[1],
                r[2],
                Decimal(r[3]) / 10_000,
                r[4],
                None if r[5] is None else Decimal(r[5]) / 100,
                None if r[6] is None else Decimal(r[6]) / 100,
                date.fromisoformat(r[7]),
                r[8] and date.fromisoformat(r[8]),
                r[9],
            )
            for r in rules
            if r[4] == tariff.currency
        ],
        on=date.today(),
        freight=freight.amount,
        chargeable_kg=kg,
        gross_kg=Decimal(p.gross_g) / 1000,
    )
    lines = [
        (
            cid,
            1,
            "FRT",
            "C",
            freight.label,
            "freight",
            int(freight.weight_kg * 10_000),
            None,
            freight.amount.to_minor(),
            tariff.currency,
        )
    ]
    lines += [(cid, seq, c.code, c.due, c.description, c.basis, int(c.quantity * 10_000),
               int(c.rate * 10_000), c.amount.to_minor(), c.amount.currency)
              for seq, c in enumerate(charges, start=2)]  # fmt: skip
    db.executemany(SQL["charge"], lines)


def connect_raw(path: Path) -> sqlite3.Connection:
    """A plain connection set up as core.db.engine sets the application's."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return db


def raw_book(
    db: sqlite3.Connection, p: Planned, commit_ns: list[int] | None = None
) -> tuple[str, str]:
    """The booking as one hand-written transaction; returns (booking ref, AWB number).
    ``commit_ns`` collects how long each COMMIT (WAL append + fsync) took."""
    db.execute("BEGIN IMMEDIATE")
    try:
        crid = p.request.client_request_id
        if db.execute(SQL["idempotent"], (crid,)).fetchone() is not None:
            raise RuntimeError(f"{crid} already booked")
        flight = db.execute(SQL["flight"], (p.flight_id,)).fetchone()
        fid, carrier, _, _, origin, destination, departs, allot_w, allot_v, status, prefix = flight
        now = _text(time.time())
        if departs <= now or status != "open":
            raise RuntimeError(f"flight {fid} has departed or is not open")
        booked_w, booked_v = db.execute(SQL["space"], (fid,)).fetchone()
        if booked_w + p.gross_g > allot_w or booked_v + p.volume > allot_v:
            raise RuntimeError(f"flight {fid} is full")
        owner = db.execute(SQL["database_id"]).fetchone()[0]
        awb_id = number = None
        for (range_id,) in db.execute(SQL["ranges"], (carrier, owner)).fetchall():
            while (drawn := db.execute(SQL["draw"], (range_id,)).fetchone()) is not None:
                serial = drawn[0] - 1
                if db.execute(SQL["issued"], (carrier, serial)).fetchone() is None:
                    number = f"{prefix}-{serial:07d}{serial % 7}"
                    awb_id = db.execute(SQL["awb"], (carrier, range_id, serial, number, now))
                    awb_id = awb_id.lastrowid
                    break
            if awb_id is not None:
                break
        if awb_id is None or number is None:
            raise RuntimeError("no AWB stock")
        db.execute(SQL["stock_left"], (carrier, owner)).fetchone()
        shipper = db.execute(SQL["customer"], (p.shipper,)).fetchone()[0]
        consignee = db.execute(SQL["customer"], (p.consignee,)).fetchone()[0]
        value, width = db.execute(SQL["series"]).fetchone()
        row = db.execute(SQL["prefix"]).fetchone()
        ref = f"{row[0] if row else 'CGO1'}-B{value - 1:0{width}d}"
        cid = db.execute(
            SQL["consignment"],
            (
                ref, crid, awb_id, shipper, consignee, origin, destination, fid, p.pieces,
                p.gross_g, p.volume, chargeable_g(p.gross_g, p.volume), p.goods, p.hs_code,
                p.shc, now, now,
            ),
        ).lastrowid  # fmt: skip
        db.executemany(SQL["dimension_line"], [(cid, *line) for line in p.lines])
        db.execute(SQL["milestone"], (cid, origin, now, now))
        raw_price(db, cid, origin, destination, shipper, p)
        t = time.perf_counter_ns()
        db.execute("COMMIT")
        if commit_ns is not None:
            commit_ns.append(time.perf_counter_ns() - t)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return ref, number


# --- measuring ---------------------------------------------------------------------------


@dataclass
class Result:
    bookings: int
    database: str
    consignments: int
    service_ns: list[int] = field(default_factory=list)
    raw_ns: list[int] = field(default_factory=list)
    service_gc_ns: list[int] = field(default_factory=list)
    raw_commit_ns: list[int] = field(default_factory=list)
    service_statements: int = 0
    raw_statements: int = 0
    load_before: float = 0.0
    load_after: float = 0.0

    def percentiles(self, which: str) -> dict[str, float]:
        samples = sorted(self.service_ns if which == "service" else self.raw_ns)
        return {
            "p50": rank(samples, 0.50) / 1e6,
            "p90": rank(samples, 0.90) / 1e6,
            "p99": rank(samples, 0.99) / 1e6,
            "max": samples[-1] / 1e6,
            "mean": sum(samples) / len(samples) / 1e6,
        }


def rank(sorted_samples: list[int], q: float) -> int:
    """Nearest-rank percentile."""
    return sorted_samples[max(0, math.ceil(q * len(sorted_samples)) - 1)]


def prepare(source: Path) -> tuple[Path, Path]:
    """Two identical copies; open_database runs on the first (migration check, flights
    for the weeks ahead) before the second is copied from it."""
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    service, raw = RUN_DIR / "service.sqlite", RUN_DIR / "raw.sqlite"
    for path in (service, raw):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, service)
    open_database(service).uow.dispose()  # the last connection checkpoints the WAL away
    shutil.copyfile(service, raw)
    return service, raw


def run(
    source: Path,
    consignments: int,
    *,
    bookings: int = 1000,
    warmup: int = 20,
    block: int = 20,
    seed: int = 7,
    profile: int = 0,
    keep: bool = False,
    progress: Any = print,
) -> Result:
    service_path, raw_path = prepare(source)
    planned = plan(service_path, warmup + bookings + 1 + profile, seed)
    uow = open_database(service_path).uow
    raw = connect_raw(raw_path)
    result = Result(bookings, source.name, consignments, load_before=os.getloadavg()[0])
    try:
        for p in planned[:warmup]:  # compiled-statement caches, pages, pool: a warm app
            book(uow(), p.request)
            raw_book(raw, p)
        timed = planned[warmup : warmup + bookings]
        progress(f"  {bookings} bookings each way, alternating blocks of {block}")
        gc.callbacks.append(GC_CLOCK)
        try:
            for start in range(0, len(timed), block):
                chunk = timed[start : start + block]
                order = [_service_block, _raw_block]
                if start // block % 2:
                    order.reverse()
                for measure in order:
                    measure(uow, raw, chunk, result)
        finally:
            gc.callbacks.remove(GC_CLOCK)
        result.load_after = os.getloadavg()[0]
        one = planned[warmup + bookings]
        service_trace = traced(_driver(uow), lambda: book(uow(), one.request))
        raw_trace = traced(raw, lambda: raw_book(raw, one))
        result.service_statements = len(service_trace) - 1  # less the "(returned)" row
        result.raw_statements = len(raw_trace) - 1
        done = planned[: warmup + bookings + 1]
        compare(service_path, raw_path, [p.request.client_request_id for p in done])
        if profile:
            progress(timeline("service book()", service_trace))
            progress(timeline("raw sqlite3", raw_trace))
            progress(profile_service(uow, planned[warmup + bookings + 1 :]))
    finally:
        raw.close()
        uow.dispose()
        if not keep:
            for path in (service_path, raw_path):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
    return result


class GcClock:
    """A gc callback adding up the time Python's garbage collector runs."""

    def __init__(self) -> None:
        self.total_ns = 0
        self._started = 0

    def __call__(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter_ns()
        else:
            self.total_ns += time.perf_counter_ns() - self._started


GC_CLOCK = GcClock()


def _service_block(uow: UnitOfWorkFactory, _: Any, chunk: list[Planned], r: Result) -> None:
    clock = time.perf_counter_ns
    for p in chunk:
        collected = GC_CLOCK.total_ns
        t = clock()
        book(uow(), p.request)
        r.service_ns.append(clock() - t)
        r.service_gc_ns.append(GC_CLOCK.total_ns - collected)


def _raw_block(_: Any, raw: sqlite3.Connection, chunk: list[Planned], r: Result) -> None:
    clock = time.perf_counter_ns
    for p in chunk:
        t = clock()
        raw_book(raw, p, r.raw_commit_ns)
        r.raw_ns.append(clock() - t)


def _driver(uow: UnitOfWorkFactory) -> sqlite3.Connection:
    """The pool's one sqlite3 connection (bookings run one at a time, so it is reused)."""
    pooled = uow.engine.raw_connection()
    try:
        driver = pooled.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return driver
    finally:
        pooled.close()


def traced(db: sqlite3.Connection, call: Any) -> list[tuple[float, str]]:
    """Run ``call`` with sqlite3's trace callback: (ms since the call began, statement)
    for every statement SQLite executes, BEGIN and COMMIT included; a last ("end") row."""
    trace: list[tuple[float, str]] = []
    start = time.perf_counter()

    def seen(statement: str) -> None:
        trace.append(((time.perf_counter() - start) * 1e3, " ".join(statement.split())))

    db.set_trace_callback(seen)
    try:
        start = time.perf_counter()
        call()
        trace.append(((time.perf_counter() - start) * 1e3, "(returned)"))
    finally:
        db.set_trace_callback(None)
    return trace


def timeline(name: str, trace: list[tuple[float, str]]) -> str:
    """When each statement started, so gaps between them show the Python/ORM time."""
    lines = [f"\n{name}: {len(trace) - 1} statements, {trace[-1][0]:.2f} ms in all"]
    for (at, statement), (following, _) in itertools.pairwise(trace):
        lines.append(f"  {at:7.2f} ms  +{following - at:5.2f}  {statement[:100]}")
    lines.append(f"  {trace[-1][0]:7.2f} ms  {trace[-1][1]}")
    return "\n".join(lines)


def compare(service: Path, raw: Path, request_ids: list[str]) -> None:
    """The two paths must have written the same rows (timestamps and row ids aside)."""
    query = (
        "SELECT c.booking_ref, a.number, a.state, c.shipper_id, c.consignee_id, c.origin,"
        " c.destination, c.flight_id, c.pieces, c.gross_weight_g, c.volume_cm3,"
        " c.chargeable_weight_g, c.goods_description, c.hs_code, c.shc, c.security_status,"
        " c.payment, c.space_status, c.status, c.milestone,"
        " (SELECT group_concat(length_cm || 'x' || width_cm || 'x' || height_cm || 'x' || pieces)"
        "  FROM dimension_line d WHERE d.consignment_id = c.id),"
        " (SELECT group_concat(code || '@' || station) FROM milestone m"
        "  WHERE m.consignment_id = c.id),"
        " (SELECT next_value FROM number_series WHERE name = 'booking')"
        " FROM consignment c JOIN awb a ON a.id = c.awb_id WHERE c.client_request_id = ?"
    )
    rows = []
    for path in (service, raw):
        db = sqlite3.connect(path)
        try:
            rows.append([db.execute(query, (rid,)).fetchone() for rid in request_ids])
            rows[-1].append(db.execute("SELECT * FROM awb_stock_range ORDER BY id").fetchall())
        finally:
            db.close()
    if rows[0] != rows[1]:
        diff = next(i for i, (a, b) in enumerate(zip(*rows, strict=True)) if a != b)
        raise AssertionError(f"service and raw rows differ: {rows[0][diff]} != {rows[1][diff]}")


def profile_service(uow: UnitOfWorkFactory, planned: list[Planned]) -> str:
    """cProfile of the service path, and where one booking's time goes by statement."""
    out = io.StringIO()
    profiler = cProfile.Profile()
    profiler.enable()
    for p in planned:
        book(uow(), p.request)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=out)
    print(f"\ncProfile of {len(planned)} service bookings, by cumulative time:", file=out)
    stats.sort_stats("cumulative").print_stats(35)
    print("by own time:", file=out)
    stats.sort_stats("tottime").print_stats(25)
    return out.getvalue()


def report(r: Result) -> str:
    s, b = r.percentiles("service"), r.percentiles("raw")
    lines = [
        f"Booking commit: {r.bookings:,} bookings each way on copies of {r.database}"
        f" ({r.consignments:,} consignments), WAL + synchronous=FULL",
        f"  {'':22}{'p50':>9}{'p90':>9}{'p99':>9}{'max':>9}{'mean':>9}   (ms)",
    ]
    for name, values in (("service book()", s), ("raw sqlite3", b)):
        lines.append(f"  {name:22}" + "".join(f"{values[k]:9.2f}" for k in values))
    ratio = s["p50"] / b["p50"]
    lines.append(
        f"  p50 ratio {ratio:.2f}x (target <= {P50_RATIO_TARGET}x):"
        f" {'PASS' if ratio <= P50_RATIO_TARGET else 'FAIL'}"
    )
    lines.append(
        f"  service p99 {s['p99']:.2f} ms (target <= {P99_TARGET_MS:.0f} ms):"
        f" {'PASS' if s['p99'] <= P99_TARGET_MS else 'FAIL'}"
    )
    commits = sorted(r.raw_commit_ns)
    lines.append(
        f"  raw COMMIT alone (WAL append + fsync): p50 {rank(commits, 0.5) / 1e6:.2f} ms,"
        f" p99 {rank(commits, 0.99) / 1e6:.2f} ms, max {commits[-1] / 1e6:.2f} ms"
    )
    slowest = sorted(zip(r.service_ns, r.service_gc_ns, strict=True), reverse=True)
    slowest = slowest[: max(1, len(slowest) // 100)]
    lines.append(
        f"  Python GC inside service bookings: {sum(r.service_gc_ns) / 1e6:.1f} ms in all;"
        f" the slowest 1% ({len(slowest)}) spent {sum(g for _, g in slowest) / 1e6:.1f} ms"
        f" of {sum(t for t, _ in slowest) / 1e6:.1f} ms in it"
    )
    lines.append(
        f"  statements per booking (BEGIN and COMMIT included): service"
        f" {r.service_statements}, raw {r.raw_statements}"
    )
    lines.append(f"  load average (1 min) before/after: {r.load_before:.2f} / {r.load_after:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consignments", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1, help="database seed")
    parser.add_argument("--bookings", type=int, default=1000)
    parser.add_argument("--block", type=int, default=20)
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="then show one booking's statements and cProfile N more service bookings",
    )
    parser.add_argument("--keep", action="store_true", help="keep the copies in bench/out/run")
    args = parser.parse_args(argv)
    source, _ = cached_database(args.consignments, args.seed)
    result = run(
        source,
        args.consignments,
        bookings=args.bookings,
        block=args.block,
        profile=args.profile,
        keep=args.keep,
    )
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
