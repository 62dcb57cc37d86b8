"""Consolidations and their houses as plain data for the screen, the CLI and documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from core.db.models import Awb, Consignment, Customer, Flight
from core.db.models.consolidation import Consolidation, ConsolidationEvent, HouseShipment
from core.domain.measures import cm3_to_m3, g_to_kg
from core.errors import NotFound


@dataclass(frozen=True)
class ConsolidationEventView:
    action: str  # "close" or "reopen"
    actor: str
    reason: str | None
    at_utc: datetime


@dataclass(frozen=True)
class ConsolidationView:
    id: int
    mawb: str  # the master AWB number, "020-10000001"
    booking_ref: str
    consignment_id: int
    flight_id: int
    flight_number: str
    flight_date: date  # local departure date at the origin
    origin: str
    destination: str
    shipper: str  # account numbers
    consignee: str
    state: str  # "open" or "closed"
    houses: int
    pieces: int  # the houses' pieces (parcels)
    gross_weight_kg: Decimal  # the houses' sum
    volume_m3: Decimal  # the houses' sum (houses without dimensions count 0)
    tendered_pieces: int | None  # bags/pallets handed to the airline; None: not yet entered
    booked_weight_kg: Decimal  # the space booked with the airline
    booked_volume_m3: Decimal
    master_weight_kg: Decimal  # what the master holds on the flight: max(booked, houses)
    master_volume_m3: Decimal
    master_chargeable_kg: Decimal
    closed_at_utc: datetime | None
    events: tuple[ConsolidationEventView, ...] = ()

    @property
    def flight_label(self) -> str:
        return f"{self.flight_number} {self.flight_date.isoformat()}"


@dataclass(frozen=True)
class HouseRow:
    id: int
    house_number: str
    platform_order_number: str | None
    shipper_name: str
    consignee_name: str
    consignee_city: str
    consignee_country: str
    pieces: int
    gross_weight_kg: Decimal
    customs_mode: str | None
    declared_value: str  # "12.50 EUR", "3.00 EUR + 40.00 CNY" for mixed currencies, "" none
    shc: str  # space-separated codes


@dataclass(frozen=True)
class SkippedHouse:
    """A house not added because its platform order number is already there."""

    index: int  # position in the batch given (0-based)
    platform_order_number: str
    reason: str  # "in_batch" (earlier in the same batch) or "in_database"
    house_number: str | None  # the house that already has it (None for "in_batch")


@dataclass(frozen=True)
class RejectedHouse:
    index: int
    field: str  # "houses[3].consignee_country"
    code: str
    message: str


@dataclass(frozen=True)
class HouseReport:
    consolidation: ConsolidationView
    added: tuple[str, ...]  # house numbers, in batch order
    skipped: tuple[SkippedHouse, ...]
    rejected: tuple[RejectedHouse, ...]  # only with accept_valid (otherwise nothing is added)


HOUSE_TOTALS: Select[int, int, int, int | None] = select(
    func.count(HouseShipment.id),
    func.coalesce(func.sum(HouseShipment.pieces), 0),
    func.coalesce(func.sum(HouseShipment.gross_weight_g), 0),
    func.coalesce(func.sum(HouseShipment.volume_cm3), 0),
).where(HouseShipment.consolidation_id == bindparam("consolidation_id"))


def _totals_subquery() -> Select[int, int, int, int, int | None]:
    return select(
        HouseShipment.consolidation_id,
        func.count(HouseShipment.id),
        func.coalesce(func.sum(HouseShipment.pieces), 0),
        func.coalesce(func.sum(HouseShipment.gross_weight_g), 0),
        func.coalesce(func.sum(HouseShipment.volume_cm3), 0),
    ).group_by(HouseShipment.consolidation_id)


def consolidations_select() -> Select[Consolidation, Consignment, Flight, str, str, str]:
    """Consolidation with its master, flight, AWB number and party accounts."""
    shipper, consignee = Customer.__table__.alias("s"), Customer.__table__.alias("c")
    return (
        select(
            Consolidation,
            Consignment,
            Flight,
            Awb.number,
            shipper.c.account_number,
            consignee.c.account_number,
        )
        .join(Consignment, Consignment.id == Consolidation.consignment_id)
        .join(Flight, Flight.id == Consignment.flight_id)
        .join(Awb, Awb.id == Consignment.awb_id)
        .join(shipper, shipper.c.id == Consignment.shipper_id)
        .join(consignee, consignee.c.id == Consignment.consignee_id)
    )


def find_consolidation(session: Session, key: int | str) -> Consolidation:
    """By id (int or digits up to 10) or by MAWB ("020-10000001" or 11 digits)."""
    text = str(key).strip()
    digits = text.replace("-", "").replace(" ", "")
    found: Consolidation | None = None
    if digits.isdigit() and len(digits) == 11:
        found = session.scalar(
            select(Consolidation)
            .join(Consignment, Consignment.id == Consolidation.consignment_id)
            .join(Awb, Awb.id == Consignment.awb_id)
            .where(Awb.number == f"{digits[:3]}-{digits[3:]}")
        )
    elif text.isdigit() and len(text) <= 10:
        found = session.get(Consolidation, int(text))
    if found is None:
        raise NotFound("consolidation", text, field="consolidation")
    return found


def consolidation_view(
    session: Session, consolidation_id: int, *, with_events: bool = True
) -> ConsolidationView:
    row = session.execute(
        consolidations_select().where(Consolidation.id == consolidation_id)
    ).one_or_none()
    if row is None:
        raise NotFound("consolidation", consolidation_id, field="consolidation")
    totals = session.execute(HOUSE_TOTALS, {"consolidation_id": consolidation_id}).one()
    events: tuple[ConsolidationEventView, ...] = ()
    if with_events:
        events = tuple(
            ConsolidationEventView(e.action, e.actor, e.reason, e.at)
            for e in session.scalars(
                select(ConsolidationEvent)
                .where(ConsolidationEvent.consolidation_id == consolidation_id)
                .order_by(ConsolidationEvent.id)
            )
        )
    count, pieces, weight_g, volume_cm3 = totals
    return _view(*row, (count, pieces, weight_g, volume_cm3 or 0), events)


def consolidation_views(
    session: Session, stmt_filter: Select[Consolidation, Consignment, Flight, str, str, str]
) -> list[ConsolidationView]:
    """Many at once (the list): the houses' totals in one grouped read."""
    rows = session.execute(stmt_filter).all()
    ids = [r[0].id for r in rows]
    totals: dict[int, tuple[int, int, int, int]] = {}
    if ids:
        stmt = _totals_subquery().where(HouseShipment.consolidation_id.in_(ids))
        totals = {cid: (n, p, w, v or 0) for cid, n, p, w, v in session.execute(stmt)}
    return [_view(*r, totals.get(r[0].id, (0, 0, 0, 0)), ()) for r in rows]


def _view(
    k: Consolidation,
    c: Consignment,
    f: Flight,
    mawb: str,
    shipper: str,
    consignee: str,
    totals: tuple[int, ...],
    events: tuple[ConsolidationEventView, ...],
) -> ConsolidationView:
    count, pieces, weight_g, volume_cm3 = totals
    return ConsolidationView(
        id=k.id,
        mawb=mawb,
        booking_ref=c.booking_ref,
        consignment_id=c.id,
        flight_id=f.id,
        flight_number=f.flight_number,
        flight_date=f.departure_date,
        origin=c.origin,
        destination=c.destination,
        shipper=shipper,
        consignee=consignee,
        state=k.state,
        houses=count,
        pieces=pieces,
        gross_weight_kg=g_to_kg(weight_g),
        volume_m3=cm3_to_m3(volume_cm3),
        tendered_pieces=k.tendered_pieces,
        booked_weight_kg=g_to_kg(k.booked_weight_g),
        booked_volume_m3=cm3_to_m3(k.booked_volume_cm3),
        master_weight_kg=g_to_kg(c.gross_weight_g),
        master_volume_m3=cm3_to_m3(c.volume_cm3),
        master_chargeable_kg=g_to_kg(c.chargeable_weight_g),
        closed_at_utc=k.closed_at,
        events=events,
    )
