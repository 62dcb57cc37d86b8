"""The desk's icons: hand-drawn 24x24 line SVGs (resources/icons), tinted to the palette.

Each SVG strokes in ``currentColor``; ``icon(name)`` swaps that for the palette's text colour
(the placeholder colour when disabled, the highlighted-text colour when selected) and draws
it with QSvgRenderer, crisp at every device pixel ratio: 16, 20, 24, 32 and 48 logical px,
drawn once per name and colours. After a theme switch, ``clear_cache()`` and ask again.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap

NAMES = frozenset(
    {
        "app",
        "flights",
        "bookings",
        "consolidations",
        "invoices",
        "customers",
        "tariffs",
        "dashboard",
        "settings",
        "new",
        "refresh",
        "print",
        "save",
        "search",
    }
)  # resources/icons/<name>.svg, one each
SIZES = (16, 20)  # logical px drawn: menus and buttons, the navigation; Qt scales the rest
CURRENT_COLOUR = b"currentColor"
Mode, State = QIcon.Mode, QIcon.State

_icons: dict[tuple[str, str, str, str], QIcon] = {}
_sources: dict[str, bytes] = {}


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the application palette's colours (or in
    ``colour``, e.g. the window icon in the highlight colour)."""
    normal, disabled, selected = _colours(colour)
    key = (name, normal, disabled, selected)
    found = _icons.get(key)
    if found is None:
        found = _icons[key] = _drawn(svg_source(name), normal, disabled, selected)
    return found


def _drawn(source: bytes, normal: str, disabled: str, selected: str) -> QIcon:
    """Every size at the screens' ratios in each mode's colour, as plain pixmaps. No Python
    icon engine: a QIconEngine subclass lives half in Python and half in the QIcon, and the
    collector freeing the Python half under a live QIcon crashes the app."""
    drawn = QIcon()
    ratios = device_pixel_ratios()
    for mode, colour in (
        (Mode.Normal, normal),
        (Mode.Disabled, disabled),
        (Mode.Selected, selected),
    ):
        renderer = _renderer(source, colour)  # parsed once per colour, drawn at every size
        for ratio in ratios:
            for size in SIZES:
                drawn.addPixmap(render(renderer, size, ratio), mode, State.Off)
    return drawn


def clear_cache() -> None:
    """Forget the tinted icons (after a theme switch); the SVG sources stay read."""
    _icons.clear()


def svg_source(name: str) -> bytes:
    """The SVG as packaged. Read through the ``resources`` package's loader (a folder, a
    wheel's zip or a frozen bundle alike) rather than importlib.resources, whose import
    costs ~12 ms before the first paint."""
    source = _sources.get(name)
    if source is None:
        import resources

        loader = resources.__spec__.loader if resources.__spec__ is not None else None
        folder = os.path.dirname(resources.__file__ or "")
        path = os.path.join(folder, "icons", f"{name}.svg")
        get_data = getattr(loader, "get_data", None)
        source = get_data(path) if get_data is not None else _read(path)
        _sources[name] = source
    return source


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _colours(colour: QColor | str | None) -> tuple[str, str, str]:
    palette = QGuiApplication.palette()
    group, roles = palette.ColorGroup, palette.ColorRole
    normal = palette.color(group.Active, roles.Text) if colour is None else QColor(colour)
    disabled = palette.color(group.Active, roles.PlaceholderText)
    selected = palette.color(group.Active, roles.HighlightedText)
    return normal.name(), disabled.name(), selected.name()


def device_pixel_ratios() -> list[float]:
    """1x, 2x (a window may move to a HiDPI screen) and whatever the screens have."""
    ratios = {1.0, 2.0}
    ratios.update(screen.devicePixelRatio() for screen in QGuiApplication.screens())
    return sorted(ratios)


def logical_size(wanted: int) -> int:
    """The largest drawn size that fits ``wanted`` (the smallest if none does)."""
    fitting = [size for size in SIZES if size <= wanted]
    return fitting[-1] if fitting else SIZES[0]


def _renderer(source: bytes, colour: str) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # ~6 ms: imported when the first icon is drawn

    return QSvgRenderer(QByteArray(source.replace(CURRENT_COLOUR, colour.encode())))


def render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    """The SVG ``size`` logical px square at ``ratio``."""
    pixels = round(size * ratio)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
