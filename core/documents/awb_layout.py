"""Where each box of the air waybill sits on an A4 page (IATA Resolution 600a layout).

The form is built top-down from row heights, so neighbouring boxes share their edges
exactly: the left column (shipper, consignee, agent, airports, routing, flight) beside the
right column (issuer, conditions of contract, accounting, charges codes and declared
values), then handling information and the rating block across the page, then the
prepaid/collect summary beside other charges, the shipper's certification and the
execution box, and the copy's caption at the foot. Units are points; ``y`` is the bottom.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

__all__ = ["PAGE", "AwbLayout", "Box", "awb_layout"]

PAGE = A4
_MARGIN = 10 * mm
_HALF = (PAGE[0] - 2 * _MARGIN) / 2

# Row heights of each region, top-down (points).
_BAND = 22.0  # AWB number above the form, copy caption below it
_LEFT_ROWS = (76.0, 76.0, 44.0, 22.0, 22.0, 24.0, 24.0)
_RIGHT_ROWS = (60.0, 18.0, 94.0, 44.0, 22.0, 50.0)
_HANDLING = 46.0
_RATING_HEAD, _RATING_TOTAL = 22.0, 20.0
_SUMMARY_ROW = 38.0
_SUMMARY_ROWS = 4
_RIGHT_FOOT = (56.0, 52.0, 44.0)
# Rating block columns (IATA order); the nature of goods takes the rest of the width.
RATING_COLUMNS = (
    ("pieces", 42.0),
    ("gross", 56.0),
    ("unit", 18.0),
    ("rate_class", 26.0),
    ("commodity", 40.0),
    ("chargeable", 56.0),
    ("rate", 56.0),
    ("total", 68.0),
    ("nature", 0.0),
)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def split(self, *widths: float) -> tuple[Box, ...]:
        """Side-by-side boxes of the given widths; one 0 width takes what is left."""
        rest = self.w - sum(widths)
        boxes, x = [], self.x
        for width in widths:
            actual = width or rest
            boxes.append(Box(x, self.y, actual, self.h))
            x += actual
        return tuple(boxes)

    def rows(self, *heights: float) -> tuple[Box, ...]:
        """Stacked boxes of the given heights from the top down; one 0 takes the rest."""
        rest = self.h - sum(heights)
        boxes, top = [], self.top
        for height in heights:
            actual = height or rest
            boxes.append(Box(self.x, top - actual, self.w, actual))
            top -= actual
        return tuple(boxes)


@dataclass(frozen=True)
class AwbLayout:
    number_band: Box
    shipper: Box
    shipper_account: Box
    consignee: Box
    consignee_account: Box
    agent: Box
    agent_account: Box
    departure: Box
    routing: tuple[Box, Box]  # to, by first carrier
    destination: tuple[Box, Box, Box]  # airport of destination, flight, date
    issuer: Box
    originals: Box
    conditions: Box
    accounting: Box
    reference: Box
    charges_codes: tuple[Box, ...]  # currency, CHGS, WT/VAL, other, carriage and customs values
    handling: Box
    rating_head: tuple[Box, ...]
    rating_body: tuple[Box, ...]
    rating_total: tuple[Box, ...]
    summary: tuple[Box, ...]  # weight charge, due agent, due carrier, totals
    other_charges: Box
    certification: Box
    executed: tuple[Box, Box, Box]  # on (date), at (place), signature
    caption_band: Box


@cache
def awb_layout() -> AwbLayout:
    page = Box(_MARGIN, _MARGIN, PAGE[0] - 2 * _MARGIN, PAGE[1] - 2 * _MARGIN)
    # The rating block (0) takes the height the other regions leave.
    band, top, handling, rating, foot, caption = page.rows(
        _BAND, sum(_LEFT_ROWS), _HANDLING, 0, _SUMMARY_ROW * _SUMMARY_ROWS, _BAND
    )
    left, right = top.split(_HALF, 0)
    shipper, consignee, agent, agent_account, departure, routing, destination = left.rows(
        *_LEFT_ROWS
    )
    issuer, originals, conditions, accounting, reference, codes = right.rows(*_RIGHT_ROWS)
    head, body, total = rating.rows(_RATING_HEAD, 0, _RATING_TOTAL)
    foot_left, foot_right = foot.split(_HALF, 0)
    other, certification, executed = foot_right.rows(*_RIGHT_FOOT)
    to_box, by_box = routing.split(56, 0)
    airport, flight, day = destination.split(left.w * 0.56, left.w * 0.2, 0)
    on_box, at_box, by_agent = executed.split(foot_right.w * 0.28, foot_right.w * 0.3, 0)
    return AwbLayout(
        number_band=band,
        shipper=shipper,
        shipper_account=_account(shipper),
        consignee=consignee,
        consignee_account=_account(consignee),
        agent=agent,
        agent_account=agent_account,
        departure=departure,
        routing=(to_box, by_box),
        destination=(airport, flight, day),
        issuer=issuer,
        originals=originals,
        conditions=conditions,
        accounting=accounting,
        reference=reference,
        charges_codes=codes.split(32, 28, 48, 48, (codes.w - 156) / 2, 0),
        handling=handling,
        rating_head=_rating_columns(head),
        rating_body=_rating_columns(body),
        rating_total=_rating_columns(total),
        summary=foot_left.rows(*[_SUMMARY_ROW] * _SUMMARY_ROWS),
        other_charges=other,
        certification=certification,
        executed=(on_box, at_box, by_agent),
        caption_band=caption,
    )


def _account(party: Box) -> Box:
    """The account number sits in the top right corner of a party box, as on the form."""
    width, height = 112.0, 22.0
    return Box(party.right - width, party.top - height, width, height)


def _rating_columns(row: Box) -> tuple[Box, ...]:
    return row.split(*(width for _, width in RATING_COLUMNS))
