"""How the house manifest looks: A4 landscape, a line per HAWB, then the totals.

The header (title, consolidator, master and flight grid, note, column headings) is fitted
once and replayed on every page by :func:`.manifest_header.paint_header`; rows are laid out
by :class:`.manifest_rows.RowPainter` into one text object per page, as on the flight
manifest. After the last house come the grand total and two small tables: totals by customs
mode and by destination country, each row moving to a new page when there is no room.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from core.documents.fonts import font_runs
from core.documents.manifest_header import NO_VALUE, HeaderArt, paint_header
from core.documents.manifest_rows import Piece, PlacedRow, RowPainter, TextPen
from core.documents.page import Furniture, PageLayout
from core.documents.pdf_io import DocumentInfo
from core.documents.rows import Column, RowStyle
from core.documents.textbox import fitting_size, runs_width, truncate_to_width
from core.domain.money import Money, minor_units

if TYPE_CHECKING:
    from core.documents.house_manifest import (
        GroupTotal,
        HouseLine,
        HouseManifestData,
        HouseManifestTotals,
    )

__all__ = ["COLUMNS", "HEADINGS", "LAYOUT", "TITLE", "draw_house_manifest", "house_furniture"]

TITLE = "House manifest 分单舱单"
NOTE = (
    "One line per house AWB (HAWB) of the master; declared values in the currency of sale. "
    "Totals by customs mode and destination country follow the last line. "
    "每行一个分单；申报价值为销售币种；按监管方式和目的国合计见末页。"
)
LAYOUT = PageLayout(width=A4[1], height=A4[0], left=12 * mm, right=12 * mm, header_height=112)
ROW_STYLE = RowStyle(size=7.5, leading=9, pad_x=2.5, pad_y=1.5, min_size=5)
BOLD_STYLE = RowStyle(size=7.5, leading=9, bold=True, pad_x=2.5, pad_y=3, min_size=5)
SHRINK_FLOOR = 6.5
_GAP = 12.0
_HEADER_FORM = "HouseManifestHeader"
_RULE = colors.Color(0.72, 0.72, 0.72)

# (English, Chinese, width in points, align, wraps); width 0 takes what is left.
HEADINGS: tuple[tuple[str, str, float, str, bool], ...] = (
    ("HAWB", "分单号", 66, "left", False),
    ("Orig.–dest.", "始发–目的", 46, "center", False),
    ("Pcs", "件数", 28, "right", False),
    ("Gross kg", "毛重", 42, "right", False),
    ("Shipper", "发货人", 92, "left", True),
    ("Consignee", "收货人", 112, "left", True),
    ("Goods description", "货物品名", 0, "left", True),
    ("HS code", "商品编码", 50, "left", True),
    ("Declared value", "申报价值", 62, "right", True),
    ("Cur.", "币种", 28, "center", True),
    ("Mode", "监管方式", 34, "center", False),
    ("SHC", "特货代码", 42, "left", True),
)
_REST = LAYOUT.content_width - sum(heading[2] for heading in HEADINGS)
COLUMNS = tuple(Column(w or _REST, align, wrap) for _, _, w, align, wrap in HEADINGS)
# The summary tables: key, houses, pieces, gross kg, declared values.
_SUMMARY = (Column(230), Column(60, "right"), Column(60, "right"), Column(80, "right"))
_SUMMARY_COLUMNS = (*_SUMMARY, Column(300))
_SUMMARY_WIDTH = sum(column.width for column in _SUMMARY_COLUMNS)
# What each China export mode is, beside its code in the totals.
MODE_NAMES = {
    "9610": "9610 B2C retail parcels 跨境电商零售",
    "9710": "9710 B2B direct export 企业对企业直接出口",
    "9810": "9810 to overseas warehouse 出口海外仓",
    "1210": "1210 bonded e-commerce 保税电商",
}

_GRID_TOP, _GRID_ROW, _CELL_PAD = 28.0, 22.0, 4.0
_ALIGN_X = {"left": 0.0, "right": 1.0, "center": 0.5}
_CELLS = (
    ("Master AWB 主单号", 0, 0.0, 0.2),
    ("Carrier 承运人", 0, 0.2, 0.3),
    ("Flight 航班号", 0, 0.5, 0.16),
    ("Date 日期", 0, 0.66, 0.16),
    ("Pieces tendered 交运件数", 0, 0.82, 0.18),
    ("Origin 始发站", 1, 0.0, 0.41),
    ("Destination 目的站", 1, 0.41, 0.41),
    ("Houses 分单数", 1, 0.82, 0.18),
)


def house_furniture(data: HouseManifestData) -> Furniture:
    info = DocumentInfo(
        title=f"House manifest {data.mawb}",
        subject=f"{data.flight_number} {data.flight_date.isoformat()}, {len(data.lines)} houses",
        created=data.flight_date,  # a business date: a reprint is byte-identical
        keywords=data.mawb,
    )
    footer = (
        f"MAWB {data.mawb} · {data.flight_number} · {data.flight_date.isoformat()} · "
        f"{data.origin.code} → {data.destination.code} · {TITLE}"
    )
    header = partial(_paint_header_form, _header_art(data))
    return Furniture(info=info, header=header, footer=footer, layout=LAYOUT)


def _paint_header_form(art: HeaderArt, canvas: Any, layout: PageLayout) -> None:
    """The header drawn once into a form XObject that every page references: with about
    twenty houses to a landscape page, repainting its ~50 texts per page cost as much as
    a third of the rows (a 1,000-page manifest)."""
    if not canvas.hasForm(_HEADER_FORM):
        canvas.beginForm(_HEADER_FORM)
        paint_header(art, canvas, layout)
        canvas.endForm()
    canvas.doForm(_HEADER_FORM)


def _header_art(data: HouseManifestData) -> HeaderArt:
    art, layout = HeaderArt(), LAYOUT
    half, right = layout.content_width / 2, layout.left + layout.content_width
    art.values.append(_fit(TITLE, layout.left, 12, half, 13, bold=True))
    art.labels.append(_fit("Consolidator 集运商", right - half, 7, half, 6.5, align="right"))
    art.values.append(
        _fit(data.consolidator or NO_VALUE, right - half, 19, half, 9.5, bold=True, align="right")
    )
    values = (
        data.mawb,
        data.carrier,
        data.flight_number,
        data.flight_date.isoformat(),
        f"{data.tendered_pieces:,}" if data.tendered_pieces else NO_VALUE,
        f"{data.origin.code}  {data.origin.name}",
        f"{data.destination.code}  {data.destination.name}",
        f"{len(data.lines):,}",
    )
    width, left = layout.content_width, layout.left
    for (label, row, start, share), value in zip(_CELLS, values, strict=True):
        x, top = left + start * width, _GRID_TOP + row * _GRID_ROW
        inner = share * width - 2 * _CELL_PAD
        art.labels.append(_fit(label, x + _CELL_PAD, top + 7.5, inner, 6.5))
        art.values.append(_fit(value, x + _CELL_PAD, top + 17.5, inner, 8.5))
        if start > 0:
            art.lines.append((x, top, x, top + _GRID_ROW))
    bottom = _GRID_TOP + 2 * _GRID_ROW
    for dy in (_GRID_TOP, _GRID_TOP + _GRID_ROW, bottom):
        art.lines.append((left, dy, left + width, dy))
    art.lines += [(left, _GRID_TOP, left, bottom), (right, _GRID_TOP, right, bottom)]
    art.labels.append(_fit(NOTE, left, 81, width, 6.5))
    x = left
    for (english, chinese, *_), column in zip(HEADINGS, COLUMNS, strict=True):
        inner, align = column.width - 5, column.align
        art.values.append(_fit(english, x + 2.5, 95.5, inner, 6.5, bold=True, align=align))
        art.values.append(_fit(chinese, x + 2.5, 105, inner, 6.5, align=align))
        x += column.width
    return art


def _fit(
    text: str,
    x: float,
    dy: float,
    width: float,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> Piece:
    """One header line within ``width``: shrunk to 5 pt, then cut with a visible "…"."""
    runs = font_runs(text, bold=bold)
    fitted = fitting_size(runs_width(runs, size), width, size, 5.0)
    if fitted is None:
        runs, fitted = font_runs(truncate_to_width(text, width, 5.0, bold=bold), bold=bold), 5.0
    offset = (width - runs_width(runs, fitted)) * _ALIGN_X[align]
    return Piece(x + offset, dy, fitted, tuple(runs))


def values_text(values: Sequence[Money]) -> tuple[str, str]:
    """Declared amounts and their currencies, " / " between currencies (rarely more than
    one): the amount printed with the currency's decimals."""
    amounts = " / ".join(f"{_minor(value):,}" for value in values)
    return amounts, " / ".join(value.currency for value in values)


def _minor(value: Money) -> Decimal:
    return value.amount.quantize(Decimal(1).scaleb(-minor_units(value.currency)))


def line_cells(line: HouseLine) -> list[str]:
    amounts, currencies = values_text(line.values)
    return [
        line.house_number,
        line.route,
        f"{line.pieces:,}",
        f"{line.gross_weight_kg:,.3f}",
        line.shipper,
        line.consignee,
        line.goods,
        line.hs_code,
        amounts,
        currencies,
        line.customs_mode or NO_VALUE,
        " ".join(line.shc),
    ]


@dataclass
class _Sheet:
    """The body of the page being drawn: one text object and its rules."""

    canvas: Any
    pen: TextPen
    y: float
    table_top: float | None = None  # where the house rows started on this page
    table_bottom: float | None = None
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # y, x0, x1

    @classmethod
    def start(cls, canvas: Any) -> _Sheet:
        _, bottom, _, height = LAYOUT.body
        return cls(canvas, TextPen(canvas), bottom + height)

    def room(self) -> float:
        return self.y - LAYOUT.body[1]

    def finish(self) -> None:
        canvas, left = self.canvas, LAYOUT.left
        path = canvas.beginPath()
        for y, x0, x1 in self.rules:
            path.moveTo(left + x0, y)
            path.lineTo(left + x1, y)
        if self.table_top is not None and self.table_bottom is not None:
            x = left
            for column in COLUMNS[:-1]:
                x += column.width
                path.moveTo(x, self.table_top)
                path.lineTo(x, self.table_bottom)
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.25)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(colors.black)
        self.pen.finish()


def draw_house_manifest(canvas: Any, data: HouseManifestData, totals: HouseManifestTotals) -> int:
    """Every house line, then the totals; returns the page count."""
    painter = RowPainter(COLUMNS, ROW_STYLE, shrink_floor=SHRINK_FLOOR)
    sheet, pages = _Sheet.start(canvas), 1
    width = LAYOUT.content_width
    lay_out = painter.lay_out
    for line in data.lines:
        row = lay_out(line_cells(line))
        if row.height > sheet.room() and sheet.table_top is not None:
            sheet, pages = _next(sheet), pages + 1
        if sheet.table_top is None:
            sheet.table_top = sheet.y
        painter.draw(sheet.pen, LAYOUT.left, sheet.y, row)
        sheet.y -= row.height
        sheet.table_bottom = sheet.y
        sheet.rules.append((sheet.y, 0.0, width))
    for row, gap, ruled in _end_rows(totals):
        if gap + row.height > sheet.room():
            sheet, pages = _next(sheet), pages + 1
        else:
            sheet.y -= gap
        for piece in row.pieces:
            sheet.pen.put(LAYOUT.left + piece.x, sheet.y - piece.dy, piece.size, piece.runs)
        sheet.y -= row.height
        if ruled:
            sheet.rules.append((sheet.y, 0.0, ruled))
    sheet.finish()
    return pages


def _next(sheet: _Sheet) -> _Sheet:
    sheet.finish()
    sheet.canvas.showPage()
    return _Sheet.start(sheet.canvas)


def _end_rows(totals: HouseManifestTotals) -> Iterator[tuple[PlacedRow, float, float]]:
    """The grand total (in the house columns), then the two summary tables; with each row
    the gap to leave above it and the width of the rule under it (0: none)."""
    bold = RowPainter(COLUMNS, BOLD_STYLE)
    amounts, currencies = values_text(totals.values)
    houses = f"{totals.houses:,} house AWB{'s' if totals.houses != 1 else ''} 分单"
    cells = ["Total 合计", "", f"{totals.pieces:,}", f"{totals.gross_weight_kg:,.3f}", houses]
    grand = bold.lay_out([*cells, "", "", "", amounts, currencies, "", ""])
    yield grand, 0.0, LAYOUT.content_width
    for title, groups in (
        ("Totals by customs mode 按监管方式合计", totals.by_mode),
        ("Totals by destination country 按目的国合计", totals.by_country),
    ):
        heads = [title, "Houses 分单", "Pieces 件数", "Gross kg 毛重", "Declared value 申报价值"]
        yield RowPainter(_SUMMARY_COLUMNS, BOLD_STYLE).lay_out(heads), _GAP, _SUMMARY_WIDTH
        painter = RowPainter(_SUMMARY_COLUMNS, ROW_STYLE)
        for group in groups:
            yield painter.lay_out(_group_cells(group)), 0.0, _SUMMARY_WIDTH


def _group_cells(group: GroupTotal) -> list[str]:
    values = " + ".join(f"{_minor(value):,} {value.currency}" for value in group.values)
    return [
        MODE_NAMES.get(group.key, group.key),
        f"{group.houses:,}",
        f"{group.pieces:,}",
        f"{group.gross_weight_kg:,.3f}",
        values or NO_VALUE,
    ]
