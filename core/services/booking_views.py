"""Finding a booking by what the clerk knows, and turning it into plain data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.db.models import Airport, Awb, BookingCharge, Consignment, Customer, Flight
from core.domain.clock import local_text
from core.domain.lithium import LithiumDeclaration, section_ii_statement
from core.domain.measures import cm3_to_m3, g_to_kg
from core.domain.money import Money
from core.errors import NotFound
from core.services.customers import customer_view
from core.services.flights import load_flight_view
from core.services.uow import UnitOfWork
from core.services.views import (
    BookingView,
    ChargeView,
    DimensionView,
    LithiumView,
    MilestoneView,
)


def find_booking(session: Session, key: str, *, field: str = "booking") -> Consignment:
    """By AWB number ("172-12345675" or 11 digits) or booking reference ("CGO1-B000042")."""
    text = key.strip().upper()
    digits = text.replace("-", "").replace(" ", "")
    stmt = select(Consignment).options(
        selectinload(Consignment.dimensions),
        selectinload(Consignment.milestones),
        selectinload(Consignment.lithium),
    )
    if digits.isdigit() and len(digits) == 11:
        stmt = stmt.join(Awb, Awb.id == Consignment.awb_id).where(
            Awb.number == f"{digits[:3]}-{digits[3:]}"
        )
    else:
        stmt = stmt.where(Consignment.booking_ref == text)
    found = session.scalar(stmt)
    if found is None:
        raise NotFound("booking", text, field=field)
    return found


def get_booking(uow: UnitOfWork, key: str) -> BookingView:
    """One booking, by AWB number or booking reference, as plain data."""
    with uow:
        return booking_view(uow.session, find_booking(uow.session, key))


def booking_view(session: Session, c: Consignment) -> BookingView:
    flight = session.get_one(Flight, c.flight_id)
    awb = session.get_one(Awb, c.awb_id)
    origin_tz = session.get_one(Airport, c.origin).tz
    zones = {
        a.iata: a.tz
        for a in session.scalars(
            select(Airport).where(Airport.iata.in_({m.station for m in c.milestones}))
        )
    }
    return BookingView(
        id=c.id,
        booking_ref=c.booking_ref,
        client_request_id=c.client_request_id,
        awb_number=awb.number,
        status=c.status,
        space_status=c.space_status,
        milestone=c.milestone,
        shipper=customer_view(session.get_one(Customer, c.shipper_id)),
        consignee=customer_view(session.get_one(Customer, c.consignee_id)),
        origin=c.origin,
        destination=c.destination,
        flight=load_flight_view(session, flight),
        pieces=c.pieces,
        gross_weight_kg=g_to_kg(c.gross_weight_g),
        volume_m3=cm3_to_m3(c.volume_cm3),
        chargeable_weight_kg=g_to_kg(c.chargeable_weight_g),
        goods_description=c.goods_description,
        hs_code=c.hs_code,
        shc=tuple(c.shc.split()),
        security_status=c.security_status,
        declared_value=_declared(c),
        payment=c.payment,
        cancel_reason=c.cancel_reason,
        created_at_utc=c.created_at,
        dimensions=tuple(
            DimensionView(d.length_cm, d.width_cm, d.height_cm, d.pieces) for d in c.dimensions
        ),
        lithium=_lithium_view(c),
        milestones=tuple(
            MilestoneView(
                m.code,
                m.station,
                m.occurred_at,
                local_text(m.occurred_at, zones.get(m.station, origin_tz)),
                m.note,
            )
            for m in c.milestones
        ),
        charges=_charges(session, c.id),
    )


def _charges(session: Session, consignment_id: int) -> tuple[ChargeView, ...]:
    rows = session.scalars(
        select(BookingCharge)
        .where(BookingCharge.consignment_id == consignment_id)
        .order_by(BookingCharge.seq)
    )
    return tuple(
        ChargeView(
            r.code,
            r.due,
            r.description,
            r.basis,
            r.quantity,
            r.rate,
            Money.from_minor(r.amount_minor, r.currency).amount,
            r.currency,
        )
        for r in rows
    )


def _declared(c: Consignment) -> str | None:
    if c.declared_value_minor is None or c.declared_value_currency is None:
        return None
    return str(Money.from_minor(c.declared_value_minor, c.declared_value_currency))


def _lithium_view(c: Consignment) -> LithiumView | None:
    li = c.lithium
    if li is None:
        return None
    decl = LithiumDeclaration(
        li.packing_instruction,
        li.cell_wh,
        li.battery_wh,
        li.cell_lithium_g,
        li.battery_lithium_g,
        li.state_of_charge_pct,
    )
    return LithiumView(
        li.packing_instruction,
        li.cell_wh,
        li.battery_wh,
        li.cell_lithium_g,
        li.battery_lithium_g,
        li.state_of_charge_pct,
        section_ii_statement(decl),
    )
