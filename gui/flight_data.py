"""What the flights board and a flight's detail ask of the database, on a worker thread.

Each function takes the opened DataAccess and plain values, and calls core.services with
its units of work; core is imported inside, so the widgets load none of it (rule 1 and 6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.services.changes import Outcome
    from core.services.flight_bookings import FlightBooking
    from core.services.views import FlightView
    from gui.data import DataAccess


def carriers(data: DataAccess) -> list[str]:
    """The carriers that fly a route, for the board's carrier filter."""
    from core.services.reference import list_routes

    return sorted({route.carrier for route in list_routes(data.units().reading())})


def flight(data: DataAccess, flight_id: int) -> FlightView:
    from core.services.flights import get_flight

    return get_flight(data.units().reading(), flight_id)


def bookings(data: DataAccess, flight_id: int) -> list[FlightBooking]:
    from core.services.flight_bookings import flight_bookings

    return flight_bookings(data.units().reading(), flight_id)


def set_allotment(
    data: DataAccess, flight_id: int, weight_kg: str, volume_m3: str
) -> Outcome[FlightView]:
    from core.services.network import set_allotment as set_flight_allotment

    return set_flight_allotment(
        data.units()(), flight_id=flight_id, weight_kg=weight_kg, volume_m3=volume_m3
    )


def manifest_pdf(data: DataAccess, flight_id: int) -> bytes:
    """The flight's cargo manifest as PDF bytes, as `freightdesk manifest` renders it; runs
    on the long-job worker (a big e-commerce flight takes seconds)."""
    from core.services.manifests import flight_manifest_pdf

    return flight_manifest_pdf(data.units().reading(), flight_id)
