"""Editing the network after the first start: carriers, schedules, flight allotments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from core.db.models import AircraftType, Airport, Carrier, Flight, Route
from core.domain.measures import cm3_to_m3, g_to_kg, kg_to_g, m3_to_cm3, parse_weight_kg
from core.domain.text import clean_code, clean_text, flight_number, iata_airport, iata_carrier
from core.errors import CapacityExceeded, Conflict, NotFound, ValidationError
from core.services.changes import Entity, Outcome
from core.services.flights import flight_space, load_flight_view
from core.services.stock import find_carrier
from core.services.uow import UnitOfWork
from core.services.views import FlightView


@dataclass(frozen=True)
class RouteInput:
    carrier: str
    flight_number: str
    origin: str
    destination: str
    weekdays: str  # ISO digits: "135" = Monday, Wednesday, Friday
    departure_local: str  # "HH:MM" at the origin
    arrival_local: str  # "HH:MM" at the destination
    arrival_day_offset: int
    aircraft_type: str
    allotment_share_pct: str | Decimal


def set_carrier(
    uow: UnitOfWork, *, code: str, name: str, awb_prefix: str, verified: bool
) -> Outcome[str]:
    """Add or correct a carrier: prefix tables found online are often wrong (DOMAIN)."""
    iata = iata_carrier(code)
    prefix = clean_code(awb_prefix, "awb_prefix", pattern=r"\d{3}", example="172")
    with uow:
        session = uow.session
        carrier = session.scalar(select(Carrier).where(Carrier.iata_code == iata))
        clash = session.scalar(select(Carrier).where(Carrier.awb_prefix == prefix))
        if clash is not None and clash is not carrier:
            raise Conflict(
                "carrier.prefix_taken",
                f"awb_prefix: {prefix} belongs to {clash.iata_code}",
                field="awb_prefix",
                prefix=prefix,
                carrier=clash.iata_code,
            )
        if carrier is None:
            carrier = Carrier(iata_code=iata)
            session.add(carrier)
        carrier.name = clean_text(name, "name")
        carrier.awb_prefix, carrier.verified = prefix, verified
        session.flush()
        uow.commit()
        uow.changes.add(Entity.REFERENCE, f"carrier:{iata}")
        return Outcome(iata, uow.changes)


def add_route(uow: UnitOfWork, data: RouteInput) -> Outcome[int]:
    """A new scheduled leg; its flights appear at the next schedule generation."""
    with uow:
        session = uow.session
        carrier = find_carrier(session, data.carrier)
        route = Route(
            carrier_id=carrier.id,
            flight_number=_flight_number(data.flight_number, carrier.iata_code),
            origin=_airport(uow, data.origin, "origin"),
            destination=_airport(uow, data.destination, "destination"),
            weekdays=clean_code(data.weekdays, "weekdays", pattern=r"[1-7]{1,7}", example="135"),
            departure_local=_clock(data.departure_local, "departure_local"),
            arrival_local=_clock(data.arrival_local, "arrival_local"),
            arrival_day_offset=_day_offset(data.arrival_day_offset),
            aircraft_type=_aircraft(uow, data.aircraft_type),
            allotment_share_pct=_share(data.allotment_share_pct),
            active=True,
        )
        if route.origin == route.destination:
            raise ValidationError(
                "destination", "route.same_airport", "destination: must differ from the origin"
            )
        route.weekdays = "".join(sorted(set(route.weekdays)))
        session.add(route)
        session.flush()
        uow.commit()
        uow.changes.add(Entity.REFERENCE, f"route:{route.id}")
        return Outcome(route.id, uow.changes)


def set_allotment(
    uow: UnitOfWork, *, flight_id: int, weight_kg: str | Decimal, volume_m3: str | Decimal
) -> Outcome[FlightView]:
    """Edit one flight's allotment (DOMAIN, Space); never below the space already sold."""
    weight_g = kg_to_g(parse_weight_kg(weight_kg, "allotment_weight_kg"))
    volume_cm3 = m3_to_cm3(_volume(volume_m3))
    with uow:
        session = uow.session
        flight = session.scalar(select(Flight).where(Flight.id == flight_id).with_for_update())
        if flight is None:
            raise NotFound("flight", flight_id, field="flight")
        space = flight_space(session, flight)
        if weight_g < space.booked_weight_g or volume_cm3 < space.booked_volume_cm3:
            raise CapacityExceeded(
                "flight.allotment_below_booked",
                f"allotment: {g_to_kg(space.booked_weight_g)} kg and "
                f"{cm3_to_m3(space.booked_volume_cm3)} m3 are already booked",
                field="allotment_weight_kg",
                booked_weight_kg=g_to_kg(space.booked_weight_g),
                booked_volume_m3=cm3_to_m3(space.booked_volume_cm3),
            )
        flight.allotment_weight_g, flight.allotment_volume_cm3 = weight_g, volume_cm3
        session.flush()
        view = load_flight_view(session, flight)
        uow.commit()
        uow.changes.add(Entity.FLIGHT, flight.id)
        return Outcome(view, uow.changes)


def _flight_number(value: str, carrier: str) -> str:
    number = flight_number(value)
    if not number.startswith(carrier):
        raise ValidationError(
            "flight_number",
            "route.flight_carrier",
            f"flight_number: {number} is not a {carrier} flight number",
            flight_number=number,
            carrier=carrier,
        )
    return number


def _airport(uow: UnitOfWork, value: str, field: str) -> str:
    code = iata_airport(value, field)
    if uow.session.get(Airport, code) is None:
        raise NotFound("airport", code, field=field)
    return code


def _aircraft(uow: UnitOfWork, value: str) -> str:
    code = clean_text(value, "aircraft_type", max_len=10).upper()
    if uow.session.get(AircraftType, code) is None:
        raise NotFound("aircraft_type", code, field="aircraft_type")
    return code


def _clock(value: str, field: str) -> time:
    try:
        return time.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            field,
            "time.format",
            f"{field}: expected a local time like 02:10 (got {value!r})",
            value=value,
        ) from None


def _day_offset(value: int) -> int:
    if value not in (0, 1, 2):
        raise ValidationError(
            "arrival_day_offset",
            "route.day_offset",
            "arrival_day_offset: 0, 1 or 2 days after departure",
        )
    return value


def _share(value: str | Decimal) -> Decimal:
    return _bounded(value, "allotment_share_pct", "route.share", Decimal(100), "%", 2)


def _volume(value: str | Decimal) -> Decimal:
    return _bounded(value, "allotment_volume_m3", "volume.range", Decimal(2000), " m3", 3)


def _bounded(
    value: str | Decimal, field: str, code: str, most: Decimal, unit: str, places: int
) -> Decimal:
    """A decimal above 0, at most ``most``, with at most ``places`` decimals."""
    number = _decimal(value, field)
    if not 0 < number <= most or number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(
            field,
            code,
            f"{field}: above 0 and at most {most}{unit}, {places} decimals",
            maximum=most,
            unit=unit.strip(),
            places=places,
        )
    return number


def _decimal(value: str | Decimal, field: str) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError(field, "number.format", f"{field}: expected a number")
    return number
