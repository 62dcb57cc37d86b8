"""The desk's icons: hand-drawn 24x24 line SVGs (resources/icons), tinted to the palette.

Each SVG strokes in ``currentColor``; ``icon(name)`` swaps that for the palette's text colour
(the placeholder colour when disabled, the highlighted-text colour when selected) and draws
it with QSvgRenderer, crisp at every device pixel ratio. The pixmaps (16, 20, 24, 32 and 48
logical px) are drawn when Qt first asks for them, not all up front: the navigation's icons
are painted before the first paint, and drawing every size, ratio and mode of them then
would cost tens of milliseconds (bench/gui_start.py). Icons are kept per name and colours;
after a theme switch, ``clear_cache()`` and ask again.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap

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
SIZES = (16, 20, 24, 32, 48)  # logical px drawn; a request in between gets the next smaller
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
        source = svg_source(name)
        engine = TintedSvgEngine(source, {Mode.Disabled: disabled, Mode.Selected: selected}, normal)
        found = _icons[key] = QIcon(engine)
    return found


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
    """1x, 2x and whatever the screens have (1.25, 1.5 on Windows laptops...)."""
    ratios = {1.0, 2.0}
    ratios.update(screen.devicePixelRatio() for screen in QGuiApplication.screens())
    return sorted(ratios)


def logical_size(wanted: int) -> int:
    """The largest drawn size that fits ``wanted`` (the smallest if none does)."""
    fitting = [size for size in SIZES if size <= wanted]
    return fitting[-1] if fitting else SIZES[0]


def render(source: bytes, colour: str, size: int, ratio: float) -> QPixmap:
    """``source`` stroked in ``colour``, ``size`` logical px square at ``ratio``."""
    from PySide6.QtSvg import QSvgRenderer  # ~6 ms: imported when the first icon is drawn

    renderer = QSvgRenderer(QByteArray(source.replace(CURRENT_COLOUR, colour.encode())))
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


class TintedSvgEngine(QIconEngine):
    """Draws one SVG in a colour per icon mode, each pixmap once, when first asked for."""

    def __init__(self, source: bytes, colours: dict[Mode, str], normal: str) -> None:
        super().__init__()
        self._source, self._colours, self._normal = source, colours, normal
        self._pixmaps: dict[tuple[str, int, float], QPixmap] = {}

    def colour(self, mode: Mode) -> str:
        return self._colours.get(mode, self._normal)  # Active (hovered) draws as Normal

    def cached(self, mode: Mode, size: int, ratio: float) -> QPixmap:
        colour = self.colour(mode)
        key = (colour, size, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = render(self._source, colour, size, ratio)
        return pixmap

    def prerender(self) -> None:
        """Draw every size at every ratio in every colour now (tests; an idle moment)."""
        for mode in (Mode.Normal, *self._colours):
            for ratio in device_pixel_ratios():
                for size in SIZES:
                    self.cached(mode, size, ratio)

    # -- QIconEngine ---------------------------------------------------------------------
    def pixmap(self, size: QSize, mode: Mode, state: State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: Mode, state: State, scale: float) -> QPixmap:
        # ``size`` is in logical px (Qt 6.8 on); Qt sets the ratio on the result itself.
        ratio = max(scale, 1.0)
        return self.cached(mode, logical_size(min(size.width(), size.height())), ratio)

    def paint(self, painter: QPainter, rect: QRect, mode: Mode, state: State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.cached(mode, logical_size(min(rect.width(), rect.height())), ratio)
        side = pixmap.width() / ratio
        x = rect.x() + (rect.width() - side) / 2
        y = rect.y() + (rect.height() - side) / 2
        painter.drawPixmap(QRectF(x, y, side, side), pixmap, QRectF(pixmap.rect()))

    def actualSize(self, size: QSize, mode: Mode, state: State) -> QSize:
        side = logical_size(min(size.width(), size.height()))
        return QSize(side, side)

    def availableSizes(self, mode: Mode = Mode.Normal, state: State = State.Off) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def clone(self) -> QIconEngine:
        """For a QIcon that detaches (addPixmap on a copy of one; nothing here does that).
        The copy is the QIcon's to delete, but PySide leaves a clone owned by Python, which
        would free it on return or at exit: its Python half is kept for good (a few bytes),
        and Qt's deleting the engine only invalidates it."""
        import ctypes

        copy = TintedSvgEngine(self._source, self._colours, self._normal)
        copy._pixmaps = dict(self._pixmaps)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(copy))
        return copy

    def key(self) -> str:
        return "TintedSvgEngine"
