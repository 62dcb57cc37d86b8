"""Demo loads: the consolidations a Zhengzhou forwarder has booked on the next two weeks'
flights, so the flight board and the dashboard's "space used" chart show a real booking
curve on a first start (the small demo bookings of core.services.demo barely move it).

Flights soon to depart are the fuller ones (cargo is booked days ahead, not weeks), and a
few flights of the next days are booked to over 90 % of their weight or volume: the board
marks them nearly full. Every load goes through the booking service; request ids
"demo-load-0001"... mark them, and once any is there a second run plans nothing (the plan
reads what the flights already carry, so a replan could not replay the same requests).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from core.db.base import utc_now
from core.db.models import Consignment
from core.services.booking_input import BookingRequest
from core.services.customers import list_customers
from core.services.dashboard import CAPACITY_DAYS
from core.services.demo import (
    GOODS,
    SHIPPER_COUNTRY,
    Goods,
    Lane,
    book_demo,
    demo_lanes,
    ensure_demo_stock,
)
from core.services.uow import UnitOfWorkFactory
from core.services.views import CustomerView, FlightView

LOAD_PREFIX = "demo-load-"
NEARLY_FULL_FLIGHTS = 3  # among the flights of the next NEARLY_FULL_DAYS days
NEARLY_FULL_DAYS = 4
NEARLY_FULL_USE = (92, 96)  # percent of the weight or volume allotment, whichever binds
# Share of the allotment booked by the day of departure, falling off with the days ahead:
# about 60 % tomorrow, 15 % in a week, a few percent in two weeks.
USE_TODAY = 0.7
USE_DECAY_DAYS = 4.5
CARTONS = (150, 500)  # a consolidation of e-commerce parcels, 1.5 to 7 t
MIN_CARTONS = 10
CUT_OFF = timedelta(hours=3)  # a flight closer to departure than this takes no more cargo


@dataclass(frozen=True)
class _Load:
    flight: FlightView
    goods: Goods
    cartons: int
    gross_kg: Decimal
    days_ahead: int

    @property
    def volume_cm3(self) -> int:
        length, width, height = self.goods.carton_cm
        return length * width * height * self.cartons


def add_demo_loads(uow_factory: UnitOfWorkFactory, *, seed: int, today: date) -> int:
    """Book the loads of the coming CAPACITY_DAYS days; returns how many are new."""
    if _already_booked(uow_factory):
        return 0
    lanes = demo_lanes(uow_factory, today, CAPACITY_DAYS - 1)
    shippers = [
        c
        for c in list_customers(uow_factory.reading(), limit=10_000)
        if c.country == SHIPPER_COUNTRY
    ]
    if not lanes or not shippers:
        return 0
    ensure_demo_stock(uow_factory, {f.carrier for lane in lanes for f in lane.flights})
    rng = random.Random(seed)
    plan = _plan(lanes, today, utc_now(), rng)
    consignees = {f.id: lane.consignees for lane in lanes for f in lane.flights}
    return sum(
        book_demo(
            uow_factory,
            _request(number, load, shippers, consignees[load.flight.id], rng),
        )
        for number, load in enumerate(plan, 1)
    )


def _already_booked(uow_factory: UnitOfWorkFactory) -> bool:
    with uow_factory.reading() as uow:
        stmt = select(Consignment.id).where(
            Consignment.client_request_id.startswith(LOAD_PREFIX, autoescape=True)
        )
        return uow.session.scalar(stmt.limit(1)) is not None


def _plan(lanes: list[Lane], today: date, now: datetime, rng: random.Random) -> list[_Load]:
    flights = sorted(
        (f for lane in lanes for f in lane.flights if f.departs_at_utc > now + CUT_OFF),
        key=lambda f: (f.departs_at_utc, f.flight_number),
    )
    full = _nearly_full(flights, today, rng)
    loads: list[_Load] = []
    for flight in flights:
        days = (flight.departure_date - today).days
        if flight.id in full:
            target = rng.randint(*NEARLY_FULL_USE) / 100
        else:
            target = USE_TODAY * math.exp(-days / USE_DECAY_DAYS) * rng.uniform(0.6, 1.2)
        loads.extend(_fill(flight, days, target, rng))
    return loads


def _nearly_full(flights: list[FlightView], today: date, rng: random.Random) -> set[int]:
    """A few flights of the next days, on different routes."""
    soon = [f for f in flights if 1 <= (f.departure_date - today).days <= NEARLY_FULL_DAYS]
    chosen: dict[tuple[str, str], int] = {}
    for flight in rng.sample(soon, len(soon)):
        chosen.setdefault((flight.origin, flight.destination), flight.id)
    return set(list(chosen.values())[:NEARLY_FULL_FLIGHTS])


def _fill(flight: FlightView, days: int, target: float, rng: random.Random) -> list[_Load]:
    """Loads until the flight's weight or volume reaches ``target`` of its allotment, what
    it already carries included; the last load is cut to fit."""
    weight = flight.booked_weight_kg
    volume = flight.booked_volume_m3 * 1_000_000
    max_weight = flight.allotment_weight_kg * Decimal(str(target))
    max_volume = flight.allotment_volume_m3 * 1_000_000 * Decimal(str(target))
    loads: list[_Load] = []
    while True:
        goods = rng.choice(GOODS)
        per_carton = goods.kg_per_carton * Decimal(rng.randint(80, 120)) / 100
        carton_cm3 = math.prod(goods.carton_cm)
        fits = min((max_weight - weight) / per_carton, (max_volume - volume) / carton_cm3)
        cartons = min(rng.randint(*CARTONS), int(fits))
        if cartons < MIN_CARTONS:
            return loads
        gross_kg = (per_carton * cartons).quantize(Decimal("0.1"))
        load = _Load(flight, goods, cartons, gross_kg, days)
        if weight + load.gross_kg > max_weight:  # rounded up past the target
            return loads
        loads.append(load)
        weight += load.gross_kg
        volume += load.volume_cm3


def _request(
    number: int,
    load: _Load,
    shippers: list[CustomerView],
    consignees: tuple[CustomerView, ...],
    rng: random.Random,
) -> BookingRequest:
    goods, flight = load.goods, load.flight
    # Seeded accounts name their airport: SH-CGO-001 ships from Zhengzhou.
    local = [s for s in shippers if s.account_number[3:6] == flight.origin] or shippers
    length, width, height = goods.carton_cm
    soon = load.days_ahead <= 3
    declared = rng.random() < 0.5
    return BookingRequest(
        shipper=rng.choice(local).account_number,
        consignee=rng.choice(consignees).account_number,
        flight_id=flight.id,
        pieces=load.cartons,
        gross_weight_kg=load.gross_kg,
        dimensions=f"{length}x{width}x{height}x{load.cartons}",
        goods_description=goods.description,
        hs_code=goods.hs_code,
        shc="ECM ELI" if goods.lithium else "ECM",
        lithium=goods.lithium,
        payment="CC" if rng.random() < 0.2 else "PP",
        # The airline confirms space days ahead; requests still count against the allotment.
        space_status="confirmed" if soon or rng.random() < 0.7 else "requested",
        declared_value=f"{load.cartons * rng.randint(300, 1500)}.00" if declared else None,
        declared_currency="CNY" if declared else None,
        client_request_id=f"{LOAD_PREFIX}{number:04d}",
    )
