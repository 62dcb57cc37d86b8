"""How the flight cargo manifest looks: columns, numbers, rows, totals and signatures.

A4 portrait. The header (title, flight details, the confirmed-only note, the column
headings: :mod:`.manifest_header`) and the footer ("Page N of M") are the page furniture
of :class:`.page.FurnishedCanvas`, drawn on every page. The body holds one row per AWB in
fixed columns, drawn by :class:`.manifest_rows.RowPainter`; after the last row come the
totals and the signature block, on a new page when the last one has no room for them.
Labels are bilingual, English first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm

from core.documents.fonts import font_runs
from core.documents.manifest_header import TITLE, header_art, paint_header
from core.documents.manifest_rows import PlacedRow, RowPainter, TextPen
from core.documents.page import Furniture, PageLayout
from core.documents.pdf_io import DocumentInfo
from core.documents.rows import Column, RowStyle
from core.errors import ValidationError

if TYPE_CHECKING:
    from core.documents.manifest import ManifestData, ManifestRow, ManifestTotals

__all__ = [
    "COLUMNS",
    "CONFIRMED_ONLY_NOTE",
    "HOUSE_INDENT",
    "LAYOUT",
    "NUMBER_MAXIMA",
    "ROW_STYLE",
    "ManifestNumbers",
    "draw_manifest",
    "manifest_furniture",
]

# DOMAIN, Space: only confirmed space may be manifested; the header says so on every page.
CONFIRMED_ONLY_NOTE = (
    "Only bookings with space confirmed by the carrier are manifested (not requested, "
    "waitlisted, refused or cancelled ones). 仅列出承运人已确认舱位的订舱。"
)
LAYOUT = PageLayout(left=14 * mm, right=14 * mm, header_height=112)
ROW_STYLE = RowStyle(size=8, leading=9.5, pad_x=2.5, pad_y=1.5, min_size=5)
# Totals print in the regular weight (bold digits are wider: a flight's total pieces
# must fit the pieces column); only the "Total" label is bold.
TOTAL_STYLE = RowStyle(size=8, leading=9.5, pad_x=2.5, pad_y=3, min_size=5)
TOTAL_LABEL_STYLE = RowStyle(size=8, leading=9.5, bold=True, pad_x=2.5, pad_y=3, min_size=5)
GOODS_SHRINK_FLOOR = 6.5  # a long description shrinks to this before the row grows
HOUSE_INDENT = 8.0  # a house AWB sits this far right of its master's number

# (English, units and Chinese, width in points, align, wraps); width 0 takes what is left. Number
# columns hold NUMBER_MAXIMA at the row's minimum size without "…" (a test prints each).
HEADINGS: tuple[tuple[str, str, float, str, bool], ...] = (
    ("AWB number", "运单号", 72, "left", False),
    ("Pieces", "件数", 34, "right", False),
    ("Gross", "kg 毛重", 50, "right", False),
    ("Chargeable", "kg 计费重量", 52, "right", False),
    ("Volume", "m³ 体积", 44, "right", False),
    ("Nature of goods", "货物品名", 0, "left", True),
    ("SHC", "特货代码", 54, "left", True),
    ("Dest.", "目的站", 30, "center", False),
)
_REST = LAYOUT.content_width - sum(heading[2] for heading in HEADINGS)
COLUMNS = tuple(Column(w or _REST, align, wrap) for _, _, w, align, wrap in HEADINGS)

# The largest values a row prints: core caps a consignment at 150,000 kg and 99,999
# pieces; a flight's volume is far below 10,000 m3.
NUMBER_MAXIMA = {
    "pieces": Decimal(99_999),
    "weight": Decimal("999999.999"),
    "volume": Decimal("9999.999"),
}
_MOST_DECIMALS = 3  # weights in whole grams, volume in whole litres

_NUMBER_COLUMNS = (1, 2, 3, 4)
_RULE = colors.Color(0.72, 0.72, 0.72)
_SIGNATURES = ("Prepared by 制单人", "Checked by 复核人", "Date 日期")
_SIGNATURE_HEIGHT = 44.0
_GAP = 12.0


@dataclass(frozen=True)
class ManifestNumbers:
    """How many decimals each number column prints: as many as its most precise value
    needs, at least one, so every value prints exactly and the decimal points align."""

    gross: int = 1
    chargeable: int = 1
    volume: int = 1

    @classmethod
    def for_rows(cls, rows: Sequence[ManifestRow]) -> ManifestNumbers:
        return cls(
            _decimals((row.gross_weight_kg for row in rows), "gross_weight_kg", "weight"),
            _decimals((r.chargeable_weight_kg for r in rows), "chargeable_weight_kg", "weight"),
            _decimals((row.volume_m3 for row in rows), "volume_m3", "volume"),
        )

    def cells(self, row: ManifestRow) -> list[str]:
        return [
            row.awb_number,
            f"{row.pieces:,}",
            f"{row.gross_weight_kg:,.{self.gross}f}",
            f"{row.chargeable_weight_kg:,.{self.chargeable}f}",
            f"{row.volume_m3:,.{self.volume}f}",
            row.nature_of_goods,
            " ".join(row.shc),
            row.destination,
        ]

    def total_cells(self, totals: ManifestTotals) -> list[str]:
        awbs = f"{totals.awbs:,} AWB{'s' if totals.awbs != 1 else ''} 票"
        if totals.houses:
            awbs += f" · {totals.houses:,} house AWBs 分单"
        return [
            "",  # the bold label is laid out apart (TOTAL_LABEL_STYLE)
            f"{totals.pieces:,}",
            f"{totals.gross_weight_kg:,.{self.gross}f}",
            f"{totals.chargeable_weight_kg:,.{self.chargeable}f}",
            f"{totals.volume_m3:,.{self.volume}f}",
            awbs,
            "",
            "",
        ]


def _decimals(values: Iterable[Decimal], name: str, kind: str) -> int:
    """Decimals the column needs; refuses what cannot print exactly (NaN, negative, finer
    than a gram or a litre, wider than the column)."""
    needed, maximum = 1, NUMBER_MAXIMA[kind]
    for index, value in enumerate(values):
        if not (isinstance(value, Decimal) and value.is_finite() and 0 <= value <= maximum):
            raise ValidationError(
                f"rows[{index}].{name}",
                "number.range",
                f"rows[{index}].{name}: expected a Decimal from 0 to {maximum:,}",
                minimum=0,
                maximum=maximum,
            )
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > needed:
            needed = max(needed, _places(value, f"rows[{index}].{name}"))
    return needed


def _places(value: Decimal, field: str) -> int:
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if places > _MOST_DECIMALS:
        raise ValidationError(
            field,
            "number.precision",
            f"{field}: {value} is finer than {_MOST_DECIMALS} decimals",
            value=value,
            places=_MOST_DECIMALS,
        )
    return places


def manifest_furniture(data: ManifestData, rows: int) -> Furniture:
    info = DocumentInfo(
        title=f"Cargo manifest {data.flight_number} {data.flight_date.isoformat()}",
        subject=f"{data.loading.code}-{data.unloading.code}, {rows} rows",
        created=data.flight_date,  # a business date: a reprint is byte-identical
        keywords=data.flight_number,
    )
    footer = (
        f"{data.flight_number} · {data.flight_date.isoformat()} · "
        f"{data.loading.code} → {data.unloading.code} · {TITLE}"
    )
    art = header_art(data, LAYOUT, HEADINGS)
    return Furniture(info=info, header=partial(paint_header, art), footer=footer, layout=LAYOUT)


class _Sheet:
    """The body of the page being drawn: one text object, the row rules, the pen's y."""

    def __init__(self, canvas: Any, layout: PageLayout) -> None:
        self.canvas = canvas
        self.left, self.bottom, self.width, height = layout.body
        self.top = self.bottom + height
        self.pen = TextPen(canvas)
        self.y = self.top
        self.rules: list[float] = []

    def room(self) -> float:
        return self.y - self.bottom

    def finish(self) -> None:
        """Rules under each row and between columns (one path), then the text object."""
        canvas = self.canvas
        if self.rules:
            path = canvas.beginPath()
            right = self.left + self.width
            for y in self.rules:
                path.moveTo(self.left, y)
                path.lineTo(right, y)
            x = self.left
            for column in COLUMNS[:-1]:
                x += column.width
                path.moveTo(x, self.top)
                path.lineTo(x, self.rules[-1])
            canvas.setStrokeColor(_RULE)
            canvas.setLineWidth(0.25)
            canvas.drawPath(path, stroke=1, fill=0)
        self.pen.finish()


def draw_manifest(
    canvas: Any, data: ManifestData, numbers: ManifestNumbers, totals: ManifestTotals
) -> int:
    """Draw every row, then the totals and signatures; ``showPage`` between pages.
    Returns the page count (the furnished canvas prints "Page N of M" at save)."""
    end = _end_block(numbers.total_cells(totals))  # refused before any row is drawn
    painter = RowPainter(COLUMNS, ROW_STYLE, shrink_floor=GOODS_SHRINK_FLOOR)
    sheet, pages = _Sheet(canvas, LAYOUT), 1
    for row in _laid_rows(painter, data.rows, numbers):
        if row.height > sheet.room() and sheet.rules:
            sheet, pages = _next_page(sheet), pages + 1
        painter.draw(sheet.pen, sheet.left, sheet.y, row)
        sheet.y -= row.height
        sheet.rules.append(sheet.y)
    if end.height > sheet.room():
        sheet, pages = _next_page(sheet), pages + 1
    _draw_end(sheet, end)
    sheet.finish()
    return pages


def _laid_rows(
    painter: RowPainter, rows: Sequence[ManifestRow], numbers: ManifestNumbers
) -> Iterable[PlacedRow]:
    if not rows:  # a flight with nothing confirmed still gets its (nil) manifest
        yield painter.lay_out(["NIL", "", "", "", "", "No confirmed bookings 无已确认订舱"])
        return
    cells, lay_out = numbers.cells, painter.lay_out
    for row in rows:
        yield lay_out(cells(row), indent=HOUSE_INDENT if row.kind == "house" else 0.0)


def _next_page(sheet: _Sheet) -> _Sheet:
    sheet.finish()
    sheet.canvas.showPage()
    return _Sheet(sheet.canvas, LAYOUT)


@dataclass(frozen=True)
class _EndBlock:
    totals: PlacedRow
    height: float


def _end_block(cells: list[str]) -> _EndBlock:
    painter = RowPainter(COLUMNS, TOTAL_STYLE)
    _check_totals_fit(painter, cells)
    numbers = painter.lay_out(cells)
    label = RowPainter(COLUMNS[:1], TOTAL_LABEL_STYLE).lay_out(["Total 合计"])
    totals = PlacedRow(numbers.height, label.pieces + numbers.pieces)
    return _EndBlock(totals, totals.height + _GAP + _SIGNATURE_HEIGHT)


def _check_totals_fit(painter: RowPainter, cells: list[str]) -> None:
    # A total is never cut with "…": it is a sum the carrier checks against its own.
    style = painter.style
    for index in _NUMBER_COLUMNS:
        _, unit = painter.measure(cells[index])
        if unit * style.min_size > COLUMNS[index].width - 2 * style.pad_x:
            raise ValidationError(
                "rows",
                "manifest.totals_too_large",
                f"rows: the total {cells[index]} is too large to print",
                total=cells[index],
            )


def _draw_end(sheet: _Sheet, end: _EndBlock) -> None:
    canvas, top = sheet.canvas, sheet.y
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(sheet.left, top, sheet.left + sheet.width, top)
    for piece in end.totals.pieces:
        sheet.pen.put(sheet.left + piece.x, top - piece.dy, piece.size, piece.runs)
    _draw_signatures(sheet, top - end.totals.height - _GAP)


def _draw_signatures(sheet: _Sheet, top: float) -> None:
    """Prepared by / checked by / date: a box each to sign in (DOMAIN, "Documents": room
    for signatures)."""
    canvas, count = sheet.canvas, len(_SIGNATURES)
    box = (sheet.width - (count - 1) * _GAP) / count
    canvas.setLineWidth(0.5)
    canvas.setStrokeColor(_RULE)
    for index, label in enumerate(_SIGNATURES):
        x = sheet.left + index * (box + _GAP)
        canvas.rect(x, top - _SIGNATURE_HEIGHT, box, _SIGNATURE_HEIGHT, stroke=1, fill=0)
        sheet.pen.put(x + 4, top - 10, 7, font_runs(label))
    canvas.setStrokeColor(colors.black)
