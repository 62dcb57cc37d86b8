"""Booking onto flight space: book, cancel, rebook, space status. Never overbooks."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from core.db.base import utc_now
from core.db.models import Awb, Carrier, Consignment, Customer, Flight
from core.domain.clock import local_date
from core.domain.lithium import check_lithium, shc_consistent
from core.domain.measures import kg_to_g
from core.domain.text import clean_text
from core.errors import Conflict, InvalidState, NotFound, ValidationError
from core.services.booking_input import (
    SPACE_STATUSES,
    BookingRequest,
    CleanBooking,
    FlightRef,
    choose,
    clean_booking,
    parse_flight_ref,
)
from core.services.booking_record import (
    NewBooking,
    charge_views,
    insert_booking,
    new_booking_view,
)
from core.services.booking_views import booking_view, find_booking
from core.services.changes import ChangeSet, Entity, Notice, Outcome
from core.services.customers import customer_view
from core.services.flights import COUNTING_SPACE, airport_zones, flight_space, space_and_count
from core.services.price_book import PriceBook, Shipment
from core.services.settings import next_number
from core.services.stock import allocate
from core.services.uow import UnitOfWork
from core.services.views import BookingView, ChargeView, CustomerView

_BY_REQUEST_ID = select(Consignment.id).where(
    Consignment.client_request_id == bindparam("request_id")
)


def book(uow: UnitOfWork, request: BookingRequest) -> Outcome[BookingView]:
    """Book a consignment: capacity check, AWB allocation, insert and BKD in one transaction.

    A request whose client_request_id was already booked returns that booking unchanged,
    so a retry after a lost answer never books twice.
    """
    data = clean_booking(request)
    with uow:
        booked = book_within(uow, data)
        if booked.replayed:
            return Outcome(booked.view, uow.changes)
        uow.commit()
        booked.record_changes(uow.changes)
        return Outcome(booked.view, uow.changes, booked.notices)


@dataclass(frozen=True)
class Booked:
    """What book_within did inside the caller's transaction (not yet committed)."""

    view: BookingView
    flight_id: int
    awb_number: str | None  # None when the request was a replay: nothing was drawn
    notices: tuple[Notice, ...] = ()

    @property
    def replayed(self) -> bool:
        return self.awb_number is None

    def record_changes(self, changes: ChangeSet) -> None:
        if self.replayed:
            return
        changes.add(Entity.CONSIGNMENT, self.view.id)
        changes.add(Entity.FLIGHT, self.flight_id)
        changes.add(Entity.AWB_STOCK, self.awb_number or "")


def book_within(uow: UnitOfWork, data: CleanBooking) -> Booked:
    """The booking's transaction body, for a caller that writes more in the same
    transaction (a consolidation's master): replay, flight lock, capacity, AWB, price.
    The caller commits."""
    session = uow.session
    done = session.connection().scalar(_BY_REQUEST_ID, {"request_id": data.client_request_id})
    if done is not None:
        view = _replayed(session, done, data)
        return Booked(view, view.flight.id, None)
    flight = locked_flight(session, data.flight)
    zones = airport_zones(session, {flight.origin, flight.destination})
    shc = _checked_shc(data, flight, zones[flight.origin])
    shipper, consignee = _parties(session, data)
    space, bookings = space_and_count(session, flight)
    if data.space_status in COUNTING_SPACE:
        space.accept(data.gross_weight_g, data.volume_cm3)
    awb, notices = allocate(uow, flight.carrier)
    new = NewBooking(
        data,
        flight,
        next_number(uow, "booking"),
        awb.id,
        awb.number,
        shipper,
        consignee,
        shc,
        utc_now(),
        _quoted(
            session,
            data,
            flight,
            shipper if data.payment == "PP" else consignee,
            zones[flight.origin],
        ),
    )
    consignment_id = insert_booking(session, new)
    view = new_booking_view(new, consignment_id, space, bookings, zones)
    return Booked(view, flight.id, awb.number, notices)


_PARTIES = select(Customer).where(
    Customer.account_number.in_(bindparam("accounts", expanding=True))
)


def _quoted(
    session: Session, data: CleanBooking, flight: Flight, payer: CustomerView, tz: str
) -> tuple[ChargeView, ...]:
    """The price the booking keeps (issue 3: later tariff changes never change it). The
    agreement of the party who pays applies (shipper PP, consignee CC, as invoices bill
    them); a lane with no tariff is booked unpriced."""
    shipment = Shipment(
        origin=flight.origin,
        destination=flight.destination,
        day=local_date(flight.departs_at, tz),
        carrier_id=flight.carrier_id,
        customer_id=payer.id,
        gross_weight_g=data.gross_weight_g,
        volume_cm3=data.volume_cm3,
        hs_code=data.hs_code,
    )
    book = PriceBook.for_booking(
        session, origin=flight.origin, destination=flight.destination, customer_id=payer.id
    )
    if not book.tariffs:
        return ()
    try:
        return charge_views(book.price(shipment))
    except NotFound:
        return ()


def _parties(session: Session, data: CleanBooking) -> tuple[CustomerView, CustomerView]:
    """Shipper and consignee in one read; a missing one is named by its field."""
    found = {
        c.account_number: c
        for c in session.scalars(_PARTIES, {"accounts": [data.shipper, data.consignee]})
    }
    for field, account in (("shipper", data.shipper), ("consignee", data.consignee)):
        if account not in found:
            raise NotFound("customer", account, field=field)
    return customer_view(found[data.shipper]), customer_view(found[data.consignee])


def _replayed(session: Session, consignment_id: int, data: CleanBooking) -> BookingView:
    """The booking a retried request already made; the same id with other cargo is a
    client bug that must not pass silently as a success."""
    view = booking_view(session, session.get_one(Consignment, consignment_id))
    same = (
        view.shipper.account_number == data.shipper
        and view.consignee.account_number == data.consignee
        and view.pieces == data.pieces
        and kg_to_g(view.gross_weight_kg) == data.gross_weight_g
    )
    if not same:
        raise Conflict(
            "booking.request_reused",
            f"client_request_id: {data.client_request_id} already booked {view.booking_ref} "
            "with other cargo",
            field="client_request_id",
            request_id=data.client_request_id,
            booking=view.booking_ref,
        )
    return view


_FLIGHT_BY_ID = select(Flight).where(Flight.id == bindparam("flight_id")).with_for_update()
_FLIGHT_BY_NUMBER = (
    select(Flight)
    .where(Flight.flight_number == bindparam("number"), Flight.departure_date == bindparam("day"))
    .with_for_update()
)


def locked_flight(session: Session, ref: FlightRef) -> Flight:
    """The flight row, locked for the rest of the transaction (FOR UPDATE on PostgreSQL;
    on SQLite the BEGIN IMMEDIATE write lock already serialises bookers)."""
    if ref.flight_id is not None:
        flight = session.scalar(_FLIGHT_BY_ID, {"flight_id": ref.flight_id})
    else:
        flight = session.scalar(
            _FLIGHT_BY_NUMBER, {"number": ref.flight_number, "day": ref.flight_date}
        )
    if flight is None:
        key = ref.flight_id or f"{ref.flight_number} {ref.flight_date}"
        raise NotFound("flight", key, field="flight")
    _check_lane(flight, ref)
    if flight.departs_at <= utc_now():
        raise InvalidState(
            "flight.departed",
            f"flight {flight.flight_number} {flight.departure_date} has departed",
            field="flight",
            flight_number=flight.flight_number,
            departure_date=flight.departure_date,
        )
    return flight


def _check_lane(flight: Flight, ref: FlightRef) -> None:
    for field, wanted, actual in (
        ("origin", ref.origin, flight.origin),
        ("destination", ref.destination, flight.destination),
    ):
        if wanted is not None and wanted != actual:
            raise ValidationError(
                field,
                "flight.lane",
                f"{field}: flight {flight.flight_number} {flight.departure_date} flies "
                f"{flight.origin}-{flight.destination}, not {field} {wanted}",
                flight_number=flight.flight_number,
                departure_date=flight.departure_date,
                origin=flight.origin,
                destination=flight.destination,
                wanted=wanted,
            )


def _checked_shc(data: CleanBooking, flight: Flight, origin_tz: str) -> tuple[str, ...]:
    """DOMAIN, Lithium: Section II only, checked by the rules in force on the local
    departure date, and the ELI/ELM code set to match the declaration."""
    if data.lithium is not None:
        check_lithium(data.lithium, data.shc, local_date(flight.departs_at, origin_tz))
    return shc_consistent(data.shc, data.lithium)


def cancel(uow: UnitOfWork, *, booking: str, reason: str) -> Outcome[BookingView]:
    """Cancel with a reason: the space is released and the AWB number voided, never reused."""
    why = clean_text(reason, "reason")
    with uow:
        session = uow.session
        consignment = find_booking(session, booking)
        _require_live(consignment)
        flight = session.get_one(Flight, consignment.flight_id)
        consignment.status, consignment.cancel_reason = "cancelled", why
        consignment.updated_at = utc_now()
        awb = session.get_one(Awb, consignment.awb_id)
        awb.state, awb.voided_at = "voided", utc_now()
        awb.void_reason = f"booking {consignment.booking_ref} cancelled: {why}"[:200]
        session.flush()
        view = booking_view(session, consignment)
        uow.commit()
        uow.changes.add(Entity.CONSIGNMENT, consignment.id)
        uow.changes.add(Entity.FLIGHT, flight.id)
        uow.changes.add(Entity.AWB_STOCK, awb.number)
        return Outcome(view, uow.changes)


def _require_live(consignment: Consignment) -> None:
    if consignment.status != "booked":
        raise InvalidState(
            "booking.cancelled",
            f"booking {consignment.booking_ref} is cancelled",
            field="booking",
            booking=consignment.booking_ref,
        )


def rebook(
    uow: UnitOfWork,
    *,
    booking: str,
    flight_id: int | None = None,
    flight_number: str | None = None,
    flight_date: str | None = None,
) -> Outcome[BookingView]:
    """Move a booking to another flight of the same lane in one transaction.

    The new flight's space is checked first; the old flight's is released by the move.
    A flight of another carrier needs that carrier's AWB: the old number is voided.
    """
    target = parse_flight_ref(flight_id, flight_number, flight_date)
    with uow:
        session = uow.session
        consignment = find_booking(session, booking)
        _require_live(consignment)
        old = session.get_one(Flight, consignment.flight_id)
        new = locked_flight(
            session, replace(target, origin=consignment.origin, destination=consignment.destination)
        )
        if new.id == old.id:
            raise ValidationError(
                "flight", "rebook.same_flight", "flight: the booking is already on this flight"
            )
        if consignment.space_status in COUNTING_SPACE:
            flight_space(session, new).accept(consignment.gross_weight_g, consignment.volume_cm3)
        notices = _move(uow, consignment, old, new)
        session.flush()
        view = booking_view(session, consignment)
        uow.commit()
        uow.changes.add(Entity.CONSIGNMENT, consignment.id)
        uow.changes.add(Entity.FLIGHT, old.id, new.id)
        return Outcome(view, uow.changes, notices)


def _move(
    uow: UnitOfWork, consignment: Consignment, old: Flight, new: Flight
) -> tuple[Notice, ...]:
    notices: tuple[Notice, ...] = ()
    if new.carrier_id != old.carrier_id:
        previous = uow.session.get_one(Awb, consignment.awb_id)
        awb, notices = allocate(uow, uow.session.get_one(Carrier, new.carrier_id))
        previous.state, previous.voided_at = "voided", utc_now()
        previous.void_reason = f"booking {consignment.booking_ref} rebooked to {awb.number}"
        consignment.awb_id = awb.id
        uow.changes.add(Entity.AWB_STOCK, previous.number, awb.number)
    consignment.flight_id = new.id
    consignment.updated_at = utc_now()
    return notices


def set_space_status(uow: UnitOfWork, *, booking: str, status: str) -> Outcome[BookingView]:
    """Record the airline's answer; space that starts to count is checked like a booking."""
    wanted = choose(status.strip().lower(), "space_status", SPACE_STATUSES)
    with uow:
        session = uow.session
        consignment = find_booking(session, booking)
        _require_live(consignment)
        flight = session.scalar(
            select(Flight).where(Flight.id == consignment.flight_id).with_for_update()
        )
        if flight is None:
            raise NotFound("flight", consignment.flight_id, field="flight")
        if wanted in COUNTING_SPACE and consignment.space_status not in COUNTING_SPACE:
            flight_space(session, flight).accept(consignment.gross_weight_g, consignment.volume_cm3)
        consignment.space_status, consignment.updated_at = wanted, utc_now()
        session.flush()
        view = booking_view(session, consignment)
        uow.commit()
        uow.changes.add(Entity.CONSIGNMENT, consignment.id)
        uow.changes.add(Entity.FLIGHT, flight.id)
        return Outcome(view, uow.changes)
