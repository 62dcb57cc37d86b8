"""The manifest's row renderer: fixed columns drawn straight on the canvas, fast.

A 20,000-row manifest must cost at most 3x a bare canvas drawing the same text (issue 4),
so a row is laid out once into placed text pieces and every page's rows go into ONE text
object (reportlab's Table pays a flowable, a style lookup and a saved graphics state per
cell; :func:`.rows.draw_row` one text object per cell line). The fitting rules are those
of :mod:`.rows` and :mod:`.textbox`: a one-line cell shrinks down to the style's minimum,
then is cut with a visible "…"; a wrapping cell first shrinks a little (down to
``shrink_floor``) and otherwise wraps at its size, so the row grows and nothing is lost.

Widths are measured per run in the font that prints it (Chinese goods descriptions print
in WenQuanYi). Most cells are ASCII (AWB numbers, weights, codes): they are measured from
a per-font table of ASCII advances; other text is measured once and cached per renderer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from reportlab.pdfbase.pdfmetrics import getFont

from core.documents.fonts import SANS, SANS_BOLD, font_runs
from core.documents.rows import Column, RowStyle
from core.documents.textbox import Run, fitting_size, runs_width, truncate_to_width, wrap_runs

__all__ = ["Piece", "PlacedRow", "RowPainter", "TextPen", "ascii_widths"]

_ALIGN_X = {"left": 0.0, "right": 1.0, "center": 0.5}


class Piece(NamedTuple):
    """One line of one cell: where its baseline starts, relative to the row's top left."""

    x: float
    dy: float  # baseline distance below the row's top edge
    size: float
    runs: tuple[Run, ...]


class PlacedRow(NamedTuple):
    height: float
    pieces: tuple[Piece, ...]


@cache
def ascii_widths(font_name: str) -> tuple[float, ...]:
    """Advance of each ASCII character at 1 pt (DejaVu has all of them)."""
    face = getFont(font_name).face
    return tuple(0.001 * face.charWidths.get(code, face.defaultWidth) for code in range(128))


class RowPainter:
    """Lays out rows of ``columns`` in ``style`` and draws them through a :class:`TextPen`.

    ``shrink_floor`` is the smallest size a wrapping column shrinks to before it wraps (a
    slightly smaller goods description reads better than a row twice as tall).
    """

    def __init__(
        self, columns: Sequence[Column], style: RowStyle, *, shrink_floor: float | None = None
    ) -> None:
        self.columns = tuple(columns)
        self.style = style
        self.shrink_floor = style.size if shrink_floor is None else shrink_floor
        self.width = sum(column.width for column in self.columns)
        lefts, x = [], 0.0
        for column in self.columns:
            lefts.append(x)
            x += column.width
        self._lefts = tuple(lefts)
        font = SANS_BOLD if style.bold else SANS
        self._font = font
        self._table = ascii_widths(font)
        self._measured: dict[str, tuple[tuple[Run, ...], float]] = {}

    def measure(self, text: str) -> tuple[tuple[Run, ...], float]:
        """The text's font runs and its width at 1 pt."""
        if text.isascii():  # fast path: one run, widths from the ASCII table
            table = self._table
            return ((text, self._font),), sum(map(table.__getitem__, text.encode()))
        known = self._measured.get(text)
        if known is None:
            runs = tuple(font_runs(text, bold=self.style.bold))
            known = self._measured[text] = (runs, runs_width(runs, 1.0))
        return known

    def lay_out(self, texts: Sequence[str], *, indent: float = 0.0) -> PlacedRow:
        """Fit each text to its column; ``indent`` shifts the first column's text (a house
        AWB listed under its master). The row is as tall as its tallest cell."""
        style = self.style
        pieces: list[Piece] = []
        lines = 1
        for index, text in enumerate(texts):
            if not text:
                continue
            shift = indent if index == 0 else 0.0
            placed = self._cell(text, self.columns[index], self._lefts[index] + shift, shift)
            pieces.extend(placed)
            lines = max(lines, len(placed))
        return PlacedRow(lines * style.leading + 2 * style.pad_y, tuple(pieces))

    def _cell(self, text: str, column: Column, left: float, shift: float) -> list[Piece]:
        style = self.style
        inner = column.width - 2 * style.pad_x - shift
        runs, unit = self.measure(text)
        floor = self.shrink_floor if column.wrap else style.min_size
        size = fitting_size(unit * style.size, inner, style.size, floor)
        if size is None and column.wrap:  # beyond the shrink floor: wrap, the row grows
            lines = wrap_runs(text, inner, style.size, bold=style.bold)
            return [
                self._piece(tuple(line), style.size, None, left, inner, column.align, number)
                for number, line in enumerate(lines)
            ]
        if size is None:  # past core's length limits even at the minimum: cut visibly
            cut = truncate_to_width(text, inner, style.min_size, bold=style.bold)
            (runs, unit), size = self.measure(cut), style.min_size
        return [self._piece(runs, size, unit * size, left, inner, column.align, 0)]

    def _piece(
        self,
        runs: tuple[Run, ...],
        size: float,
        width: float | None,
        left: float,
        inner: float,
        align: str,
        line: int,
    ) -> Piece:
        # Every cell's first baseline sits one nominal size below the padding, so a shrunk
        # number shares the baseline of its row (as in rows.draw_row).
        style = self.style
        x = left + style.pad_x
        if align != "left":
            natural = runs_width(runs, size) if width is None else width
            x += (inner - natural) * _ALIGN_X[align]
        return Piece(x, style.pad_y + style.size + line * style.leading, size, runs)

    def draw(self, pen: TextPen, x: float, top: float, row: PlacedRow) -> None:
        """Draw ``row`` with its top left corner at ``(x, top)``."""
        put = pen.put
        for piece in row.pieces:
            put(x + piece.x, top - piece.dy, piece.size, piece.runs)


class TextPen:
    """One text object for a whole page; the font is set only when it changes."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.text = canvas.beginText()
        self._font: tuple[str, float] | None = None

    def put(self, x: float, y: float, size: float, runs: Sequence[Run]) -> None:
        text = self.text
        text.setTextOrigin(x, y)
        for run, font in runs:
            if self._font != (font, size):
                text.setFont(font, size)
                self._font = (font, size)
            text.textOut(run)

    def finish(self) -> None:
        self.canvas.drawText(self.text)
