"""The pages of a document laid out one under another, as paper with a soft shadow.

The sheet knows the pages' sizes (in points) from the start, so a 400-page manifest is laid
out at once and scrolls freely; a page shows white until its image arrives from the jobs
worker, and an image made at another zoom is shown stretched until the sharp one replaces
it. Only the pages near the view keep their images (a 400-page manifest at 100 % would
otherwise hold over a gigabyte of pixels).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

__all__ = ["PageSheet"]

POINTS_PER_INCH = 72.0
_SHADOW_LAYERS = 4  # rings of falling alpha around the paper: a soft shadow, no blur pass


class PageSheet(QWidget):
    """Paints the pages; the dialog around it decides what to render when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: tuple[QSizeF, ...] = ()
        self._zoom = 1.0
        self._rects: list[QRectF] = []
        self._tops: list[float] = []
        self._bottoms: list[float] = []
        self._images: dict[int, tuple[float, QPixmap]] = {}  # page -> (scale, image)

    # --- layout -------------------------------------------------------------------------

    def set_pages(self, sizes: Sequence[QSizeF]) -> None:
        self._sizes = tuple(sizes)
        self._images.clear()
        self._lay_out()

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._lay_out()

    def gap(self) -> int:
        """The grey between pages and around them: scales with the font, not fixed pixels."""
        return max(8, self.fontMetrics().height())

    def pixels_per_point(self) -> float:
        """Logical pixels per point at the current zoom (100 %: the paper's real size)."""
        return self._zoom * self.logicalDpiX() / POINTS_PER_INCH

    def page_size(self, index: int) -> QSizeF:
        """Page ``index`` in points."""
        return self._sizes[index]

    def widest_page(self) -> float:
        return max((size.width() for size in self._sizes), default=0.0)

    def page_rect(self, index: int) -> QRectF:
        return self._rects[index]

    def _lay_out(self) -> None:
        scale, gap = self.pixels_per_point(), self.gap()
        width = self.widest_page() * scale
        self._rects, top = [], float(gap)
        for size in self._sizes:
            page = QSizeF(round(size.width() * scale), round(size.height() * scale))
            left = gap + (width - page.width()) / 2
            self._rects.append(QRectF(round(left), round(top), page.width(), page.height()))
            top += page.height() + gap
        self._tops = [rect.top() for rect in self._rects]
        self._bottoms = [rect.bottom() for rect in self._rects]
        self.setFixedSize(QSize(round(width) + 2 * gap, round(top)) if self._sizes else QSize())
        self.update()

    # --- which pages where ------------------------------------------------------------------

    def pages_in(self, area: QRect | QRectF) -> range:
        """The pages that ``area`` (in sheet coordinates) shows, in order."""
        first = bisect_left(self._bottoms, area.top())
        last = bisect_right(self._tops, area.bottom())
        return range(first, max(first, last))

    def page_at(self, y: float) -> int:
        """The page at height ``y``, or the one just above it when ``y`` falls in a gap."""
        return max(0, bisect_right(self._tops, y) - 1)

    # --- images ----------------------------------------------------------------------------

    def image(self, index: int) -> QPixmap | None:
        held = self._images.get(index)
        return held[1] if held else None

    def image_scale(self, index: int) -> float | None:
        held = self._images.get(index)
        return held[0] if held else None

    def set_image(self, index: int, scale: float, image: QPixmap) -> None:
        self._images[index] = (scale, image)
        self.update(self._rects[index].toAlignedRect())

    def keep_only(self, pages: range) -> None:
        """Forget the images of the pages outside ``pages``."""
        for index in [index for index in self._images if index not in pages]:
            del self._images[index]

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index in self.pages_in(QRectF(event.rect()).adjusted(0, -8, 0, 8)):
            self._paint_page(painter, index)
        painter.end()

    def _paint_page(self, painter: QPainter, index: int) -> None:
        rect = self._rects[index]
        for ring in range(_SHADOW_LAYERS, 0, -1):
            shade = QColor(0, 0, 0, 14 * (_SHADOW_LAYERS + 1 - ring))
            painter.fillRect(rect.adjusted(-ring + 1, -ring + 2, ring, ring + 1), shade)
        painter.fillRect(rect, Qt.GlobalColor.white)  # paper stays white in a dark theme
        held = self._images.get(index)
        if held is not None:
            painter.drawPixmap(rect, held[1], QRectF(held[1].rect()))
