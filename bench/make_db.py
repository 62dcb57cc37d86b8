"""Benchmark databases: a FreightDesk database with N consignments of realistic data.

``generate(path, consignments, seed)`` opens the database through the real service
(``open_database``: migrations, reference data, the flights of the weeks ahead), then adds
with raw sqlite3 (one transaction, ``executemany`` in batches):

* the flights of the past, made from the routes like ``ensure_flights`` makes them (UTC
  times from the local schedule, allotment from the aircraft and the route's share). The
  history is 12 months, longer when N would not fit: a flight is never filled above its
  allotment, so 1,000,000 consignments need about 4-5 years of this network;
* about 2,000 customers: Chinese shippers around CGO/HGH/NNG (Chinese and English names),
  consignees at every destination in their country's style; popularity is Zipf-like;
* AWB stock ranges per carrier owned by this database (``database_id``), plus one range of
  another workstation per carrier that must never be drawn from; serials issued in
  booking order so every range's ``next_serial`` follows its last issued number;
* N consignments in booking order (ids grow with ``created_at``), each with its AWB row
  ("PPP-SSSSSSSC", check digit = serial mod 7; voided when the booking was cancelled),
  dimension lines whose volume is the consignment's volume, Section II lithium
  declarations where the goods carry batteries, and milestones: BKD, then RCS MAN DEP ARR
  RCF NFD DLV as far as they have happened by now. Requested and confirmed space never
  exceeds a flight's allotment (weight and volume).

Databases are cached under bench/out/ by size, seed and generator version, with a JSON
file beside each describing it. No ANALYZE is run: the application never runs it, so the
query planner sees what it sees on a clerk's workstation.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sqlite3
import sys
import time
import uuid
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from itertools import accumulate
from pathlib import Path
from typing import Any

from parties import INDUSTRIES, make_consignees, make_shippers

from core.domain.awb import AwbNumber
from core.domain.capacity import allotment_from_share
from core.domain.clock import utc_from_local
from core.domain.measures import chargeable_weight_kg, g_to_kg
from core.services.database import open_database

GENERATOR_VERSION = 1
OUT_DIR = Path(__file__).resolve().parent / "out"
BATCH = 50_000

# Consignment size: lognormal gross weight (median 100 kg, mean ~165 kg) and density.
WEIGHT_MEDIAN_KG, WEIGHT_SIGMA, WEIGHT_MIN_KG, WEIGHT_MAX_KG = 100.0, 1.0, 3.0, 6000.0
DENSITY_MEDIAN, DENSITY_SIGMA = 170.0, 0.35  # kg/m3
MEAN_WEIGHT_KG = WEIGHT_MEDIAN_KG * math.exp(WEIGHT_SIGMA**2 / 2)
AVERAGE_FILL = 0.78  # share of the allotment booked on an average past flight
MAX_FILL = 0.97
MIN_HISTORY_DAYS = 365
# Booking lead time: 6 h + exponential (mean 4 days), at most 30 days before departure.
LEAD_MIN_S, LEAD_MEAN_S, LEAD_MAX_S = 6 * 3600, 4 * 86400, 30 * 86400

CARTONS = (
    (60, 40, 40), (50, 40, 30), (40, 30, 30), (60, 50, 40), (45, 35, 30),
    (55, 45, 40), (80, 60, 50), (35, 25, 20), (70, 50, 50),
)  # fmt: skip
SMALLEST = (35, 25, 20)
MIN_GROSS_G = 3000
PALLET_BASES = ((120, 80), (120, 100))
SEASON = (1.0, 0.72, 0.95, 1.0, 1.0, 0.95, 0.95, 1.0, 1.05, 1.1, 1.2, 1.15)  # Jan..Dec
CANCEL_REASONS = (
    "shipper postponed",
    "goods not ready",
    "customs documents missing",
    "shipper booked with another forwarder",
    "duplicate booking",
    "consolidation cancelled",
)
# (code, station: origin or destination)
AT_ORIGIN = frozenset(("BKD", "RCS", "MAN", "DEP"))

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    """Report nothing (the default when no progress is wanted)."""


# --- time as integer seconds, formatted the way SQLAlchemy stores DATETIME on SQLite ------


class Clock:
    """Seconds since ``base`` (UTC midnight) <-> "YYYY-MM-DD HH:MM:SS.ffffff" text, fast."""

    def __init__(self, base: datetime, rng: random.Random) -> None:
        self.base = base
        self._days: dict[int, str] = {}
        hms = ((h, m, s) for h in range(24) for m in range(60) for s in range(60))
        self._tod = [f" {h:02d}:{m:02d}:{s:02d}" for h, m, s in hms]
        self.micro = [f".{rng.randrange(1_000_000):06d}" for _ in range(4093)]

    def sec(self, moment: datetime) -> int:
        return int((moment - self.base).total_seconds())

    def day(self, s: int) -> str:
        d = s // 86400
        text = self._days.get(d)
        if text is None:
            text = (self.base + timedelta(days=d)).strftime("%Y-%m-%d")
            self._days[d] = text
        return text

    def text(self, s: int, micro: str = ".000000") -> str:
        return self.day(s) + self._tod[s % 86400] + micro


# --- reading what open_database made ----------------------------------------------------


@dataclass(slots=True)
class Route:
    id: int
    carrier_id: int
    flight_number: str
    origin: str
    destination: str
    weekdays: str
    departure_local: str
    arrival_local: str
    arrival_day_offset: int
    aircraft_type: str
    share_bp: int


@dataclass(slots=True)
class Flight:
    id: int
    carrier_id: int
    origin: str
    destination: str
    departs: int  # Clock seconds
    arrives: int
    weight_g: int
    volume_cm3: int
    status: str


class Picker:
    """Weighted choice by bisecting cumulative weights (fast for 1M draws)."""

    def __init__(self, items: Sequence[int], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> int:
        return self.items[bisect_right(self.cumulative, rng.random() * self.total)]


def _time(text: str) -> dtime:
    return dtime.fromisoformat(text[:8])


# --- the generator ---------------------------------------------------------------------


class Generator:
    def __init__(self, path: Path, consignments: int, seed: int, progress: Progress) -> None:
        self.path = path
        self.n = consignments
        self.rng = random.Random(seed)
        self.seed = seed
        self.progress = progress
        now = datetime.now(UTC).replace(microsecond=0)
        self.today = now.date()
        self.now_dt = now
        self.clock: Clock  # set once the history length is known
        self.meta: dict[str, Any] = {}

    # -- orchestration

    def run(self) -> dict[str, Any]:
        started = time.perf_counter()
        opened = open_database(self.path, today=self.today)
        opened.uow.dispose()
        self.progress(f"  schema, reference data, {opened.flights_created} future flights")
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            self._load(db)
        finally:
            db.close()
        self.meta.update(
            consignments=self.n,
            seed=self.seed,
            generator_version=GENERATOR_VERSION,
            generated_at=self.now_dt.isoformat(),
            seconds=round(time.perf_counter() - started, 1),
        )
        return self.meta

    def _load(self, db: sqlite3.Connection) -> None:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA journal_mode=OFF")  # a failed run is deleted, never repaired
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-1000000")
        db.execute("PRAGMA foreign_keys=OFF")
        # SQLite 3.40 rebuilds the list of a CHECK (x IN (...)) for every row inserted
        # (~10 us a row): the generator's values come from those lists, verify() checks.
        db.execute("PRAGMA ignore_check_constraints=ON")
        indexes = self._drop_bulk_indexes(db)
        db.execute("BEGIN")
        self._reference(db)
        self._history_length()
        t = time.perf_counter()
        self._past_flights(db)
        self._customers(db)
        self.progress(
            f"  {len(self.flights):,} flights over {self.meta['history_days']} days of history,"
            f" {len(self.shippers) + len(self.consignees):,} customers"
            f" ({time.perf_counter() - t:.1f} s)"
        )
        t = time.perf_counter()
        specs = self._plan_consignments()
        self.progress(f"  planned {len(specs):,} consignments ({time.perf_counter() - t:.1f} s)")
        t = time.perf_counter()
        self._write_consignments(db, specs)
        db.execute("COMMIT")
        self.progress(f"  wrote consignments ({time.perf_counter() - t:.1f} s)")
        t = time.perf_counter()
        for sql in indexes:
            db.execute(sql)
        db.execute("PRAGMA journal_mode=WAL")  # as the application leaves it
        self.progress(f"  rebuilt indexes ({time.perf_counter() - t:.1f} s)")

    def _drop_bulk_indexes(self, db: sqlite3.Connection) -> list[str]:
        """Non-unique indexes of the bulk tables are dropped and rebuilt once at the end
        (the same CREATE INDEX text, so the schema is exactly what the migration made)."""
        rows = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('consignment', 'milestone', 'dimension_line', 'awb')"
        ).fetchall()
        for name, _ in rows:
            db.execute(f'DROP INDEX "{name}"')
        return [sql for _, sql in rows]

    # -- reference data

    def _reference(self, db: sqlite3.Connection) -> None:
        self.database_id = db.execute(
            "SELECT value FROM setting WHERE key = 'database_id'"
        ).fetchone()[0]
        self.carriers = {
            cid: prefix for cid, prefix in db.execute("SELECT id, awb_prefix FROM carrier")
        }
        self.airports = {
            iata: (city, country, tz)
            for iata, city, country, tz in db.execute(
                "SELECT iata, city, country, tz FROM airport WHERE iata IN"
                " (SELECT origin FROM route UNION SELECT destination FROM route)"
            )
        }
        self.aircraft = {
            code: (payload, volume)
            for code, payload, volume in db.execute(
                "SELECT code, max_payload_g, max_volume_cm3 FROM aircraft_type"
            )
        }
        self.routes = [
            Route(*row)
            for row in db.execute(
                "SELECT id, carrier_id, flight_number, origin, destination, weekdays,"
                " departure_local, arrival_local, arrival_day_offset, aircraft_type,"
                " allotment_share_pct FROM route WHERE active ORDER BY id"
            )
        ]

    def _history_length(self) -> None:
        """12 months, or as long as N consignments need at AVERAGE_FILL of the allotments."""
        weekly_g = sum(
            len(r.weekdays) * allotment_from_share(*self.aircraft[r.aircraft_type], r.share_bp)[0]
            for r in self.routes
        )
        per_day = weekly_g / 7 / 1000 * AVERAGE_FILL / MEAN_WEIGHT_KG
        days = max(MIN_HISTORY_DAYS, math.ceil(self.n / per_day))
        self.first_day = self.today - timedelta(days=days)
        base = datetime.combine(self.first_day - timedelta(days=40), datetime.min.time(), UTC)
        self.clock = Clock(base, self.rng)
        self.now = self.clock.sec(self.now_dt)
        self.meta["history_days"] = days

    def _past_flights(self, db: sqlite3.Connection) -> None:
        """Flights from the schedules for every day of the history, like ensure_flights."""
        existing = {
            (c, n, d)
            for c, n, d in db.execute(
                "SELECT carrier_id, flight_number, departure_date FROM flight"
            )
        }
        rows = []
        fmt = "%Y-%m-%d %H:%M:%S.%f"
        for route in self.routes:
            dep_t, arr_t = _time(route.departure_local), _time(route.arrival_local)
            origin_tz, dest_tz = self.airports[route.origin][2], self.airports[route.destination][2]
            weight_g, volume = allotment_from_share(
                *self.aircraft[route.aircraft_type], route.share_bp
            )
            day = self.first_day
            while day < self.today:
                key = (route.carrier_id, route.flight_number, day.isoformat())
                if str(day.isoweekday()) in route.weekdays and key not in existing:
                    departs = utc_from_local(day, dep_t, origin_tz)
                    arrives = utc_from_local(
                        day + timedelta(days=route.arrival_day_offset), arr_t, dest_tz
                    )
                    # About one flight in a hundred is cancelled by the airline.
                    status = "cancelled" if self.rng.random() < 0.01 else "open"
                    rows.append(
                        (
                            route.id, route.carrier_id, route.flight_number, day.isoformat(),
                            route.origin, route.destination,
                            departs.replace(tzinfo=None).strftime(fmt),
                            arrives.replace(tzinfo=None).strftime(fmt),
                            route.aircraft_type, None, weight_g, volume, status,
                        )
                    )  # fmt: skip
                day += timedelta(days=1)
        db.executemany(
            "INSERT INTO flight (route_id, carrier_id, flight_number, departure_date, origin,"
            " destination, departs_at, arrives_at, aircraft_type, registration,"
            " allotment_weight_g, allotment_volume_cm3, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self.flights = [
            Flight(
                fid, carrier, origin, destination,
                self._parse_sec(departs), self._parse_sec(arrives), weight, volume, status,
            )
            for fid, carrier, origin, destination, departs, arrives, weight, volume, status
            in db.execute(
                "SELECT id, carrier_id, origin, destination, departs_at, arrives_at,"
                " allotment_weight_g, allotment_volume_cm3, status FROM flight"
                " ORDER BY departs_at, id"
            )
        ]  # fmt: skip

    def _parse_sec(self, text: str) -> int:
        return self.clock.sec(datetime.fromisoformat(text).replace(tzinfo=UTC))

    # -- customers

    def _customers(self, db: sqlite3.Connection) -> None:
        """About 2,000 customers; the seeded demo ones take part too."""
        rng = self.rng
        origin_share = Counter[str]()
        dest_share = Counter[str]()
        for r in self.routes:
            origin_share[r.origin] += len(r.weekdays)
            dest_share[r.destination] += len(r.weekdays)
        total_o, total_d = sum(origin_share.values()), sum(dest_share.values())
        shipper_counts = {o: max(40, round(800 * c / total_o)) for o, c in origin_share.items()}
        consignee_counts = {d: max(20, round(1150 * c / total_d)) for d, c in dest_share.items()}
        shippers = make_shippers(rng, shipper_counts)
        consignees = make_consignees(
            rng, consignee_counts, {k: (v[0], v[1]) for k, v in self.airports.items()}
        )
        created = self.clock.text(self.clock.sec(datetime.combine(
            self.first_day - timedelta(days=30), datetime.min.time(), UTC)))  # fmt: skip
        db.executemany(
            "INSERT INTO customer (account_number, name, address, city, postcode, country,"
            " phone, email, uscc, eu_vat, eori, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (p.account_number, p.name, p.address, p.city, p.postcode, p.country, p.phone,
                 p.email, p.uscc, p.eu_vat, p.eori, created)
                for p in (*shippers, *consignees)
            ],
        )  # fmt: skip
        # The demo customers seeded by open_database were there before the history too.
        db.execute("UPDATE customer SET created_at = ?", (created,))
        ids = dict(db.execute("SELECT account_number, id FROM customer"))
        everyone = db.execute("SELECT id, account_number, name FROM customer").fetchall()
        # (customer id, industry) per origin; Zipf-like popularity by a random rank.
        self.shippers: list[tuple[int, int, str]] = [
            (ids[p.account_number], p.industry, p.name) for p in shippers
        ]
        self.consignees: list[tuple[int, str]] = [
            (ids[p.account_number], p.name) for p in consignees
        ]
        self.names = {cid: name for cid, _, name in everyone}
        self.shipper_industry = {cid: ind for cid, ind, _ in self.shippers}
        by_origin: dict[str, list[int]] = {}
        for p in shippers:
            by_origin.setdefault(p.station, []).append(ids[p.account_number])
        by_dest: dict[str, list[int]] = {}
        for p in consignees:
            by_dest.setdefault(p.station, []).append(ids[p.account_number])
        generated = {p.account_number for p in (*shippers, *consignees)}
        for cid, account, _ in everyone:  # the demo parties of resources/reference
            if account in generated:
                continue
            kind, station = account.split("-")[:2]
            if kind == "SH" and station in by_origin:
                by_origin[station].append(cid)
                self.shipper_industry[cid] = 0  # e-commerce
            elif kind == "CN" and station in by_dest:
                by_dest[station].append(cid)
        self.shipper_pick = {o: self._zipf(ids_) for o, ids_ in by_origin.items()}
        self.consignee_pick = {d: self._zipf(ids_) for d, ids_ in by_dest.items()}
        self.customer_count = len(ids)

    def _zipf(self, ids: list[int]) -> Picker:
        ranked = ids[:]
        self.rng.shuffle(ranked)
        return Picker(ranked, [1.0 / (rank + 1) ** 0.9 for rank in range(len(ranked))])

    # -- consignments: plan (which flight, size, when booked), then write in booking order

    def _booked_by_now(self, flight: Flight) -> float:
        """Share of a flight's eventual bookings already made (lead time distribution)."""
        ahead = flight.departs - self.now
        if ahead <= LEAD_MIN_S:
            return 1.0
        if ahead >= LEAD_MAX_S:
            return 0.0
        return math.exp(-(ahead - LEAD_MIN_S) / LEAD_MEAN_S)

    def _plan_consignments(self) -> list[tuple[Any, ...]]:
        rng = self.rng
        weights = []
        for f in self.flights:
            if f.status != "open":
                weights.append(0.0)
                continue
            month = (self.clock.base + timedelta(seconds=f.departs)).month
            weights.append(
                f.weight_g * SEASON[month - 1] * rng.uniform(0.8, 1.1) * self._booked_by_now(f)
            )
        total = sum(weights)
        exact = [self.n * w / total for w in weights]
        counts = [int(x) for x in exact]
        short = self.n - sum(counts)
        by_fraction = sorted(range(len(exact)), key=lambda i: counts[i] - exact[i])
        for i in by_fraction[:short]:
            counts[i] += 1
        specs: list[tuple[Any, ...]] = []
        for index, (flight, k) in enumerate(zip(self.flights, counts, strict=True)):
            if k:
                specs.extend(self._flight_consignments(index, flight, k, len(specs)))
        specs.sort()
        return specs

    def _flight_consignments(
        self, index: int, f: Flight, k: int, seq: int
    ) -> Iterator[tuple[Any, ...]]:
        rng = self.rng
        min_volume = SMALLEST[0] * SMALLEST[1] * SMALLEST[2]
        if k * MIN_GROSS_G > f.weight_g or k * min_volume > f.volume_cm3:
            raise RuntimeError(f"flight {f.id}: {k} consignments cannot fit")
        draws = []
        for _ in range(k):
            kg = min(WEIGHT_MAX_KG, max(WEIGHT_MIN_KG, rng.lognormvariate(*_LOGNORMAL_WEIGHT)))
            density = min(450.0, max(60.0, rng.lognormvariate(*_LOGNORMAL_DENSITY)))
            draws.append((kg, kg / density * 1e6))
        scale = min(
            1.0,
            MAX_FILL * f.weight_g / 1000 / sum(d[0] for d in draws),
            MAX_FILL * f.volume_cm3 / sum(d[1] for d in draws),
        )
        left_w, left_v = f.weight_g, f.volume_cm3
        shippers, consignees = self.shipper_pick[f.origin], self.consignee_pick[f.destination]
        ahead = f.departs - self.now
        for j, (kg, volume) in enumerate(draws):
            reserve = k - j - 1
            room_w, room_v = left_w - reserve * MIN_GROSS_G, left_v - reserve * min_volume
            factor = scale
            gross, lines = self._size(kg * factor, volume * factor)
            while gross > room_w or volume_of(lines) > room_v:
                factor /= 2
                gross, lines = self._size(kg * factor, volume * factor)
            left_w -= gross
            left_v -= volume_of(lines)
            # Booked a lead time before departure; for a future flight, by now at the latest.
            # (memoryless: given lead >= ahead, lead - ahead is the same exponential).
            lead = max(ahead, LEAD_MIN_S) + rng.expovariate(1 / LEAD_MEAN_S)
            if lead > LEAD_MAX_S:
                lead = rng.uniform(max(ahead, LEAD_MIN_S), LEAD_MAX_S)
            created = f.departs - int(lead)
            yield (created, seq + j, index, shippers.pick(rng), consignees.pick(rng), gross, lines)

    def _size(self, kg: float, target_cm3: float) -> tuple[int, tuple[tuple[int, ...], ...]]:
        """Gross grams and dimension lines (L, W, H, pieces) close to the target volume."""
        rng = self.rng
        gross = max(MIN_GROSS_G, round(kg * 10) * 100)
        if target_cm3 >= 1_200_000 and rng.random() < 0.75:
            length, width = rng.choice(PALLET_BASES)
            height = rng.randrange(90, 171, 10)
            pieces = max(1, round(target_cm3 / (length * width * height)))
            if pieces >= 4 and rng.random() < 0.3:
                low = rng.randrange(60, height, 10)
                split = rng.randrange(1, pieces)
                return gross, ((length, width, height, split), (length, width, low, pieces - split))
            return gross, ((length, width, height, pieces),)
        carton = rng.choice(CARTONS)
        pieces = max(1, round(target_cm3 / (carton[0] * carton[1] * carton[2])))
        if pieces >= 6 and rng.random() < 0.25:
            other = rng.choice(CARTONS)
            split = rng.randrange(1, pieces)
            second = max(1, round((pieces - split) * _vol(carton) / _vol(other)))
            return gross, ((*carton, split), (*other, second))
        return gross, ((*carton, pieces),)

    def _write_consignments(self, db: sqlite3.Connection, specs: list[tuple[Any, ...]]) -> None:
        stock = Stock(self, Counter(self.flights[s[2]].carrier_id for s in specs))
        stock.write(db)
        rng, clock, now = self.rng, self.clock, self.now
        micro = clock.micro
        seconds = [f"{s:02d}" for s in range(60)]
        carriers = self.carriers
        awbs: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        lines_out: list[tuple[int, ...]] = []
        milestones: list[tuple[Any, ...]] = []
        lithium: list[tuple[Any, ...]] = []
        counts = Counter[str]()
        for i, (created, _, fi, shipper, consignee, gross, lines) in enumerate(specs):
            cid = i + 1
            f = self.flights[fi]
            origin = f.origin
            range_id, serial = stock.take(f.carrier_id, created)
            prefix = carriers[f.carrier_id]
            created_text = clock.text(created, micro[cid % 4093])
            ref = f"CGO1-B{cid:06d}"
            industry = INDUSTRIES[self.shipper_industry[shipper]]
            goods, hs = industry.goods[int(rng.random() * len(industry.goods))]
            pieces = sum(line[3] for line in lines)
            volume = volume_of(lines)
            has_lithium = rng.random() < industry.lithium_share
            shc = ["ECC"] if rng.random() < 0.8 else []
            shc.append(industry.shc)
            if gross / pieces >= 150_000:
                shc.append("HEA")
            if has_lithium:
                shc.append("ELI")
            r = rng.random()
            security = "SPX" if r < 0.9 else "SCO" if r < 0.98 else "NSC"
            payment = "PP" if rng.random() < 0.85 else "CC"
            declared = None
            if industry.valuable or rng.random() < 0.07:
                declared = rng.randrange(50, 20000) * 100 * (10 if industry.valuable else 1)
            departed = f.departs <= now
            cancelled = rng.random() < 0.03
            state, void_reason, voided_at = "used", None, None
            cancel_reason = None
            if cancelled:
                status = "cancelled"
                space = "confirmed" if rng.random() < 0.6 else "requested"
                last = min(f.departs - 3600, now)
                cancel_at = created + int(rng.random() * max(60, last - created))
                cancel_reason = CANCEL_REASONS[int(rng.random() * len(CANCEL_REASONS))]
                events = [("BKD", created, created_text)]
                updated = clock.text(cancel_at, micro[(cid * 7) % 4093])
                state, voided_at = "voided", updated
                void_reason = f"booking {ref} cancelled: {cancel_reason}"[:200]
            else:
                status = "booked"
                space = self._space(departed, now - created)
                events = self._events(f, created, created_text, space)
                updated = events[-1][2]
            counts[status] += 1
            awbs.append(
                (cid, f.carrier_id, range_id, serial, f"{prefix}-{serial:07d}{serial % 7}",
                 state, void_reason, created_text, voided_at)
            )  # fmt: skip
            rows.append(
                (cid, ref, str(uuid.UUID(int=rng.getrandbits(128), version=4)), cid, shipper,
                 consignee, f.origin, f.destination, f.id, pieces, gross, volume,
                 chargeable_g(gross, volume), goods, hs, " ".join(shc), security,
                 declared, "USD" if declared else None, payment, space, status,
                 events[-1][0], cancel_reason, created_text, updated)
            )  # fmt: skip
            for line in lines:
                lines_out.append((cid, *line))
            for code, at, text in events:
                # Status messages carry minutes; recorded within the minute they arrive.
                if code == "BKD" or at + 60 > now:
                    recorded = text
                else:
                    recorded = text[:17] + seconds[int(rng.random() * 60)] + micro[at % 4093]
                station = origin if code in AT_ORIGIN else f.destination
                milestones.append((cid, code, station, text, recorded))
            if has_lithium:
                wh = rng.randrange(2000, 99000, 100)
                pi = "PI967" if rng.random() < 0.7 else "PI966"
                lithium.append((cid, pi, None, wh, None, None, 30000 if pi == "PI966" else None))
            if len(rows) >= BATCH:
                self._flush(db, awbs, rows, lines_out, milestones, lithium)
                self.progress(f"    {cid:,} / {len(specs):,}")
        self._flush(db, awbs, rows, lines_out, milestones, lithium)
        stock.finish(db)
        db.execute(
            "INSERT INTO number_series (name, next_value, width) VALUES ('booking', ?, 6)"
            " ON CONFLICT (name) DO UPDATE SET next_value = excluded.next_value",
            (len(specs) + 1,),
        )
        self.meta.update(
            flights=len(self.flights),
            customers=self.customer_count,
            booked=counts["booked"],
            cancelled=counts["cancelled"],
            stock_ranges=stock.range_count,
        )
        self._fragments(specs)

    def _space(self, departed: bool, age: int) -> str:
        r = self.rng.random()
        if departed:
            return "confirmed"
        if age > 2 * 86400:
            return "confirmed" if r < 0.85 else "requested" if r < 0.96 else "waitlisted"
        return "requested" if r < 0.55 else "confirmed" if r < 0.95 else "waitlisted"

    def _events(
        self, f: Flight, created: int, created_text: str, space: str
    ) -> list[tuple[str, int, str]]:
        """BKD, then each later milestone that has happened by now (times in UTC)."""
        rng, clock, now = self.rng, self.clock, self.now
        events = [("BKD", created, created_text)]
        rcs = max(created + 1800, f.departs - 3 * 3600 - int(rng.random() * 27 * 3600))
        rcs -= rcs % 60
        if rcs > now:
            return events
        events.append(("RCS", rcs, clock.text(rcs)))
        if space != "confirmed":
            return events
        random_ = rng.random
        arr = f.arrives - 1200 + int(random_() * 4800)
        rcf = arr + 3600 + int(random_() * 7 * 3600)
        nfd = rcf + 1800 + int(random_() * 11.5 * 3600)
        chain = (
            ("MAN", f.departs - 3600 - int(random_() * 5400)),
            ("DEP", f.departs + int(random_() * 2400)),
            ("ARR", arr),
            ("RCF", rcf),
            ("NFD", nfd),
            ("DLV", nfd + 4 * 3600 + int(random_() * 68 * 3600)),
        )
        for code, at in chain:
            at -= at % 60  # status messages carry minutes
            if at > now:
                break
            events.append((code, at, clock.text(at)))
        return events

    def _flush(self, db: sqlite3.Connection, *batches: list[tuple[Any, ...]]) -> None:
        awbs, rows, lines, milestones, lithium = batches
        db.executemany(
            "INSERT INTO awb (id, carrier_id, range_id, serial, number, state, void_reason,"
            " issued_at, voided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            awbs,
        )
        db.executemany(
            "INSERT INTO consignment (id, booking_ref, client_request_id, awb_id, shipper_id,"
            " consignee_id, origin, destination, flight_id, pieces, gross_weight_g, volume_cm3,"
            " chargeable_weight_g, goods_description, hs_code, shc, security_status,"
            " declared_value_minor, declared_value_currency, payment, space_status, status,"
            " milestone, cancel_reason, created_at, updated_at)"
            f" VALUES ({', '.join('?' * 26)})",
            rows,
        )
        db.executemany(
            "INSERT INTO dimension_line (consignment_id, length_cm, width_cm, height_cm, pieces)"
            " VALUES (?, ?, ?, ?, ?)",
            lines,
        )
        db.executemany(
            "INSERT INTO milestone (consignment_id, code, station, occurred_at, recorded_at)"
            " VALUES (?, ?, ?, ?, ?)",
            milestones,
        )
        db.executemany(
            "INSERT INTO lithium_declaration (consignment_id, packing_instruction, cell_wh,"
            " battery_wh, cell_lithium_g, battery_lithium_g, state_of_charge_pct)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            lithium,
        )
        for batch in batches:
            batch.clear()

    def _fragments(self, specs: list[tuple[Any, ...]]) -> None:
        """Search fragments for bench/search.py: a rare one is a shipper's unique brand with
        a handful of consignments (so the search scans everything to find them)."""
        per_shipper = Counter(s[3] for s in specs)
        generated = {cid for cid, _, _ in self.shippers}
        # The least used shipper with a Chinese name "<city or province><brand><trade>...":
        # the brand (2 characters, unique to the shipper) and the trade's first 2.
        least = sorted((n, cid) for cid, n in per_shipper.items() if cid in generated)
        name = next(
            self.names[cid]
            for _, cid in least
            if self.names[cid].endswith("有限公司") and "（" not in self.names[cid]
        )
        fragment = name[2:6]
        matches = sum(
            1 for s in specs if fragment in self.names[s[3]] or fragment in self.names[s[4]]
        )
        self.meta["fragments"] = {"rare": fragment, "rare_matches": matches}


_LOGNORMAL_WEIGHT = (math.log(WEIGHT_MEDIAN_KG), WEIGHT_SIGMA)
_LOGNORMAL_DENSITY = (math.log(DENSITY_MEDIAN), DENSITY_SIGMA)


def _vol(box: tuple[int, int, int]) -> int:
    return box[0] * box[1] * box[2]


def volume_of(lines: tuple[tuple[int, ...], ...]) -> int:
    """DOMAIN: volume = sum of L x W x H x pieces over the dimension lines."""
    return sum(l_ * w * h * p for l_, w, h, p in lines)


def chargeable_g(gross_g: int, volume: int) -> int:
    """IATA: max(gross, volume / 6000 cm3 per kg), rounded up to 0.5 kg, in grams."""
    # gross_g / 1000 kg = gross_g * 6 / 6000; half kilos = ceil(x / 3000).
    return -(-max(gross_g * 6, volume) // 3000) * 500


class Stock:
    """AWB stock ranges of this database, serials handed out in booking order."""

    RANGE_SIZE = 5000
    SPARE = 2500  # numbers left on the current range after generation, at least

    def __init__(self, gen: Generator, needed: Counter[int]) -> None:
        self.gen = gen
        rng = gen.rng
        self.ranges: list[list[Any]] = []  # [id, carrier, first, last, next, owner, created]
        self.queue: dict[int, list[list[Any]]] = {}
        other_database = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        carriers = sorted({r.carrier_id for r in gen.routes})
        for carrier in carriers:
            count = needed.get(carrier, 0) + self.SPARE
            serial = rng.randrange(1_000_000, 3_000_000)
            own = []
            while count > 0:
                size = self.RANGE_SIZE
                own.append([0, carrier, serial, serial + size - 1, serial, gen.database_id, None])
                count -= size
                serial += size + rng.randrange(0, 20_000)
            self.queue[carrier] = own
            self.ranges.extend(own)
            foreign = [0, carrier, serial, serial + 999, serial + rng.randrange(0, 900)]
            self.ranges.append([*foreign, other_database, None])
        if max(r[3] for r in self.ranges) > 9_999_999:
            raise RuntimeError("AWB serials exhausted: lower RANGE_SIZE gaps")
        self.range_count = len(self.ranges)

    def write(self, db: sqlite3.Connection) -> None:
        """A carrier's ranges get ids in serial order, the order allocate() draws them;
        next_serial and created_at are set by finish() once the numbers are issued."""
        for number, r in enumerate(self.ranges, start=1):
            r[0] = number
        created = self.gen.clock.text(0)
        db.executemany(
            "INSERT INTO awb_stock_range (id, carrier_id, first_serial, last_serial,"
            " next_serial, low_stock_threshold, owner_database_id, note, created_at)"
            " VALUES (?, ?, ?, ?, ?, 50, ?, NULL, ?)",
            [(r[0], r[1], r[2], r[3], r[4], r[5], created) for r in self.ranges],
        )
        self.current = {carrier: 0 for carrier in self.queue}

    def take(self, carrier: int, at: int) -> tuple[int, int]:
        """The next serial for a booking made at ``at`` (Clock seconds)."""
        ranges = self.queue[carrier]
        index = self.current[carrier]
        r = ranges[index]
        if r[4] > r[3]:
            index += 1
            self.current[carrier] = index
            r = ranges[index]
        if r[4] == r[2]:
            r[6] = at - 86400 - at % 3600  # received the day before its first number
        serial = r[4]
        r[4] += 1
        return r[0], serial

    def finish(self, db: sqlite3.Connection) -> None:
        clock = self.gen.clock
        spare = self.gen.now - 2 * 86400  # unused ranges: received two days ago
        db.executemany(
            "UPDATE awb_stock_range SET next_serial = ?, created_at = ? WHERE id = ?",
            [(r[4], clock.text(spare if r[6] is None else r[6]), r[0]) for r in self.ranges],
        )


# --- checks ----------------------------------------------------------------------------


CHECKS = {
    "no flight over its allotment": """
        SELECT count(*) FROM (
          SELECT f.id FROM flight f JOIN consignment c ON c.flight_id = f.id
          WHERE c.status = 'booked' AND c.space_status IN ('requested', 'confirmed')
          GROUP BY f.id
          HAVING sum(c.gross_weight_g) > max(f.allotment_weight_g)
              OR sum(c.volume_cm3) > max(f.allotment_volume_cm3))""",
    "serials inside their range, below next_serial": """
        SELECT count(*) FROM awb a JOIN awb_stock_range r ON r.id = a.range_id
        WHERE a.serial < r.first_serial OR a.serial >= r.next_serial
           OR r.carrier_id != a.carrier_id""",
    "AWB numbers PPP-SSSSSSSC, check digit serial mod 7": """
        SELECT count(*) FROM awb a JOIN carrier c ON c.id = a.carrier_id
        WHERE a.number != c.awb_prefix || '-' || printf('%07d', a.serial) || (a.serial % 7)""",
    "volume and pieces = the dimension lines": """
        SELECT count(*) FROM consignment c JOIN (
          SELECT consignment_id, sum(length_cm * width_cm * height_cm * pieces) AS v,
                 sum(pieces) AS p
          FROM dimension_line GROUP BY consignment_id) d ON d.consignment_id = c.id
        WHERE d.v != c.volume_cm3 OR d.p != c.pieces""",
    "latest milestone = consignment.milestone": """
        SELECT count(*) FROM consignment c
        WHERE c.milestone != (SELECT m.code FROM milestone m WHERE m.consignment_id = c.id
                              ORDER BY m.id DESC LIMIT 1)""",
    "status, space status, payment, security, milestone codes in their lists": """
        SELECT (SELECT count(*) FROM consignment
                WHERE status NOT IN ('booked', 'cancelled')
                   OR space_status NOT IN ('requested', 'confirmed', 'waitlisted', 'refused')
                   OR payment NOT IN ('PP', 'CC')
                   OR security_status NOT IN ('SPX', 'SCO', 'NSC')
                   OR milestone NOT IN ('BKD', 'RCS', 'MAN', 'DEP', 'ARR', 'RCF', 'NFD', 'DLV')
                   OR pieces <= 0 OR gross_weight_g <= 0 OR volume_cm3 < 0)
             + (SELECT count(*) FROM milestone
                WHERE code NOT IN ('BKD', 'RCS', 'MAN', 'DEP', 'ARR', 'RCF', 'NFD', 'DLV'))
             + (SELECT count(*) FROM awb WHERE state NOT IN ('used', 'voided'))
             + (SELECT count(*) FROM flight WHERE status NOT IN ('open', 'closed', 'cancelled'))
             + (SELECT count(*) FROM dimension_line
                WHERE length_cm <= 0 OR width_cm <= 0 OR height_cm <= 0 OR pieces <= 0)
             + (SELECT count(*) FROM awb_stock_range
                WHERE first_serial < 0 OR last_serial > 9999999 OR first_serial > last_serial
                   OR next_serial < first_serial OR next_serial > last_serial + 1)""",
    "consignments on open flights only": """
        SELECT count(*) FROM consignment c JOIN flight f ON f.id = c.flight_id
        WHERE f.status != 'open'""",
    "booking series continues after the last booking": """
        SELECT count(*) FROM number_series
        WHERE name = 'booking' AND next_value != (SELECT count(*) + 1 FROM consignment)""",
}


def verify(path: Path, *, foreign_keys: bool = True) -> dict[str, float]:
    """SQL checks of the rules the generator promises; raises on the first failure.
    Also reads a few bookings and a search back through the real services."""
    timings: dict[str, float] = {}
    db = sqlite3.connect(path)
    try:
        for name, sql in CHECKS.items():
            t = time.perf_counter()
            bad = db.execute(sql).fetchone()[0]
            timings[name] = time.perf_counter() - t
            if bad:
                raise AssertionError(f"{path.name}: {name}: {bad} rows break it")
        if foreign_keys:
            t = time.perf_counter()
            broken = db.execute("PRAGMA foreign_key_check").fetchmany(5)
            timings["foreign keys"] = time.perf_counter() - t
            if broken:
                raise AssertionError(f"{path.name}: foreign keys broken: {broken}")
        sample = db.execute(
            "SELECT booking_ref, gross_weight_g, volume_cm3, chargeable_weight_g"
            " FROM consignment ORDER BY random() LIMIT 200"
        ).fetchall()
        numbers = db.execute("SELECT number, serial FROM awb ORDER BY random() LIMIT 200")
        for number, serial in numbers:
            if str(AwbNumber.from_serial(number[:3], serial)) != number:
                raise AssertionError(f"{number}: not what core.domain.awb makes")
    finally:
        db.close()
    for ref, gross, volume, chargeable in sample:
        if chargeable_weight_kg(g_to_kg(gross), volume) != g_to_kg(chargeable):
            raise AssertionError(f"{ref}: chargeable weight differs from core.domain.measures")
    _read_back(path, [ref for ref, *_ in sample[:20]])
    return timings


def _read_back(path: Path, refs: list[str]) -> None:
    """The ORM must read generated rows as it reads its own (types, relationships)."""
    from core.db.engine import make_engine, resolve_url
    from core.services.booking_views import booking_view, find_booking
    from core.services.search import BookingQuery, search
    from core.services.uow import UnitOfWorkFactory

    factory = UnitOfWorkFactory(make_engine(resolve_url(path)))
    try:
        for ref in refs:
            with factory.reading() as uow:
                view = booking_view(uow.session, find_booking(uow.session, ref))
                if view.booking_ref != ref or not view.milestones:
                    raise AssertionError(f"{ref}: read back as {view.booking_ref}")
        if not search(factory.reading(), BookingQuery(customer="郑州", limit=5)):
            raise AssertionError("search for 郑州 found nothing")
    finally:
        factory.dispose()


# --- cache -----------------------------------------------------------------------------


def generate(
    path: str | os.PathLike[str], consignments: int, seed: int, progress: Progress = _quiet
) -> dict[str, Any]:
    """Create the database at ``path`` (replacing any) and return what was generated."""
    target = Path(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    return Generator(target, consignments, seed, progress).run()


def cache_path(consignments: int, seed: int) -> Path:
    return OUT_DIR / f"freightdesk-{consignments}-s{seed}-g{GENERATOR_VERSION}.sqlite"


def cached_database(
    consignments: int,
    seed: int,
    *,
    regenerate: bool = False,
    check: bool = True,
    progress: Progress = print,
) -> tuple[Path, dict[str, Any]]:
    """The cached database for (size, seed), generated first when missing."""
    path = cache_path(consignments, seed)
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists() and not regenerate:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        age = datetime.now(UTC) - datetime.fromisoformat(meta["generated_at"])
        progress(
            f"using {path.name}: {consignments:,} consignments, generated {age.days} days ago"
            f" in {meta['seconds']} s"
        )
        return path, meta
    progress(f"generating {path.name}: {consignments:,} consignments, seed {seed}")
    building = path.with_name(path.name + ".building")
    meta_path.unlink(missing_ok=True)
    meta = generate(building, consignments, seed, progress)
    progress(f"  generated in {meta['seconds']} s")
    if check:
        t = time.perf_counter()
        verify(building, foreign_keys=consignments <= 200_000)
        meta["check_seconds"] = round(time.perf_counter() - t, 1)
        progress(f"  checked in {meta['check_seconds']} s")
    os.replace(building, path)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return path, meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("consignments", type=int, nargs="?", default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="write here instead of the bench/out cache")
    parser.add_argument("--regenerate", action="store_true", help="ignore a cached database")
    parser.add_argument("--no-check", action="store_true", help="skip the consistency checks")
    args = parser.parse_args(argv)
    if args.out:
        meta = generate(args.out, args.consignments, args.seed, print)
        if not args.no_check:
            verify(args.out)
        print(json.dumps(meta, ensure_ascii=False, indent=2))
        return 0
    path, meta = cached_database(
        args.consignments, args.seed, regenerate=args.regenerate, check=not args.no_check
    )
    print(path)
    print(json.dumps(meta, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
