"""Piece labels: ``render_labels`` for 1,000 labels against a bare reportlab canvas loop.

    .venv/bin/python bench/labels_pdf.py [--labels 1000] [--runs 3]

Target (issue 4): <= 3x a bare canvas label loop. The baseline draws, on every 100 x 150 mm
page, the same texts in the same embedded fonts (one text object per line, one run per
font exactly as the label prints it: the Chinese forwarder in WenQuanYi, the rest in
DejaVu), the same rules, SHC boxes and hatched lithium mark, and the same barcode drawing
(a reportlab Code128 widget per piece, drawn with ``drawOn``), then saves on an
``invariant=1`` canvas with the same metadata: font subsetting and embedding are in both
figures. Its positions and static font runs are computed before the clock starts, so it
is reportlab's floor. render_labels is timed whole: validation, fitting, the widgets.

One AWB of N pieces is one document of N pages (an e-commerce flight's bag labels). Both
sides run warm, alternating per run; medians are compared.
"""

from __future__ import annotations

import argparse
import datetime
import io
import statistics
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, Canvas

from core.documents.fonts import SANS, SANS_BOLD, font_runs, register_fonts
from core.documents.labels import LabelDocument, render_labels
from core.documents.pdf_io import DocumentInfo, apply_info

RATIO_TARGET = 3.0
PAGE = (100 * mm, 150 * mm)
LEFT, RIGHT, TOP = 4 * mm, PAGE[0] - 4 * mm, PAGE[1] - 4 * mm


def sample(pieces: int) -> LabelDocument:
    return LabelDocument(
        awb_number="172-20000013",
        carrier_name="Cargolux",
        flight_number="CV9734",
        flight_date=datetime.date(2026, 12, 2),
        origin="CGO",
        destination="LUX",
        pieces=pieces,
        gross_weight_kg=Decimal("1250.0"),
        shc=("ECM", "ELI"),
        consignee_city="Sandweiler",
        consignee_country="LU",
        forwarder="郑州航空港货运代理有限公司 Zhengzhou Airport Cargo Agency Co., Ltd.",
        created=datetime.date(2026, 11, 29),
    )


@dataclass
class Result:
    labels: int
    service_ms: list[float]
    bare_ms: list[float]
    service_bytes: int
    bare_bytes: int

    @property
    def ratio(self) -> float:
        return statistics.median(self.service_ms) / statistics.median(self.bare_ms)


# -- the bare-canvas baseline -----------------------------------------------------------

# (x, y below the top, size, text, bold): the label's fixed texts.
_TEXTS = (
    (LEFT, 13, 12, "Cargolux", True),
    (RIGHT - 110, 13, 9, "CV9734  02 DEC 2026", True),
    (LEFT, 26, 6.5, "AIR WAYBILL", False),
    (LEFT + 8, 55, 34, "172-20000013", True),
    (LEFT, 145, 6.5, "ORIGIN", False),
    (LEFT, 201, 36, "CGO", True),
    (LEFT + 100, 145, 6.5, "DESTINATION", False),
    (LEFT + 130, 201, 60, "LUX", True),
    (LEFT, 217, 6.5, "PIECE", False),
    (LEFT + 136, 217, 6.5, "TOTAL WEIGHT", False),
    (LEFT + 150, 248, 22, "1250.0 KG", True),
    (LEFT, 266, 6.5, "CONSIGNEE CITY", False),
    (LEFT, 283, 14, "Sandweiler, LU", True),
    (LEFT, 298, 6.5, "HANDLING", False),
    (LEFT + 8, 321, 12, "ECM", True),
    (RIGHT - 74, 321, 15, "ELI", True),
    (RIGHT - 110, 330, 6.5, "LITHIUM ION BATTERIES", True),
    (RIGHT - 78, 338, 6, "SECTION II", False),
    (LEFT, 360, 6.5, "FORWARDER", False),
    (LEFT, 372, 9, "郑州航空港货运代理有限公司 Zhengzhou Airport Cargo", True),
    (LEFT, 383, 9, "Agency Co., Ltd.", True),
)
_RULES = (19.0, 62.0, 136.0, 208.0, 256.0, 288.0, 350.0)


def plan() -> list[tuple[float, float, float, list[tuple[str, str]]]]:
    return [
        (x, TOP - below, size, font_runs(text, bold=bold)) for x, below, size, text, bold in _TEXTS
    ]


def _text(canvas: Any, x: float, y: float, size: float, runs: list[tuple[str, str]]) -> None:
    text = canvas.beginText(x, y)
    for run, font in runs:
        text.setFont(font, size)
        text.textOut(run)
    canvas.drawText(text)


def _marks(canvas: Any) -> None:
    canvas.setLineWidth(0.8)
    for below in _RULES:
        canvas.line(LEFT, TOP - below, RIGHT, TOP - below)
    canvas.line(LEFT + 94, TOP - 136, LEFT + 94, TOP - 208)
    canvas.line(LEFT + 130, TOP - 208, LEFT + 130, TOP - 256)
    canvas.setLineWidth(1.2)
    canvas.rect(LEFT, TOP - 321, 31.2, 19.2, stroke=1, fill=0)
    x, y, w, h = RIGHT - 120, TOP - 346, 120.0, 44.0
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    path.rect(x + 4, y + 4, w - 8, h - 8)
    canvas.saveState()
    canvas.clipPath(path, stroke=0, fill=0, fillMode=FILL_EVEN_ODD)
    canvas.setLineWidth(2.2)
    offset = -h
    while offset < w:
        canvas.line(x + offset, y, x + offset + h, y + h)
        offset += 6.0
    canvas.restoreState()
    canvas.setLineWidth(0.8)
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    canvas.rect(x + 4, y + 4, w - 8, h - 8, stroke=1, fill=0)


def bare_canvas(texts: list[Any], pieces: int, info: DocumentInfo) -> bytes:
    """The timed baseline: the same label drawn on a plain canvas, page after page."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, invariant=1, initialFontName=SANS)
    for piece in range(1, pieces + 1):
        _marks(canvas)
        for x, y, size, runs in texts:
            _text(canvas, x, y, size, runs)
        value = f"17220000013{piece:05d}"
        widget = Code128(value, barWidth=0.5 * mm, barHeight=18 * mm, humanReadable=0)
        widget.drawOn(canvas, LEFT + 20, TOP - 66 - 18 * mm)
        _text(canvas, LEFT + 80, TOP - 130, 11, [(value, SANS_BOLD)])
        _text(canvas, LEFT, TOP - 248, 26, [(f"{piece} of {pieces}", SANS_BOLD)])
        canvas.showPage()
    apply_info(canvas, info)
    canvas.save()
    return buffer.getvalue()


def _info(doc: LabelDocument) -> DocumentInfo:
    return DocumentInfo(
        title=f"Labels {doc.awb_number}",
        subject=f"{doc.pieces} piece labels for AWB {doc.awb_number} CGO-LUX CV9734",
        created=doc.created,
        keywords=doc.awb_number,
    )


# -- measuring ----------------------------------------------------------------------------


def run(labels: int = 1000, runs: int = 3) -> Result:
    register_fonts()
    doc = sample(labels)
    texts, info = plan(), _info(doc)
    render_labels(sample(20))  # warm both paths
    bare_canvas(texts, 20, info)
    service, bare = [], []
    service_bytes = bare_bytes = 0
    for _ in range(runs):
        started = time.perf_counter()
        service_bytes = len(render_labels(doc))
        service.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        bare_bytes = len(bare_canvas(texts, labels, info))
        bare.append((time.perf_counter() - started) * 1000)
    return Result(labels, service, bare, service_bytes, bare_bytes)


def report(result: Result) -> str:
    def figures(runs: list[float]) -> str:
        per_label = statistics.median(runs) / result.labels
        return f"median {statistics.median(runs):8.1f} ms  ({per_label:.3f} ms per label)"

    verdict = "PASS" if result.ratio <= RATIO_TARGET else "FAIL"
    return "\n".join(
        [
            f"labels PDF, {result.labels:,} labels (100 x 150 mm) in one document",
            f"  render_labels      {figures(result.service_ms)}  ({result.service_bytes:,} B)",
            f"  bare canvas        {figures(result.bare_ms)}  ({result.bare_bytes:,} B)",
            f"  ratio {result.ratio:.2f}x (target <= {RATIO_TARGET:.1f}x): {verdict}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=1000, help="labels (pieces) timed (1000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs each way (3)")
    args = parser.parse_args(argv)
    print(report(run(args.labels, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
