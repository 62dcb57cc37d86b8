"""Flight cargo manifest PDF: ``render_manifest`` against a bare reportlab canvas.

    .venv/bin/python bench/manifest_pdf.py [--rows 20000 5000] [--runs 3]

Target (issue 4): a 20,000-row and a 5,000-row manifest each <= 3x a bare reportlab canvas
drawing the same rows in the same fonts with one text object per page; peak memory
<= 300 MB.

The data is built in memory (plain ManifestData, as the service hands it over): AWBs of
Cargolux with valid check digits, e-commerce sized consignments, and goods descriptions
mixing English, Chinese and both, combined from parts so that most rows differ (a real
flight repeats some descriptions; a cache that only works on repeats would flatter us).

The floor draws exactly the rows' texts: each cell formatted as the manifest prints it,
split into font runs (DejaVu / WenQuanYi), at the manifest's column positions and row
pitch, one text object per page with the font set only when it changes, the same page
count, metadata on an ``invariant=1`` canvas, saved (font subsetting and embedding are in
both figures). Positions, runs and texts are computed before its clock starts. It draws no
header, footer, rules or shading, and wraps nothing: a conservative floor, since the
manifest's own figure includes all of those plus validation and layout.

Also measured: the same manifest drawn with the page count known in advance (furniture
drawn as each page ends) instead of the furnished canvas that keeps each page until
``save`` knows the count, to choose between the two ways of printing "Page N of M".
Peak memory is measured with tracemalloc in a separate, untimed render.
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
from decimal import ROUND_CEILING, Decimal
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from core.documents.fonts import SANS, font_runs, register_fonts
from core.documents.manifest import (
    ManifestData,
    ManifestPoint,
    ManifestRow,
    build_manifest,
    manifest_totals,
    render_manifest,
    validate_manifest,
)
from core.documents.manifest_layout import (
    COLUMNS,
    LAYOUT,
    ROW_STYLE,
    ManifestNumbers,
    draw_manifest,
    manifest_furniture,
)
from core.documents.page import FurnishedCanvas
from core.documents.pdf_io import apply_info
from core.documents.textbox import runs_width
from core.domain.awb import check_digit

RATIO_TARGET = 3.0
MEMORY_TARGET_MB = 300.0
SIZES = (20_000, 5_000)

_PRODUCTS = (
    ("Bluetooth earphones", "蓝牙耳机"),
    ("phone cases", "手机壳"),
    ("women's dresses", "女式连衣裙"),
    ("men's T-shirts", "男式T恤"),
    ("LED desk lamps", "LED台灯"),
    ("kitchen utensils", "厨房用具"),
    ("children's puzzles", "儿童拼图"),
    ("power banks with Li-ion battery", "移动电源（锂电池）"),
    ("running shoes", "跑步鞋"),
    ("smart watches", "智能手表"),
    ("hair dryers", "电吹风"),
    ("yoga mats", "瑜伽垫"),
)
_MATERIALS = (
    "cotton",
    "silicone",
    "TPU",
    "polyester",
    "ABS plastic",
    "stainless steel",
    "bamboo",
    "leather",
    "aluminium",
    "glass",
)
_MATERIALS_ZH = ("棉质", "硅胶", "塑料", "涤纶", "不锈钢", "竹制", "皮革", "铝合金")
_SHCS = (("ECM",), ("ECM", "SPX"), ("GEN",), ("ECM", "ELI"), ("ECM", "ELI", "SPX"))


def goods(rng: random.Random) -> str:
    """An e-commerce description in English, Chinese, or both (as clerks type them)."""
    english, chinese = rng.choice(_PRODUCTS)
    style = rng.random()
    if style < 0.45:
        return f"{rng.choice(_MATERIALS)} {english}, {rng.randint(2, 400)} sets"
    if style < 0.75:
        return f"{rng.choice(_MATERIALS_ZH)}{chinese} {rng.randint(2, 400)}套"
    return f"{english} {chinese} ({rng.choice(_MATERIALS)})"


def manifest_rows(count: int, seed: int = 1) -> list[ManifestRow]:
    rng = random.Random(seed)
    rows = []
    for index in range(count):
        serial = 2_000_000 + index * 3
        gross = Decimal(rng.randint(20, 25_000)) / 10  # 2.0 to 2,500.0 kg
        volume_cm3 = int(float(gross) * rng.uniform(3_000, 9_000))
        volumetric = Decimal(volume_cm3) / 6000
        chargeable = (max(gross, volumetric) * 2).to_integral_value(ROUND_CEILING) / 2
        rows.append(
            ManifestRow(
                awb_number=f"172-{serial:07d}{check_digit(serial)}",
                pieces=rng.randint(1, 120),
                gross_weight_kg=gross,
                chargeable_weight_kg=chargeable.quantize(Decimal("0.1")),
                volume_m3=(Decimal(volume_cm3) / 1_000_000).quantize(Decimal("0.001")),
                nature_of_goods=goods(rng),
                shc=rng.choice(_SHCS),
                destination="LUX",
            )
        )
    return rows


def manifest_data(count: int, seed: int = 1) -> ManifestData:
    return ManifestData(
        operator="Cargolux",
        flight_number="CV9734",
        flight_date=datetime.date(2026, 12, 2),
        loading=ManifestPoint("CGO", "Xinzheng Airport"),
        unloading=ManifestPoint("LUX", "Luxembourg-Findel International Airport"),
        registration="LX-VCF",
        forwarder="郑州航空港货运代理有限公司",
        rows=manifest_rows(count, seed),
        aircraft_type="B748F",
    )


# -- the bare-canvas floor ------------------------------------------------------------

Cell = tuple[float, float, float, tuple[tuple[str, str], ...]]  # x, y, size, runs


def floor_pages(data: ManifestData, pages: int) -> list[list[Cell]]:
    """Every row's cells at the manifest's positions, split into as many pages."""
    numbers = ManifestNumbers.for_rows(data.rows)
    left, bottom, _width, height = LAYOUT.body
    pitch = ROW_STYLE.leading + 2 * ROW_STYLE.pad_y
    per_page = -(-len(data.rows) // pages)
    size = ROW_STYLE.size
    plan: list[list[Cell]] = []
    for start in range(0, len(data.rows), per_page):
        cells: list[Cell] = []
        top = bottom + height
        for row in data.rows[start : start + per_page]:
            baseline = top - ROW_STYLE.pad_y - size
            x = left
            for text, column in zip(numbers.cells(row), COLUMNS, strict=True):
                runs = tuple(font_runs(text))
                offset = 0.0
                if column.align == "right":
                    offset = column.width - 2 * ROW_STYLE.pad_x - runs_width(runs, size)
                cells.append((x + ROW_STYLE.pad_x + offset, baseline, size, runs))
                x += column.width
            top -= pitch
        plan.append(cells)
    return plan


def bare_canvas(plan: list[list[Cell]], data: ManifestData) -> bytes:
    """The timed floor: one text object per page, the font set only when it changes."""
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
    apply_info(canvas, manifest_furniture(data, len(data.rows)).info)
    canvas.save()
    return buffer.getvalue()


# -- "Page N of M" with the count known in advance --------------------------------------


class KnownCountCanvas(FurnishedCanvas):
    """Furnishes each page as it ends, the count being known (e.g. from a layout pass).
    Reaches into FurnishedCanvas's _furnish: a measurement, not a product path."""

    def __init__(self, buffer: Any, *, furniture: Any, count: int) -> None:
        super().__init__(buffer, furniture=furniture)
        self._count, self._number = count, 0

    def showPage(self) -> None:
        self._number += 1
        self._furnish(self._number, self._count)
        Canvas.showPage(self)

    def save(self) -> None:
        if self._code:
            self.showPage()
        apply_info(self, self._furniture.info)
        Canvas.save(self)


def render_known_count(data: ManifestData, pages: int) -> bytes:
    validate_manifest(data)
    buffer = io.BytesIO()
    furniture = manifest_furniture(data, len(data.rows))
    canvas = KnownCountCanvas(buffer, furniture=furniture, count=pages)
    draw_manifest(canvas, data, ManifestNumbers.for_rows(data.rows), manifest_totals(data.rows))
    canvas.save()
    return buffer.getvalue()


# -- measuring ----------------------------------------------------------------------------


@dataclass
class Result:
    rows: int
    pages: int
    service_s: list[float]
    bare_s: list[float]
    known_s: list[float]
    service_bytes: int
    bare_bytes: int
    peak_mb: float
    distinct_goods: int

    @property
    def ratio(self) -> float:
        return statistics.median(self.service_s) / statistics.median(self.bare_s)


def _timed(work: Any, *args: Any) -> tuple[float, bytes]:
    started = time.perf_counter()
    output = work(*args)
    return time.perf_counter() - started, output


def peak_memory_mb(data: ManifestData) -> float:
    """Peak Python allocation during one render (tracemalloc: untimed, it slows Python)."""
    tracemalloc.start()
    try:
        render_manifest(data)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def run(rows: int, runs: int = 3) -> Result:
    register_fonts()
    data = manifest_data(rows)
    render_manifest(manifest_data(200, seed=2))  # warm: fonts parsed, caches filled
    pages = build_manifest(data).pages
    plan = floor_pages(data, pages)
    service, bare, known = [], [], []
    service_bytes = bare_bytes = 0
    for _ in range(runs):  # alternating, so both see the same machine
        seconds, pdf = _timed(render_manifest, data)
        service.append(seconds)
        service_bytes = len(pdf)
        seconds, pdf = _timed(bare_canvas, plan, data)
        bare.append(seconds)
        bare_bytes = len(pdf)
        known.append(_timed(render_known_count, data, pages)[0])
    distinct = len({row.nature_of_goods for row in data.rows})
    peak = peak_memory_mb(data)
    return Result(rows, pages, service, bare, known, service_bytes, bare_bytes, peak, distinct)


def report(result: Result) -> str:
    def median(values: list[float]) -> str:
        runs = ", ".join(f"{value:.2f}" for value in values)
        return f"median {statistics.median(values):6.2f} s (runs: {runs})"

    verdict = "PASS" if result.ratio <= RATIO_TARGET else "FAIL"
    memory = "PASS" if result.peak_mb <= MEMORY_TARGET_MB else "FAIL"
    known = statistics.median(result.known_s) / statistics.median(result.service_s)
    return "\n".join(
        [
            f"manifest PDF, {result.rows:,} rows on {result.pages} pages "
            f"({result.distinct_goods:,} distinct goods descriptions)",
            f"  render_manifest    {median(result.service_s)}  ({result.service_bytes:,} B)",
            f"  bare canvas floor  {median(result.bare_s)}  ({result.bare_bytes:,} B)",
            f"  ratio {result.ratio:.2f}x (target <= {RATIO_TARGET}x): {verdict}",
            f"  peak memory {result.peak_mb:.0f} MB (tracemalloc; target <= "
            f"{MEMORY_TARGET_MB:.0f} MB): {memory}",
            f"  N of M with the page count known first: {median(result.known_s)} "
            f"= {known:.2f}x the furnished canvas, before the layout pass it needs",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=list(SIZES), help="20000 5000")
    parser.add_argument("--runs", type=int, default=3, help="timed runs each way (3)")
    args = parser.parse_args(argv)
    for rows in args.rows:
        print(report(run(rows, args.runs)))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"process peak RSS {usage.ru_maxrss / 1024:.0f} MB (everything this run held)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
