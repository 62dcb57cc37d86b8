"""The manifest's page header: title, forwarder, flight details, note, column headings.

ICAO Annex 9's cargo manifest heads every page with the owner or operator, the aircraft's
registration, the flight number and date, and the points of loading and unloading. Every
text is fitted to its box once per document (shrunk, or cut with a visible "…" past core's
limits) into :class:`.manifest_rows.Piece` objects; each page then replays them into two
text objects (grey labels, black values), so a 400-page manifest measures its header once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors

from core.documents.fonts import font_runs
from core.documents.manifest_rows import Piece, TextPen
from core.documents.page import PageLayout
from core.documents.textbox import fitting_size, runs_width, truncate_to_width

if TYPE_CHECKING:
    from core.documents.manifest import ManifestData

__all__ = ["NO_VALUE", "TITLE", "HeaderArt", "header_art", "paint_header"]

TITLE = "Cargo manifest 货物舱单"
NO_VALUE = "—"  # printed where a detail is not known (e.g. the registration)
_ALIGN_X = {"left": 0.0, "right": 1.0, "center": 0.5}
_GREY = colors.Color(0.33, 0.33, 0.33)
_RULE = colors.Color(0.55, 0.55, 0.55)
_SHADE = colors.Color(0.92, 0.93, 0.95)

# Distances below the header's top edge, in points.
_GRID_TOP, _GRID_ROW = 28.0, 22.0
_NOTE_BASELINE = 81.0
_BAND_TOP = 86.0  # the shaded column headings run from here to the body
_CELL_PAD = 4.0
# Grid cells as fractions of the content width: (label, row, start, width).
_CELLS = (
    ("Owner or operator 承运人", 0, 0.0, 0.34),
    ("Flight 航班号", 0, 0.34, 0.17),
    ("Date 日期", 0, 0.51, 0.15),
    ("Aircraft 机型", 0, 0.66, 0.14),
    ("Registration 飞机注册号", 0, 0.80, 0.20),
    ("Point of loading 装货地", 1, 0.0, 0.5),
    ("Point of unloading 卸货地", 1, 0.5, 0.5),
)


@dataclass
class HeaderArt:
    """Everything the header draws, fitted once: x from the page's left edge, dy below
    the header's top edge."""

    labels: list[Piece] = field(default_factory=list)  # grey
    values: list[Piece] = field(default_factory=list)  # black
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)


def header_art(
    data: ManifestData, layout: PageLayout, headings: Sequence[tuple[str, str, float, str, bool]]
) -> HeaderArt:
    art = HeaderArt()
    half = layout.content_width / 2
    right = layout.left + layout.content_width
    art.values.append(_fit(TITLE, layout.left, 12, half, 13, bold=True))
    art.labels.append(_fit("ICAO Annex 9", layout.left, 22, half, 7))
    art.labels.append(_fit("Forwarder 货运代理", right - half, 7, half, 6.5, align="right"))
    forwarder = data.forwarder or NO_VALUE
    art.values.append(
        _fit(forwarder, right - half + 12, 19, half - 12, 9.5, bold=True, align="right")
    )
    _grid(art, data, layout)
    art.labels.append(_fit(data.note, layout.left, _NOTE_BASELINE, layout.content_width, 6.5))
    _headings(art, layout, headings)
    return art


def _values(data: ManifestData) -> tuple[str, ...]:
    return (
        data.operator,
        data.flight_number,
        data.flight_date.isoformat(),
        data.aircraft_type or NO_VALUE,
        data.registration or NO_VALUE,
        f"{data.loading.code}  {data.loading.name}",
        f"{data.unloading.code}  {data.unloading.name}",
    )


def _grid(art: HeaderArt, data: ManifestData, layout: PageLayout) -> None:
    width, left = layout.content_width, layout.left
    for (label, row, start, share), value in zip(_CELLS, _values(data), strict=True):
        x, top = left + start * width, _GRID_TOP + row * _GRID_ROW
        inner = share * width - 2 * _CELL_PAD
        art.labels.append(_fit(label, x + _CELL_PAD, top + 7.5, inner, 6.5))
        art.values.append(_fit(value, x + _CELL_PAD, top + 17.5, inner, 8.5, min_size=6))
        if start > 0:
            art.lines.append((x, top, x, top + _GRID_ROW))
    bottom = _GRID_TOP + 2 * _GRID_ROW
    for dy in (_GRID_TOP, _GRID_TOP + _GRID_ROW, bottom):
        art.lines.append((left, dy, left + width, dy))
    art.lines += [(left, _GRID_TOP, left, bottom), (left + width, _GRID_TOP, left + width, bottom)]


def _headings(
    art: HeaderArt, layout: PageLayout, headings: Sequence[tuple[str, str, float, str, bool]]
) -> None:
    rest = layout.content_width - sum(heading[2] for heading in headings)
    x = layout.left
    for english, chinese, width, align, _wraps in headings:
        column = width or rest
        inner = column - 5
        art.values.append(
            _fit(english, x + 2.5, _BAND_TOP + 9.5, inner, 6.5, bold=True, align=align)
        )
        art.values.append(_fit(chinese, x + 2.5, _BAND_TOP + 19, inner, 6.5, align=align))
        x += column


def _fit(
    text: str,
    x: float,
    dy: float,
    width: float,
    size: float,
    *,
    min_size: float = 5.0,
    bold: bool = False,
    align: str = "left",
) -> Piece:
    """One line within ``width`` from ``x``: shrunk down to ``min_size``, then cut with
    "…" (textbox's rule: never over the box edge)."""
    runs = font_runs(text, bold=bold)
    fitted = fitting_size(runs_width(runs, size), width, size, min_size)
    if fitted is None:
        runs = font_runs(truncate_to_width(text, width, min_size, bold=bold), bold=bold)
        fitted = min_size
    offset = (width - runs_width(runs, fitted)) * _ALIGN_X[align]
    return Piece(x + offset, dy, fitted, tuple(runs))


def paint_header(art: HeaderArt, canvas: Any, layout: PageLayout) -> None:
    """The furnished canvas's header painter: replays ``art`` on the current page."""
    top = layout.header_top
    canvas.setFillColor(_SHADE)
    band = layout.header_height - _BAND_TOP
    canvas.rect(layout.left, top - _BAND_TOP - band, layout.content_width, band, stroke=0, fill=1)
    path = canvas.beginPath()
    for x1, dy1, x2, dy2 in art.lines:
        path.moveTo(x1, top - dy1)
        path.lineTo(x2, top - dy2)
    canvas.setStrokeColor(_RULE)
    canvas.setLineWidth(0.5)
    canvas.drawPath(path, stroke=1, fill=0)
    for color, pieces in ((_GREY, art.labels), (colors.black, art.values)):
        canvas.setFillColor(color)
        pen = TextPen(canvas)
        for piece in pieces:
            pen.put(piece.x, top - piece.dy, piece.size, piece.runs)
        pen.finish()
    canvas.setFillColor(colors.black)
