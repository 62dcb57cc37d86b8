"""Rows of text in columns, drawn straight on the canvas: charge tables, manifest rows.

reportlab's Table pays per cell (a flowable, a saved and restored graphics state, a style
lookup), which made the invoice's charge table most of its render time; an e-commerce
manifest has tens of thousands of rows. Here a row is laid out once (each cell wrapped or
shrunk to its column, see :mod:`.textbox`) and drawn as one text object per line.

Two levels: :func:`lay_out_row` and :func:`draw_row` for documents that paginate on the
canvas themselves (manifests), and :class:`RowsTable`, a platypus flowable that splits
across pages and repeats its header row on each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from core.documents.fonts import font_runs
from core.documents.textbox import (
    Run,
    draw_line,
    fitting_size,
    runs_width,
    truncate_to_width,
    wrap_runs,
)

__all__ = [
    "BODY_ROW",
    "HEADER_ROW",
    "Column",
    "LaidRow",
    "RowStyle",
    "RowsTable",
    "draw_row",
    "lay_out_row",
]

_ALIGN_X = {"left": 0.0, "right": 1.0, "center": 0.5}


@dataclass(frozen=True)
class Column:
    width: float
    align: str = "left"  # "left", "right" or "center"
    wrap: bool = True  # False: one line that shrinks (numbers, codes), never wraps


@dataclass(frozen=True)
class RowStyle:
    size: float = 8.0
    leading: float = 10.0
    bold: bool = False
    pad_x: float = 3.0
    pad_y: float = 3.0
    min_size: float = 5.0  # a one-line cell shrinks down to this, then ends in "…"


BODY_ROW = RowStyle()
HEADER_ROW = RowStyle(size=7, leading=8.5, bold=True)


@dataclass(frozen=True)
class LaidRow:
    """A row ready to draw: per cell its lines (as font runs) and font size."""

    cells: tuple[tuple[tuple[list[Run], ...], float], ...]
    height: float


def lay_out_row(texts: Sequence[str], columns: Sequence[Column], style: RowStyle) -> LaidRow:
    """Wrap or shrink each text to its column; the row is as tall as its tallest cell."""
    cells = tuple(
        _lay_out_cell(text, column, style) for text, column in zip(texts, columns, strict=True)
    )
    lines = max((len(lines) for lines, _ in cells), default=1)
    return LaidRow(cells, max(lines, 1) * style.leading + 2 * style.pad_y)


def _lay_out_cell(
    text: str, column: Column, style: RowStyle
) -> tuple[tuple[list[Run], ...], float]:
    width = column.width - 2 * style.pad_x
    if column.wrap:
        return tuple(wrap_runs(text, width, style.size, bold=style.bold)), style.size
    runs = font_runs(text, bold=style.bold)
    size = fitting_size(runs_width(runs, style.size), width, style.size, style.min_size)
    if size is None:  # beyond what core's length limits allow: cut visibly
        cut = truncate_to_width(text, width, style.min_size, bold=style.bold)
        return (font_runs(cut, bold=style.bold),), style.min_size
    return (runs,), size


def draw_row(
    canvas: Any, x: float, top: float, row: LaidRow, columns: Sequence[Column], style: RowStyle
) -> None:
    """Draw ``row`` with its top edge at ``top``. Every cell's first baseline sits one
    nominal size below the padding, so shrunk numbers share the baseline of their row."""
    first_baseline = top - style.pad_y - style.size
    for (lines, size), column in zip(row.cells, columns, strict=True):
        inner = column.width - 2 * style.pad_x
        cell_x = x + style.pad_x + inner * _ALIGN_X[column.align]
        y = first_baseline
        for line in lines:
            draw_line(canvas, cell_x, y, line, size, align=column.align)
            y -= style.leading
        x += column.width


class RowsTable(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A header row and body rows; splits between rows, repeating the header on each page."""

    rule = colors.Color(0.55, 0.55, 0.55)
    shade = colors.Color(0.92, 0.93, 0.95)

    def __init__(
        self,
        columns: Sequence[Column],
        header: Sequence[str] | LaidRow,
        rows: Sequence[Sequence[str]] | Sequence[LaidRow],
        *,
        style: RowStyle = BODY_ROW,
        header_style: RowStyle = HEADER_ROW,
    ) -> None:
        super().__init__()
        self.columns, self.style, self.header_style = tuple(columns), style, header_style
        if not isinstance(header, LaidRow):  # headings wrap ("Quantity" over "数量")
            wrapping = [replace(column, wrap=True) for column in self.columns]
            header = lay_out_row(header, wrapping, header_style)
        self.header = header
        self.rows = [
            row if isinstance(row, LaidRow) else lay_out_row(row, self.columns, style)
            for row in rows
        ]
        self.width = sum(column.width for column in self.columns)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self.header.height + sum(row.height for row in self.rows)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header.height
        count = 0
        while count < len(self.rows) and self.rows[count].height <= room:
            room -= self.rows[count].height
            count += 1
        if count == 0:
            return []  # not even one row fits: the frame moves the table to the next page
        return [self._part(self.rows[:count]), self._part(self.rows[count:])]

    def _part(self, rows: list[LaidRow]) -> RowsTable:
        return RowsTable(
            self.columns, self.header, rows, style=self.style, header_style=self.header_style
        )

    def draw(self) -> None:
        canvas, top = self.canv, self.height
        canvas.setFillColor(self.shade)
        canvas.rect(0, top - self.header.height, self.width, self.header.height, 0, 1)
        canvas.setFillColor(colors.black)
        draw_row(canvas, 0, top, self.header, self.columns, self.header_style)
        top -= self.header.height
        canvas.setStrokeColor(self.rule)
        canvas.setLineWidth(0.8)
        canvas.line(0, top, self.width, top)
        canvas.setLineWidth(0.25)
        for row in self.rows:
            draw_row(canvas, 0, top, row, self.columns, self.style)
            top -= row.height
            canvas.line(0, top, self.width, top)
