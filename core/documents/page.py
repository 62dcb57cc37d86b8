"""Page furniture shared by every A4 document: margins, header, footer, "Page N of M".

The header is repeated on every page, the footer carries a note and "Page N of M". N of M
needs the page count before the first page is finished, so the canvas defers each page
(the "canvasmaker" technique): ``showPage`` keeps the page's state, ``save`` draws the
furniture on each kept page once the count is known, in one pass. The same canvas serves
platypus (:func:`build_document`) and documents drawn row by row on the canvas (manifests):
make a :class:`FurnishedCanvas`, draw inside ``layout.body``, call ``showPage`` per page and
``save``. Text in the furniture is fitted with :mod:`.textbox`, like every other box.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from core.documents.fonts import SANS, register_fonts
from core.documents.pdf_io import DocumentInfo, apply_info
from core.documents.safe_text import lock_down_reportlab
from core.documents.textbox import draw_runs, text_width, truncate_to_width

__all__ = [
    "FurnishedCanvas",
    "Furniture",
    "PageLayout",
    "build_document",
    "page_label",
]

FOOTER_SIZE = 7.0


@dataclass(frozen=True)
class PageLayout:
    """A4 portrait in points: margins, then a header band and a footer band inside them."""

    width: float = A4[0]
    height: float = A4[1]
    left: float = 16 * mm
    right: float = 16 * mm
    top: float = 12 * mm
    bottom: float = 10 * mm
    header_height: float = 22 * mm
    footer_height: float = 8 * mm

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def header_top(self) -> float:
        return self.height - self.top

    @property
    def body(self) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of the area below the header and above the footer."""
        y = self.bottom + self.footer_height
        height = self.height - self.top - self.header_height - y
        return self.left, y, self.content_width, height


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}

HeaderPainter = Callable[[Any, PageLayout], None]


@dataclass(frozen=True)
class Furniture:
    """What every page of one document carries, and the document's metadata."""

    info: DocumentInfo
    header: HeaderPainter
    footer: str = ""
    layout: PageLayout = field(default_factory=PageLayout)


def page_label(number: int, count: int) -> str:
    return f"Page {number} of {count} · 第 {number} 页 / 共 {count} 页"


class FurnishedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """A canvas that draws header, footer and "Page N of M" on every page at save time."""

    def __init__(self, filename: Any, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        register_fonts()
        lock_down_reportlab()
        layout = furniture.layout
        kwargs.setdefault("pagesize", (layout.width, layout.height))
        kwargs["invariant"] = 1  # fixed timestamp and document id: reprints are identical
        kwargs["initialFontName"] = SANS  # never pull in an unembedded standard font
        super().__init__(filename, *args, **kwargs)
        self._furniture = furniture
        self._kept_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._kept_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        if self._code:  # a page drawn but not yet shown
            self.showPage()
        count = len(self._kept_pages)
        for number, state in enumerate(self._kept_pages, start=1):
            self.__dict__.update(state)
            self._furnish(number, count)
            super().showPage()
        apply_info(self, self._furniture.info)
        super().save()

    def _furnish(self, number: int, count: int) -> None:
        layout = self._furniture.layout
        self.saveState()
        self._furniture.header(self, layout)
        y = layout.bottom + FOOTER_SIZE * 0.4
        rule_y = y + FOOTER_SIZE * 1.5
        self.setLineWidth(0.4)
        self.line(layout.left, rule_y, layout.width - layout.right, rule_y)
        label = page_label(number, count)
        label_width = text_width(label, FOOTER_SIZE)
        note = truncate_to_width(
            self._furniture.footer, layout.content_width - label_width - 12, FOOTER_SIZE
        )
        draw_runs(self, layout.left, y, note, FOOTER_SIZE)
        draw_runs(self, layout.width - layout.right, y, label, FOOTER_SIZE, align="right")
        self.restoreState()


def build_document(story: list[Flowable], furniture: Furniture) -> bytes:
    """Lay out platypus flowables in the body of furnished A4 pages; return the PDF bytes."""
    buffer = io.BytesIO()
    x, y, width, height = furniture.layout.body
    frame = Frame(x, y, width, height, id="body", **_NO_PADDING)
    document = BaseDocTemplate(
        buffer,
        pagesize=(furniture.layout.width, furniture.layout.height),
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        invariant=1,
        initialFontName=SANS,
    )
    document.build(story, canvasmaker=partial(FurnishedCanvas, furniture=furniture))
    return buffer.getvalue()
