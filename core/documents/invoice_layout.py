"""How the invoice looks: header, parties, references, charge table, totals, notes.

Every text is drawn as font runs on the canvas (:class:`.flowables.TextBlock`,
:class:`.flowables.FitLine`, :func:`.textbox.draw_runs`): no markup parser ever sees user
text, so a name like ``<img src="/etc/passwd"/>`` prints as those characters.
Numbers are printed exactly as the service computed them, right-aligned, shrinking to their
column rather than overflowing it. Labels are bilingual, English first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from core.documents.flowables import FitLine, TextBlock
from core.documents.fonts import SANS
from core.documents.page import Furniture, PageLayout
from core.documents.pdf_io import DocumentInfo
from core.documents.rows import Column, RowsTable
from core.documents.textbox import LEADING, draw_fitted, draw_runs, fit_box

if TYPE_CHECKING:
    from core.documents.invoice import InvoiceDocument, InvoiceParty

__all__ = ["format_number", "invoice_furniture", "invoice_story"]

# The legal fapiao comes from the tax platform: this document must say it is not one.
TITLES = {"invoice": ("Debit Note / Invoice", "账单"), "credit_note": ("Credit Note", "贷项通知单")}
NOT_FAPIAO = "Not a VAT invoice (fapiao) 非增值税发票 · FreightDesk"
NOTICE = (
    "This document bills freight forwarding services. It is not a VAT invoice (fapiao); "
    "the fapiao is issued through the tax platform.\n"
    "本单据为货运代理费用结算单，不是增值税发票；发票经税务平台开具。"
)

_GREY = colors.Color(0.33, 0.33, 0.33)
_RULE = colors.Color(0.55, 0.55, 0.55)
_SHADE = colors.Color(0.92, 0.93, 0.95)


@dataclass(frozen=True)
class _Style:
    size: float
    leading: float
    bold: bool = False
    color: Any = None
    align: str = "left"
    space_after: float = 0.0


BODY = _Style(8, 10)
NAME = _Style(9.5, 12, bold=True)
LABEL = _Style(6.5, 8, color=_GREY)
SECTION = _Style(9, 11, bold=True, space_after=3)
NOTE = _Style(7, 9, color=_GREY)

# Charge table: (English, Chinese, width in points, align); 0 takes what is left. Number
# columns are as wide as invoice.NUMBER_LIMITS need at the 5 pt minimum size.
_CHARGE_COLUMNS = (
    ("Code", "代码", 40, "left"),
    ("Description", "费用说明", 0, "left"),
    ("Basis", "计费基础", 80, "left"),
    ("Quantity", "数量", 52, "right"),
    ("Rate", "单价", 50, "right"),
    ("Tax %", "税率", 30, "right"),
    ("Tax", "税额", 62, "right"),
    ("Amount", "金额", 62, "right"),
)


def format_number(value: Decimal) -> str:
    """Exact decimal with thousands separators: 1234.50 -> "1,234.50" (never rounded)."""
    return f"{value:,f}"


def invoice_furniture(doc: InvoiceDocument) -> Furniture:
    english, _chinese = TITLES[doc.kind]
    info = DocumentInfo(
        title=f"{english} {doc.number}",
        subject=f"{english} {doc.number} to {doc.buyer.name}",
        created=doc.issue_date,  # a reprint carries the issue date, never the print time
        keywords=doc.number,
    )
    footer = f"{doc.number} · {NOT_FAPIAO}"
    return Furniture(info=info, header=partial(_draw_header, doc), footer=footer)


def _draw_header(doc: InvoiceDocument, canvas: Any, layout: PageLayout) -> None:
    """Seller on the left, title and number on the right, a rule below: every page.

    Each side has its own width and every line is fitted to it (wrapped, shrunk, or cut
    visibly), so a long seller name never runs into the number.
    """
    top, left = layout.header_top, layout.left
    right = layout.width - layout.right
    name_width = layout.content_width * 0.55
    title_width = layout.content_width - name_width - 12
    english, chinese = TITLES[doc.kind]
    for y, text, size, bold in (
        (top - 13, f"{english}  {chinese}", 13, True),
        (top - 27, f"No. 编号  {doc.number}", 9, False),
        (top - 39, f"Date 日期  {doc.issue_date.isoformat()}", 8, False),
    ):
        draw_fitted(canvas, right, y, text, title_width, size, min_size=6, bold=bold, align="right")
    fitted = fit_box(doc.seller.name, name_width, 30, 12, min_size=8, bold=True)
    y = top - fitted.size
    for line in fitted.lines:
        draw_runs(canvas, left, y, line, fitted.size, bold=True)
        y -= fitted.size * LEADING
    if doc.seller.tax_id:
        uscc = f"USCC 统一社会信用代码  {doc.seller.tax_id}"
        draw_fitted(canvas, left, y - 3, uscc, name_width, 7, min_size=6)
    rule_y = top - layout.header_height + 8
    canvas.setLineWidth(0.8)
    canvas.line(left, rule_y, right, rule_y)


def invoice_story(doc: InvoiceDocument, layout: PageLayout | None = None) -> list[Flowable]:
    """Who pays, for what, how much, and where to pay. Each party box spans the full width
    so nothing sits beside a name (a wrapped name still reads as one line of text)."""
    width = (layout or PageLayout()).content_width
    payment_to = _party_box("Payment to 收款方", doc.seller, "USCC 统一社会信用代码", width)
    return [
        _party_box("Bill to 付款方", doc.buyer, "Tax ID 税号", width),
        Spacer(1, 8),
        _grid(_details(doc), width),
        Spacer(1, 8),
        *_references(doc, width),
        _text("Charges 费用明细", SECTION),
        _charges(doc, width),
        Spacer(1, 6),
        KeepTogether([_totals(doc), Spacer(1, 8), *_notes(doc), Spacer(1, 8), payment_to]),
        Spacer(1, 8),
        _text(NOTICE, NOTE),
    ]


def _party_box(title: str, party: InvoiceParty, tax_label: str, width: float) -> Table:
    cell = [
        _text(title, LABEL),
        _text(party.name, NAME),
        _text(party.address, BODY),
        _text(f"{party.city}, {party.country}", BODY),
    ]
    if party.tax_id:
        cell.append(_text(f"{tax_label}: {party.tax_id}", BODY))
    if party.bank:
        cell.append(_text(f"Bank 开户行及账号: {party.bank}", BODY))
    table = Table([[cell]], colWidths=[width])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, _RULE), *_cells(6, 5)]))
    return table


def _details(doc: InvoiceDocument) -> list[tuple[str, str]]:
    due = doc.due_date.isoformat() if doc.due_date else "—"
    items = [
        ("Number 编号", doc.number),
        ("Issue date 开票日期", doc.issue_date.isoformat()),
        ("Due date 付款到期日", due),
        ("Currency 币种", doc.currency),
    ]
    if doc.original_number is not None:
        items.append(("Credits invoice 冲减原账单", doc.original_number))
    return items


def _references(doc: InvoiceDocument, width: float) -> list[Flowable]:
    if not doc.references:
        return []
    return [
        _text("Shipment 运输信息", SECTION),
        _grid(doc.references, width),
        Spacer(1, 8),
    ]


def _grid(items: Sequence[tuple[str, str]], width: float, columns: int = 4) -> Table:
    """Label-over-value cells, ``columns`` to a row (details and shipment references)."""
    cells: list[Any] = [[_text(label, LABEL), _text(value, BODY)] for label, value in items]
    cells += [""] * (-len(cells) % columns)
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table = Table(rows, colWidths=[width / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), _SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *_cells(5, 3),
            ]
        )
    )
    return table


def _charges(doc: InvoiceDocument, width: float) -> RowsTable:
    """The charge lines; splits between lines and repeats its header on every page."""
    rest = width - sum(column[2] for column in _CHARGE_COLUMNS)
    columns = [
        # numbers and codes shrink on one line; descriptions and bases wrap
        Column(size or rest, align, wrap=english in ("Description", "Basis"))
        for english, _, size, align in _CHARGE_COLUMNS
    ]
    header = [f"{english}\n{chinese}" for english, chinese, _, _ in _CHARGE_COLUMNS]
    header[-1] = f"Amount {doc.currency}\n金额"
    rows = [
        [
            line.code,
            line.description,
            line.basis,
            *map(
                format_number,
                (line.quantity, line.rate, line.tax_rate_pct, line.tax_amount, line.amount),
            ),
        ]
        for line in doc.lines
    ]
    return RowsTable(columns, header, rows)


def _totals(doc: InvoiceDocument) -> Table:
    rows = [
        [_text("Subtotal 小计", BODY), FitLine(format_number(doc.subtotal), 8, align="right")],
        [_text("Tax 税额", BODY), FitLine(format_number(doc.tax_total), 8, align="right")],
        [
            _text(f"Total 合计 ({doc.currency})", NAME),
            FitLine(format_number(doc.total), 9.5, bold=True, align="right"),
        ],
    ]
    table = Table(rows, colWidths=[130, 90], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *_cells(3, 2),
            ]
        )
    )
    return table


def _notes(doc: InvoiceDocument) -> list[Flowable]:
    notes: list[Flowable] = []
    if doc.exchange_rate:
        notes.append(_text(f"Exchange rate 汇率: {doc.exchange_rate}", BODY))
    notes.append(_text(f"Payment terms 付款条件: {doc.payment_terms}", BODY))
    return notes


def _cells(horizontal: float, vertical: float) -> list[tuple[Any, ...]]:
    """Padding, and the cell font: Table's default is Helvetica, which would add an
    unembedded standard font to the PDF even when every cell holds a flowable."""
    return [
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("LEFTPADDING", (0, 0), (-1, -1), horizontal),
        ("RIGHTPADDING", (0, 0), (-1, -1), horizontal),
        ("TOPPADDING", (0, 0), (-1, -1), vertical),
        ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
    ]


def _text(text: str, style: _Style) -> TextBlock:
    return TextBlock(
        text,
        style.size,
        bold=style.bold,
        leading=style.leading,
        color=style.color,
        align=style.align,
        space_after=style.space_after,
    )
