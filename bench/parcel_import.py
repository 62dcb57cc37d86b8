"""Parcel import: 20,000 rows of XLSX through ``import_parcels`` against its floor.

    .venv/bin/python bench/parcel_import.py [--rows 20000] [--runs 3]

Target (issue 6): the service <= 3x the floor, which is python-calamine reading the same
file plus raw sqlite3 ``executemany`` of the same houses and goods lines into house_shipment
and house_item, in one transaction on a copy of the same database. The floor converts only
what SQLite needs (kg to grams, values to minor units) and validates nothing. The service
is timed whole: reading, header mapping, clean_house on every house, duplicate lookup,
house numbers, inserts and the master's space check.

Both sides start each run on a fresh copy of one database (migrated, seeded, an open
consolidation with room on its flight); runs alternate (service first, then floor first).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.services.consolidations import ConsolidationRequest, create_consolidation  # noqa: E402
from core.services.database import open_database  # noqa: E402
from core.services.parcel_import import import_parcels  # noqa: E402
from core.services.stock import add_range  # noqa: E402
from tests.integration.booking_helpers import future_flights  # noqa: E402
from tests.integration.parcel_files import parcel_rows, write_xlsx  # noqa: E402

RATIO_TARGET = 3.0
OUT = ROOT / "bench" / "out" / "parcels"
_HOUSE_COLUMNS = (
    "consolidation_id, house_number, platform_order_number, shipper_name, shipper_address, "
    "shipper_city, shipper_country, consignee_name, consignee_address, consignee_city, "
    "consignee_postcode, consignee_country, consignee_phone, pieces, gross_weight_g, "
    "customs_mode, b2c, ioss_number, shc, created_at"
)
_ITEM_COLUMNS = (
    "house_id, line_no, description, hs_code, quantity, unit_value_minor, currency, origin_country"
)


@dataclass
class Result:
    rows: int
    houses: int
    service_s: list[float] = field(default_factory=list)
    floor_s: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return statistics.median(self.service_s) / statistics.median(self.floor_s)


def prepare(rows: int) -> tuple[Path, Path, int]:
    """The database (with its open consolidation) and the XLSX, made once per size."""
    OUT.mkdir(parents=True, exist_ok=True)
    base, sheet = OUT / "base.sqlite", OUT / f"parcels-{rows}.xlsx"
    if base.exists():
        base.unlink()
    opened = open_database(base)
    add_range(opened.uow(), carrier="CV", first="2000000", last="2004999")
    flight = future_flights(opened, "CGO", "LUX")[0]
    request = ConsolidationRequest(
        "SH-CGO-001", "CN-LUX-001", "100", "1", flight_id=flight.id, space_status="confirmed"
    )
    consol = create_consolidation(opened.uow(), request).value.id
    opened.uow.dispose()
    if not sheet.exists():
        write_xlsx(sheet, parcel_rows(rows, seed=1))
    return base, sheet, consol


def service(db: Path, sheet: Path, consol: int) -> tuple[float, int]:
    opened = open_database(db)
    started = time.perf_counter()
    report = import_parcels(opened.uow(), consol, sheet).value
    elapsed = time.perf_counter() - started
    opened.uow.dispose()
    assert not report.problems, report.problems[:3]
    return elapsed, report.houses_added


def floor(db: Path, sheet: Path, consol: int) -> tuple[float, int]:
    from python_calamine import CalamineWorkbook

    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    with CalamineWorkbook.from_path(sheet) as book:
        grid = book.get_sheet_by_index(0).to_python()
    header = {name: i for i, name in enumerate(grid[0])}
    houses, items = _raw_rows(grid[1:], header, consol)
    connection.execute("BEGIN IMMEDIATE")
    first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM house_shipment").fetchone()
    marks = ", ".join("?" * 20)
    connection.executemany(f"INSERT INTO house_shipment ({_HOUSE_COLUMNS}) VALUES ({marks})",
                           houses)  # fmt: skip
    connection.executemany(
        f"INSERT INTO house_item ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(first[0] + house, *rest) for house, *rest in items],
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, len(houses)


def _raw_rows(
    grid: list[list[object]], h: dict[str, int], consol: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    houses: list[tuple[object, ...]] = []
    items: list[tuple[object, ...]] = []
    order, line = None, 0
    now = "2026-12-01 00:00:00.000000"
    for cells in grid:
        if cells[h["platform_order_number"]] != order:
            order, line = cells[h["platform_order_number"]], 0
            houses.append((
                consol, f"RAW-{len(houses):06d}", order,
                *(cells[h[c]] for c in ("shipper_name", "shipper_address", "shipper_city",
                                        "shipper_country", "consignee_name", "consignee_address",
                                        "consignee_city", "consignee_postcode",
                                        "consignee_country", "consignee_phone")),
                int(cells[h["pieces"]]), round(cells[h["gross_weight_kg"]] * 1000),
                cells[h["customs_mode"]], 1, cells[h["ioss_number"]] or None, cells[h["shc"]], now,
            ))  # fmt: skip
        line += 1
        minor = int(Decimal(repr(cells[h["unit_value"]])) * 100)
        items.append((
            len(houses) - 1, line, cells[h["description"]], cells[h["hs_code"]],
            int(cells[h["quantity"]]), minor, cells[h["currency"]], cells[h["origin_country"]],
        ))  # fmt: skip
    return houses, items


def run(rows: int = 20_000, runs: int = 3) -> Result:
    base, sheet, consol = prepare(rows)
    run_dir = OUT / "run"
    run_dir.mkdir(exist_ok=True)
    result = Result(rows, 0)
    for n in range(runs):
        order = (("service", service), ("floor", floor))
        for name, fn in order if n % 2 == 0 else order[::-1]:
            copy = run_dir / f"{name}.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(base, copy)
            elapsed, houses = fn(copy, sheet, consol)
            (result.service_s if name == "service" else result.floor_s).append(elapsed)
            result.houses = houses
    return result


def report(r: Result) -> str:
    verdict = "PASS" if r.ratio <= RATIO_TARGET else "FAIL"
    return (
        f"  {r.rows:,} rows, {r.houses:,} houses (XLSX)\n"
        f"  service {statistics.median(r.service_s):.2f} s "
        f"(runs {', '.join(f'{s:.2f}' for s in r.service_s)})\n"
        f"  floor   {statistics.median(r.floor_s):.2f} s "
        f"(runs {', '.join(f'{s:.2f}' for s in r.floor_s)})\n"
        f"  ratio {r.ratio:.2f}x (target <= {RATIO_TARGET:.0f}x): {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f}")
    print(report(run(args.rows, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
