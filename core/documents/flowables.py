"""Platypus flowables that print user text through :mod:`.textbox`, never as markup.

A Paragraph parses its text as XML-like markup; these draw runs straight on the canvas, so
a name such as ``<img src="/etc/passwd"/>`` prints as those characters with nothing to
escape, and no markup parser runs (it was most of an invoice's render time). Use them for
every piece of user text in a platypus story; :func:`.safe_text.paragraph` remains for the
rare case that needs Paragraph features.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from core.documents.fonts import font_runs
from core.documents.textbox import (
    LEADING,
    Run,
    draw_line,
    draw_runs,
    fitting_size,
    runs_width,
    truncate_to_width,
    wrap_runs,
)

__all__ = ["FitLine", "TextBlock"]

_ALIGN_X = {"left": 0.0, "right": 1.0, "center": 0.5}


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Text wrapped to the available width: at spaces, between Chinese characters, and
    inside a word longer than the line. The first baseline sits one font size below the
    top, as in a Paragraph, so a TextBlock and a :class:`FitLine` side by side align."""

    def __init__(
        self,
        text: str,
        size: float,
        *,
        bold: bool = False,
        leading: float | None = None,
        color: Any = None,
        align: str = "left",
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.text, self.size, self.bold, self.color, self.align = text, size, bold, color, align
        self.leading = leading or size * LEADING
        self.spaceAfter = space_after
        self._lines: list[list[Run]] = []
        self._wrapped_at: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._wrapped_at:  # tables ask more than once
            self._lines = wrap_runs(self.text, avail_width, self.size, bold=self.bold)
            self._wrapped_at = avail_width
        self.width, self.height = avail_width, len(self._lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        if self.color is not None:
            self.canv.setFillColor(self.color)
        x = self.width * _ALIGN_X[self.align]
        y = self.height - self.size
        for line in self._lines:
            draw_line(self.canv, x, y, line, self.size, align=self.align)
            y -= self.leading


class FitLine(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """One line of text in a table cell: shrinks to the cell width, never wraps or overflows.

    Meant for numbers and codes (amounts, weights) whose length core already bounds; if the
    minimum size is still too wide the text ends in a visible "…".
    """

    def __init__(
        self,
        text: str,
        size: float,
        *,
        bold: bool = False,
        align: str = "left",
        min_size: float = 5.0,
    ) -> None:
        super().__init__()
        self.text, self.size, self.bold = text, size, bold
        self.align, self.min_size = align, min_size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.size * LEADING
        return self.width, self.height

    def draw(self) -> None:
        runs = font_runs(self.text, bold=self.bold)
        size = fitting_size(runs_width(runs, self.size), self.width, self.size, self.min_size)
        x = self.width * _ALIGN_X[self.align]
        # Baseline one nominal size below the top, as reportlab places a Paragraph's first
        # line: a number shares the baseline of the description beside it, shrunk or not.
        baseline = self.height - self.size
        if size is None:
            cut = truncate_to_width(self.text, self.width, self.min_size, bold=self.bold)
            draw_runs(self.canv, x, baseline, cut, self.min_size, bold=self.bold, align=self.align)
        else:
            draw_line(self.canv, x, baseline, runs, size, align=self.align)
