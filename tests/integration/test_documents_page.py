"""Page furniture drawn straight on the canvas, as a manifest will use it."""

from __future__ import annotations

import datetime
import io
import unicodedata
from typing import Any

from pypdf import PdfReader

from core.documents.page import FurnishedCanvas, Furniture, PageLayout, page_label
from core.documents.pdf_io import DocumentInfo
from core.documents.textbox import draw_runs

INFO = DocumentInfo(
    title="Flight manifest CV9741", subject="CGO-LUX", created=datetime.date(2026, 12, 1)
)


def header(canvas: Any, layout: PageLayout) -> None:
    draw_runs(canvas, layout.left, layout.header_top - 12, "CARGO MANIFEST 货物舱单 CV9741", 12)


def manifest(pages: int) -> bytes:
    buffer = io.BytesIO()
    furniture = Furniture(info=INFO, header=header, footer="郑州 CGO → LUX")
    canvas = FurnishedCanvas(buffer, furniture=furniture)
    x, y, _width, height = furniture.layout.body
    for page in range(1, pages + 1):
        draw_runs(canvas, x, y + height - 10, f"row on page {page}: 172-12345675", 9)
        if page < pages:
            canvas.showPage()
    canvas.save()  # the last page is shown by save, as with a plain canvas
    return buffer.getvalue()


def texts(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [
        " ".join(unicodedata.normalize("NFC", p.extract_text(extraction_mode="layout")).split())
        for p in reader.pages
    ]


def test_header_footer_and_page_n_of_m_on_every_page() -> None:
    pages = texts(manifest(3))
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert "CARGO MANIFEST 货物舱单 CV9741" in text
        assert f"row on page {number}: 172-12345675" in text
        assert "郑州 CGO → LUX" in text
        assert page_label(number, 3) in text
        assert f"Page {number} of 3" in text


def test_metadata_and_a_repeatable_document() -> None:
    data = manifest(2)
    assert manifest(2) == data
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta["/Title"] == "Flight manifest CV9741"
    assert meta["/Author"] == "FreightDesk"
    assert meta["/CreationDate"] == "D:20261201000000+00'00'"
    assert b"Helvetica" not in data  # only embedded fonts


def test_body_sits_between_header_and_footer() -> None:
    layout = PageLayout()
    x, y, width, height = layout.body
    assert x == layout.left and width == layout.width - layout.left - layout.right
    assert y == layout.bottom + layout.footer_height
    assert y + height == layout.header_top - layout.header_height
