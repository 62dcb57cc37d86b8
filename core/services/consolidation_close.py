"""Closing a consolidation (documents final, no more changes) and reopening it on purpose.

Closing refuses while any house has a blocking customs finding (core.services.customs_check),
records who closed it, and prices the master again at its final weight and volume with the
number of houses, so the "per house AWB" charges reach the invoice. A master already on an
invoice keeps its lines (an issued invoice is never changed; a credit note corrects it).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.db.base import utc_now
from core.db.models import Airport, BookingCharge, Consignment, Flight, InvoiceLine
from core.db.models.consolidation import ConsolidationEvent, HouseShipment
from core.domain.clock import local_date
from core.domain.text import clean_text
from core.errors import InvalidState, NotFound
from core.services.booking_record import charge_views, insert_charges
from core.services.changes import Entity, Notice, Outcome
from core.services.consolidation_store import require_open
from core.services.consolidation_views import (
    ConsolidationView,
    consolidation_view,
    find_consolidation,
)
from core.services.price_book import PriceBook, Shipment
from core.services.uow import UnitOfWork

ACTOR_MAX = 64  # the event's column


def close_consolidation(
    uow: UnitOfWork, consolidation_id: int | str, *, actor: str, on_day: date | None = None
) -> Outcome[ConsolidationView]:
    """Close: refused while empty or while any house has a blocking customs finding
    (judged on ``on_day``, by default the flight's local departure date)."""
    who = clean_text(actor, "actor", max_len=ACTOR_MAX)
    with uow:
        session = uow.session
        consolidation = find_consolidation(session, consolidation_id)
        require_open(consolidation, "close it again")
        master = session.get_one(Consignment, consolidation.consignment_id)
        flight = session.get_one(Flight, master.flight_id)
        houses = _house_count(session, consolidation.id)
        if houses == 0:
            raise InvalidState(
                "consolidation.empty",
                f"consolidation {consolidation.id} has no houses to close",
                field="consolidation",
            )
        _refuse_blocked(session, consolidation.id, on_day or flight.departure_date)
        notices = _reprice(session, master, flight, houses)
        now = utc_now()
        consolidation.state, consolidation.closed_at, consolidation.updated_at = "closed", now, now
        session.add(
            ConsolidationEvent(consolidation_id=consolidation.id, action="close", actor=who, at=now)
        )
        session.flush()
        view = consolidation_view(session, consolidation.id)
        uow.commit()
        uow.changes.add(Entity.CONSOLIDATION, consolidation.id)
        uow.changes.add(Entity.CONSIGNMENT, master.id)
        return Outcome(view, uow.changes, notices)


def reopen_consolidation(
    uow: UnitOfWork, consolidation_id: int | str, *, actor: str, reason: str
) -> Outcome[ConsolidationView]:
    """Reopen a closed consolidation: a deliberate act, recorded with who and why."""
    who = clean_text(actor, "actor", max_len=ACTOR_MAX)
    why = clean_text(reason, "reason")
    with uow:
        session = uow.session
        consolidation = find_consolidation(session, consolidation_id)
        if consolidation.state != "closed":
            raise InvalidState(
                "consolidation.open",
                f"consolidation {consolidation.id} is open already",
                field="consolidation",
            )
        now = utc_now()
        consolidation.state, consolidation.closed_at, consolidation.updated_at = "open", None, now
        session.add(
            ConsolidationEvent(
                consolidation_id=consolidation.id, action="reopen", actor=who, reason=why, at=now
            )
        )
        session.flush()
        view = consolidation_view(session, consolidation.id)
        uow.commit()
        uow.changes.add(Entity.CONSOLIDATION, consolidation.id)
        return Outcome(view, uow.changes)


def _house_count(session: Session, consolidation_id: int) -> int:
    stmt = select(func.count(HouseShipment.id)).where(
        HouseShipment.consolidation_id == consolidation_id
    )
    return int(session.scalar(stmt) or 0)


def _refuse_blocked(session: Session, consolidation_id: int, on_day: date) -> None:
    # Imported here: the customs check is its own module with its own data to load.
    from core.services.customs_check import check_houses

    check = check_houses(session, consolidation_id, on_day=on_day)
    if check.can_proceed:
        return
    lines = check.summary_lines()
    raise InvalidState(
        "consolidation.blocked",
        f"cannot close: {lines[0] if lines else 'blocking customs findings'}; "
        "run 'freightdesk check' for the findings house by house",
        field="consolidation",
        blocked=len(check.blocked_houses),
        blocking=check.blocking_count,
    )


def _reprice(
    session: Session, master: Consignment, flight: Flight, houses: int
) -> tuple[Notice, ...]:
    """The master's charge lines priced again with its final weight and the house count."""
    invoiced = session.scalar(
        select(func.count(InvoiceLine.id)).where(InvoiceLine.consignment_id == master.id)
    )
    if invoiced:
        return (
            Notice(
                "consolidation.invoiced",
                "the master is already invoiced: its charges are kept; a credit note and a new "
                "invoice correct them",
            ),
        )
    payer = master.shipper_id if master.payment == "PP" else master.consignee_id
    tz = session.get_one(Airport, flight.origin).tz
    shipment = Shipment(
        origin=flight.origin,
        destination=flight.destination,
        day=local_date(flight.departs_at, tz),
        carrier_id=flight.carrier_id,
        customer_id=payer,
        gross_weight_g=master.gross_weight_g,
        volume_cm3=master.volume_cm3,
        hs_code=master.hs_code,
        houses=houses,
    )
    book = PriceBook.for_booking(
        session, origin=flight.origin, destination=flight.destination, customer_id=payer
    )
    try:
        lines = charge_views(book.price(shipment))
    except NotFound:
        return (Notice("consolidation.unpriced", "no tariff for the lane: charges kept as booked"),)
    session.execute(delete(BookingCharge).where(BookingCharge.consignment_id == master.id))
    insert_charges(session, master.id, lines)
    return ()
