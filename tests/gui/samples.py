"""FlightView and ConsignmentRow rows made by hand, for model tests that need no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import count
from typing import Any

from core.services.views import ConsignmentRow, FlightView

_ids = count(1)


def make_flight(**changes: Any) -> FlightView:
    """A fresh open CGO-FRA flight (20,400 kg / 130.6 m3, nothing booked), then ``changes``."""
    flight = FlightView(
        id=next(_ids),
        carrier="LH",
        flight_number="LH8407",
        departure_date=date(2026, 12, 1),
        origin="CGO",
        destination="FRA",
        departs_at_utc=datetime(2026, 11, 30, 18, 10, tzinfo=UTC),
        arrives_at_utc=datetime(2026, 12, 1, 6, 0, tzinfo=UTC),
        departs_local="2026-12-01 02:10 +08:00",
        arrives_local="2026-12-01 07:00 +01:00",
        aircraft_type="B77F",
        registration=None,
        status="open",
        allotment_weight_kg=Decimal("20400.000"),
        allotment_volume_m3=Decimal("130.600"),
        booked_weight_kg=Decimal("0.000"),
        booked_volume_m3=Decimal("0.000"),
        remaining_weight_kg=Decimal("20400.000"),
        remaining_volume_m3=Decimal("130.600"),
        bookings=0,
    )
    return replace(flight, **changes)


def booked(flight: FlightView, weight_kg: str, volume_m3: str, bookings: int = 1) -> FlightView:
    """The same flight with ``weight_kg`` and ``volume_m3`` booked against its allotment."""
    weight, volume = Decimal(weight_kg), Decimal(volume_m3)
    return replace(
        flight,
        booked_weight_kg=weight,
        booked_volume_m3=volume,
        remaining_weight_kg=flight.allotment_weight_kg - weight,
        remaining_volume_m3=flight.allotment_volume_m3 - volume,
        bookings=bookings,
    )


_booking_ids = count(1)


def make_row(**changes: Any) -> ConsignmentRow:
    """A live booking on LH8407 CGO-FRA, with a fresh id, then ``changes``."""
    number = next(_booking_ids)
    row = ConsignmentRow(
        id=number,
        booking_ref=f"CGO1-B{number:06d}",
        awb_number=f"020-1000{number:04d}",
        shipper="郑州豫通跨境电子商务有限公司",
        consignee="Rhein-Main Fulfilment GmbH",
        origin="CGO",
        destination="FRA",
        flight_number="LH8407",
        departure_date=date(2026, 12, 1),
        pieces=3,
        gross_weight_kg=Decimal("36.900"),
        chargeable_weight_kg=Decimal("42.000"),
        status="booked",
        space_status="requested",
        milestone="BKD",
    )
    return replace(row, **changes)
