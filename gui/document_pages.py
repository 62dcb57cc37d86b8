"""The scrolling view of a document's pages: zoom, fit width, which page is in view, and
which pages want an image next (the dialog has them rendered on the jobs worker)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget

from gui.document_sheet import POINTS_PER_INCH, PageSheet

__all__ = ["MAX_PAGE_PIXELS", "NEAR", "ZOOM_STEPS", "PagesView"]

ZOOM_STEPS: Final = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)
MAX_PAGE_PIXELS: Final = 16_000_000  # beyond (~64 MB), a page image is stretched instead
NEAR: Final = 1  # pages rendered ahead on each side of the view


class PagesView(QScrollArea):
    """Pages one under another on a dark ground; fits the width until the clerk zooms."""

    changed = Signal()  # scrolled, resized or zoomed: labels and images may need updating

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = PageSheet()
        self.setWidget(self.sheet)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.fitting = True
        self.verticalScrollBar().valueChanged.connect(self.changed)

    def set_pages(self, sizes: Sequence[QSizeF]) -> None:
        self.sheet.set_pages(sizes)
        self.fit_width()
        self.changed.emit()

    @property
    def page_count(self) -> int:
        return self.sheet.page_count

    @property
    def zoom(self) -> float:
        return self.sheet.zoom

    @property
    def current_page(self) -> int:
        """The page in the middle of the view, counted from 1 (0 while there is none)."""
        if not self.page_count:
            return 0
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() > 0:
            return self.page_count
        return self.sheet.page_at(self._seen().center().y()) + 1

    def _seen(self) -> QRectF:
        """The part of the sheet the viewport shows, in sheet coordinates."""
        size = self.viewport().size()
        return QRectF(-self.sheet.x(), -self.sheet.y(), size.width(), size.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit_width()
        self.changed.emit()

    # --- zoom -------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom_to(next((z for z in ZOOM_STEPS if z > self.zoom + 0.005), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 0.005]
        self._zoom_to(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        widest = self.sheet.widest_page() * self.sheet.logicalDpiX() / POINTS_PER_INCH
        if not widest:
            self.fitting = True
            return
        # Room for the scroll bar always: fitting must not make it appear and refit again.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.maximumViewportSize().width() - bar - 2 * self.sheet.gap()
        self._zoom_to(min(max(room / widest, ZOOM_STEPS[0]), ZOOM_STEPS[-1]), fit=True)

    def _zoom_to(self, zoom: float, *, fit: bool = False) -> None:
        self.fitting = fit
        if self.page_count and not math.isclose(zoom, self.zoom, rel_tol=1e-3):
            anchor = self.current_page - 1
            before = self.sheet.page_rect(anchor)
            within = (self._seen().top() - before.top()) / max(1.0, before.height())
            self.sheet.set_zoom(zoom)
            after = self.sheet.page_rect(anchor)  # the same place of the same page stays
            self.verticalScrollBar().setValue(round(after.top() + within * after.height()))
        self.changed.emit()

    # --- which pages want an image ------------------------------------------------------------

    def wanted(self) -> tuple[list[int], range]:
        """The pages to render in order (in view, then the next, then the one before), and
        the pages whose images are worth keeping."""
        seen = self.sheet.pages_in(self._seen()) or range(min(1, self.page_count))
        ahead = range(seen.stop, min(self.page_count, seen.stop + NEAR))
        behind = range(max(0, seen.start - NEAR), seen.start)
        keep = range(max(0, seen.start - 2 * NEAR), min(self.page_count, seen.stop + 2 * NEAR))
        return [*seen, *ahead, *reversed(behind)], keep

    def scale_for(self, index: int) -> float:
        """Device pixels per point for page ``index`` (device pixel ratio included),
        bounded in pixels per page."""
        scale = self.sheet.pixels_per_point() * self.devicePixelRatioF()
        size = self.sheet.page_size(index)
        area = size.width() * size.height()
        if area * scale**2 > MAX_PAGE_PIXELS:
            scale = math.sqrt(MAX_PAGE_PIXELS / area)
        return scale

    def next_to_render(self) -> tuple[int, float] | None:
        """The first wanted page without an image at its scale; forgets far pages' images."""
        wanted, keep = self.wanted()
        self.sheet.keep_only(keep)
        for index in wanted:
            scale = self.scale_for(index)
            if self.sheet.image_scale(index) != scale:
                return index, scale
        return None

    def page_image(self, index: int) -> QPixmap | None:
        return self.sheet.image(index)
