"""Search bookings by AWB, customer, route, date and status; filtered and paged in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import aliased

from core.db.models import Awb, Consignment, Customer, Flight
from core.domain.measures import g_to_kg
from core.services.customers import escape_like
from core.services.milestones import SEQUENCE
from core.services.uow import UnitOfWork
from core.services.views import ConsignmentRow

MAX_PAGE = 5000
RowSelect: TypeAlias = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class BookingQuery:
    awb: str | None = None  # a fragment of the number, digits only or with the hyphen
    customer: str | None = None  # a fragment of the shipper's or consignee's name / account
    origin: str | None = None
    destination: str | None = None
    date_from: date | None = None  # flight's local departure date
    date_to: date | None = None
    status: str | None = None  # booked, cancelled, or a milestone code (DEP...)
    limit: int = 500
    offset: int = 0


Shipper = aliased(Customer, name="shipper")
Consignee = aliased(Customer, name="consignee")


def search_statement(query: BookingQuery) -> RowSelect:
    stmt = (
        select(
            Consignment.id,
            Consignment.booking_ref,
            Awb.number,
            Shipper.name,
            Consignee.name,
            Consignment.origin,
            Consignment.destination,
            Flight.flight_number,
            Flight.departure_date,
            Consignment.pieces,
            Consignment.gross_weight_g,
            Consignment.chargeable_weight_g,
            Consignment.status,
            Consignment.space_status,
            Consignment.milestone,
        )
        .join(Awb, Awb.id == Consignment.awb_id)
        .join(Shipper, Shipper.id == Consignment.shipper_id)
        .join(Consignee, Consignee.id == Consignment.consignee_id)
        .join(Flight, Flight.id == Consignment.flight_id)
        .order_by(Consignment.id.desc())
        .limit(max(1, min(query.limit, MAX_PAGE)))
        .offset(max(0, query.offset))
    )
    return _where(stmt, query)


def _where(stmt: RowSelect, q: BookingQuery) -> RowSelect:
    if q.awb:
        stmt = stmt.where(_awb_matches(q.awb))
    if q.customer:
        pattern = f"%{escape_like(q.customer.strip())}%"
        stmt = stmt.where(
            or_(
                *(
                    column.ilike(pattern, escape="\\")
                    for column in (
                        Shipper.name,
                        Shipper.account_number,
                        Consignee.name,
                        Consignee.account_number,
                    )
                )
            )
        )
    if q.origin:
        stmt = stmt.where(Consignment.origin == q.origin.strip().upper())
    if q.destination:
        stmt = stmt.where(Consignment.destination == q.destination.strip().upper())
    if q.date_from:
        stmt = stmt.where(Flight.departure_date >= q.date_from)
    if q.date_to:
        stmt = stmt.where(Flight.departure_date <= q.date_to)
    if q.status:
        stmt = _status(stmt, q.status.strip())
    return stmt


def _awb_matches(text: str) -> ColumnElement[bool]:
    """A full number matches exactly; a fragment of digits anywhere in the 11 digits."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) == 11:
        return Awb.number == f"{digits[:3]}-{digits[3:]}"
    return func.replace(Awb.number, "-", "").like(f"%{digits}%")


def _status(stmt: RowSelect, status: str) -> RowSelect:
    if status.upper() in SEQUENCE:
        return stmt.where(Consignment.milestone == status.upper(), Consignment.status == "booked")
    return stmt.where(Consignment.status == status.lower())


def search(uow: UnitOfWork, query: BookingQuery) -> list[ConsignmentRow]:
    with uow:
        rows = uow.session.execute(search_statement(query))
        return [
            ConsignmentRow(
                id=r[0],
                booking_ref=r[1],
                awb_number=r[2],
                shipper=r[3],
                consignee=r[4],
                origin=r[5],
                destination=r[6],
                flight_number=r[7],
                departure_date=r[8],
                pieces=r[9],
                gross_weight_kg=g_to_kg(r[10]),
                chargeable_weight_kg=g_to_kg(r[11]),
                status=r[12],
                space_status=r[13],
                milestone=r[14],
            )
            for r in rows
        ]
