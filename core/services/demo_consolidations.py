"""Demo consolidations: two e-commerce masters on coming Zhengzhou flights to Europe, each
with a realistic batch of houses (Henan sellers, EU consignees, IOSS numbers, Section II
earphones), through the same services a clerk uses. A few houses carry what the customs
check exists for: a vague description, a missing customs mode. Exchange rates for the
customs conversions (EUR, USD against CNY) are added when the database has none.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from core.db.models import Consignment, ExchangeRate
from core.services.consolidations import ConsolidationRequest, add_houses, create_consolidation
from core.services.house_input import HouseInput, HouseItemInput
from core.services.pricing import add_exchange_rate
from core.services.uow import UnitOfWorkFactory

REQUEST_PREFIX = "demo-consol-"
HOUSES_EACH = 120
RATES = (("EUR", "CNY", "7.80"), ("USD", "CNY", "7.20"), ("USD", "EUR", "0.92"))


@dataclass(frozen=True)
class _Lane:
    destination: str
    consignee: str  # the break-bulk agent's account
    country: str
    cities: tuple[tuple[str, str], ...]  # (city, postcode)


LANES = (
    _Lane("LUX", "CN-LUX-001", "DE", (("Berlin", "10115"), ("Köln", "50667"), ("Mainz", "55116"))),
    _Lane(
        "BUD", "CN-BUD-001", "HU", (("Budapest", "1051"), ("Debrecen", "4024"), ("Győr", "9021"))
    ),
)
SELLERS = (
    ("郑州豫通跨境电子商务有限公司", "郑州市航空港区新港大道 18 号", "Zhengzhou"),
    ("洛阳嘉禾电子科技有限公司", "洛阳市涧西区丽春西路 6 号", "Luoyang"),
    ("许昌瑞发假发制品有限公司", "许昌市建安区发制品产业园 3 号", "Xuchang"),
)
NAMES = ("Anna Weber", "Lukas Müller", "Zsófia Nagy", "Bence Kovács", "Marie Schmidt", "Jonas Koch")
GOODS = (  # description, HS code, unit value EUR, weight kg, lithium cell Wh
    ("Bluetooth earphones with Li-ion battery", "851830", "18.50", "0.210", "3.5"),
    ("men's cotton T-shirts", "610910", "6.20", "0.250", None),
    ("silicone phone cases", "392690", "2.40", "0.080", None),
    ("human hair wigs", "670420", "39.00", "0.300", None),
)


def add_demo_consolidations(uow_factory: UnitOfWorkFactory, *, today: date, seed: int) -> int:
    """Two consolidations with their houses; returns how many houses were added (0 when the
    demo's consolidations are already there, or no coming flight has the room)."""
    if _already_there(uow_factory):
        return 0
    _exchange_rates(uow_factory, today)
    rng = random.Random(seed)
    added = 0
    for n, lane in enumerate(LANES, start=1):
        flight_id = _flight_with_room(uow_factory, lane.destination, today)
        if flight_id is None:
            continue
        view = create_consolidation(
            uow_factory(),
            ConsolidationRequest(
                shipper="SH-CGO-001",
                consignee=lane.consignee,
                gross_weight_kg="1500",
                volume_m3="9",
                flight_id=flight_id,
                space_status="confirmed",
                client_request_id=f"{REQUEST_PREFIX}{n}",
            ),
        ).value
        houses = [_house(rng, lane, n * 1000 + h) for h in range(HOUSES_EACH)]
        added += len(add_houses(uow_factory(), view.id, houses).value.added)
    return added


def _already_there(uow_factory: UnitOfWorkFactory) -> bool:
    with uow_factory.reading() as uow:
        found = uow.session.scalar(
            select(Consignment.id).where(Consignment.client_request_id.like(f"{REQUEST_PREFIX}%"))
        )
        return found is not None


def _exchange_rates(uow_factory: UnitOfWorkFactory, today: date) -> None:
    with uow_factory.reading() as uow:
        if uow.session.scalar(select(ExchangeRate.base).limit(1)) is not None:
            return  # the office keeps its own rates
    valid_on = today - timedelta(days=30)
    for base, quote, rate in RATES:
        add_exchange_rate(uow_factory(), base=base, quote=quote, rate=rate, valid_on=valid_on)


def _flight_with_room(uow_factory: UnitOfWorkFactory, destination: str, today: date) -> int | None:
    """An open CGO flight to ``destination`` 4 to 12 days ahead with 3 t left or more."""
    from core.services.flights import FlightFilter, list_flights

    wanted = FlightFilter(
        origin="CGO",
        destination=destination,
        date_from=today + timedelta(days=4),
        date_to=today + timedelta(days=12),
        upcoming_only=True,
    )
    for flight in list_flights(uow_factory.reading(), wanted):
        if flight.status == "open" and flight.remaining_weight_kg >= Decimal("3000"):
            return flight.id
    return None


def _house(rng: random.Random, lane: _Lane, n: int) -> HouseInput:
    seller, address, city = rng.choice(SELLERS)
    consignee_city, postcode = rng.choice(lane.cities)
    description, hs_code, value, weight, cell_wh = rng.choice(GOODS)
    quantity = rng.randint(1, 3)
    vague = n % 47 == 5  # the check's reason for being: nothing specific to declare
    lithium = cell_wh is not None and not vague
    return HouseInput(
        shipper_name=seller,
        shipper_address=address,
        shipper_city=city,
        shipper_country="CN",
        consignee_name=f"{rng.choice(NAMES)} {n % 97}",
        consignee_address=f"{rng.choice(('Hauptstraße', 'Fő utca', 'Bahnhofstraße'))} {n % 60 + 1}",
        consignee_city=consignee_city,
        consignee_country=lane.country,
        consignee_postcode=postcode,
        pieces=1,
        gross_weight_kg=str(Decimal(weight) * quantity + Decimal("0.050")),
        items=(
            HouseItemInput("gift" if vague else description, hs_code, quantity, value, "EUR", "CN"),
        ),
        platform_order_number=f"DEMO-{n:07d}",
        customs_mode=None if n % 53 == 7 else "9610",
        ioss_number="IM2760001234" if n % 5 else None,
        shc="ECM ELI" if lithium else "ECM",
        lithium_packing_instruction="PI967" if lithium else None,
        lithium_cell_wh=cell_wh if lithium else None,
        lithium_state_of_charge_pct="30" if lithium else None,
    )
