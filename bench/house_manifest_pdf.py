"""House manifest PDF: ``build_house_manifest`` against a bare reportlab canvas.

    .venv/bin/python bench/house_manifest_pdf.py [--houses 20000] [--runs 3]

Target (issue 6, the documents bound of issue 4): a 20,000-house manifest <= 3x a bare
reportlab canvas drawing the same cells in the same fonts with one text object per page;
peak memory <= 300 MB.

The data is plain HouseManifestData (as the service hands it over): parcels from Henan
sellers to consignees across the EU, Central Asia, Japan and Malaysia with Latin, Cyrillic
and Chinese names, goods descriptions from bench/manifest_pdf.py's generator (most rows
differ), one to three goods lines per house. The floor draws exactly the rows' texts (each
cell formatted as the manifest prints it, split into font runs, at the manifest's column
positions, one line per cell, the same page count) and no header, footer, rules, wrapping
or totals: a conservative floor, as in bench/manifest_pdf.py.
"""

from __future__ import annotations

import argparse
import datetime
import io
import random
import resource
import statistics
import time
import tracemalloc
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from manifest_pdf import goods
from reportlab.pdfgen.canvas import Canvas

from core.documents.fonts import SANS, font_runs, register_fonts
from core.documents.house_manifest import HouseLine, HouseManifestData, build_house_manifest
from core.documents.house_manifest_layout import (
    COLUMNS,
    LAYOUT,
    ROW_STYLE,
    house_furniture,
    line_cells,
)
from core.documents.manifest import ManifestPoint
from core.documents.pdf_io import apply_info
from core.documents.textbox import runs_width
from core.domain.money import Money

RATIO_TARGET = 3.0
MEMORY_TARGET_MB = 300.0
SIZE = 20_000

_SHIPPERS = (
    "郑州优选电子商务有限公司",
    "Henan Joy Trading Co., Ltd.",
    "洛阳牡丹跨境电商有限公司",
    "Kaifeng Silk Road E-commerce",
    "许昌发制品进出口有限公司",
)
_CONSIGNEES = (
    ("DE", "EUR", ("Anna Müller", "Jonas Schmidt"), ("Berlin", "Frankfurt")),
    ("FR", "EUR", ("Élodie Martin", "Louis Bernard"), ("Lyon", "Paris")),
    ("PL", "EUR", ("Zofia Wiśniewska", "Jan Kowalski"), ("Warszawa", "Kraków")),
    ("KZ", "USD", ("Айгерим Нурланова", "Ерлан Садыков"), ("Almaty", "Astana")),
    ("UZ", "USD", ("Dilshod Karimov", "Нодира Юсупова"), ("Tashkent", "Samarkand")),
    ("JP", "JPY", ("山田太郎", "佐藤花子"), ("Tokyo", "Osaka")),
    ("MY", "MYR", ("Tan Wei Ling 陈慧玲", "Ahmad bin Ismail"), ("Kuala Lumpur", "Penang")),
)
_MODES = ("9610", "9610", "9610", "9710", "9810", "1210")
_SHCS = (("ECM",), ("ECM", "ELI"), ("ECM",), ("ECM", "ELM"))


def house_lines(count: int, seed: int = 1) -> list[HouseLine]:
    rng = random.Random(seed)
    lines = []
    for index in range(count):
        country, currency, names, cities = rng.choice(_CONSIGNEES)
        items = rng.choice((1, 1, 1, 2, 3))
        values = Decimal(rng.randint(100, 30_000)) / 100
        if currency == "JPY":
            values = values.to_integral_value() * 100
        lines.append(
            HouseLine(
                house_number=f"CGO1-H{index + 1:06d}",
                route=f"CGO–{country}",
                pieces=rng.randint(1, 3),
                gross_weight_kg=Decimal(rng.randint(80, 30_000)) / 1000,
                shipper=rng.choice(_SHIPPERS),
                consignee=f"{rng.choice(names)}, {rng.choice(cities)} {country}",
                goods="; ".join(goods(rng) for _ in range(items)),
                hs_code=" ".join(rng.choice(("851830", "610910", "392690")) for _ in range(items)),
                values=(Money(values, currency),),
                customs_mode=rng.choice(_MODES),
                shc=rng.choice(_SHCS),
                country=country,
            )
        )
    return lines


def house_data(count: int, seed: int = 1) -> HouseManifestData:
    return HouseManifestData(
        mawb="172-20000002",
        carrier="Cargolux",
        flight_number="CV9734",
        flight_date=datetime.date(2026, 12, 2),
        origin=ManifestPoint("CGO", "Xinzheng Airport"),
        destination=ManifestPoint("LUX", "Luxembourg-Findel International Airport"),
        consolidator="郑州航空港货运代理有限公司",
        tendered_pieces=48,
        lines=house_lines(count, seed),
    )


Cell = tuple[float, float, float, tuple[tuple[str, str], ...]]  # x, y, size, runs


def floor_pages(data: HouseManifestData, pages: int) -> list[list[Cell]]:
    left, bottom, _width, height = LAYOUT.body
    pitch = ROW_STYLE.leading + 2 * ROW_STYLE.pad_y
    per_page = -(-len(data.lines) // pages)
    size = ROW_STYLE.size
    plan: list[list[Cell]] = []
    for start in range(0, len(data.lines), per_page):
        cells: list[Cell] = []
        top = bottom + height
        for line in data.lines[start : start + per_page]:
            baseline = top - ROW_STYLE.pad_y - size
            x = left
            for text, column in zip(line_cells(line), COLUMNS, strict=True):
                runs = tuple(font_runs(text))
                offset = 0.0
                if column.align == "right":
                    offset = column.width - 2 * ROW_STYLE.pad_x - runs_width(runs, size)
                cells.append((x + ROW_STYLE.pad_x + offset, baseline, size, runs))
                x += column.width
            top -= pitch
        plan.append(cells)
    return plan


def bare_canvas(plan: list[list[Cell]], data: HouseManifestData) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(LAYOUT.width, LAYOUT.height), invariant=1, initialFontName=SANS
    )
    for cells in plan:
        text = canvas.beginText()
        current: tuple[str, float] | None = None
        for x, y, size, runs in cells:
            text.setTextOrigin(x, y)
            for run, font in runs:
                if current != (font, size):
                    text.setFont(font, size)
                    current = (font, size)
                text.textOut(run)
        canvas.drawText(text)
        canvas.showPage()
    apply_info(canvas, house_furniture(data).info)
    canvas.save()
    return buffer.getvalue()


@dataclass
class Result:
    houses: int
    pages: int
    service_s: list[float]
    bare_s: list[float]
    service_bytes: int
    peak_mb: float

    @property
    def ratio(self) -> float:
        return statistics.median(self.service_s) / statistics.median(self.bare_s)


def _timed(work: Any, *args: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    output = work(*args)
    return time.perf_counter() - started, output


def peak_memory_mb(data: HouseManifestData) -> float:
    tracemalloc.start()
    try:
        build_house_manifest(data)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def run(houses: int = SIZE, runs: int = 3) -> Result:
    register_fonts()
    data = house_data(houses)
    build_house_manifest(house_data(200, seed=2))  # warm: fonts parsed, caches filled
    service, bare = [], []
    pages = size = 0
    for _ in range(runs):  # alternating, so both see the same machine
        seconds, rendered = _timed(build_house_manifest, data)
        service.append(seconds)
        pages, size = rendered.pages, len(rendered.pdf)
        plan = floor_pages(data, pages)
        bare.append(_timed(bare_canvas, plan, data)[0])
    return Result(houses, pages, service, bare, size, peak_memory_mb(data))


def report(result: Result) -> str:
    def median(values: list[float]) -> str:
        runs = ", ".join(f"{value:.2f}" for value in values)
        return f"median {statistics.median(values):6.2f} s (runs: {runs})"

    verdict = "PASS" if result.ratio <= RATIO_TARGET else "FAIL"
    memory = "PASS" if result.peak_mb <= MEMORY_TARGET_MB else "FAIL"
    return "\n".join(
        [
            f"house manifest PDF, {result.houses:,} houses on {result.pages} pages",
            f"  build_house_manifest {median(result.service_s)}  ({result.service_bytes:,} B)",
            f"  bare canvas floor    {median(result.bare_s)}",
            f"  ratio {result.ratio:.2f}x (target <= {RATIO_TARGET}x): {verdict}",
            f"  peak memory {result.peak_mb:.0f} MB (tracemalloc; target <= "
            f"{MEMORY_TARGET_MB:.0f} MB): {memory}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--houses", type=int, default=SIZE, help="20000")
    parser.add_argument("--runs", type=int, default=3, help="timed runs each way (3)")
    args = parser.parse_args(argv)
    print(report(run(args.houses, args.runs)))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"process peak RSS {usage.ru_maxrss / 1024:.0f} MB (everything this run held)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
