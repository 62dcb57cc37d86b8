"""Demo history: some fifteen months of flown and delivered consignments, growing year on
year, so the dashboard's weekly charts and its growth figures show something on a first
start with demo data.

The booking service refuses departed flights (rightly), so the history is written through
the models, in one transaction, as the booking transaction would have written it: an AWB
number from a stock range (a demo history range of its own per carrier, used up), a
booking reference from the booking series, the charge lines priced by the price book, and
the milestones from BKD to DLV that have happened by now. Request ids "demo-h-00001"...
mark it: a second run finds them and adds nothing.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.db.base import utc_now
from core.db.models import Airport, Carrier, Consignment, Customer, Flight
from core.domain.measures import chargeable_weight_kg, kg_to_g
from core.services.changes import Entity, Outcome
from core.services.demo import DEMO_SEED, GOODS, SHIPPER_COUNTRY, Goods, add_demo_bookings
from core.services.demo_consolidations import add_demo_consolidations
from core.services.demo_invoices import add_demo_billing
from core.services.demo_loads import add_demo_loads
from core.services.demo_rows import (
    HistoryBooking,
    insert_history,
    milestones_until,
    reserve_booking_refs,
    stock_for,
)
from core.services.flights import booked_totals, generate_flights
from core.services.uow import UnitOfWork, UnitOfWorkFactory

HISTORY_DAYS = 455  # about fifteen months, so a year-earlier period exists for every week
REQUEST_PREFIX = "demo-h-"
BOOKINGS_PER_WEEK_NOW = 60
# DOMAIN README: cross-border e-commerce by air grew 92 % in a year.
YEARLY_GROWTH = 1.92
WEEKS_PER_YEAR = 365.25 / 7


@dataclass(frozen=True)
class DemoReport:
    bookings_added: int  # on the coming flights: the small demo bookings and the loads
    history_added: int
    invoices_added: int  # credit notes included
    payments_added: int
    seller_set: bool
    houses_added: int = 0  # in the demo consolidations


def seed_demo(
    uow_factory: UnitOfWorkFactory, *, count: int, seed: int = DEMO_SEED, today: date
) -> DemoReport:
    """The history first, then demo bookings on the coming flights (``count`` small ones,
    and unless it is 0 the loads of the next two weeks), then the history's billing. Written
    in the order they would have been booked, the bookings list's "newest first" (by id)
    shows the coming flights' bookings on top, as at a real desk. Then two consolidations
    with their houses."""
    history = add_demo_history(uow_factory(), today=today, seed=seed).value
    added = add_demo_bookings(uow_factory, count=count, seed=seed, today=today)
    if count:
        added += add_demo_loads(uow_factory, seed=seed, today=today)
    billing = add_demo_billing(uow_factory, today=today)
    houses = add_demo_consolidations(uow_factory, today=today, seed=seed) if count else 0
    return DemoReport(
        added, history, billing.invoices, billing.payments, billing.seller_set, houses
    )


def add_demo_history(
    uow: UnitOfWork, *, today: date, seed: int = DEMO_SEED, days: int = HISTORY_DAYS
) -> Outcome[int]:
    """Write the history up to yesterday; returns how many consignments were added."""
    with uow:
        session = uow.session
        if _already_written(session):
            return Outcome(0, uow.changes)
        start = today - timedelta(days=days)
        closed = generate_flights(session, start, days)
        if closed:  # departed flights take no more bookings
            session.execute(update(Flight).where(Flight.id.in_(closed)).values(status="closed"))
        plan = _plan(session, start, today, random.Random(seed))
        if not plan:
            return Outcome(0, uow.changes)
        stock = stock_for(uow, plan)
        refs = reserve_booking_refs(uow, len(plan))
        ids = insert_history(uow, plan, stock, refs)
        uow.commit()
        uow.changes.add(Entity.CONSIGNMENT, *ids)
        uow.changes.add(Entity.FLIGHT, *{p.flight.id for p in plan})
        uow.changes.add(Entity.AWB_STOCK, *stock.numbers.values())
        return Outcome(len(ids), uow.changes)


def _already_written(session: Session) -> bool:
    stmt = select(Consignment.id).where(Consignment.client_request_id == f"{REQUEST_PREFIX}00001")
    return session.scalar(stmt) is not None


@dataclass(frozen=True)
class _Parties:
    shippers: dict[str, list[Customer]]  # by origin airport (any Chinese one as a fallback)
    consignees: dict[str, list[Customer]]  # by destination airport


def _plan(session: Session, start: date, today: date, rng: random.Random) -> list[HistoryBooking]:
    """Which consignment flew on which past flight; the rate grows 92 % a year."""
    flights = list(
        session.scalars(
            select(Flight)
            .where(
                Flight.departure_date.between(start, today - timedelta(days=1)),
                Flight.status != "cancelled",
            )
            .order_by(Flight.departs_at, Flight.id)
        )
    )
    parties = _parties(session)
    carriers = {c.id: c for c in session.scalars(select(Carrier))}
    room = _room(session, flights)
    per_flight = BOOKINGS_PER_WEEK_NOW / max(_flights_per_week(flights), 1)
    now = utc_now()
    plan: list[HistoryBooking] = []
    for flight in flights:
        shippers = parties.shippers.get(flight.origin) or parties.shippers.get("*")
        consignees = parties.consignees.get(flight.destination)
        if not shippers or not consignees:
            continue
        weeks_ago = (today - flight.departure_date).days / 7
        expected = per_flight * YEARLY_GROWTH ** (-weeks_ago / WEEKS_PER_YEAR)
        for _ in range(_poisson(rng, expected * _season(flight.departure_date))):
            booking = _booking(rng, len(plan) + 1, flight, carriers[flight.carrier_id], now)
            booking = booking.with_parties(rng.choice(shippers), rng.choice(consignees))
            if room[flight.id] >= booking.gross_weight_g:
                room[flight.id] -= booking.gross_weight_g
                plan.append(booking)
    return plan


def _parties(session: Session) -> _Parties:
    countries = dict(session.execute(select(Airport.iata, Airport.country)).all())
    customers = session.scalars(select(Customer).order_by(Customer.account_number)).all()
    shippers: dict[str, list[Customer]] = defaultdict(list)
    consignees: dict[str, list[Customer]] = defaultdict(list)
    for customer in customers:
        if customer.country == SHIPPER_COUNTRY:
            shippers["*"].append(customer)
            # Seeded accounts name their airport: SH-CGO-001 ships from Zhengzhou.
            shippers[customer.account_number[3:6]].append(customer)
    for iata, country in countries.items():
        if country != SHIPPER_COUNTRY:
            found = [c for c in customers if c.country == country]
            if found:
                consignees[iata] = found
    return _Parties(dict(shippers), dict(consignees))


def _room(session: Session, flights: list[Flight]) -> dict[int, int]:
    """Allotment weight left on each flight, after whatever is booked on it already."""
    ids = [f.id for f in flights]
    booked = {
        row[0]: row[1]
        for row in session.execute(booked_totals().where(Consignment.flight_id.in_(ids)))
    }
    return {f.id: f.allotment_weight_g - booked.get(f.id, 0) for f in flights}


def _flights_per_week(flights: list[Flight]) -> float:
    if not flights:
        return 0
    span = (flights[-1].departure_date - flights[0].departure_date).days + 1
    return len(flights) * 7 / span


def _season(day: date) -> float:
    """Peaks before Black Friday and Christmas, a dip around the Chinese New Year."""
    if day.month in (10, 11, 12):
        return 1.25
    if day.month == 2:
        return 0.7
    return 1.0


def _poisson(rng: random.Random, mean: float) -> int:
    # Knuth's method: the means here are a few bookings per flight.
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _booking(
    rng: random.Random, number: int, flight: Flight, carrier: Carrier, now: datetime
) -> HistoryBooking:
    goods: Goods = rng.choice(GOODS)
    cartons = rng.randint(20, 220)
    per_carton = goods.kg_per_carton * Decimal(rng.randint(80, 120)) / 100
    gross_kg = (per_carton * cartons).quantize(Decimal("0.1"))
    length, width, height = goods.carton_cm
    volume = length * width * height * cartons
    booked_at = flight.departs_at - timedelta(days=rng.randint(2, 12), hours=rng.randint(0, 9))
    return HistoryBooking(
        request_id=f"{REQUEST_PREFIX}{number:05d}",
        flight=flight,
        carrier=carrier,
        goods=goods,
        cartons=cartons,
        gross_weight_g=kg_to_g(gross_kg),
        volume_cm3=volume,
        chargeable_weight_g=kg_to_g(chargeable_weight_kg(gross_kg, volume)),
        payment="CC" if rng.random() < 0.2 else "PP",
        declared_value_minor=(cartons * rng.randint(300, 1500) * 100)
        if rng.random() < 0.5
        else None,
        milestones=milestones_until(flight, booked_at, now, rng),
    )
