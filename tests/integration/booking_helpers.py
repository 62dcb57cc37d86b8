"""Small builders shared by the booking tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from core.services.booking_input import BookingRequest
from core.services.database import OpenedDatabase
from core.services.flights import FlightFilter, list_flights
from core.services.views import FlightView


def future_flights(db: OpenedDatabase, origin: str, destination: str) -> list[FlightView]:
    query = FlightFilter(
        origin=origin, destination=destination, date_from=date.today() + timedelta(days=2)
    )
    return list_flights(db.uow.reading(), query)


def request(flight: FlightView, **changes: Any) -> BookingRequest:
    base = BookingRequest(
        shipper="SH-CGO-001",
        consignee="CN-FRA-001",
        flight_id=flight.id,
        pieces=3,
        gross_weight_kg="36.9",
        dimensions="60x40x35x3",
        goods_description="Bluetooth earphones",
        hs_code="851830",
        shc="ECM",
    )
    return replace(base, **changes)
