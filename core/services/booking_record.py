"""Writing a new booking and describing it, from what the booking transaction already holds.

Kept apart from booking.py because it is the hot path of every booking: Core inserts (no
unit-of-work flush) and a view built from data in hand instead of reading the rows back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from core.db.models import (
    BookingCharge,
    Consignment,
    DimensionLine,
    Flight,
    LithiumDeclaration,
    Milestone,
)
from core.domain.capacity import FlightSpace
from core.domain.clock import local_text
from core.domain.lithium import section_ii_statement
from core.domain.measures import cm3_to_m3, g_to_kg
from core.domain.money import Money
from core.services.booking_input import CleanBooking
from core.services.flights import flight_view
from core.services.price_book import Priced
from core.services.views import (
    BookingView,
    ChargeView,
    CustomerView,
    DimensionView,
    LithiumView,
    MilestoneView,
)

_INSERT_CONSIGNMENT = insert(Consignment).returning(Consignment.id)
_INSERT_DIMENSIONS = insert(DimensionLine)
_INSERT_MILESTONE = insert(Milestone)
_INSERT_LITHIUM = insert(LithiumDeclaration)
_INSERT_CHARGE = insert(BookingCharge)


@dataclass(frozen=True)
class NewBooking:
    """Everything the booking transaction decided, ready to be written."""

    data: CleanBooking
    flight: Flight
    booking_ref: str
    awb_id: int
    awb_number: str
    shipper: CustomerView
    consignee: CustomerView
    shc: tuple[str, ...]
    now: datetime
    charges: tuple[ChargeView, ...] = ()


def insert_booking(session: Session, new: NewBooking) -> int:
    data, flight = new.data, new.flight
    consignment_id = session.connection().scalar(_INSERT_CONSIGNMENT, _consignment_row(new))
    assert consignment_id is not None
    if data.dimensions:
        session.connection().execute(
            _INSERT_DIMENSIONS,
            [
                {
                    "consignment_id": consignment_id,
                    "length_cm": d.length_cm,
                    "width_cm": d.width_cm,
                    "height_cm": d.height_cm,
                    "pieces": d.pieces,
                }
                for d in data.dimensions
            ],
        )
    session.connection().execute(
        _INSERT_MILESTONE,
        {
            "consignment_id": consignment_id,
            "code": "BKD",
            "station": flight.origin,
            "occurred_at": new.now,
            "recorded_at": new.now,
            "note": None,
        },
    )
    if data.lithium is not None:
        li = data.lithium
        session.connection().execute(
            _INSERT_LITHIUM,
            {
                "consignment_id": consignment_id,
                "packing_instruction": li.packing_instruction,
                "cell_wh": li.cell_wh,
                "battery_wh": li.battery_wh,
                "cell_lithium_g": li.cell_lithium_g,
                "battery_lithium_g": li.battery_lithium_g,
                "state_of_charge_pct": li.state_of_charge_pct,
            },
        )
    insert_charges(session, consignment_id, new.charges)
    return consignment_id


def insert_charges(session: Session, consignment_id: int, lines: tuple[ChargeView, ...]) -> None:
    """A booking's kept price lines, numbered from 1 in their order."""
    if not lines:
        return
    session.connection().execute(
        _INSERT_CHARGE,
        [charge_row(consignment_id, seq, c) for seq, c in enumerate(lines, start=1)],
    )


def charge_row(consignment_id: int, seq: int, c: ChargeView) -> dict[str, object]:
    """One kept price line as the booking_charge table stores it (money in minor units)."""
    return {
        "consignment_id": consignment_id,
        "seq": seq,
        "code": c.code,
        "due": c.due,
        "description": c.description[:70],
        "basis": c.basis,
        "quantity": c.quantity,
        "rate": c.rate,
        "amount_minor": Money(c.amount, c.currency).to_minor(),
        "currency": c.currency,
    }


def charge_views(priced: Priced) -> tuple[ChargeView, ...]:
    """The quote as lines: freight (after any discount) first, then the other charges."""
    f = priced.freight
    net = f.amount.amount - (priced.discount.amount if priced.discount else 0)
    freight = ChargeView(
        "FRT",
        "C",
        f"Freight {f.label}" + (f", less {priced.discount} discount" if priced.discount else ""),
        f"class_{f.rate_class}",
        f.weight_kg,
        f.rate,
        net,
        f.amount.currency,
    )
    others = (
        ChargeView(
            c.code,
            c.due,
            c.description,
            c.basis,
            c.quantity,
            c.rate,
            c.amount.amount,
            c.amount.currency,
        )
        for c in priced.charges
    )
    return (freight, *others)


def _consignment_row(new: NewBooking) -> dict[str, object]:
    data, flight = new.data, new.flight
    declared = data.declared_value
    return {
        "booking_ref": new.booking_ref,
        "client_request_id": data.client_request_id,
        "awb_id": new.awb_id,
        "shipper_id": new.shipper.id,
        "consignee_id": new.consignee.id,
        "origin": flight.origin,
        "destination": flight.destination,
        "flight_id": flight.id,
        "pieces": data.pieces,
        "gross_weight_g": data.gross_weight_g,
        "volume_cm3": data.volume_cm3,
        "chargeable_weight_g": data.chargeable_weight_g,
        "goods_description": data.goods_description,
        "hs_code": data.hs_code,
        "shc": " ".join(new.shc),
        "security_status": data.security_status,
        "declared_value_minor": declared.to_minor() if declared else None,
        "declared_value_currency": declared.currency if declared else None,
        "payment": data.payment,
        "space_status": data.space_status,
        "status": "booked",
        "milestone": "BKD",
        "cancel_reason": None,
        "created_at": new.now,
        "updated_at": new.now,
    }


def new_booking_view(
    new: NewBooking,
    consignment_id: int,
    space: FlightSpace,
    bookings: int,
    zones: dict[str, str],
) -> BookingView:
    """The view of the booking just written; the flight's totals now include it."""
    data, flight = new.data, new.flight
    counts = data.space_status in ("requested", "confirmed")
    weight = space.booked_weight_g + (data.gross_weight_g if counts else 0)
    volume = space.booked_volume_cm3 + (data.volume_cm3 if counts else 0)
    origin_tz = zones[flight.origin]
    return BookingView(
        id=consignment_id,
        booking_ref=new.booking_ref,
        client_request_id=data.client_request_id,
        awb_number=new.awb_number,
        status="booked",
        space_status=data.space_status,
        milestone="BKD",
        shipper=new.shipper,
        consignee=new.consignee,
        origin=flight.origin,
        destination=flight.destination,
        flight=flight_view(flight, weight, volume, bookings + (1 if counts else 0), zones),
        pieces=data.pieces,
        gross_weight_kg=g_to_kg(data.gross_weight_g),
        volume_m3=cm3_to_m3(data.volume_cm3),
        chargeable_weight_kg=g_to_kg(data.chargeable_weight_g),
        goods_description=data.goods_description,
        hs_code=data.hs_code,
        shc=new.shc,
        security_status=data.security_status,
        declared_value=str(data.declared_value) if data.declared_value else None,
        payment=data.payment,
        cancel_reason=None,
        created_at_utc=new.now,
        dimensions=tuple(
            DimensionView(d.length_cm, d.width_cm, d.height_cm, d.pieces) for d in data.dimensions
        ),
        lithium=_lithium_view(data),
        milestones=(
            MilestoneView("BKD", flight.origin, new.now, local_text(new.now, origin_tz), None),
        ),
        charges=new.charges,
    )


def _lithium_view(data: CleanBooking) -> LithiumView | None:
    li = data.lithium
    if li is None:
        return None
    return LithiumView(
        li.packing_instruction,
        li.cell_wh,
        li.battery_wh,
        li.cell_lithium_g,
        li.battery_lithium_g,
        li.state_of_charge_pct,
        section_ii_statement(li),
    )
