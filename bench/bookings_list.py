"""The bookings list's first page through the GUI's data path, against the raw SQL.

On the cached 1,000,000-consignment database each search (a filter and an SQL order, as
the list asks for them) runs as ``open_data(path).search_bookings(BookingSearch(...))``:
gui.data's translation to a BookingQuery, the search service, its ConsignmentRow list.
The baseline runs the very SQL text and parameters that query compiles to on a raw
sqlite3 connection inside BEGIN ... ROLLBACK and fetches tuples. Warm, alternating,
medians compared (target <= 2x).

Peak memory: a child process opens the database with open_data, puts a BookingsModel
under a QTableView (offscreen), and loads the first three pages as the list does when
the clerk scrolls; its peak RSS (ru_maxrss) is reported (target <= 200 MB).

    .venv/bin/python bench/bookings_list.py [--consignments 1000000] [--runs 5]

The cached database is brought to the schema head first without a backup (it is
regenerable); open_data then adds the flights of the weeks ahead as a workstation does.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from make_db import cached_database
from search import COMMON_CHINESE, compiled_sql, connect_raw, pad, raw_search

RATIO_TARGET = 2.0
MEMORY_TARGET_MB = 200.0
PAGES = 3
SORTS = (  # (label, sort key, descending): the list's default first
    ("date, newest first", "departure_date", True),
    ("shipper A-Z", "shipper", False),
    ("route A-Z", "route", False),
    ("chargeable kg, heaviest", "chargeable_weight", True),
)


@dataclass
class ListResult:
    label: str
    rows: int
    gui_ms: float
    raw_ms: float

    @property
    def ratio(self) -> float:
        return self.gui_ms / self.raw_ms


def searches(meta: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    rare = meta.get("fragments", {}).get("rare", "祥云跨境")
    return [
        ("everything", {}),
        (f"customer {COMMON_CHINESE}", {"customer": COMMON_CHINESE}),
        (f"customer {rare} (rare)", {"customer": rare}),
        ("destination FRA", {"destination": "FRA"}),
    ]


def bring_to_head(path: Path, progress: Any = print) -> None:
    """Migrate the cache to head without the backup open_data would make (1.2 GB copy)."""
    from alembic import command

    from core.db.engine import make_engine, resolve_url
    from core.db.migrate import HEAD_REVISION, alembic_config

    with sqlite3.connect(path) as db:
        current = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if current == HEAD_REVISION:
        return
    started = time.perf_counter()
    engine = make_engine(resolve_url(path))
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
    took = time.perf_counter() - started
    progress(f"  migrated the cache {current} -> {HEAD_REVISION} in {took:.1f} s (no backup)")


def measure(data: Any, raw: sqlite3.Connection, wanted: Any, runs: int) -> tuple[int, float, float]:
    from core.services import search as service
    from gui.data import booking_query

    query = booking_query(service.BookingQuery, wanted, data.sql_sorts)
    sql, params = compiled_sql(data.units().engine, query)
    gui_rows = data.search_bookings(wanted)
    raw_rows = raw_search(raw, sql, params)
    if [r.id for r in gui_rows] != [r[0] for r in raw_rows]:
        raise AssertionError(f"{wanted}: the GUI path and the raw query found other rows")
    data.search_bookings(wanted)  # one more warm run each
    raw_search(raw, sql, params)
    gui_ns: list[int] = []
    raw_ns: list[int] = []
    clock = time.perf_counter_ns
    for i in range(runs):
        for which in ("gui", "raw") if i % 2 == 0 else ("raw", "gui"):
            t = clock()
            if which == "gui":
                data.search_bookings(wanted)
                gui_ns.append(clock() - t)
            else:
                raw_search(raw, sql, params)
                raw_ns.append(clock() - t)
    return (
        len(raw_rows),
        statistics.median(gui_ns) / 1e6,
        statistics.median(raw_ns) / 1e6,
    )


def run(
    path: Path, meta: dict[str, Any], *, runs: int = 5, progress: Any = print
) -> tuple[list[ListResult], float]:
    from gui.data import BookingSearch, open_data

    bring_to_head(path, progress)
    data = open_data(path)
    raw = connect_raw(path)
    results = []
    try:
        for label, filters in searches(meta):
            for sort_label, sort, descending in SORTS:
                wanted = BookingSearch(**filters, sort=sort, descending=descending)
                progress(f"  {label}, by {sort_label}: {runs} runs each way")
                rows, gui_ms, raw_ms = measure(data, raw, wanted, runs)
                results.append(ListResult(f"{label}, by {sort_label}", rows, gui_ms, raw_ms))
    finally:
        raw.close()
        data.close()
    return results, peak_memory(path)


def peak_memory(path: Path) -> float:
    """Peak RSS (MB) of a fresh process that opens the list and loads its first pages."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, str(Path(__file__)), "--memory-child", str(path)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"memory child failed:\n{done.stderr}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"])


def memory_child(path: str) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from gui.bookings_model import BookingsModel
    from gui.data import BookingSearch, open_data

    app = QApplication([sys.argv[0]])
    data = open_data(path)
    model = BookingsModel()
    model.sql_sorts = data.sql_sorts
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    generation = model.restart()
    for _ in range(PAGES):
        wanted = BookingSearch(offset=model.rowCount(), limit=model.page_size)
        model.add_page(generation, data.search_bookings(wanted))
        view.scrollToBottom()
        view.grab()  # paint: every visible cell asks the model for its text
    data.close()
    del app
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    print(json.dumps({"peak_mb": peak_kb / 1024, "rows": model.rowCount()}))


def report(results: list[ListResult], peak_mb: float, consignments: int, name: str) -> str:
    lines = [
        f"Bookings list, first page (500 rows) via gui.data, on {name} "
        f"({consignments:,} consignments)",
        f"  {'search, order':52}{'rows':>6}{'GUI path':>10}{'raw':>10}{'ratio':>8}   (median ms)",
    ]
    for r in results:
        verdict = "PASS" if r.ratio <= RATIO_TARGET else "FAIL"
        lines.append(
            f"  {pad(r.label, 52)}{r.rows:6d}{r.gui_ms:10.2f}{r.raw_ms:10.2f}{r.ratio:7.2f}x"
            f"   target <= {RATIO_TARGET}x: {verdict}"
        )
    verdict = "PASS" if peak_mb <= MEMORY_TARGET_MB else "FAIL"
    lines.append(
        f"  peak memory, list opened and {PAGES} pages loaded: {peak_mb:.0f} MB; "
        f"target <= {MEMORY_TARGET_MB:.0f} MB: {verdict}"
    )
    lines.append(f"  load average (1 min): {os.getloadavg()[0]:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consignments", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1, help="database seed")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per search each way")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    path, meta = cached_database(args.consignments, args.seed)
    results, peak_mb = run(path, meta, runs=args.runs)
    print(report(results, peak_mb, args.consignments, path.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
