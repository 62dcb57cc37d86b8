"""Piece labels: one 100 x 150 mm page per piece, for the thermal printers at the desk.

Each label carries the carrier, the AWB number large, a Code128 barcode of the 11-digit
AWB number followed by the 5-digit piece serial (DOMAIN.md, "Documents", marked *(check)*:
the format lives in :func:`barcode_value` only) with the same digits printed under it,
origin, the destination large, "piece n of N", the total weight, the SHC marks (a hatched
lithium mark for ELI/ELM, CAO reversed out), the consignee's city and the forwarder.

Labels of one AWB differ only by the piece number and the barcode, so everything else is
fitted once per document (:func:`_fixed_parts`) and replayed on each page: a 5,000-piece
e-commerce shipment prints in seconds. The same document always gives the same bytes.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, Canvas

from core.documents.awb_text import day_text
from core.documents.fonts import SANS, check_printable, font_runs, register_fonts
from core.documents.pdf_io import DocumentInfo, apply_info
from core.documents.safe_text import lock_down_reportlab
from core.documents.textbox import (
    LEADING,
    Run,
    draw_line,
    fit_box,
    fitting_size,
    runs_width,
    truncate_to_width,
)
from core.domain.awb import parse_awb
from core.domain.measures import MAX_PIECES
from core.domain.rating import kg_text
from core.domain.text import FIELD_LIMITS
from core.errors import ValidationError

__all__ = [
    "LABEL_PAGE",
    "LabelDocument",
    "PieceLabel",
    "barcode_value",
    "label_barcode",
    "piece_label",
    "render_labels",
    "validate_labels",
]

LABEL_PAGE = (100 * mm, 150 * mm)
MARGIN = 4 * mm
PIECE_DIGITS = 5  # DOMAIN (check): the piece serial after the 11 AWB digits
# 0.5 mm modules are 4 dots of a 203 dpi thermal head; 123 modules for 16 digits in
# Code128 set C, so the symbol with its quiet zones is about 74 mm wide.
BAR_WIDTH = 0.5 * mm
BAR_HEIGHT = 18 * mm
LITHIUM = {"ELI": "LITHIUM ION BATTERIES", "ELM": "LITHIUM METAL BATTERIES"}
REVERSED = frozenset({"CAO"})  # cargo aircraft only: printed white on black
_GREY = 0.35
_CAPTION = 6.5


@dataclass(frozen=True)
class LabelDocument:
    awb_number: str  # "172-20000011"
    carrier_name: str
    flight_number: str
    flight_date: datetime.date
    origin: str
    destination: str
    pieces: int
    gross_weight_kg: Decimal  # the AWB's total
    shc: tuple[str, ...]
    consignee_city: str
    consignee_country: str
    forwarder: str
    created: datetime.date  # the booking's date: a reprint is byte-identical
    # DOMAIN (check): digits of the piece serial after the 11 AWB digits; a workstation
    # setting (label_piece_digits), since the carriers' rule is not confirmed.
    piece_digits: int = PIECE_DIGITS


@dataclass(frozen=True)
class PieceLabel:
    """What differs from one label of an AWB to the next."""

    piece: int
    piece_text: str  # "2 of 3"
    barcode_value: str
    barcode: Any  # the Code128 widget drawn on the page


def barcode_value(awb_number: str, piece: int, digits: int = PIECE_DIGITS) -> str:
    """DOMAIN (check): the 11-digit AWB number, then the piece serial (5 digits unless the
    workstation's setting says otherwise)."""
    return f"{parse_awb(awb_number, 'awb_number').digits}{piece:0{digits}d}"


def label_barcode(value: str) -> Any:
    """The Code128 widget; its human-readable line is ours (an embedded font), never
    reportlab's (Courier, a font that would not be embedded)."""
    return Code128(value, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, humanReadable=0)


def piece_label(doc: LabelDocument, piece: int) -> PieceLabel:
    value = barcode_value(doc.awb_number, piece, doc.piece_digits)
    return PieceLabel(piece, f"{piece} of {doc.pieces}", value, label_barcode(value))


def render_labels(doc: LabelDocument) -> bytes:
    """The PDF bytes: one page per piece, in piece order."""
    validate_labels(doc)
    register_fonts()
    lock_down_reportlab()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LABEL_PAGE, invariant=1, initialFontName=SANS)
    fixed = _fixed_parts(doc)
    for piece in range(1, doc.pieces + 1):
        for draw in fixed:
            draw(canvas)
        _draw_piece(canvas, piece_label(doc, piece))
        canvas.showPage()
    apply_info(canvas, _info(doc))
    canvas.save()
    return buffer.getvalue()


def _info(doc: LabelDocument) -> DocumentInfo:
    return DocumentInfo(
        title=f"Labels {doc.awb_number}",
        subject=(
            f"{doc.pieces} piece labels for AWB {doc.awb_number} "
            f"{doc.origin}-{doc.destination} {doc.flight_number}"
        ),
        created=doc.created,
        keywords=doc.awb_number,
    )


def validate_labels(doc: LabelDocument) -> None:
    """Raise ValidationError for the first thing the labels cannot print correctly."""
    parse_awb(doc.awb_number, "awb_number")
    if not 3 <= doc.piece_digits <= 6:
        raise ValidationError(
            "label_piece_digits", "labels.piece_digits", "label_piece_digits: 3 to 6 digits"
        )
    most = min(MAX_PIECES, 10**doc.piece_digits - 1)
    if not 1 <= doc.pieces <= most:
        raise ValidationError(
            "pieces",
            "pieces.range",
            f"pieces: 1 to {most} (a {doc.piece_digits}-digit piece serial)",
            maximum=most,
            digits=doc.piece_digits,
        )
    for field, value, limit in (
        ("carrier_name", doc.carrier_name, FIELD_LIMITS["carrier_name"]),
        ("consignee_city", doc.consignee_city, FIELD_LIMITS["city"]),
        ("consignee_country", doc.consignee_country, 2),
        ("forwarder", doc.forwarder, FIELD_LIMITS["name"]),
        ("flight_number", doc.flight_number, FIELD_LIMITS["flight_number"]),
    ):
        if len(value) > limit:
            raise ValidationError(
                field,
                "text.too_long",
                f"{field}: at most {limit} characters (got {len(value)})",
                max_len=limit,
                length=len(value),
            )
        check_printable(value, field)


# --- the page ---------------------------------------------------------------------------

Draw = Callable[[Any], None]
_WIDTH, _HEIGHT = LABEL_PAGE
_LEFT, _RIGHT, _TOP = MARGIN, _WIDTH - MARGIN, _HEIGHT - MARGIN
_CONTENT = _RIGHT - _LEFT
# Rules and baselines in points below the top of the content area (402 pt tall).
_RULES = (19.0, 62.0, 136.0, 208.0, 256.0, 288.0, 350.0)
_BARCODE_TOP = 66.0
_DIGITS, _PIECE = 130.0, 248.0
_SPLIT_ORIGIN = 0.36  # origin | destination
_SPLIT_PIECE = 0.5  # piece | total weight


def _fixed_parts(doc: LabelDocument) -> list[Draw]:
    """Everything but the piece number and the barcode, fitted once for all the pieces."""
    flight = f"{doc.flight_number}  {day_text(doc.flight_date)}"
    origin_w = _CONTENT * _SPLIT_ORIGIN
    half = _CONTENT * _SPLIT_PIECE
    city = f"{doc.consignee_city}, {doc.consignee_country}"
    weight = f"{kg_text(doc.gross_weight_kg)} KG"
    return [
        _rules,
        _text(_LEFT, 13, doc.carrier_name, _CONTENT * 0.55, 12, bold=True),
        _text(_RIGHT, 13, flight, _CONTENT * 0.43, 9, bold=True, align="right"),
        _caption(_LEFT, 26, "AIR WAYBILL"),
        _text(_LEFT + _CONTENT / 2, 55, doc.awb_number, _CONTENT, 34, bold=True, align="center"),
        _caption(_LEFT, 145, "ORIGIN"),
        _text(_LEFT, 201, doc.origin, origin_w - 6, 36, bold=True),
        _caption(_LEFT + origin_w + 6, 145, "DESTINATION"),
        _text(_RIGHT, 201, doc.destination, _CONTENT - origin_w - 12, 60, bold=True, align="right"),
        _caption(_LEFT, 217, "PIECE"),
        _caption(_LEFT + half + 6, 217, "TOTAL WEIGHT"),
        _text(_RIGHT, _PIECE, weight, half - 12, 22, bold=True, align="right"),
        _caption(_LEFT, 266, "CONSIGNEE CITY"),
        _text(_LEFT, 283, city, _CONTENT, 14, bold=True),
        _caption(_LEFT, 298, "HANDLING"),
        *_shc_marks(doc.shc),
        _caption(_LEFT, 360, "FORWARDER"),
        _block(_LEFT, 363, doc.forwarder, _CONTENT, _TOP - MARGIN - 363, 9),
    ]


def _draw_piece(canvas: Any, label: PieceLabel) -> None:
    x = _LEFT + (_CONTENT - label.barcode.width) / 2
    label.barcode.drawOn(canvas, x, _TOP - _BARCODE_TOP - BAR_HEIGHT)
    digits = font_runs(label.barcode_value, bold=True)
    _line(_LEFT + _CONTENT / 2, _TOP - _DIGITS, digits, 11, "center")(canvas)
    runs = font_runs(label.piece_text, bold=True)
    size = fitting_size(runs_width(runs, 26), _CONTENT * _SPLIT_PIECE - 6, 26, 8) or 8
    _line(_LEFT, _TOP - _PIECE, runs, size, "left")(canvas)


def _rules(canvas: Any) -> None:
    canvas.setLineWidth(0.8)
    for offset in _RULES:
        canvas.line(_LEFT, _TOP - offset, _RIGHT, _TOP - offset)
    origin_x = _LEFT + _CONTENT * _SPLIT_ORIGIN
    piece_x = _LEFT + _CONTENT * _SPLIT_PIECE
    canvas.line(origin_x, _TOP - _RULES[2], origin_x, _TOP - _RULES[3])
    canvas.line(piece_x, _TOP - _RULES[3], piece_x, _TOP - _RULES[4])


def _text(
    x: float,
    below_top: float,
    text: str,
    width: float,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> Draw:
    """One line fitted to ``width`` now (shrunk to half its size, then cut with "…")."""
    runs = font_runs(text, bold=bold)
    fitted = fitting_size(runs_width(runs, size), width, size, size / 2)
    if fitted is None:
        fitted = size / 2
        runs = font_runs(truncate_to_width(text, width, fitted, bold=bold), bold=bold)
    return _line(x, _TOP - below_top, runs, fitted, align)


def _line(x: float, y: float, runs: Sequence[Run], size: float, align: str) -> Draw:
    if align != "left":
        width = runs_width(runs, size)
        x -= width if align == "right" else width / 2
    fixed = list(runs)
    return lambda canvas: draw_line(canvas, x, y, fixed, size)


def _caption(x: float, below_top: float, text: str) -> Draw:
    line = _line(x, _TOP - below_top, font_runs(text), _CAPTION, "left")

    def draw(canvas: Any) -> None:
        canvas.setFillGray(_GREY)
        line(canvas)
        canvas.setFillGray(0)

    return draw


def _block(x: float, below_top: float, text: str, width: float, height: float, size: float) -> Draw:
    fitted = fit_box(text, width, height, size, min_size=5.5, bold=True)
    y = _TOP - below_top - fitted.size
    lines = []
    for line in fitted.lines:
        lines.append(_line(x, y, font_runs(line, bold=True), fitted.size, "left"))
        y -= fitted.size * LEADING

    def draw(canvas: Any) -> None:
        for line_draw in lines:
            line_draw(canvas)

    return draw


# --- SHC marks --------------------------------------------------------------------------

_MARKS_TOP, _MARKS_BOTTOM = 302.0, 346.0
_LITHIUM_WIDTH = 120.0
_CODE_GAP = 4.0


def _shc_marks(codes: tuple[str, ...]) -> list[Draw]:
    lithium = [code for code in codes if code in LITHIUM]
    plain = [code for code in codes if code not in LITHIUM]
    if not codes:
        plain = ["—"]  # the box says there is nothing to handle specially
    width = _CONTENT - (_LITHIUM_WIDTH + _CODE_GAP if lithium else 0)
    marks = _code_boxes(plain, width)
    if lithium:
        marks.append(_lithium_mark(lithium[0]))
    return marks


def _code_boxes(codes: Sequence[str], width: float) -> list[Draw]:
    """Each code in its own box, in rows from the top of the marks area."""
    size = 12.0 if len(codes) <= 4 else 9.0
    box_w, box_h = size * 2.6, size * 1.6
    per_row = max(1, int((width + _CODE_GAP) // (box_w + _CODE_GAP)))
    marks = []
    for index, code in enumerate(codes):
        row, column = divmod(index, per_row)
        x = _LEFT + column * (box_w + _CODE_GAP)
        y = _TOP - _MARKS_TOP - (row + 1) * box_h - row * _CODE_GAP
        marks.append(_code_box(x, y, box_w, box_h, code, size))
    return marks


def _code_box(x: float, y: float, w: float, h: float, code: str, size: float) -> Draw:
    runs = font_runs(code, bold=True)
    text = _line(x + w / 2, y + (h - size) / 2 + size * 0.15, runs, size, "center")
    reversed_out = code in REVERSED

    def draw(canvas: Any) -> None:
        canvas.setLineWidth(1.2)
        canvas.rect(x, y, w, h, stroke=1, fill=int(reversed_out))
        canvas.setFillGray(1 if reversed_out else 0)
        text(canvas)
        canvas.setFillGray(0)

    return draw


def _lithium_mark(code: str) -> Draw:
    """A hatched border around the code and what it means (ELI: lithium ion batteries,
    Section II), so whoever builds up the ULD sees it at once."""
    x, y = _RIGHT - _LITHIUM_WIDTH, _TOP - _MARKS_BOTTOM
    height = _MARKS_BOTTOM - _MARKS_TOP
    centre = x + _LITHIUM_WIDTH / 2
    texts = [
        _line(centre, y + 23, font_runs(code, bold=True), 15, "center"),
        _line(centre, y + 14, font_runs(LITHIUM[code], bold=True), 6.5, "center"),
        _line(centre, y + 6.5, font_runs("SECTION II"), 6, "center"),
    ]

    def draw(canvas: Any) -> None:
        _hatched_border(canvas, x, y, _LITHIUM_WIDTH, height, 4.0)
        for text in texts:
            text(canvas)

    return draw


def _hatched_border(canvas: Any, x: float, y: float, w: float, h: float, inset: float) -> None:
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    path.rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset)
    canvas.saveState()
    canvas.clipPath(path, stroke=0, fill=0, fillMode=FILL_EVEN_ODD)
    canvas.setLineWidth(2.2)
    step = 6.0
    offset = -h
    while offset < w:
        canvas.line(x + offset, y, x + offset + h, y + h)
        offset += step
    canvas.restoreState()
    canvas.setLineWidth(0.8)
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    canvas.rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)
