"""The air waybill page, lower half: handling information, the rating block, the prepaid
and collect summary, other charges, the shipper's certification, the execution box and
the copy's caption.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from core.documents.awb_draw import Part, draw_block, draw_caption, draw_frame, draw_value
from core.documents.awb_layout import RATING_COLUMNS, AwbLayout, Box
from core.documents.awb_text import (
    AwbTotals,
    amount_text,
    day_text,
    handling_parts,
    nature_parts,
    other_charges_text,
    rate_text,
    totals,
    weight_text,
)
from core.documents.textbox import draw_fitted, text_width

if TYPE_CHECKING:
    from core.documents.awb_form import AwbDocument

__all__ = ["CERTIFICATION", "draw_lower_half"]

# IATA Resolution 600a: the shipper's certification above the shipper's signature.
CERTIFICATION = (
    "Shipper certifies that the particulars on the face hereof are correct and that insofar "
    "as any part of the consignment contains dangerous goods, such part is properly described "
    "by name and is in proper condition for carriage by air according to the applicable "
    "Dangerous Goods Regulations."
)
_RATING_CAPTIONS = {
    "pieces": "No. of Pieces RCP",
    "gross": "Gross Weight",
    "unit": "kg lb",
    "rate_class": "Rate Class",
    "commodity": "Commodity Item No.",
    "chargeable": "Chargeable Weight",
    "rate": "Rate / Charge",
    "total": "Total",
    "nature": "Nature and Quantity of Goods (incl. Dimensions or Volume)",
}
_NUMBER = 9.0
_TAB_SIZE = 5.5
_GREY = 0.35
_AS_AGREED = "AS AGREED"


def draw_lower_half(canvas: Any, layout: AwbLayout, doc: AwbDocument, caption: str) -> None:
    _handling(canvas, layout.handling, doc)
    _rating(canvas, layout, doc)
    figures = totals(doc)
    _summary(canvas, layout.summary, doc.payment, figures)
    _other_charges(canvas, layout.other_charges, doc, figures)
    _signatures(canvas, layout, doc)
    _caption(canvas, layout.caption_band, doc, caption)


def _handling(canvas: Any, box: Box, doc: AwbDocument) -> None:
    draw_frame(canvas, box)
    area = draw_caption(canvas, box, "Handling Information")
    draw_block(canvas, area, handling_parts(doc), 9.0, min_size=5.5)


def _rating(canvas: Any, layout: AwbLayout, doc: AwbDocument) -> None:
    names = [name for name, _ in RATING_COLUMNS]
    for name, head, body, total in zip(
        names, layout.rating_head, layout.rating_body, layout.rating_total, strict=True
    ):
        for box in (head, body, total):
            draw_frame(canvas, box)
        draw_caption(canvas, head, _RATING_CAPTIONS[name], align="center", share=1.0)
    values = _rating_values(doc)
    for name, body in zip(names, layout.rating_body, strict=True):
        if name in values:
            line = Box(body.x + 2, body.top - 14, body.w - 4, 12)
            draw_value(canvas, line, values[name], _NUMBER, align=_align(name), bold=True)
    nature = layout.rating_body[names.index("nature")]
    draw_block(canvas, _inside(nature), nature_parts(doc), 8.5, min_size=5.0)
    _rating_totals(canvas, dict(zip(names, layout.rating_total, strict=True)), doc)


def _rating_values(doc: AwbDocument) -> dict[str, str]:
    values = {
        "pieces": str(doc.pieces),
        "gross": weight_text(doc.gross_weight_kg),
        "unit": "K",
        "chargeable": weight_text(doc.chargeable_weight_kg),
        "rate": _AS_AGREED,
        "total": _AS_AGREED,
    }
    rating = doc.rating
    if rating is not None:
        values["rate_class"] = rating.rate_class
        values["chargeable"] = weight_text(rating.weight_kg)
        # IATA: a minimum charge shows the charge itself as the rate
        values["rate"] = (
            amount_text(rating.total) if rating.rate is None else rate_text(rating.rate)
        )
        values["total"] = amount_text(rating.total)
    return values


def _align(name: str) -> str:
    return "center" if name in ("unit", "rate_class", "commodity") else "right"


def _inside(box: Box) -> Box:
    return Box(box.x + 3, box.y + 3, box.w - 6, box.h - 6)


def _rating_totals(canvas: Any, boxes: dict[str, Box], doc: AwbDocument) -> None:
    figures = totals(doc)
    cells = {
        "pieces": str(doc.pieces),
        "gross": weight_text(doc.gross_weight_kg),
        "total": amount_text(figures.weight_charge) if figures else _AS_AGREED,
    }
    for name, text in cells.items():
        draw_value(canvas, _inside(boxes[name]), text, _NUMBER, bold=True, align="right")


def _summary(canvas: Any, rows: tuple[Box, ...], payment: str, figures: AwbTotals | None) -> None:
    """Prepaid | collect, row by row; the figures go in the column the payment names."""
    amounts = _summary_amounts(figures)
    for index, (row, (title, amount)) in enumerate(zip(rows, amounts, strict=True)):
        prepaid, collect = row.split(row.w / 2, 0)
        for box in (prepaid, collect):
            draw_frame(canvas, box)
        last = index == len(rows) - 1
        if last:
            draw_caption(canvas, prepaid, "Total Prepaid", align="center")
            draw_caption(canvas, collect, "Total Collect", align="center")
        else:
            _tab(canvas, row, title)
        if index == 0:
            draw_caption(canvas, prepaid, "Prepaid")
            draw_caption(canvas, collect, "Collect", align="right")
        target = prepaid if payment == "PP" else collect
        area = Box(target.x + 4, target.y + 3, target.w - 8, 14)
        draw_value(canvas, area, amount, 10.0 if last else _NUMBER, bold=True, align="right")


def _tab(canvas: Any, row: Box, title: str) -> None:
    """The form's caption tab straddling the prepaid/collect line at the top of a row."""
    width = min(text_width(title, _TAB_SIZE) + 8, row.w - 60)
    tab = Box(row.x + (row.w - width) / 2, row.top - 9, width, 9)
    canvas.setFillGray(1)
    canvas.rect(tab.x, tab.y, tab.w, tab.h, stroke=1, fill=1)
    canvas.setFillGray(_GREY)
    draw_fitted(
        canvas,
        tab.x + tab.w / 2,
        tab.y + 2.4,
        title,
        tab.w - 4,
        _TAB_SIZE,
        min_size=4.0,
        align="center",
    )
    canvas.setFillGray(0)


def _summary_amounts(figures: AwbTotals | None) -> list[tuple[str, str]]:
    titles = ("Weight Charge", "Total Other Charges Due Agent", "Total Other Charges Due Carrier")
    if figures is None:
        return [(title, _AS_AGREED) for title in (*titles, "Total")]
    values: tuple[Decimal, ...] = (
        figures.weight_charge,
        figures.due_agent,
        figures.due_carrier,
        figures.total,
    )
    return [
        (title, amount_text(value)) for title, value in zip((*titles, "Total"), values, strict=True)
    ]


def _other_charges(canvas: Any, box: Box, doc: AwbDocument, figures: AwbTotals | None) -> None:
    draw_frame(canvas, box)
    area = draw_caption(canvas, box, "Other Charges")
    text = (other_charges_text(doc.other_charges) or "NIL") if figures else _AS_AGREED
    draw_block(canvas, area, [(text, True)], 9.0, min_size=5.5)


def _signatures(canvas: Any, layout: AwbLayout, doc: AwbDocument) -> None:
    box = layout.certification
    draw_frame(canvas, box)
    upper, lower = box.rows(box.h - 26, 0)
    draw_block(canvas, _inside(upper), [(CERTIFICATION, False)], 6.0, min_size=4.0)
    _signature(canvas, lower, doc.agent.name, "Signature of Shipper or his Agent")
    on_box, at_box, by_box = layout.executed
    for cell in layout.executed:
        draw_frame(canvas, cell)
    values: list[tuple[Box, Part, str]] = [
        (on_box, (day_text(doc.executed_on), True), "Executed on (date)"),
        (at_box, (doc.executed_at, True), "at (place)"),
    ]
    for cell, (text, bold), title in values:
        area = draw_caption(canvas, cell, title)
        draw_block(canvas, area, [(text, bold)], 9.0, min_size=5.5)
    _signature(canvas, by_box, doc.agent.name, "Signature of Issuing Carrier or its Agent")


def _signature(canvas: Any, box: Box, name: str, title: str) -> None:
    """The signer's name above a rule, the form's caption below it."""
    canvas.setFillGray(_GREY)
    centre = box.x + box.w / 2
    draw_fitted(canvas, centre, box.y + 3, title, box.w - 6, 5.5, min_size=4.0, align="center")
    canvas.setFillGray(0)
    area = Box(box.x + 3, box.y + 9, box.w - 6, box.h - 12)
    draw_block(canvas, area, [(name, True)], 7.5, min_size=4.5, align="center")


def _caption(canvas: Any, band: Box, doc: AwbDocument, caption: str) -> None:
    y = band.y + 6
    centre, width = band.x + band.w / 2, band.w * 0.6
    draw_fitted(canvas, centre, y, caption, width, 12, min_size=7, bold=True, align="center")
    width = band.w * 0.18
    draw_fitted(canvas, band.right, y, doc.number, width, 10, min_size=7, bold=True, align="right")
