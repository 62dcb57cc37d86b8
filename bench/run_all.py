"""Every benchmark of the issue, with a summary of figures, baselines, ratios and targets.

    .venv/bin/python bench/run_all.py            # the issue's sizes (`make bench`)
    .venv/bin/python bench/run_all.py --quick    # small sizes, well under a minute

Generates the databases that are missing from bench/out/ first (printing progress and how
long it took), then runs bench/booking_commit.py and bench/search.py. Exits 0 whatever the
verdicts unless --strict is given (timings belong in a report, not in a failing build).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

import booking_commit
import bookings_list
import house_manifest_pdf
import invoice_pdf
import labels_pdf
import manifest_pdf
import parcel_import
import quote
import search
from make_db import cached_database
from search import pad, width


def code_version() -> str:
    """The commit measured, and whether core/ differs from it (others edit concurrently)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "core")
    return f"{commit}{' + uncommitted changes in core/' if dirty else ''}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k/50k databases, 200 bookings")
    parser.add_argument("--seed", type=int, default=1, help="database seed (default 1)")
    parser.add_argument("--booking-db", type=int, help="consignments (default 100,000)")
    parser.add_argument("--search-db", type=int, help="consignments (default 1,000,000)")
    parser.add_argument("--bookings", type=int, help="timed bookings each way (default 1000)")
    parser.add_argument("--runs", type=int, help="search runs per fragment (default 20)")
    parser.add_argument("--regenerate", action="store_true", help="ignore cached databases")
    parser.add_argument("--profile", action="store_true", help="profile the service paths too")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    args = parser.parse_args(argv)
    booking_size = args.booking_db or (10_000 if args.quick else 100_000)
    search_size = args.search_db or (50_000 if args.quick else 1_000_000)
    bookings = args.bookings or (200 if args.quick else 1000)
    runs = args.runs or (5 if args.quick else 20)
    started = time.perf_counter()
    version = code_version()  # the modules are imported now: this is the code measured
    print(f"== code: {version}")

    print(f"== databases (seed {args.seed})")
    booking_path, _ = cached_database(booking_size, args.seed, regenerate=args.regenerate)
    search_path, search_meta = cached_database(search_size, args.seed, regenerate=args.regenerate)

    print(f"\n== booking commit on {booking_size:,} consignments")
    booked = booking_commit.run(
        booking_path, booking_size, bookings=bookings, profile=50 if args.profile else 0
    )
    print(booking_commit.report(booked))

    print(f"\n== search on {search_size:,} consignments")
    found = search.run(search_path, search_meta, runs=runs, plan=args.profile)
    print(search.report(found, search_size, search_path.name))

    print(f"\n== bookings list (GUI data path) on {search_size:,} consignments")
    listed, list_peak_mb = bookings_list.run(search_path, search_meta, runs=3 if args.quick else 5)
    print(bookings_list.report(listed, list_peak_mb, search_size, search_path.name))

    print("\n== quote through the cached price book")
    quotes = 2_000 if args.quick else 10_000
    quote_ms, bare_ms = quote.measure(quotes, args.seed)
    print(f"  {quote_ms:.3f} ms per quote; bare break-table function {bare_ms:.3f} ms")

    print("\n== invoice PDF")
    invoice = invoice_pdf.run(count=20 if args.quick else 50)
    print(invoice_pdf.report(invoice))

    service, raw = booked.percentiles("service"), booked.percentiles("raw")
    rows: list[tuple[str, str, str, str, str, bool]] = []
    ratio = service["p50"] / raw["p50"]
    rows.append(
        (
            f"booking commit p50 ({bookings} bookings)",
            f"{service['p50']:.2f} ms",
            f"{raw['p50']:.2f} ms",
            f"{ratio:.2f}x",
            f"<= {booking_commit.P50_RATIO_TARGET}x",
            ratio <= booking_commit.P50_RATIO_TARGET,
        )
    )
    rows.append(
        (
            "booking commit p99",
            f"{service['p99']:.2f} ms",
            f"{raw['p99']:.2f} ms",
            f"{service['p99'] / raw['p99']:.2f}x",
            f"<= {booking_commit.P99_TARGET_MS:.0f} ms",
            service["p99"] <= booking_commit.P99_TARGET_MS,
        )
    )
    for r in found:
        rows.append(
            (
                f"search '{r.fragment}' ({r.label}, {r.rows} rows)",
                f"{r.service_ms:.2f} ms",
                f"{r.raw_ms:.2f} ms",
                f"{r.ratio:.2f}x",
                f"<= {search.RATIO_TARGET}x",
                r.ratio <= search.RATIO_TARGET,
            )
        )
    for r in listed:
        rows.append(
            (
                f"bookings list: {r.label} ({r.rows} rows)",
                f"{r.gui_ms:.2f} ms",
                f"{r.raw_ms:.2f} ms",
                f"{r.ratio:.2f}x",
                f"<= {bookings_list.RATIO_TARGET}x",
                r.ratio <= bookings_list.RATIO_TARGET,
            )
        )
    rows.append(
        (
            f"bookings list peak memory ({bookings_list.PAGES} pages)",
            f"{list_peak_mb:.0f} MB",
            "",
            "",
            f"<= {bookings_list.MEMORY_TARGET_MB:.0f} MB",
            list_peak_mb <= bookings_list.MEMORY_TARGET_MB,
        )
    )
    rows.append(
        (
            f"quote ({quotes:,} shipments, cached)",
            f"{quote_ms:.3f} ms",
            f"{bare_ms:.3f} ms",
            f"{quote_ms / bare_ms:.1f}x",
            f"<= {quote.TARGET_MS} ms",
            quote_ms <= quote.TARGET_MS,
        )
    )
    rows.append(
        (
            f"invoice PDF ({invoice.documents} documents)",
            f"{statistics.median(invoice.service_ms):.1f} ms",
            f"{statistics.median(invoice.bare_ms):.1f} ms",
            f"{invoice.ratio:.2f}x",
            f"<= {invoice_pdf.RATIO_TARGET}x",
            invoice.ratio <= invoice_pdf.RATIO_TARGET,
        )
    )
    print("\n== labels PDF")  # run here so its row follows the invoice's
    labels = labels_pdf.run(200 if args.quick else 1000, runs=1 if args.quick else 3)
    print(labels_pdf.report(labels))
    rows.append(
        (
            f"labels PDF ({labels.labels:,} labels)",
            f"{statistics.median(labels.service_ms):.0f} ms",
            f"{statistics.median(labels.bare_ms):.0f} ms",
            f"{labels.ratio:.2f}x",
            f"<= {labels_pdf.RATIO_TARGET}x",
            labels.ratio <= labels_pdf.RATIO_TARGET,
        )
    )
    print("\n== parcel import")  # issue 6: 20,000 XLSX rows against calamine + executemany
    parcels = parcel_import.run(2_000 if args.quick else 20_000, runs=1 if args.quick else 3)
    print(parcel_import.report(parcels))
    rows.append(
        (
            f"parcel import ({parcels.rows:,} XLSX rows)",
            f"{statistics.median(parcels.service_s):.2f} s",
            f"{statistics.median(parcels.floor_s):.2f} s",
            f"{parcels.ratio:.2f}x",
            f"<= {parcel_import.RATIO_TARGET:.0f}x",
            parcels.ratio <= parcel_import.RATIO_TARGET,
        )
    )
    print("\n== manifest PDF")
    for size in (2_000, 500) if args.quick else manifest_pdf.SIZES:
        manifest = manifest_pdf.run(size, runs=1 if args.quick else 3)
        print(manifest_pdf.report(manifest))
        rows.append(
            (
                f"manifest PDF ({manifest.rows:,} rows, {manifest.pages} pages)",
                f"{statistics.median(manifest.service_s):.2f} s",
                f"{statistics.median(manifest.bare_s):.2f} s",
                f"{manifest.ratio:.2f}x",
                f"<= {manifest_pdf.RATIO_TARGET}x",
                manifest.ratio <= manifest_pdf.RATIO_TARGET,
            )
        )
        rows.append(
            (
                f"manifest peak memory ({manifest.rows:,} rows)",
                f"{manifest.peak_mb:.0f} MB",
                "",
                "",
                f"<= {manifest_pdf.MEMORY_TARGET_MB:.0f} MB",
                manifest.peak_mb <= manifest_pdf.MEMORY_TARGET_MB,
            )
        )
    print("\n== house manifest PDF")
    house = house_manifest_pdf.run(
        2_000 if args.quick else house_manifest_pdf.SIZE, runs=1 if args.quick else 3
    )
    print(house_manifest_pdf.report(house))
    rows.append(
        (
            f"house manifest PDF ({house.houses:,} houses, {house.pages} pages)",
            f"{statistics.median(house.service_s):.2f} s",
            f"{statistics.median(house.bare_s):.2f} s",
            f"{house.ratio:.2f}x",
            f"<= {house_manifest_pdf.RATIO_TARGET}x",
            house.ratio <= house_manifest_pdf.RATIO_TARGET,
        )
    )
    rows.append(
        (
            f"house manifest peak memory ({house.houses:,} houses)",
            f"{house.peak_mb:.0f} MB",
            "",
            "",
            f"<= {house_manifest_pdf.MEMORY_TARGET_MB:.0f} MB",
            house.peak_mb <= house_manifest_pdf.MEMORY_TARGET_MB,
        )
    )
    header = ("benchmark", "figure", "baseline", "ratio", "target", "result")
    table = [header, *[(*row[:5], "PASS" if row[5] else "FAIL") for row in rows]]
    widths = [max(width(str(row[i])) for row in table) for i in range(len(header))]
    print(f"\n== summary ({'quick: not the issue sizes, ' if args.quick else ''}code {version}, "
          f"booking on {booking_size:,}, search on {search_size:,} consignments;"
          f" load average {os.getloadavg()[0]:.2f})")  # fmt: skip
    for row in table:
        print("  " + "  ".join(pad(str(cell), w) for cell, w in zip(row, widths, strict=True)))
    print(f"\nall done in {time.perf_counter() - started:.0f} s")
    failed = sum(not row[5] for row in rows)
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
