"""The air waybill page, box by box, top half: number band, parties, agent, airports and
routing (left column); issuer, conditions of contract, accounting information, charges
codes and declared values (right column). The lower half is in :mod:`.awb_charges`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.documents.awb_charges import draw_lower_half
from core.documents.awb_draw import (
    PAD,
    draw_block,
    draw_caption,
    draw_frame,
    draw_value,
    value_box,
)
from core.documents.awb_layout import AwbLayout, Box, awb_layout
from core.documents.awb_text import day_text, party_parts
from core.documents.textbox import draw_fitted, draw_runs, fit_box

if TYPE_CHECKING:
    from core.documents.awb_form import AwbDocument, AwbParty

__all__ = ["CONDITIONS", "ORIGINALS", "draw_page"]

# IATA Resolution 600b: the notice on the face of every air waybill.
CONDITIONS = (
    "It is agreed that the goods described herein are accepted in apparent good order and "
    "condition (except as noted) for carriage SUBJECT TO THE CONDITIONS OF CONTRACT ON THE "
    "REVERSE HEREOF. ALL GOODS MAY BE CARRIED BY ANY OTHER MEANS INCLUDING ROAD OR ANY OTHER "
    "CARRIER UNLESS SPECIFIC CONTRARY INSTRUCTIONS ARE GIVEN HEREON BY THE SHIPPER, AND "
    "SHIPPER AGREES THAT THE SHIPMENT MAY BE CARRIED VIA INTERMEDIATE STOPPING PLACES WHICH "
    "THE CARRIER DEEMS APPROPRIATE. THE SHIPPER'S ATTENTION IS DRAWN TO THE NOTICE "
    "CONCERNING CARRIER'S LIMITATION OF LIABILITY. Shipper may increase such limitation of "
    "liability by declaring a higher value for carriage and paying a supplemental charge if "
    "required."
)
ORIGINALS = "Copies 1, 2 and 3 of this Air Waybill are originals and have the same validity."
_LINE_WIDTH = 0.5
_VALUE = 8.5  # the size of a one-line value


def draw_page(canvas: Any, doc: AwbDocument, caption: str) -> None:
    """One original or copy: every box of the form, then ``caption`` at the foot."""
    layout = awb_layout()
    canvas.setLineWidth(_LINE_WIDTH)
    _number_band(canvas, layout.number_band, doc)
    _parties(canvas, layout, doc)
    _agent(canvas, layout, doc)
    _airports(canvas, layout, doc)
    _issuer(canvas, layout, doc)
    _accounting(canvas, layout, doc)
    _charges_codes(canvas, layout.charges_codes, doc)
    draw_lower_half(canvas, layout, doc, caption)


def _number_band(canvas: Any, band: Box, doc: AwbDocument) -> None:
    """IATA: the AWB number top left (prefix, airport of departure, serial) and top right."""
    prefix, serial = doc.number.split("-")
    y = band.y + 7
    draw_runs(canvas, band.x, y, f"{prefix}   {doc.departure.code}   {serial}", 12, bold=True)
    draw_runs(canvas, band.right, y, doc.number, 12, bold=True, align="right")


def _parties(canvas: Any, layout: AwbLayout, doc: AwbDocument) -> None:
    for role, box, account in (
        ("Shipper's", layout.shipper, layout.shipper_account),
        ("Consignee's", layout.consignee, layout.consignee_account),
    ):
        party: AwbParty = doc.shipper if role == "Shipper's" else doc.consignee
        draw_frame(canvas, box)
        draw_caption(canvas, Box(box.x, account.y, box.w - account.w, account.h), _name(role))
        draw_frame(canvas, account)
        area = draw_caption(canvas, account, f"{role} Account Number")
        draw_value(canvas, area, party.account or "", _VALUE, bold=True)
        text = Box(box.x + PAD, box.y + PAD, box.w - 2 * PAD, account.y - box.y - 2 * PAD)
        draw_block(canvas, text, party_parts(party), 8.5, min_size=5.0)


def _name(role: str) -> str:
    return f"{role} Name and Address"


def _agent(canvas: Any, layout: AwbLayout, doc: AwbDocument) -> None:
    agent = doc.agent
    draw_frame(canvas, layout.agent)
    area = draw_caption(canvas, layout.agent, "Issuing Carrier's Agent Name and City")
    parts = [(agent.name, True), (f"{agent.city}, {agent.country}", False)]
    draw_block(canvas, area, parts, 8.5, min_size=5.0)
    draw_frame(canvas, layout.agent_account)
    area = draw_caption(canvas, layout.agent_account, "Agent's Account No. (USCC)")
    draw_value(canvas, area, agent.account or "", _VALUE)


def _airports(canvas: Any, layout: AwbLayout, doc: AwbDocument) -> None:
    departure, destination = doc.departure, doc.destination
    to_box, by_box = layout.routing
    airport_box, flight_box, date_box = layout.destination
    for box, caption, value, bold in (
        (
            layout.departure,
            "Airport of Departure (Addr. of First Carrier) and Requested Routing",
            f"{departure.name} ({departure.code}), {departure.city}",
            False,
        ),
        (to_box, "To", destination.code, True),
        (by_box, "By First Carrier", f"{doc.carrier_name} ({doc.carrier_code})", False),
        (airport_box, "Airport of Destination", f"{destination.name} ({destination.code})", False),
        (flight_box, "Requested Flight", doc.flight_number, True),
        (date_box, "Date", day_text(doc.flight_date), True),
    ):
        draw_frame(canvas, box)
        area = draw_caption(canvas, box, caption)
        draw_block(canvas, area, [(value, bold)], _VALUE, min_size=5.5)


def _issuer(canvas: Any, layout: AwbLayout, doc: AwbDocument) -> None:
    box = layout.issuer
    draw_frame(canvas, box)
    area = value_box(box)
    canvas.setFillGray(0.35)
    draw_runs(canvas, area.x, area.top - 6, "Not Negotiable", 6.5)
    draw_runs(canvas, area.x, area.top - 38, "Issued by", 6.5)
    canvas.setFillGray(0)
    draw_runs(canvas, area.x, area.top - 25, "Air Waybill", 15, bold=True)
    draw_fitted(canvas, area.x, area.top - 51, doc.carrier_name, area.w, 11, min_size=6, bold=True)
    for box, text, size in (
        (layout.originals, ORIGINALS, 6.0),
        (layout.conditions, CONDITIONS, 6.0),
    ):
        draw_frame(canvas, box)
        inner = value_box(box)
        fitted = fit_box(text, inner.w, inner.h, size, min_size=4.0)
        y = inner.top - fitted.size
        for line in fitted.lines:
            draw_runs(canvas, inner.x, y, line, fitted.size)
            y -= fitted.size * 1.2


def _accounting(canvas: Any, layout: AwbLayout, doc: AwbDocument) -> None:
    payment = "FREIGHT PREPAID" if doc.payment == "PP" else "FREIGHT COLLECT"
    draw_frame(canvas, layout.accounting)
    area = draw_caption(canvas, layout.accounting, "Accounting Information")
    draw_block(canvas, area, [(payment, True)], 9.0)
    draw_frame(canvas, layout.reference)
    area = draw_caption(canvas, layout.reference, "Reference Number")
    draw_value(canvas, area, doc.reference, _VALUE)


def _charges_codes(canvas: Any, boxes: tuple[Box, ...], doc: AwbDocument) -> None:
    """Currency, charges code, prepaid or collect marks and the declared values."""
    currency, code, weight, other, carriage, customs = boxes
    for box, caption, value in (
        (currency, "Currency", doc.currency or "—"),
        (code, "CHGS Code", doc.payment),
        (carriage, "Declared Value for Carriage", doc.declared_carriage),
        (customs, "Declared Value for Customs", doc.declared_customs),
    ):
        draw_frame(canvas, box)
        area = draw_caption(canvas, box, caption, align="center")
        draw_value(canvas, area, value, _VALUE, bold=True, align="center")
    for box, caption in ((weight, "WT/VAL"), (other, "Other")):
        _prepaid_or_collect(canvas, box, caption, doc.payment)


def _prepaid_or_collect(canvas: Any, box: Box, caption: str, payment: str) -> None:
    """IATA: weight/valuation and other charges are each marked prepaid or collect."""
    draw_frame(canvas, box)
    area = draw_caption(canvas, box, caption, align="center")
    halves = Box(box.x, box.y, box.w, area.top - box.y).split(box.w / 2, 0)
    for half, sub, chosen in zip(halves, ("PPD", "COLL"), ("PP", "CC"), strict=True):
        draw_frame(canvas, half)
        inner = draw_caption(canvas, half, sub, align="center")
        draw_value(
            canvas, inner, "X" if payment == chosen else "", _VALUE, bold=True, align="center"
        )
