"""The bookings a flight's detail lists, on a real SQLite database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import NotFound
from core.services.booking import book, cancel, set_space_status
from core.services.database import OpenedDatabase
from core.services.flight_bookings import FlightBooking, flight_bookings
from core.services.manifests import flight_manifest_pdf
from tests.integration.booking_helpers import future_flights, request


def test_lists_bookings_on_the_flight_with_their_space_status(db: OpenedDatabase) -> None:
    flight, other = future_flights(db, "CGO", "FRA")[:2]
    first = book(db.uow(), request(flight)).value
    second = book(db.uow(), request(flight, pieces=1, dimensions="50x50x50x1", shc="")).value
    book(db.uow(), request(other))  # another flight's booking is not listed
    set_space_status(db.uow(), booking=first.awb_number, status="confirmed")

    rows = flight_bookings(db.uow.reading(), flight.id)

    assert [r.awb_number for r in rows] == sorted([first.awb_number, second.awb_number])
    row = next(r for r in rows if r.awb_number == first.awb_number)
    assert row == FlightBooking(
        id=row.id,
        booking_ref=first.booking_ref,
        awb_number=first.awb_number,
        shipper=first.shipper.name,
        consignee=first.consignee.name,
        destination="FRA",
        pieces=3,
        gross_weight_kg=Decimal("36.900"),
        chargeable_weight_kg=Decimal("42.000"),
        volume_m3=Decimal("0.252"),
        shc=("ECM",),
        space_status="confirmed",
    )
    assert next(r for r in rows if r.awb_number == second.awb_number).shc == ()


def test_cancelled_bookings_have_left_the_flight(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    booking = book(db.uow(), request(flight)).value
    cancel(db.uow(), booking=booking.awb_number, reason="shipper withdrew")
    assert flight_bookings(db.uow.reading(), flight.id) == []


def test_an_unknown_flight_is_not_found(db: OpenedDatabase) -> None:
    with pytest.raises(NotFound) as missing:
        flight_bookings(db.uow.reading(), 987654)
    assert missing.value.field == "flight"


def test_the_manifest_comes_as_pdf_bytes_with_the_confirmed_bookings(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    booking = book(db.uow(), request(flight)).value
    set_space_status(db.uow(), booking=booking.awb_number, status="confirmed")
    pdf = flight_manifest_pdf(db.uow.reading(), flight.id)
    assert pdf.startswith(b"%PDF-") and len(pdf) > 1000
