"""Reference data: seeded on first start from resources/, editable afterwards."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from core import reference as data
from core.db.models import AircraftType, Airport, Carrier, Customer, Route
from core.domain.measures import kg_to_g, m3_to_cm3
from core.services.changes import Entity, Outcome
from core.services.customers import escape_like
from core.services.settings import database_id, put_setting
from core.services.uow import UnitOfWork
from core.services.views import AirportView, RouteView


def is_seeded(uow: UnitOfWork) -> bool:
    with uow:
        return bool(uow.session.scalar(select(func.count()).select_from(Carrier)))


def seed_reference(uow: UnitOfWork) -> Outcome[int]:
    """Airports, carriers, aircraft, routes and sample customers, once, in one transaction."""
    with uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Carrier)):
            return Outcome(0, uow.changes)
        database_id(uow)
        session.execute(insert(Airport), [asdict(a) for a in data.load_airports()])
        carriers = _seed_carriers(session)
        _seed_aircraft(session)
        _seed_routes(session, carriers)
        _seed_customers(session)
        put_setting(uow, "seeded_from", "resources.reference")
        uow.commit()
        uow.changes.add(Entity.REFERENCE, "all")
        uow.changes.add(Entity.CUSTOMER, "all")
        return Outcome(1, uow.changes)


def _seed_carriers(session: Session) -> dict[str, int]:
    rows = [Carrier(**asdict(c)) for c in data.load_carriers()]
    session.add_all(rows)
    session.flush()
    return {c.iata_code: c.id for c in rows}


def _seed_aircraft(session: Session) -> None:
    session.add_all(
        AircraftType(
            code=a.code,
            name=a.name,
            max_payload_g=kg_to_g(Decimal(a.max_payload_kg)),
            max_volume_cm3=m3_to_cm3(a.max_volume_m3),
        )
        for a in data.load_aircraft_types()
    )


def _seed_routes(session: Session, carriers: dict[str, int]) -> None:
    session.add_all(
        Route(
            carrier_id=carriers[r.carrier],
            flight_number=r.flight_number,
            origin=r.origin,
            destination=r.destination,
            weekdays="".join(str(d) for d in r.weekdays),
            departure_local=r.departure_local,
            arrival_local=r.arrival_local,
            arrival_day_offset=r.arrival_day_offset,
            aircraft_type=r.aircraft_type,
            allotment_share_pct=r.allotment_share_pct,
            active=True,
        )
        for r in data.load_routes()
    )


def _seed_customers(session: Session) -> None:
    session.add_all(
        Customer(**{k: v for k, v in asdict(c).items() if k != "role"})
        for c in data.load_customers()
    )


def list_routes(uow: UnitOfWork) -> list[RouteView]:
    with uow:
        routes = uow.session.scalars(select(Route).order_by(Route.origin, Route.destination))
        return [
            RouteView(
                id=r.id,
                carrier=r.carrier.iata_code,
                flight_number=r.flight_number,
                origin=r.origin,
                destination=r.destination,
                weekdays=r.weekdays,
                departure_local=r.departure_local.strftime("%H:%M"),
                arrival_local=r.arrival_local.strftime("%H:%M"),
                arrival_day_offset=r.arrival_day_offset,
                aircraft_type=r.aircraft_type,
                allotment_share_pct=r.allotment_share_pct,
                active=r.active,
            )
            for r in routes
        ]


def find_airports(uow: UnitOfWork, text: str, *, limit: int = 20) -> list[AirportView]:
    """Airports by code, city or name: typing "liege" offers LGG."""
    key = text.strip()
    with uow:
        stmt = select(Airport).limit(limit)
        if len(key) == 3 and key.isalpha():
            exact = uow.session.get(Airport, key.upper())
            if exact is not None:
                return [_airport(exact)]
        pattern = f"%{escape_like(key)}%"
        stmt = stmt.where(
            Airport.city.ilike(pattern, escape="\\") | Airport.name.ilike(pattern, escape="\\")
        )
        return [_airport(a) for a in uow.session.scalars(stmt.order_by(Airport.iata))]


def _airport(a: Airport) -> AirportView:
    return AirportView(a.iata, a.name, a.city, a.country, a.tz)
