"""Text that fits its box: measure, wrap, shrink, or cut with a visible ellipsis.

Every field has a maximum length in core, and a box either wraps its text, shrinks it
(down to a minimum size) or, as a last resort, cuts it with a visible "…"; it never runs
over the box edge silently. Widths are measured run by run in the font each run prints in
(:func:`.fonts.font_runs`): a Chinese glyph is about twice as wide as a Latin one, and
reportlab measures a string in one font only.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from core.documents.fonts import font_runs

__all__ = [
    "ELLIPSIS",
    "LEADING",
    "FittedText",
    "Run",
    "draw_fitted",
    "draw_line",
    "draw_runs",
    "fit_box",
    "fitting_size",
    "runs_width",
    "shrink_to_fit",
    "text_width",
    "truncate_to_width",
    "wrap_lines",
    "wrap_runs",
]

ELLIPSIS = "…"
LEADING = 1.2  # line height as a multiple of the font size


Run = tuple[str, str]  # (text, font name), as font_runs gives them

# Characters of East Asian width W/F (CJK ideographs, kana, Hangul, fullwidth forms): a
# line may break before or after any of them, as Chinese text has no spaces.
_WIDE = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
_UNBREAKABLE = re.compile(f"[{_WIDE}]|[^\\s{_WIDE}]+")


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` printed in its per-run fonts at ``size``."""
    return runs_width(font_runs(text, bold=bold), size)


def runs_width(runs: Sequence[Run], size: float) -> float:
    return float(sum(stringWidth(run, font, size) for run, font in runs))


def draw_runs(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line of user text at baseline ``y``, each run in its font.

    ``align`` "right" or "center" treats ``x`` as the right edge or the centre. Drawing on
    the canvas interprets no markup at all, so user text needs no escaping here.
    """
    draw_line(canvas, x, y, font_runs(text, bold=bold), size, align=align)


def draw_line(
    canvas: Any, x: float, y: float, runs: Sequence[Run], size: float, *, align: str = "left"
) -> None:
    """Draw runs already split (see :func:`draw_runs`), one text object for the line."""
    if align != "left":
        width = runs_width(runs, size)
        x -= width if align == "right" else width / 2
    text_object = canvas.beginText(x, y)
    for run, font in runs:
        text_object.setFont(font, size)
        text_object.textOut(run)
    canvas.drawText(text_object)


def draw_fitted(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    width: float,
    size: float,
    *,
    min_size: float,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line within ``width``: shrunk down to ``min_size``, then cut with "…"."""
    runs = font_runs(text, bold=bold)
    fitted = fitting_size(runs_width(runs, size), width, size, min_size)
    if fitted is None:
        cut = truncate_to_width(text, width, min_size, bold=bold)
        runs, fitted = font_runs(cut, bold=bold), min_size
    draw_line(canvas, x, y, runs, fitted, align=align)


def shrink_to_fit(
    text: str, width: float, size: float, *, min_size: float, bold: bool = False
) -> float | None:
    """The largest size <= ``size`` (in 0.1 pt steps) at which ``text`` fits ``width``.

    None when even ``min_size`` is too wide: the caller wraps or truncates instead.
    """
    return fitting_size(text_width(text, size, bold=bold), width, size, min_size)


def fitting_size(natural: float, width: float, size: float, min_size: float) -> float | None:
    """:func:`shrink_to_fit` for a text whose width at ``size`` is ``natural``."""
    if natural <= width:
        return size
    fitted = math.floor(size * width / natural * 10) / 10  # width is linear in size
    return fitted if fitted >= min_size else None


def truncate_to_width(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text`` cut to fit ``width`` with a visible "…" (never cut silently)."""
    if text_width(text, size, bold=bold) <= width:
        return text
    low, high = 0, len(text)  # longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, size, bold=bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


def wrap_lines(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (see :func:`wrap_runs`)."""
    return ["".join(run for run, _ in line) for line in wrap_runs(text, width, size, bold=bold)]


def wrap_runs(text: str, width: float, size: float, *, bold: bool = False) -> list[list[Run]]:
    """Break ``text`` into lines no wider than ``width``, each line as its font runs.

    Lines break at spaces and between Chinese characters (which need no space); a word
    wider than the box is broken between letters; explicit line breaks are kept. Each
    character is measured and drawn in the font chosen for the whole paragraph, so what
    was measured is exactly what prints.
    """
    lines: list[list[Run]] = []
    for paragraph in text.split("\n"):
        runs = font_runs(paragraph, bold=bold)
        advance = _advances(runs, size)
        spans = _line_spans(paragraph, advance, width)
        lines.extend([_slice_runs(runs, start, end) for start, end in spans] or [[]])
    return lines


def _advances(runs: Sequence[Run], size: float) -> list[float]:
    """Pen position before each character (and after the last), in points."""
    widths: list[float] = []
    for run, font in runs:
        face = getFont(font).face
        get, default = face.charWidths.get, face.defaultWidth
        widths.extend(0.001 * size * get(ord(char), default) for char in run)
    return list(accumulate(widths, initial=0.0))


def _line_spans(text: str, advance: list[float], width: float) -> list[tuple[int, int]]:
    """Greedy line breaking: ``(start, end)`` character spans, spaces between words kept."""
    spans: list[tuple[int, int]] = []
    start = end = -1
    for match in _UNBREAKABLE.finditer(text):
        if start >= 0 and advance[match.end()] - advance[start] <= width:
            end = match.end()
            continue
        if start >= 0:
            spans.append((start, end))
        start, end = match.span()
        while advance[end] - advance[start] > width and end - start > 1:
            # a word wider than the box: cut it after the last character that fits
            cut = bisect_right(advance, advance[start] + width, start + 1, end) - 1
            cut = max(cut, start + 1)
            spans.append((start, cut))
            start = cut
    if start >= 0:
        spans.append((start, end))
    return spans


def _slice_runs(runs: Sequence[Run], start: int, end: int) -> list[Run]:
    sliced: list[Run] = []
    offset = 0
    for run, font in runs:
        low, high = max(start - offset, 0), min(end - offset, len(run))
        if low < high:
            sliced.append((run[low:high], font))
        offset += len(run)
    return sliced


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    truncated: bool  # True when even the minimum size needed the ellipsis


def fit_box(
    text: str, width: float, height: float, size: float, *, min_size: float, bold: bool = False
) -> FittedText:
    """Wrap ``text`` into the box, shrinking by 0.5 pt steps down to ``min_size``.

    If it still does not fit, the lines that fit are kept and the last one ends in "…".
    """
    current = size
    while True:
        lines = wrap_lines(text, width, current, bold=bold)
        if len(lines) * current * LEADING <= height:
            return FittedText(tuple(lines), current, truncated=False)
        if current - 0.5 < min_size:
            break
        current -= 0.5
    return _cut(lines, width, height, current, bold)


def _cut(lines: Sequence[str], width: float, height: float, size: float, bold: bool) -> FittedText:
    keep = max(1, int(height // (size * LEADING)))
    last = " ".join(lines[keep - 1 :])
    kept = [*lines[: keep - 1], truncate_to_width(last + ELLIPSIS, width, size, bold=bold)]
    return FittedText(tuple(kept), size, truncated=True)
