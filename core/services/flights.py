"""Flights: generated from the schedules, listed with the space booked and left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from core.db.base import utc_now
from core.db.models import AircraftType, Airport, Carrier, Consignment, Flight, Route
from core.domain.capacity import FlightSpace, allotment_from_share
from core.domain.clock import local_text, utc_from_local
from core.domain.measures import cm3_to_m3, g_to_kg
from core.errors import NotFound
from core.services.changes import Entity, Outcome
from core.services.uow import UnitOfWork
from core.services.views import FlightView

# DOMAIN, Space: requested and confirmed space counts against the allotment.
COUNTING_SPACE = ("requested", "confirmed")


@dataclass(frozen=True)
class FlightFilter:
    origin: str | None = None
    destination: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    carrier: str | None = None
    include_closed: bool = True
    upcoming_only: bool = False  # departing after now, whatever the date filters say
    limit: int = 1000


def ensure_flights(uow: UnitOfWork, *, start: date, days: int) -> Outcome[int]:
    """Create the flights the active schedules make from ``start`` for ``days`` days.

    Idempotent: existing flights (and their edited allotments) are left alone.
    """
    with uow:
        created = generate_flights(uow.session, start, days)
        uow.commit()
        if created:
            uow.changes.add(Entity.FLIGHT, *created)
        return Outcome(len(created), uow.changes)


def flights_missing(uow: UnitOfWork, *, start: date, days: int) -> bool:
    """Whether ensure_flights would create any: read with a plain BEGIN, so a start with
    its flights already made takes no write lock (and loads no ORM objects)."""
    with uow:
        return bool(_missing(uow.session, start, days))


def _missing(session: Session, start: date, days: int) -> list[tuple[int, date]]:
    """(route id, day) of the active schedules' flights from ``start`` not yet made."""
    end = start + timedelta(days=days - 1)
    existing = set(
        session.execute(
            select(Flight.carrier_id, Flight.flight_number, Flight.departure_date).where(
                Flight.departure_date.between(start, end)
            )
        )
    )
    schedules = session.execute(
        select(Route.id, Route.carrier_id, Route.flight_number, Route.weekdays)
        .where(Route.active.is_(True))
        .order_by(Route.id)
    )
    missing = []
    for route_id, carrier_id, number, weekdays in schedules:
        for offset in range(days):
            day = start + timedelta(days=offset)
            if str(day.isoweekday()) in weekdays and (carrier_id, number, day) not in existing:
                missing.append((route_id, day))
    return missing


def generate_flights(session: Session, start: date, days: int) -> list[int]:
    missing = _missing(session, start, days)
    if not missing:
        return []
    zones = dict(session.execute(select(Airport.iata, Airport.tz)).all())
    aircraft = {a.code: a for a in session.scalars(select(AircraftType))}
    routes = {r.id: r for r in session.scalars(select(Route).where(Route.active.is_(True)))}
    flights = [
        _flight_for(routes[route_id], day, zones, aircraft[routes[route_id].aircraft_type])
        for route_id, day in missing
    ]
    session.add_all(flights)
    session.flush()
    return [f.id for f in flights]


def _flight_for(route: Route, day: date, zones: dict[str, str], craft: AircraftType) -> Flight:
    weight_g, volume_cm3 = allotment_from_share(
        craft.max_payload_g, craft.max_volume_cm3, int(route.allotment_share_pct * 100)
    )
    return Flight(
        route_id=route.id,
        carrier_id=route.carrier_id,
        flight_number=route.flight_number,
        departure_date=day,
        origin=route.origin,
        destination=route.destination,
        departs_at=utc_from_local(day, route.departure_local, zones[route.origin]),
        arrives_at=utc_from_local(
            day + timedelta(days=route.arrival_day_offset),
            route.arrival_local,
            zones[route.destination],
        ),
        aircraft_type=route.aircraft_type,
        allotment_weight_g=weight_g,
        allotment_volume_cm3=volume_cm3,
        status="open",
    )


def booked_totals() -> Select[int, int, int, int]:
    """Per flight: weight and volume that count against the allotment, and how many."""
    return (
        select(
            Consignment.flight_id,
            func.coalesce(func.sum(Consignment.gross_weight_g), 0),
            func.coalesce(func.sum(Consignment.volume_cm3), 0),
            func.count(Consignment.id),
        )
        .where(Consignment.status == "booked", Consignment.space_status.in_(COUNTING_SPACE))
        .group_by(Consignment.flight_id)
    )


_FLIGHT_TOTALS = booked_totals().where(Consignment.flight_id == bindparam("flight_id"))


def list_flights(uow: UnitOfWork, query: FlightFilter) -> list[FlightView]:
    with uow:
        booked = booked_totals().subquery()
        stmt = (
            select(Flight, booked.c[1], booked.c[2], booked.c[3])
            .outerjoin(booked, booked.c.flight_id == Flight.id)
            .order_by(Flight.departs_at, Flight.flight_number)
            .limit(query.limit)
        )
        stmt = _filtered(stmt, query)
        rows = uow.session.execute(stmt).all()
        zones = airport_zones(
            uow.session, {a for r in rows for a in (r[0].origin, r[0].destination)}
        )
        # Held while the views are made: ZoneInfo(key) then comes from zoneinfo's cache
        # instead of re-reading the tz file per flight once more than 8 zones are in play
        # (profiled: 474 file reads, 30 ms of the board's 130 ms).
        held = [ZoneInfo(tz) for tz in set(zones.values())]
        views = [flight_view(f, w or 0, v or 0, n or 0, zones) for f, w, v, n in rows]
        del held
        return views


def _filtered(
    stmt: Select[Flight, int, int, int], query: FlightFilter
) -> Select[Flight, int, int, int]:
    if query.origin:
        stmt = stmt.where(Flight.origin == query.origin)
    if query.destination:
        stmt = stmt.where(Flight.destination == query.destination)
    if query.date_from:
        stmt = stmt.where(Flight.departure_date >= query.date_from)
    if query.date_to:
        stmt = stmt.where(Flight.departure_date <= query.date_to)
    if query.carrier:
        stmt = stmt.join(Carrier, Carrier.id == Flight.carrier_id).where(
            Carrier.iata_code == query.carrier
        )
    if not query.include_closed:
        stmt = stmt.where(Flight.status == "open")
    if query.upcoming_only:
        stmt = stmt.where(Flight.departs_at > utc_now())
    return stmt


def get_flight(uow: UnitOfWork, flight_id: int) -> FlightView:
    with uow:
        flight = uow.session.get(Flight, flight_id)
        if flight is None:
            raise NotFound("flight", flight_id, field="flight")
        return load_flight_view(uow.session, flight)


def load_flight_view(session: Session, flight: Flight) -> FlightView:
    totals = session.execute(booked_totals().where(Consignment.flight_id == flight.id)).first()
    weight, volume, count = (totals[1], totals[2], totals[3]) if totals else (0, 0, 0)
    zones = airport_zones(session, {flight.origin, flight.destination})
    return flight_view(flight, weight, volume, count, zones)


def flight_space(session: Session, flight: Flight) -> FlightSpace:
    """The flight's space as the domain rule sees it, read inside the booking transaction."""
    return space_and_count(session, flight)[0]


def space_and_count(session: Session, flight: Flight) -> tuple[FlightSpace, int]:
    """The flight's space and how many bookings count against it."""
    totals = session.connection().execute(_FLIGHT_TOTALS, {"flight_id": flight.id}).first()
    space = FlightSpace(
        flight_label=f"{flight.flight_number} {flight.departure_date.isoformat()}",
        allotment_weight_g=flight.allotment_weight_g,
        allotment_volume_cm3=flight.allotment_volume_cm3,
        booked_weight_g=totals[1] if totals else 0,
        booked_volume_cm3=totals[2] if totals else 0,
        is_open=flight.status == "open",
    )
    return space, totals[3] if totals else 0


_ZONES = select(Airport.iata, Airport.tz).where(
    Airport.iata.in_(bindparam("codes", expanding=True))
)


def airport_zones(session: Session, codes: set[str]) -> dict[str, str]:
    return {iata: tz for iata, tz in session.connection().execute(_ZONES, {"codes": sorted(codes)})}


def flight_view(
    flight: Flight, weight_g: int, volume_cm3: int, count: int, zones: dict[str, str]
) -> FlightView:
    return FlightView(
        id=flight.id,
        carrier=flight.carrier.iata_code,
        flight_number=flight.flight_number,
        departure_date=flight.departure_date,
        origin=flight.origin,
        destination=flight.destination,
        departs_at_utc=flight.departs_at,
        arrives_at_utc=flight.arrives_at,
        departs_local=local_text(flight.departs_at, zones[flight.origin]),
        arrives_local=local_text(flight.arrives_at, zones[flight.destination]),
        aircraft_type=flight.aircraft_type,
        registration=flight.registration,
        status=flight.status,
        allotment_weight_kg=g_to_kg(flight.allotment_weight_g),
        allotment_volume_m3=cm3_to_m3(flight.allotment_volume_cm3),
        booked_weight_kg=g_to_kg(weight_g),
        booked_volume_m3=cm3_to_m3(volume_cm3),
        remaining_weight_kg=g_to_kg(max(flight.allotment_weight_g - weight_g, 0)),
        remaining_volume_m3=cm3_to_m3(max(flight.allotment_volume_cm3 - volume_cm3, 0)),
        bookings=count,
    )
