"""Demo bookings for training and screenshots, made only through the public services
(the loads filling the next two weeks' flights are core.services.demo_loads, the history
of past flights core.services.demo_history, its invoices core.services.demo_invoices).

Realistic e-commerce loads from the seeded Chinese shippers to consignees in each
destination's country; fixed request ids ("demo-0001"...) make a second run add nothing,
because `book` returns the first booking for a request id it has seen.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from core.errors import CapacityExceeded, Conflict, InvalidState
from core.services.booking import book
from core.services.booking_input import BookingRequest, LithiumInput
from core.services.changes import Entity
from core.services.customers import list_customers
from core.services.flights import FlightFilter, list_flights
from core.services.reference import find_airports
from core.services.stock import add_range, list_ranges
from core.services.uow import UnitOfWorkFactory
from core.services.views import CustomerView, FlightView

DEMO_COUNT = 40
DEMO_SEED = 1
DEMO_FIRST, DEMO_LAST, DEMO_NOTE = "5000000", "5009999", "demo stock"
HORIZON_DAYS = 21
SHIPPER_COUNTRY = "CN"


@dataclass(frozen=True)
class Goods:
    description: str
    hs_code: str
    kg_per_carton: Decimal
    carton_cm: tuple[int, int, int]
    lithium: LithiumInput | None = None


# Li-ion in equipment is PI967; spare packs with the tool PI966, which from 2026 needs a
# state of charge of at most 30 % above 2.7 Wh (DOMAIN, "Lithium batteries").
GOODS = (
    Goods(
        "Bluetooth earphones with Li-ion battery",
        "851830",
        Decimal("4.5"),
        (50, 40, 30),
        LithiumInput("PI967", cell_wh="0.2", battery_wh="0.2"),
    ),
    Goods(
        "smart watches with Li-ion battery",
        "851762",
        Decimal("6.0"),
        (45, 35, 30),
        LithiumInput("PI967", battery_wh="1.1"),
    ),
    Goods(
        "cordless drills packed with spare Li-ion battery packs",
        "846721",
        Decimal("14.0"),
        (60, 40, 35),
        LithiumInput("PI966", cell_wh="7.2", battery_wh="36", state_of_charge_pct="30"),
    ),
    Goods("men's cotton T-shirts", "610910", Decimal("12.0"), (60, 40, 40)),
    Goods("women's polyester dresses", "620443", Decimal("10.5"), (60, 40, 40)),
    Goods("human hair wigs", "670420", Decimal("8.0"), (55, 40, 35)),
    Goods("TPU phone cases", "392690", Decimal("9.0"), (50, 40, 30)),
    Goods("porcelain tea sets", "691110", Decimal("16.0"), (50, 40, 40)),
    Goods("LED desk lamps", "940521", Decimal("11.0"), (60, 40, 45)),
    Goods("stainless steel kitchen knives", "821192", Decimal("15.0"), (50, 35, 30)),
    Goods("PVC foam yoga mats", "950691", Decimal("7.5"), (65, 30, 30)),
)


@dataclass(frozen=True)
class Lane:
    flights: tuple[FlightView, ...]
    consignees: tuple[CustomerView, ...]


def add_demo_bookings(
    uow_factory: UnitOfWorkFactory, *, count: int, seed: int, today: date | None = None
) -> int:
    """Book up to ``count`` demo consignments; returns how many are new."""
    start = (today or date.today()) + timedelta(days=1)
    lanes = demo_lanes(uow_factory, start, HORIZON_DAYS)
    shippers = [
        c
        for c in list_customers(uow_factory.reading(), limit=10_000)
        if c.country == SHIPPER_COUNTRY
    ]
    if count == 0 or not lanes or not shippers:
        return 0
    ensure_demo_stock(uow_factory, {f.carrier for lane in lanes for f in lane.flights})
    rng = random.Random(seed)
    return sum(
        _book_one(uow_factory, number, rng, lanes[(number - 1) % len(lanes)], shippers)
        for number in range(1, count + 1)
    )


def demo_lanes(uow_factory: UnitOfWorkFactory, start: date, days: int) -> list[Lane]:
    """Open flights from ``start`` on, by route, where a consignee is in that country."""
    query = FlightFilter(
        date_from=start,
        date_to=start + timedelta(days=days),
        include_closed=False,
        limit=10_000,
    )
    by_route: dict[tuple[str, str], list[FlightView]] = defaultdict(list)
    for flight in list_flights(uow_factory.reading(), query):
        by_route[(flight.origin, flight.destination)].append(flight)
    by_country: dict[str, list[CustomerView]] = defaultdict(list)
    for customer in list_customers(uow_factory.reading(), limit=10_000):
        by_country[customer.country].append(customer)
    lanes = []
    for (_, destination), flights in sorted(by_route.items()):
        country = _country(uow_factory, destination)
        if country and country != SHIPPER_COUNTRY and by_country.get(country):
            lanes.append(Lane(tuple(flights), tuple(by_country[country])))
    return lanes


def _country(uow_factory: UnitOfWorkFactory, iata: str) -> str | None:
    found = find_airports(uow_factory.reading(), iata, limit=1)
    return found[0].country if found and found[0].iata == iata else None


def ensure_demo_stock(uow_factory: UnitOfWorkFactory, carriers: set[str]) -> None:
    # A used-up range (the demo history's) is no stock to book from.
    stocked = {r.carrier for r in list_ranges(uow_factory.reading()) if r.remaining > 0}
    for carrier in sorted(carriers - stocked):
        add_range(uow_factory(), carrier=carrier, first=DEMO_FIRST, last=DEMO_LAST, note=DEMO_NOTE)


def _book_one(
    uow_factory: UnitOfWorkFactory,
    number: int,
    rng: random.Random,
    lane: Lane,
    shippers: list[CustomerView],
) -> int:
    return book_demo(uow_factory, _request(number, rng, lane, shippers))


def book_demo(uow_factory: UnitOfWorkFactory, request: BookingRequest) -> int:
    """1 when booked now; 0 when the request id was booked before (with this cargo, or
    with other cargo by a demo run of another day), or the flight filled up or departed
    meanwhile: a demo skips such a booking rather than failing."""
    try:
        outcome = book(uow_factory(), request)
    except (CapacityExceeded, Conflict, InvalidState):
        return 0
    return 1 if Entity.CONSIGNMENT in outcome.changes else 0


def _request(
    number: int, rng: random.Random, lane: Lane, shippers: list[CustomerView]
) -> BookingRequest:
    goods = rng.choice(GOODS)
    cartons = rng.randint(5, 60)
    # Cartons of one kind weigh within about 20 % of each other.
    per_carton = goods.kg_per_carton * Decimal(rng.randint(80, 120)) / 100
    length, width, height = goods.carton_cm
    declared = rng.random() < 0.5
    return BookingRequest(
        shipper=rng.choice(shippers).account_number,
        consignee=rng.choice(lane.consignees).account_number,
        flight_id=rng.choice(lane.flights).id,
        pieces=cartons,
        gross_weight_kg=(per_carton * cartons).quantize(Decimal("0.1")),
        dimensions=f"{length}x{width}x{height}x{cartons}",
        goods_description=goods.description,
        hs_code=goods.hs_code,
        shc="ECM ELI" if goods.lithium else "ECM",
        lithium=goods.lithium,
        space_status="confirmed" if number % 3 == 0 else "requested",
        declared_value=f"{cartons * rng.randint(300, 1500)}.00" if declared else None,
        declared_currency="CNY" if declared else None,
        client_request_id=f"demo-{number:04d}",
    )
