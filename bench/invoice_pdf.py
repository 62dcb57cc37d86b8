"""Invoice PDF: ``render_invoice`` per document against a bare reportlab canvas.

    .venv/bin/python bench/invoice_pdf.py [--documents 50] [--lines 6]

Target (issue 3): per document <= 2x a bare reportlab canvas drawing the same content in
the same fonts. The baseline draws every text of the invoice (header, bill-to, details,
shipment references, charge rows, totals, notes, payment block, notice, footer with
"Page 1 of 1") with ``beginText``/``textOut``, one run per font exactly as the invoice
prints it, plus the same kind of rules and shaded boxes, on an ``invariant=1`` canvas with
the same metadata, and saves it: font subsetting and embedding are in both figures. Its
positions and font runs are computed before the clock starts, so it is reportlab's floor.
render_invoice is timed whole: validation, platypus layout, escaping and the font split.

Each of the documents differs (number, buyer in Chinese, Cyrillic or Latin). Both sides
run warm, alternating per document; medians are compared.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from core.documents.fonts import SANS, font_runs, register_fonts
from core.documents.invoice import InvoiceDocument, render_invoice
from core.documents.invoice_layout import NOT_FAPIAO, NOTICE, TITLES, format_number
from core.documents.invoice_sample import SAMPLE_BUYER, sample_invoice
from core.documents.page import page_label
from core.documents.pdf_io import DocumentInfo, apply_info

RATIO_TARGET = 2.0
BUYERS = ("郑州豫通跨境电子商务有限公司", "ТОО Алматы Фулфилмент", "İstanbul Kargo Dağıtım Ş.T.İ.")
LEFT, RIGHT, TOP = 45.0, A4[0] - 45.0, A4[1] - 34.0

# One drawing step: ("text", x, y, size, runs) or ("line"/"rect", x1, y1, x2, y2).
Step = tuple[Any, ...]


@dataclass
class Result:
    documents: int
    lines: int
    service_ms: list[float]
    bare_ms: list[float]
    service_bytes: int
    bare_bytes: int

    @property
    def ratio(self) -> float:
        return statistics.median(self.service_ms) / statistics.median(self.bare_ms)


def documents(count: int, lines: int) -> list[InvoiceDocument]:
    docs = []
    for index in range(count):
        buyer = replace(SAMPLE_BUYER, name=BUYERS[index % len(BUYERS)])
        docs.append(sample_invoice(buyer, repeat=1, number=f"CGO1-INV-{index:06d}"))
    if lines != len(docs[0].lines):
        docs = [_with_lines(doc, lines) for doc in docs]
    return docs


def _with_lines(doc: InvoiceDocument, count: int) -> InvoiceDocument:
    lines = tuple(doc.lines[i % len(doc.lines)] for i in range(count))
    subtotal = sum((line.amount for line in lines), start=lines[0].amount * 0)
    tax = sum((line.tax_amount for line in lines), start=lines[0].amount * 0)
    return replace(doc, lines=lines, subtotal=subtotal, tax_total=tax, total=subtotal + tax)


# -- the bare-canvas baseline -----------------------------------------------------------


class _Plan:
    """Canvas steps laid out top-down: the same texts in the same fonts as the invoice."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.y = TOP

    def text(self, x: float, value: str, size: float, *, bold: bool = False) -> None:
        self.steps.append(("text", x, self.y, size, font_runs(value, bold=bold)))

    def right(self, x: float, value: str, size: float, *, bold: bool = False) -> None:
        runs = font_runs(value, bold=bold)
        width = sum(stringWidth(run, font, size) for run, font in runs)
        self.steps.append(("text", x - width, self.y, size, runs))

    def row(self, *cells: tuple[float, str], size: float = 8, bold: bool = False) -> None:
        for x, value in cells:
            self.text(x, value, size, bold=bold)
        self.y -= size * 1.25

    def shaded(self, height: float) -> None:
        self.steps.append(("rect", LEFT, self.y - height + 8, RIGHT, self.y + 8))

    def rule(self) -> None:
        self.steps.append(("line", LEFT, self.y + 6, RIGHT, self.y + 6))

    def grid(self, items: list[tuple[str, str]]) -> None:
        for start in range(0, len(items), 4):
            chunk = items[start : start + 4]
            self.shaded(24)
            self.row(*((LEFT + i * 126, label) for i, (label, _) in enumerate(chunk)), size=6.5)
            self.row(*((LEFT + i * 126, value) for i, (_, value) in enumerate(chunk)))

    def party(self, party: Any, title: str, tax_label: str) -> None:
        self.shaded(70)
        self.row((LEFT, title), size=6.5)
        self.row((LEFT, party.name), size=9.5, bold=True)
        self.row((LEFT, party.address))
        self.row((LEFT, f"{party.city}, {party.country}"))
        self.row((LEFT, f"{tax_label}: {party.tax_id}"))
        if party.bank:
            self.row((LEFT, f"Bank 开户行及账号: {party.bank}"))
        self.y -= 10


_X = (LEFT, LEFT + 40, LEFT + 170, RIGHT - 256, RIGHT - 204, RIGHT - 154, RIGHT - 124, RIGHT - 62)
_NUMBER_EDGES = (RIGHT - 207, RIGHT - 157, RIGHT - 127, RIGHT - 65, RIGHT)
_HEAD = (
    ("Code", "代码"),
    ("Description", "费用说明"),
    ("Basis", "计费基础"),
    ("Quantity", "数量"),
    ("Rate", "单价"),
    ("Tax %", "税率"),
    ("Tax", "税额"),
    ("Amount", "金额"),
)


def plan(doc: InvoiceDocument) -> list[Step]:
    """Every text and rule of the invoice as canvas steps (computed before timing)."""
    out = _Plan()
    _header(out, doc)
    out.party(doc.buyer, "Bill to 付款方", "Tax ID 税号")
    due = doc.due_date.isoformat() if doc.due_date else "—"
    issued = doc.issue_date.isoformat()
    out.grid(
        [
            ("Number 编号", doc.number),
            ("Issue date 开票日期", issued),
            ("Due date 付款到期日", due),
            ("Currency 币种", doc.currency),
        ]
    )
    out.row((LEFT, "Shipment 运输信息"), size=9, bold=True)
    out.grid(list(doc.references))
    out.row((LEFT, "Charges 费用明细"), size=9, bold=True)
    out.y -= 4
    _charges(out, doc)
    _totals(out, doc)
    out.row((LEFT, f"Exchange rate 汇率: {doc.exchange_rate}"))
    out.row((LEFT, f"Payment terms 付款条件: {doc.payment_terms}"))
    out.party(doc.seller, "Payment to 收款方", "USCC 统一社会信用代码")
    for line in NOTICE.split("\n"):
        out.row((LEFT, line), size=7)
    out.y = 34.0
    out.rule()
    out.text(LEFT, f"{doc.number} · {NOT_FAPIAO}", 7)
    out.right(RIGHT, page_label(1, 1), 7)
    return out.steps


def _header(out: _Plan, doc: InvoiceDocument) -> None:
    english, chinese = TITLES[doc.kind]
    out.right(RIGHT, f"{english}  {chinese}", 13, bold=True)
    out.text(LEFT, doc.seller.name, 12, bold=True)
    out.y -= 14
    out.right(RIGHT, f"No. 编号  {doc.number}", 9)
    out.text(LEFT, f"USCC 统一社会信用代码  {doc.seller.tax_id}", 7)
    out.y -= 12
    out.right(RIGHT, f"Date 日期  {doc.issue_date.isoformat()}", 8)
    out.y -= 16
    out.rule()
    out.y -= 14


def _charges(out: _Plan, doc: InvoiceDocument) -> None:
    out.shaded(22)
    out.row(*((x, en) for x, (en, _) in zip(_X, _HEAD, strict=True)), size=7, bold=True)
    out.row(*((x, zh) for x, (_, zh) in zip(_X, _HEAD, strict=True)), size=7)
    for line in doc.lines:
        numbers = (line.quantity, line.rate, line.tax_rate_pct, line.tax_amount, line.amount)
        for x, value in zip(_NUMBER_EDGES, numbers, strict=True):
            out.right(x, format_number(value), 8)
        out.row((_X[0], line.code), (_X[1], line.description), (_X[2], line.basis))
        out.rule()


def _totals(out: _Plan, doc: InvoiceDocument) -> None:
    for label, value in (("Subtotal 小计", doc.subtotal), ("Tax 税额", doc.tax_total)):
        out.right(RIGHT, format_number(value), 8)
        out.row((RIGHT - 220, label))
    out.right(RIGHT, format_number(doc.total), 9.5, bold=True)
    out.row((RIGHT - 220, f"Total 合计 ({doc.currency})"), size=9.5, bold=True)


def bare_canvas(steps: list[Step], info: DocumentInfo) -> bytes:
    """The timed baseline: draw the planned steps on a plain reportlab canvas and save."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=SANS)
    canvas.setLineWidth(0.4)
    canvas.setFillGray(0.93)
    for step in steps:
        if step[0] == "rect":
            canvas.rect(step[1], step[2], step[3] - step[1], step[4] - step[2], fill=1)
        elif step[0] == "line":
            canvas.line(*step[1:])
    canvas.setFillGray(0)
    for step in steps:
        if step[0] == "text":
            _, x, y, size, runs = step
            text = canvas.beginText(x, y)
            for run, font in runs:
                text.setFont(font, size)
                text.textOut(run)
            canvas.drawText(text)
    apply_info(canvas, info)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _info(doc: InvoiceDocument) -> DocumentInfo:
    english = TITLES[doc.kind][0]
    return DocumentInfo(
        title=f"{english} {doc.number}",
        subject=f"{english} {doc.number} to {doc.buyer.name}",
        created=doc.issue_date,
        keywords=doc.number,
    )


# -- measuring ----------------------------------------------------------------------------


def run(count: int = 50, lines: int = 6, warmup: int = 5) -> Result:
    register_fonts()
    docs = documents(count, lines)
    plans = [(plan(doc), _info(doc)) for doc in docs]
    for doc, (steps, info) in list(zip(docs, plans, strict=True))[:warmup]:
        render_invoice(doc)
        bare_canvas(steps, info)
    service, bare = [], []
    service_bytes = bare_bytes = 0
    for doc, (steps, info) in zip(docs, plans, strict=True):
        started = time.perf_counter()
        service_bytes = len(render_invoice(doc))
        service.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        bare_bytes = len(bare_canvas(steps, info))
        bare.append((time.perf_counter() - started) * 1000)
    return Result(count, lines, service, bare, service_bytes, bare_bytes)


def report(result: Result) -> str:
    def figures(runs: list[float]) -> str:
        ordered = sorted(runs)
        p90 = ordered[int(0.9 * (len(ordered) - 1))]
        return f"median {statistics.median(runs):7.2f} ms  p90 {p90:7.2f} ms"

    verdict = "PASS" if result.ratio <= RATIO_TARGET else "FAIL"
    return "\n".join(
        [
            f"invoice PDF, {result.documents} documents of {result.lines} charge lines",
            f"  render_invoice     {figures(result.service_ms)}  ({result.service_bytes:,} B)",
            f"  bare canvas        {figures(result.bare_ms)}  ({result.bare_bytes:,} B)",
            f"  ratio {result.ratio:.2f}x (target <= {RATIO_TARGET:.1f}x): {verdict}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50, help="timed documents (50)")
    parser.add_argument("--lines", type=int, default=6, help="charge lines per invoice (6)")
    args = parser.parse_args(argv)
    print(report(run(args.documents, args.lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
