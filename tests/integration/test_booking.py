"""Booking through the services on a real SQLite database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.errors import CapacityExceeded, Conflict, InvalidState, NotFound, ValidationError
from core.services.booking import book, cancel, rebook, set_space_status
from core.services.booking_input import LithiumInput
from core.services.changes import Entity
from core.services.customers import CustomerInput, add_customer
from core.services.database import OpenedDatabase
from core.services.flights import ensure_flights, get_flight
from core.services.network import RouteInput, add_route, set_allotment
from core.services.search import BookingQuery, search
from core.services.stock import get_awb, list_ranges, void_number
from tests.integration.booking_helpers import future_flights, request


def test_booking_assigns_awb_computes_weights_and_reports_changes(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    outcome = book(db.uow(), request(flight))
    booking = outcome.value
    assert booking.awb_number == "020-10000001"  # first serial of LH stock, 1000000 mod 7 = 1
    assert booking.booking_ref == "CGO1-B000001"
    assert booking.volume_m3 == Decimal("0.252")
    assert booking.chargeable_weight_kg == Decimal("42.000")  # DOMAIN example
    assert [m.code for m in booking.milestones] == ["BKD"]
    assert outcome.changes.keys_of(Entity.FLIGHT) == {flight.id}
    after = get_flight(db.uow.reading(), flight.id)
    assert after.booked_weight_kg == Decimal("36.900")
    assert after.remaining_weight_kg == flight.remaining_weight_kg - Decimal("36.9")


def test_retried_request_books_once(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    first = book(db.uow(), request(flight, client_request_id="clerk-7-0001")).value
    again = book(db.uow(), request(flight, client_request_id="clerk-7-0001")).value
    assert again.awb_number == first.awb_number
    assert len(search(db.uow.reading(), BookingQuery())) == 1


def test_full_flight_is_refused_with_what_is_left(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "ALA")[0]
    left = flight.remaining_weight_kg
    with pytest.raises(CapacityExceeded) as refused:
        book(
            db.uow(),
            request(
                flight, gross_weight_kg=str(left + 1), dimensions=None, volume_m3="1", pieces=1
            ),
        )
    assert refused.value.params["remaining_weight_kg"] == left
    assert f"has {left:.1f} kg" in refused.value.message
    assert search(db.uow.reading(), BookingQuery()) == []
    assert list_ranges(db.uow.reading())[0].remaining == 5000  # no number consumed


def test_volume_alone_can_fill_a_flight(db: OpenedDatabase) -> None:
    flight = future_flights(db, "NNG", "KUL")[0]
    too_big = str(flight.remaining_volume_m3 + 1)
    with pytest.raises(CapacityExceeded):
        book(
            db.uow(),
            request(
                flight,
                consignee="CN-KUL-001",
                dimensions=None,
                volume_m3=too_big,
                pieces=1,
                gross_weight_kg="10",
            ),
        )


def test_waitlisted_space_does_not_count_until_confirmed(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "BSZ")[0]
    heavy = str(flight.remaining_weight_kg - 100)
    book(
        db.uow(),
        request(
            flight,
            consignee="CN-BSZ-001",
            gross_weight_kg=heavy,
            dimensions=None,
            volume_m3="5",
            pieces=10,
        ),
    )
    waiting = book(
        db.uow(),
        request(
            flight,
            consignee="CN-BSZ-001",
            gross_weight_kg="500",
            dimensions=None,
            volume_m3="2",
            pieces=2,
            space_status="waitlisted",
        ),
    ).value
    with pytest.raises(CapacityExceeded):
        set_space_status(db.uow(), booking=waiting.awb_number, status="confirmed")
    assert (
        set_space_status(db.uow(), booking=waiting.awb_number, status="refused").value.space_status
        == "refused"
    )


def test_cancel_releases_space_and_voids_the_number_for_good(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    first = book(db.uow(), request(flight)).value
    cancelled = cancel(db.uow(), booking=first.booking_ref, reason="shipper withdrew").value
    assert cancelled.status == "cancelled"
    assert get_flight(db.uow.reading(), flight.id).booked_weight_kg == 0
    second = book(db.uow(), request(flight)).value
    assert second.awb_number != first.awb_number
    with pytest.raises(InvalidState):
        cancel(db.uow(), booking=first.awb_number, reason="again")


def test_rebook_moves_space_in_one_transaction(db: OpenedDatabase) -> None:
    first, second = future_flights(db, "CGO", "FRA")[:2]
    booking = book(db.uow(), request(first)).value
    moved = rebook(db.uow(), booking=booking.awb_number, flight_id=second.id).value
    assert moved.flight.id == second.id and moved.awb_number == booking.awb_number
    assert get_flight(db.uow.reading(), first.id).booked_weight_kg == 0
    assert get_flight(db.uow.reading(), second.id).booked_weight_kg == Decimal("36.900")


def test_rebook_onto_another_lane_is_refused(db: OpenedDatabase) -> None:
    fra = future_flights(db, "CGO", "FRA")[0]
    cdg = future_flights(db, "CGO", "CDG")[0]
    booking = book(db.uow(), request(fra)).value
    with pytest.raises(ValidationError) as refused:
        rebook(db.uow(), booking=booking.booking_ref, flight_id=cdg.id)
    assert refused.value.field == "destination"


def test_rebook_to_another_carrier_voids_and_reissues_the_awb(db: OpenedDatabase) -> None:
    add_route(
        db.uow(),
        RouteInput("TK", "TK6499", "CGO", "LUX", "1234567", "05:00", "11:30", 0, "A332F", "25"),
    )
    ensure_flights(db.uow(), start=date.today(), days=14)
    lux = future_flights(db, "CGO", "LUX")
    cargolux = next(f for f in lux if f.carrier == "CV")
    turkish = next(f for f in lux if f.carrier == "TK")
    booking = book(db.uow(), request(cargolux, consignee="CN-LUX-001")).value
    moved = rebook(
        db.uow(),
        booking=booking.awb_number,
        flight_number="TK6499",
        flight_date=turkish.departure_date.isoformat(),
    ).value
    assert booking.awb_number.startswith("172-") and moved.awb_number.startswith("235-")
    ranges = {r.carrier: r for r in list_ranges(db.uow.reading())}
    assert ranges["CV"].remaining == 4999  # the Cargolux number stays used up: voided
    with pytest.raises(InvalidState):  # voided numbers are on record and cannot be voided again
        void_number(db.uow(), number=booking.awb_number, reason="again")


def test_allotment_is_editable_but_never_below_what_is_sold(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    book(db.uow(), request(flight))
    smaller = set_allotment(db.uow(), flight_id=flight.id, weight_kg="1000", volume_m3="6")
    assert smaller.value.remaining_weight_kg == Decimal("963.100")
    with pytest.raises(CapacityExceeded):
        set_allotment(db.uow(), flight_id=flight.id, weight_kg="30", volume_m3="6")


def test_lithium_section_ii_sets_eli_and_refuses_fully_regulated(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    ok = book(
        db.uow(),
        request(flight, lithium=LithiumInput("PI967", battery_wh="3.5", state_of_charge_pct="30")),
    ).value
    assert "ELI" in ok.shc and ok.lithium is not None
    assert "SECTION II OF PI967" in ok.lithium.statement
    for bad in (
        LithiumInput("PI965", battery_wh="10"),
        LithiumInput("PI966", battery_wh="150", state_of_charge_pct="20"),
    ):
        with pytest.raises(ValidationError) as refused:
            book(db.uow(), request(flight, lithium=bad))
        assert refused.value.field is not None and refused.value.field.startswith("lithium")
    assert len(search(db.uow.reading(), BookingQuery())) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"shipper": "NOBODY"}, "shipper"),
        ({"consignee": "NOBODY"}, "consignee"),
        ({"flight_id": 999_999}, "flight"),
        ({"origin": "PEK"}, "origin"),
        ({"dimensions": "60x40x35x2"}, "dimensions"),
        ({"declared_value": "100", "declared_currency": None}, "declared_currency"),
    ],
)
def test_refusals_name_the_field_and_write_nothing(
    db: OpenedDatabase, changes: dict[str, object], field: str
) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    with pytest.raises((ValidationError, NotFound)) as refused:
        book(db.uow(), request(flight, **changes))
    assert refused.value.field == field
    assert search(db.uow.reading(), BookingQuery()) == []
    assert list_ranges(db.uow.reading())[0].remaining == 5000


def test_search_by_customer_fragment_awb_route_and_status(db: OpenedDatabase) -> None:
    fra = future_flights(db, "CGO", "FRA")[0]
    ist = future_flights(db, "CGO", "IST")[0]
    a = book(db.uow(), request(fra)).value
    b = book(db.uow(), request(ist, shipper="SH-CGO-002", consignee="CN-IST-001")).value
    cancel(db.uow(), booking=b.awb_number, reason="test")
    reading = db.uow.reading
    assert [r.awb_number for r in search(reading(), BookingQuery(customer="豫通"))] == [
        a.awb_number
    ]
    assert [r.awb_number for r in search(reading(), BookingQuery(awb=a.awb_number[4:9]))] == [
        a.awb_number
    ]
    assert [r.destination for r in search(reading(), BookingQuery(destination="ist"))] == ["IST"]
    assert [r.status for r in search(reading(), BookingQuery(status="cancelled"))] == ["cancelled"]
    assert [r.milestone for r in search(reading(), BookingQuery(status="BKD"))] == ["BKD"]
    assert search(reading(), BookingQuery(customer="%")) == []  # LIKE wildcards are literal


def test_a_request_id_reused_for_other_cargo_is_refused(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    book(db.uow(), request(flight, client_request_id="web-42"))
    with pytest.raises(Conflict) as reused:
        book(db.uow(), request(flight, client_request_id="web-42", gross_weight_kg="99"))
    assert reused.value.field == "client_request_id"


def test_awb_lookup_tells_used_voided_and_unused(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    booking = book(db.uow(), request(flight)).value
    assert get_awb(db.uow.reading(), booking.awb_number).booking_ref == booking.booking_ref
    cancel(db.uow(), booking=booking.awb_number, reason="shipper withdrew")
    voided = get_awb(db.uow.reading(), booking.awb_number)
    assert (voided.state, voided.booking_ref) == ("voided", booking.booking_ref)
    assert "shipper withdrew" in (voided.void_reason or "")
    assert get_awb(db.uow.reading(), "020-10000023").state == "unused"


def test_text_no_font_can_print_is_refused_at_input(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    with pytest.raises(ValidationError) as thai:
        book(db.uow(), request(flight, goods_description="เคสโทรศัพท์ phone cases"))
    assert (thai.value.field, thai.value.code) == ("goods_description", "text.script")
    assert "transliterate" in thai.value.message
    with pytest.raises(ValidationError) as arabic:
        add_customer(db.uow(), CustomerInput("AE-1", "شركة الشحن", "1 Road", "Dubai", "AE"))
    assert arabic.value.field == "name"
    ok = CustomerInput("KZ-9", "ТОО Алматы Фулфилмент", "ул. Абая 1", "Almaty", "KZ")
    assert add_customer(db.uow(), ok).value.name == "ТОО Алматы Фулфилмент"
