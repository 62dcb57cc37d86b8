"""The office dashboard's figures, the demo history behind them, and `freightdesk dashboard`."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from core.db.models import Consignment, Flight
from core.domain.awb import parse_awb
from core.services.booking import book, cancel
from core.services.booking_input import BookingRequest
from core.services.dashboard import growth, office_dashboard
from core.services.database import OpenedDatabase
from core.services.demo_history import REQUEST_PREFIX, add_demo_history
from core.services.flights import FlightFilter, list_flights
from core.services.views import BookingView
from tests.integration.cli_helpers import Cli

# A Monday far enough ahead that no generated flight falls on the dates moved to.
MONDAY = date(2031, 3, 3)  # ISO 2031-W10
YEAR_EARLIER = MONDAY - timedelta(weeks=52)  # 2030-03-04, ISO 2030-W10


def _book(db: OpenedDatabase, flight_id: int, weight: str, number: int) -> BookingView:
    request = BookingRequest(
        shipper="SH-CGO-001",
        consignee="CN-FRA-001",
        flight_id=flight_id,
        pieces=2,
        gross_weight_kg=weight,
        dimensions="50x40x30x2",
        goods_description="men's cotton T-shirts",
        hs_code="610910",
        space_status="confirmed",
        client_request_id=f"dash-{number}",
    )
    return book(db.uow(), request).value


def _fly_on(db: OpenedDatabase, flight_id: int, day: date) -> None:
    """Hand-made history: the booking service refuses departed flights, so the flight is
    moved to the day the test needs after booking on it."""
    with db.uow() as uow:
        uow.session.execute(update(Flight).where(Flight.id == flight_id).values(departure_date=day))
        uow.commit()


@pytest.fixture
def placed(db: OpenedDatabase) -> dict[str, BookingView]:
    """Bookings on five CGO-FRA flights, then moved: two in the first week of the period
    (its Monday and its Sunday), one in the same week a year earlier, one the Sunday before
    the period, and one cancelled."""
    flights = list_flights(
        db.uow.reading(),
        FlightFilter(origin="CGO", destination="FRA", upcoming_only=True, limit=6),
    )
    days = {
        "monday": MONDAY,
        "sunday": MONDAY + timedelta(days=6),
        "earlier": YEAR_EARLIER,
        "before": MONDAY - timedelta(days=1),
        "cancelled": MONDAY + timedelta(days=2),
    }
    weights = {"monday": "100", "sunday": "250.5", "earlier": "80", "before": "60"}
    placed = {}
    for number, (name, day) in enumerate(days.items()):
        placed[name] = _book(db, flights[number].id, weights.get(name, "40"), number)
        _fly_on(db, flights[number].id, day)
    cancel(db.uow(), booking=placed["cancelled"].booking_ref, reason="customer withdrew")
    return placed


def _revenue(*views: BookingView) -> Decimal:
    return sum((c.amount for v in views for c in v.charges), Decimal(0))


def test_weeks_count_from_monday_to_sunday_against_the_same_weeks_a_year_earlier(
    db: OpenedDatabase, placed: dict[str, BookingView]
) -> None:
    view = office_dashboard(db.uow.reading(), today=MONDAY + timedelta(weeks=1), weeks=2)
    assert (view.period_start, view.period_end) == (MONDAY, MONDAY + timedelta(weeks=1))
    assert (view.earlier_start, view.earlier_end) == (YEAR_EARLIER, YEAR_EARLIER + timedelta(7))
    assert [w.iso_week for w in view.weeks] == ["2031-W10", "2031-W11"]
    assert [w.iso_week for w in view.earlier_weeks] == ["2030-W10", "2030-W11"]
    monday, sunday = placed["monday"], placed["sunday"]
    assert [w.bookings for w in view.weeks] == [2, 0]  # "before" and "cancelled" left out
    assert (
        view.weeks[0].chargeable_tonnes
        == (monday.chargeable_weight_kg + sunday.chargeable_weight_kg) / 1000
    )
    assert [w.bookings for w in view.earlier_weeks] == [1, 0]
    assert [(r.origin, r.destination, r.bookings) for r in view.by_route] == [("CGO", "FRA", 2)]
    by_measure = {(g.measure, g.currency): g for g in view.growth}
    assert by_measure[("bookings", None)].change_pct == Decimal("100.0")
    revenue = by_measure[("revenue", "CNY")]
    assert revenue.current == _revenue(monday, sunday) > 0
    assert revenue.earlier == _revenue(placed["earlier"])
    assert [str(m) for m in view.revenue] == [f"{_revenue(monday, sunday):.2f} CNY"]


def test_growth_is_none_when_the_year_earlier_is_empty(
    db: OpenedDatabase, placed: dict[str, BookingView]
) -> None:
    view = office_dashboard(db.uow.reading(), today=MONDAY + timedelta(weeks=60), weeks=2)
    assert all(g.change_pct is None for g in view.growth)
    assert growth("bookings", None, Decimal(3), Decimal(0)).change_pct is None
    assert growth("bookings", None, Decimal(1), Decimal(3)).change_pct == Decimal("-66.7")


def test_capacity_of_the_coming_flights(db: OpenedDatabase) -> None:
    flight = list_flights(
        db.uow.reading(), FlightFilter(origin="CGO", destination="FRA", upcoming_only=True)
    )[0]
    _book(db, flight.id, "2040", 1)
    view = office_dashboard(db.uow.reading(), today=date.today())
    use = next(f for f in view.capacity if f.flight_id == flight.id)
    assert use.booked_weight_kg == Decimal("2040.000")
    assert use.weight_use_pct == (Decimal(2040) * 100 / use.allotment_weight_kg).quantize(
        Decimal("0.1")
    )
    assert all(
        date.today() <= f.departure_date < date.today() + timedelta(14) for f in view.capacity
    )


def test_demo_history_spans_over_a_year_grows_and_is_added_once(db: OpenedDatabase) -> None:
    today = date.today()
    added = add_demo_history(db.uow(), today=today).value
    assert added > 1000
    assert add_demo_history(db.uow(), today=today).value == 0
    with db.uow.reading() as uow:
        history = Consignment.client_request_id.like(f"{REQUEST_PREFIX}%")
        first, last, count = uow.session.execute(
            select(func.min(Flight.departure_date), func.max(Flight.departure_date), func.count())
            .join(Consignment, Consignment.flight_id == Flight.id)
            .where(history)
        ).one()
        numbers = uow.session.scalars(
            select(Consignment.milestone).where(history, Consignment.milestone != "DLV")
        ).all()
    assert count == added and (last - first).days > 365 and last < today
    assert len(numbers) < added / 20  # all but the last few days' are delivered
    view = office_dashboard(db.uow.reading(), today=today, weeks=12)
    change = {g.measure: g.change_pct for g in view.growth if g.currency in (None, "CNY")}
    assert change["bookings"] is not None and change["bookings"] > 40
    assert change["revenue"] is not None and change["revenue"] > 40


def test_demo_history_awb_numbers_are_valid_and_unique(db: OpenedDatabase) -> None:
    add_demo_history(db.uow(), today=date.today(), days=60)
    with db.uow.reading() as uow:
        from core.db.models import Awb

        numbers = uow.session.scalars(
            select(Awb.number)
            .join(Consignment, Consignment.awb_id == Awb.id)
            .where(Consignment.client_request_id.like(f"{REQUEST_PREFIX}%"))
        ).all()
    assert numbers and len(set(numbers)) == len(numbers)
    for number in numbers:
        assert str(parse_awb(number)) == number


def test_cli_dashboard_json_and_text(cli: Cli) -> None:
    run = cli("--json", "dashboard", "--weeks", "3")
    assert run.code == 0, run.err
    document = json.loads(run.out)["dashboard"]
    assert len(document["weeks"]) == len(document["earlier_weeks"]) == 3
    assert {g["measure"] for g in document["growth"]} >= {"bookings", "chargeable_tonnes"}
    text = cli("dashboard")
    assert text.code == 0 and "a year earlier" in text.out and "growth" in text.out
    assert cli("dashboard", "--weeks", "0").code == 2
