"""A database with bookings for the GUI tests, booked through core.services like a clerk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from core.services.booking import book
from core.services.booking_input import BookingRequest, LithiumInput
from core.services.database import OpenedDatabase, open_database
from core.services.flights import FlightFilter, list_flights
from core.services.stock import add_range
from core.services.views import FlightView

STOCK = {"LH": "1000000", "CA": "4000000", "CV": "2000000"}


@dataclass(frozen=True)
class Planned:
    shipper: str
    consignee: str
    origin: str
    destination: str
    pieces: int
    weight_kg: str
    lithium: bool = False


# Three from Zhengzhou shippers (郑州...), two from Hangzhou and one from Henan's
# provincial supplier, so a search by "郑州" has something to leave out.
BOOKINGS = (
    Planned("SH-CGO-001", "CN-FRA-001", "CGO", "FRA", 3, "36.9", lithium=True),
    Planned("SH-CGO-003", "CN-LUX-001", "CGO", "LUX", 12, "140.5"),
    Planned("SH-HGH-001", "CN-NRT-001", "HGH", "NRT", 5, "61.2"),
    Planned("SH-CGO-004", "CN-FRA-001", "CGO", "FRA", 8, "95"),
    Planned("SH-HGH-002", "CN-NRT-001", "HGH", "NRT", 2, "18.4"),
    Planned("SH-CGO-002", "CN-LUX-001", "CGO", "LUX", 4, "40"),
)
ZHENGZHOU_SHIPPERS = 3


def first_flight(db: OpenedDatabase, origin: str, destination: str) -> FlightView:
    query = FlightFilter(
        origin=origin, destination=destination, date_from=date.today() + timedelta(days=2)
    )
    return list_flights(db.uow.reading(), query)[0]


def request(db: OpenedDatabase, planned: Planned, number: int) -> BookingRequest:
    flight = first_flight(db, planned.origin, planned.destination)
    lithium = LithiumInput("PI967", cell_wh="3.5", battery_wh="12", state_of_charge_pct="30")
    return BookingRequest(
        shipper=planned.shipper,
        consignee=planned.consignee,
        flight_id=flight.id,
        pieces=planned.pieces,
        gross_weight_kg=planned.weight_kg,
        dimensions=f"60x40x35x{planned.pieces}",
        goods_description="Bluetooth earphones" if planned.lithium else "Cotton T-shirts",
        hs_code="851830" if planned.lithium else "610910",
        shc="ECM ELI" if planned.lithium else "ECM",
        lithium=lithium if planned.lithium else None,
        client_request_id=f"gui-test-{number:03d}",
    )


def make_bookings_db(path: Path) -> Path:
    db = open_database(path)
    try:
        for carrier, first in STOCK.items():
            add_range(db.uow(), carrier=carrier, first=first, last=str(int(first) + 999))
        for number, planned in enumerate(BOOKINGS, start=1):
            book(db.uow(), request(db, planned, number))
    finally:
        db.uow.dispose()
    return path
