"""The office dashboard: bookings, chargeable tonnage and revenue by route and week, the
space used on the coming flights, and growth against the same weeks a year earlier.

Every figure is a SQL aggregate (GROUP BY) on plain columns, portable to PostgreSQL: the
rows are grouped by the flight's local departure date in SQL (at most days x routes rows)
and folded into ISO weeks here, because week arithmetic differs between databases.
The week a booking counts in is its flight's local departure date (DOMAIN: a flight's
date is its local departure date), so the figures say when the cargo flew, not when the
clerk typed it. Cancelled bookings count nowhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.db.models import BookingCharge, Consignment, Flight
from core.domain.measures import cm3_to_m3, g_to_kg
from core.domain.money import Money
from core.services.flights import booked_totals
from core.services.uow import UnitOfWork

# 52 weeks back keeps the weekdays aligned (a Monday compares with a Monday), so the
# earlier period covers the same ISO weeks of the year before.
YEAR_EARLIER = timedelta(weeks=52)
CAPACITY_DAYS = 14
MAX_WEEKS = 104
_PCT = Decimal("0.1")
_G_PER_TONNE = 1_000_000


@dataclass(frozen=True)
class WeekFigures:
    """One ISO week: its Monday, and what flew in it up to the period's last day."""

    week_start: date
    iso_week: str  # "2026-W48"
    bookings: int
    chargeable_tonnes: Decimal


@dataclass(frozen=True)
class RouteWeek:
    origin: str
    destination: str
    week_start: date
    bookings: int
    chargeable_tonnes: Decimal


@dataclass(frozen=True)
class RouteTotal:
    origin: str
    destination: str
    bookings: int
    chargeable_tonnes: Decimal


@dataclass(frozen=True)
class FlightUse:
    """Space booked (requested and confirmed) against the allotment of a coming flight."""

    flight_id: int
    flight_number: str
    departure_date: date
    origin: str
    destination: str
    bookings: int
    booked_weight_kg: Decimal
    allotment_weight_kg: Decimal
    booked_volume_m3: Decimal
    allotment_volume_m3: Decimal
    weight_use_pct: Decimal
    volume_use_pct: Decimal


@dataclass(frozen=True)
class Growth:
    """A measure in the period and in the same weeks a year earlier; ``change_pct`` is None
    when the earlier period had nothing to compare with."""

    measure: str  # "bookings", "chargeable_tonnes" or "revenue"
    currency: str | None  # for revenue
    current: Decimal
    earlier: Decimal
    change_pct: Decimal | None


@dataclass(frozen=True)
class DashboardView:
    today: date
    period_start: date  # Monday of the first week
    period_end: date  # today: the current week counts up to today
    earlier_start: date
    earlier_end: date
    weeks: tuple[WeekFigures, ...]  # oldest first
    earlier_weeks: tuple[WeekFigures, ...]  # the same weeks a year earlier, index by index
    by_route_week: tuple[RouteWeek, ...]
    by_route: tuple[RouteTotal, ...]  # most tonnage first
    revenue: tuple[Money, ...]  # booked in the period, one per currency
    capacity: tuple[FlightUse, ...]  # flights of the next CAPACITY_DAYS days, by departure
    growth: tuple[Growth, ...]


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive


def office_dashboard(uow: UnitOfWork, *, today: date, weeks: int = 12) -> DashboardView:
    """The dashboard for the last ``weeks`` ISO weeks up to ``today`` (one read)."""
    weeks = max(1, min(weeks, MAX_WEEKS))
    current = Period(today - timedelta(days=today.weekday(), weeks=weeks - 1), today)
    earlier = Period(current.start - YEAR_EARLIER, current.end - YEAR_EARLIER)
    with uow:
        session = uow.session
        now_rows = _route_days(session, current)
        then_rows = _route_days(session, earlier)
        revenue_now = _revenue(session, current)
        revenue_then = _revenue(session, earlier)
        capacity = _capacity(session, today)
    return DashboardView(
        today=today,
        period_start=current.start,
        period_end=current.end,
        earlier_start=earlier.start,
        earlier_end=earlier.end,
        weeks=_weeks(now_rows, current, weeks),
        earlier_weeks=_weeks(then_rows, earlier, weeks),
        by_route_week=_route_weeks(now_rows),
        by_route=_route_totals(now_rows),
        revenue=tuple(Money.from_minor(m, c) for c, m in sorted(revenue_now.items())),
        capacity=capacity,
        growth=_growth(now_rows, then_rows, revenue_now, revenue_then),
    )


@dataclass(frozen=True)
class _Day:
    origin: str
    destination: str
    day: date
    bookings: int
    chargeable_g: int


def _route_days(session: Session, period: Period) -> list[_Day]:
    stmt = (
        select(
            Flight.origin,
            Flight.destination,
            Flight.departure_date,
            func.count(Consignment.id),
            func.coalesce(func.sum(Consignment.chargeable_weight_g), 0),
        )
        .join(Consignment, Consignment.flight_id == Flight.id)
        .where(
            Flight.departure_date.between(period.start, period.end),
            Consignment.status == "booked",
        )
        .group_by(Flight.origin, Flight.destination, Flight.departure_date)
    )
    return [_Day(o, d, day, int(n), int(g)) for o, d, day, n, g in session.execute(stmt)]


def _revenue(session: Session, period: Period) -> dict[str, int]:
    """Minor units per currency of the kept charge lines (what the bookings were sold at)."""
    stmt = (
        select(BookingCharge.currency, func.sum(BookingCharge.amount_minor))
        .join(Consignment, Consignment.id == BookingCharge.consignment_id)
        .join(Flight, Flight.id == Consignment.flight_id)
        .where(
            Flight.departure_date.between(period.start, period.end),
            Consignment.status == "booked",
        )
        .group_by(BookingCharge.currency)
    )
    return {currency: int(minor or 0) for currency, minor in session.execute(stmt)}


def _capacity(session: Session, today: date) -> tuple[FlightUse, ...]:
    booked = booked_totals().subquery()
    stmt = (
        select(Flight, booked.c[1], booked.c[2], booked.c[3])
        .outerjoin(booked, booked.c.flight_id == Flight.id)
        .where(
            Flight.departure_date.between(today, today + timedelta(days=CAPACITY_DAYS - 1)),
            Flight.status != "cancelled",
        )
        .order_by(Flight.departs_at, Flight.flight_number)
    )
    return tuple(_use(f, w or 0, v or 0, n or 0) for f, w, v, n in session.execute(stmt))


def _use(flight: Flight, weight_g: int, volume_cm3: int, count: int) -> FlightUse:
    return FlightUse(
        flight_id=flight.id,
        flight_number=flight.flight_number,
        departure_date=flight.departure_date,
        origin=flight.origin,
        destination=flight.destination,
        bookings=count,
        booked_weight_kg=g_to_kg(weight_g),
        allotment_weight_kg=g_to_kg(flight.allotment_weight_g),
        booked_volume_m3=cm3_to_m3(volume_cm3),
        allotment_volume_m3=cm3_to_m3(flight.allotment_volume_cm3),
        weight_use_pct=_share(weight_g, flight.allotment_weight_g),
        volume_use_pct=_share(volume_cm3, flight.allotment_volume_cm3),
    )


def _share(part: int, whole: int) -> Decimal:
    if whole <= 0:
        return Decimal(0).quantize(_PCT)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_PCT, rounding=ROUND_HALF_EVEN)


def tonnes(grams: int) -> Decimal:
    """Exact: a gram is a millionth of a tonne."""
    return Decimal(grams).scaleb(-6) if grams else Decimal(0)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _weeks(rows: Iterable[_Day], period: Period, count: int) -> tuple[WeekFigures, ...]:
    bookings: dict[date, int] = defaultdict(int)
    grams: dict[date, int] = defaultdict(int)
    for row in rows:
        bookings[monday(row.day)] += row.bookings
        grams[monday(row.day)] += row.chargeable_g
    starts = [period.start + timedelta(weeks=i) for i in range(count)]
    return tuple(WeekFigures(s, iso_week(s), bookings[s], tonnes(grams[s])) for s in starts)


def _route_weeks(rows: Iterable[_Day]) -> tuple[RouteWeek, ...]:
    totals: dict[tuple[str, str, date], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        key = (row.origin, row.destination, monday(row.day))
        totals[key][0] += row.bookings
        totals[key][1] += row.chargeable_g
    return tuple(RouteWeek(o, d, w, n, tonnes(g)) for (o, d, w), (n, g) in sorted(totals.items()))


def _route_totals(rows: Iterable[_Day]) -> tuple[RouteTotal, ...]:
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        totals[(row.origin, row.destination)][0] += row.bookings
        totals[(row.origin, row.destination)][1] += row.chargeable_g
    ranked = sorted(totals.items(), key=lambda item: (-item[1][1], item[0]))
    return tuple(RouteTotal(o, d, n, tonnes(g)) for (o, d), (n, g) in ranked)


def _growth(
    now_rows: list[_Day],
    then_rows: list[_Day],
    revenue_now: dict[str, int],
    revenue_then: dict[str, int],
) -> tuple[Growth, ...]:
    figures = [
        growth(
            "bookings",
            None,
            Decimal(sum(r.bookings for r in now_rows)),
            Decimal(sum(r.bookings for r in then_rows)),
        ),
        growth(
            "chargeable_tonnes",
            None,
            tonnes(sum(r.chargeable_g for r in now_rows)),
            tonnes(sum(r.chargeable_g for r in then_rows)),
        ),
    ]
    for currency in sorted(revenue_now.keys() | revenue_then.keys()):
        figures.append(
            growth(
                "revenue",
                currency,
                Money.from_minor(revenue_now.get(currency, 0), currency).amount,
                Money.from_minor(revenue_then.get(currency, 0), currency).amount,
            )
        )
    return tuple(figures)


def growth(measure: str, currency: str | None, current: Decimal, earlier: Decimal) -> Growth:
    """The change in per cent to one decimal; None when there was nothing a year earlier."""
    change = None
    if earlier > 0:
        change = ((current - earlier) * 100 / earlier).quantize(_PCT, rounding=ROUND_HALF_EVEN)
    return Growth(measure, currency, current, earlier, change)
