"""Search by customer fragment: ``search()`` against the same SQL on a raw sqlite3 connection.

On the generated database (1,000,000 consignments by default) each fragment is searched
with ``search(uow.reading(), BookingQuery(customer=fragment, limit=500))``: statement
building, execution, result processing and the ConsignmentRow list. The baseline executes
the very SQL text the service's statement compiles to, with the same parameters, inside
BEGIN ... ROLLBACK like the reading unit of work, and fetches all rows into tuples. Both
run warm (a few untimed runs first), alternating, and the medians are compared.

The cached database is opened read-only in spirit: no open_database (which would add the
flights of the weeks ahead), just the engine and units of work the application uses.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from make_db import cached_database

from core.db.engine import BUSY_TIMEOUT_MS, make_engine, resolve_url
from core.services.search import BookingQuery, search, search_statement
from core.services.uow import UnitOfWorkFactory

RATIO_TARGET = 2.0
COMMON_CHINESE = "郑州"
LATIN = "fulfil"


@dataclass
class FragmentResult:
    label: str
    fragment: str
    rows: int
    service_ms: float
    raw_ms: float
    service_runs: list[float]
    raw_runs: list[float]

    @property
    def ratio(self) -> float:
        return self.service_ms / self.raw_ms


def compiled_sql(engine: Any, query: BookingQuery) -> tuple[str, tuple[Any, ...]]:
    """The SQL text and positional parameters the service's statement runs with."""
    compiled = search_statement(query).compile(dialect=engine.dialect)
    names = compiled.positiontup or []
    return str(compiled), tuple(compiled.params[name] for name in names)


def connect_raw(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return db


def raw_search(db: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    db.execute("BEGIN")
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.execute("ROLLBACK")


def measure(
    factory: UnitOfWorkFactory,
    raw: sqlite3.Connection,
    label: str,
    fragment: str,
    runs: int,
    warmup: int,
) -> FragmentResult:
    query = BookingQuery(customer=fragment, limit=500)
    sql, params = compiled_sql(factory.engine, query)
    service_rows = search(factory.reading(), query)
    raw_rows = raw_search(raw, sql, params)
    if [r.id for r in service_rows] != [r[0] for r in raw_rows]:
        raise AssertionError(f"{fragment!r}: the service and the raw query found other rows")
    for _ in range(warmup):
        search(factory.reading(), query)
        raw_search(raw, sql, params)
    clock = time.perf_counter_ns
    service_ns: list[int] = []
    raw_ns: list[int] = []
    for i in range(runs):
        for which in ("service", "raw") if i % 2 == 0 else ("raw", "service"):
            t = clock()
            if which == "service":
                search(factory.reading(), query)
                service_ns.append(clock() - t)
            else:
                raw_search(raw, sql, params)
                raw_ns.append(clock() - t)
    service_ms = [ns / 1e6 for ns in service_ns]
    raw_ms = [ns / 1e6 for ns in raw_ns]
    return FragmentResult(
        label,
        fragment,
        len(raw_rows),
        statistics.median(service_ms),
        statistics.median(raw_ms),
        service_ms,
        raw_ms,
    )


def fragments(meta: dict[str, Any]) -> list[tuple[str, str]]:
    rare = meta.get("fragments", {}).get("rare", "祥云跨境")
    return [("common Chinese", COMMON_CHINESE), ("Latin", LATIN), ("rare", rare)]


def run(
    path: Path,
    meta: dict[str, Any],
    *,
    runs: int = 20,
    warmup: int = 3,
    plan: bool = False,
    progress: Any = print,
) -> list[FragmentResult]:
    factory = UnitOfWorkFactory(make_engine(resolve_url(path)))
    raw = connect_raw(path)
    results = []
    try:
        for label, fragment in fragments(meta):
            progress(f"  searching {fragment!r} ({label}), {runs} runs each way")
            results.append(measure(factory, raw, label, fragment, runs, warmup))
        if plan:
            sql, params = compiled_sql(factory.engine, BookingQuery(customer=COMMON_CHINESE))
            progress("\nSQL (as the service compiles it):\n" + sql)
            for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
                progress(f"  plan: {row[3]}")
    finally:
        raw.close()
        factory.dispose()
    return results


def width(text: str) -> int:
    """Columns a text takes in a terminal (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def report(results: list[FragmentResult], consignments: int, name: str) -> str:
    lines = [
        f"Search by customer fragment, first 500 rows, on {name} ({consignments:,} consignments)",
        f"  {'fragment':26}{'rows':>6}{'service':>11}{'raw':>10}{'ratio':>8}   (median ms)",
    ]
    for r in results:
        verdict = "PASS" if r.ratio <= RATIO_TARGET else "FAIL"
        shown = pad(f"{r.fragment} ({r.label})", 26)
        lines.append(
            f"  {shown}{r.rows:6d}{r.service_ms:11.2f}{r.raw_ms:10.2f}{r.ratio:7.2f}x"
            f"   target <= {RATIO_TARGET}x: {verdict}"
        )
    lines.append(f"  load average (1 min): {os.getloadavg()[0]:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consignments", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1, help="database seed")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--plan", action="store_true", help="print the SQL and its query plan")
    parser.add_argument("--json", action="store_true", help="print every run's figures as JSON")
    args = parser.parse_args(argv)
    path, meta = cached_database(args.consignments, args.seed)
    results = run(path, meta, runs=args.runs, plan=args.plan)
    print(report(results, args.consignments, path.name))
    if args.json:
        print(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
