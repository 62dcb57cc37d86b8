"""The bookings on one flight, as the flight's detail lists them.

Every booking still on the flight is listed whatever its space status with the airline
(DOMAIN, Space): the clerk sees what is confirmed, what waits and what was refused, while
the manifest (core.services.manifests) carries the confirmed ones only. Cancelled bookings
have left the flight and are not listed.

One SQL statement into plain tuples, like the manifest's rows: an e-commerce flight can
carry thousands of AWBs.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import aliased

from core.db.models import Awb, Consignment, Customer, Flight
from core.domain.measures import cm3_to_m3, g_to_kg
from core.errors import NotFound
from core.services.uow import UnitOfWork

__all__ = ["FlightBooking", "flight_bookings"]


@dataclass(frozen=True)
class FlightBooking:
    id: int
    booking_ref: str
    awb_number: str
    shipper: str
    consignee: str
    destination: str
    pieces: int
    gross_weight_kg: Decimal
    chargeable_weight_kg: Decimal
    volume_m3: Decimal
    shc: tuple[str, ...]
    space_status: str  # requested, confirmed, waitlisted or refused


_Shipper = aliased(Customer, name="shipper")
_Consignee = aliased(Customer, name="consignee")
_FLIGHT = select(Flight.id).where(Flight.id == bindparam("flight_id"))
_ROWS = (
    select(
        Consignment.id,
        Consignment.booking_ref,
        Awb.number,
        _Shipper.name,
        _Consignee.name,
        Consignment.destination,
        Consignment.pieces,
        Consignment.gross_weight_g,
        Consignment.chargeable_weight_g,
        Consignment.volume_cm3,
        Consignment.shc,
        Consignment.space_status,
    )
    .join(Awb, Awb.id == Consignment.awb_id)
    .join(_Shipper, _Shipper.id == Consignment.shipper_id)
    .join(_Consignee, _Consignee.id == Consignment.consignee_id)
    .where(Consignment.flight_id == bindparam("flight_id"), Consignment.status == "booked")
    .order_by(Awb.number)
)


def flight_bookings(uow: UnitOfWork, flight_id: int) -> list[FlightBooking]:
    """The bookings on flight ``flight_id``, by AWB number; NotFound if there is no such
    flight (an empty list is a flight nobody has booked yet)."""
    with uow:
        connection = uow.session.connection()
        if connection.scalar(_FLIGHT, {"flight_id": flight_id}) is None:
            raise NotFound("flight", flight_id, field="flight")
        rows = connection.execute(_ROWS, {"flight_id": flight_id})
        return [
            FlightBooking(
                id=row[0],
                booking_ref=row[1],
                awb_number=row[2],
                shipper=row[3],
                consignee=row[4],
                destination=row[5],
                pieces=row[6],
                gross_weight_kg=g_to_kg(row[7]),
                chargeable_weight_kg=g_to_kg(row[8]),
                volume_m3=cm3_to_m3(row[9]),
                shc=tuple(row[10].split()),
                space_status=row[11],
            )
            for row in rows
        ]
