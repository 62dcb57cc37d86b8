"""Drawing inside one box of a form: its frame, its printed caption, and fitted text.

Every text goes through :mod:`.textbox`: one-line values shrink to their box and are cut
with a visible "…" as a last resort; blocks wrap, shrink together and are cut the same
way (never running over the box edge silently). Text is drawn as font runs straight on
the canvas, so user text is never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.documents.awb_layout import Box
from core.documents.textbox import (
    ELLIPSIS,
    LEADING,
    draw_fitted,
    draw_runs,
    fit_box,
    truncate_to_width,
    wrap_lines,
)

__all__ = [
    "CAPTION_SIZE",
    "PAD",
    "Part",
    "draw_block",
    "draw_caption",
    "draw_frame",
    "draw_value",
    "fit_parts",
    "value_box",
]

CAPTION_SIZE = 5.5
_MIN_CAPTION = 4.0
_CAPTION_GREY = 0.35
PAD = 2.5
_STEP = 0.5  # shrink step, as textbox.fit_box

Part = tuple[str, bool]  # (text, bold)


def draw_frame(canvas: Any, box: Box) -> None:
    canvas.rect(box.x, box.y, box.w, box.h, stroke=1, fill=0)


def draw_caption(
    canvas: Any, box: Box, text: str, *, align: str = "left", share: float = 0.5
) -> Box:
    """The form's printed label at the top of ``box``, wrapped when narrow, in at most
    ``share`` of its height; returns the area left below it for the value."""
    height = box.h * share - PAD
    fitted = fit_box(text, box.w - 2 * PAD, height, CAPTION_SIZE, min_size=_MIN_CAPTION)
    canvas.setFillGray(_CAPTION_GREY)
    y = box.top - PAD - fitted.size * 0.8
    for line in fitted.lines:
        draw_runs(canvas, _anchor(box, align), y, line, fitted.size, align=align)
        y -= fitted.size * LEADING
    canvas.setFillGray(0)
    used = PAD + len(fitted.lines) * fitted.size * LEADING
    return Box(box.x + PAD, box.y + PAD, box.w - 2 * PAD, box.h - used - PAD)


def value_box(box: Box) -> Box:
    """The inside of a box that has no caption."""
    return Box(box.x + PAD, box.y + PAD, box.w - 2 * PAD, box.h - 2 * PAD)


def _anchor(box: Box, align: str) -> float:
    if align == "right":
        return box.right - PAD
    if align == "center":
        return box.x + box.w / 2
    return box.x + PAD


def draw_value(
    canvas: Any,
    area: Box,
    text: str,
    size: float,
    *,
    min_size: float = 5.0,
    bold: bool = False,
    align: str = "left",
) -> None:
    """One line near the bottom of ``area``, shrunk to its width (then cut visibly)."""
    x = {"left": area.x, "right": area.right, "center": area.x + area.w / 2}[align]
    # Baselines sit at one height across a row of boxes, whatever their caption's lines.
    y = area.y + min(max((area.h - size) / 2, 0), 2.5) + size * 0.2
    draw_fitted(canvas, x, y, text, area.w, size, min_size=min_size, bold=bold, align=align)


def draw_block(
    canvas: Any,
    area: Box,
    parts: Sequence[Part],
    size: float,
    *,
    min_size: float = 5.0,
    align: str = "left",
) -> None:
    """Paragraphs from the top of ``area``: each part wrapped, all shrunk together."""
    lines, fitted = fit_parts(parts, area.w, area.h, size, min_size)
    x = {"left": area.x, "right": area.right, "center": area.x + area.w / 2}[align]
    y = area.top - fitted * 0.95
    for text, bold in lines:
        draw_runs(canvas, x, y, text, fitted, bold=bold, align=align)
        y -= fitted * LEADING


def fit_parts(
    parts: Sequence[Part], width: float, height: float, size: float, min_size: float
) -> tuple[list[Part], float]:
    """Wrap every part at one size, shrinking by 0.5 pt until the lines fit ``height``.

    Below ``min_size`` the lines that fit are kept and the last ends in "…", as
    :func:`.textbox.fit_box` does for a single text.
    """
    current = size
    while True:
        lines = _wrapped(parts, width, current)
        if len(lines) * current * LEADING <= height or current - _STEP < min_size:
            break
        current -= _STEP
    keep = max(1, int(height // (current * LEADING)))
    if len(lines) <= keep:
        return lines, current
    last, bold = lines[keep - 1]
    cut = truncate_to_width(last + ELLIPSIS, width, current, bold=bold)
    return [*lines[: keep - 1], (cut, bold)], current


def _wrapped(parts: Sequence[Part], width: float, size: float) -> list[Part]:
    return [
        (line, bold)
        for text, bold in parts
        if text
        for line in wrap_lines(text, width, size, bold=bold)
    ]
