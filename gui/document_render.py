"""A PDF's pages as images, for the preview and the printer: jobs-worker side only.

Why pypdfium2 and not QtPdf: QtPdf ships only in the PySide6 Addons wheel (about 440 MB
against Essentials' ~80 MB, and pinned with the rest of Qt at 6.11), while pypdfium2 is a
few MB, well kept, renders exactly what Chrome renders, and needs nothing but bytes in.

PDFium is not thread-safe, so every call into it happens on the one jobs worker thread:
``PdfPages`` is created, used and closed only by tasks on that worker. The images it makes
are QImages (safe to build off the UI thread); the UI thread turns them into QPixmaps.
"""

from __future__ import annotations

import ctypes
from typing import Any, Final

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

__all__ = ["POINTS_PER_INCH", "PdfPages"]

POINTS_PER_INCH: Final = 72.0


class PdfPages:
    """One open PDF; every method runs on the jobs worker (PDFium is single-threaded)."""

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2

        self._document: Any = pypdfium2.PdfDocument(pdf)
        self.sizes: tuple[QSizeF, ...] = tuple(
            QSizeF(*self._document.get_page_size(index)) for index in range(len(self._document))
        )  # in points; read from the page tree without loading the pages

    def render(self, index: int, scale: float) -> QImage:
        """Page ``index`` at ``scale`` pixels per point, drawn straight into a QImage."""
        import pypdfium2.raw as pdfium_c

        made: list[QImage] = []
        page = self._document[index]
        try:
            bitmap = page.render(
                scale=scale,
                bitmap_maker=lambda w, h, format, rev_byteorder: _into_image(
                    made, w, h, format, rev_byteorder
                ),
                force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                rev_byteorder=True,  # RGBx: QImage's Format_RGBX8888 byte order
            )
            bitmap.close()
        finally:
            page.close()
        return made[0]

    def close(self) -> None:
        self._document.close()


def _into_image(made: list[QImage], width: int, height: int, format: int, rev: bool) -> Any:
    """A PDFium bitmap whose pixels are the QImage's own buffer: no copy of a 100 MB page."""
    import pypdfium2

    image = QImage(width, height, QImage.Format.Format_RGBX8888)
    made.append(image)
    stride = image.bytesPerLine()
    buffer = (ctypes.c_ubyte * (stride * height)).from_buffer(image.bits())
    return pypdfium2.PdfBitmap.new_native(width, height, format, rev, buffer=buffer, stride=stride)
