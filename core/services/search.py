"""Search bookings by AWB, customer, route, date and status; filtered and paged in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from core.db.models import Awb, Consignment, Customer, Flight
from core.domain.measures import g_to_kg
from core.errors import ValidationError
from core.services.customers import escape_like
from core.services.milestones import SEQUENCE
from core.services.uow import UnitOfWork
from core.services.views import ConsignmentRow

MAX_PAGE = 5000
RowSelect: TypeAlias = Select[*tuple[Any, ...]]
SortColumn: TypeAlias = ColumnElement[Any] | InstrumentedAttribute[Any]


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
    sort: str | None = None  # a key of SORTS; None: newest booking first
    descending: bool = True


Shipper = aliased(Customer, name="shipper")
Consignee = aliased(Customer, name="consignee")

# A booking's state in the order a shipment lives it: booked through the milestones to
# delivery, then cancelled (as the list's local sort orders the Status column).
_STATE = case(
    {code: n for n, code in enumerate(SEQUENCE)}, value=Consignment.milestone, else_=len(SEQUENCE)
)

# The bookings list's columns (gui/bookings_model.py SORT_KEYS) as SQL orderings. A column
# of another table is followed by that table's id, then consignment.id breaks the last ties:
# an order that is total, so pages never repeat or skip a row, and one SQLite can read from
# an index (migration 0005) and the next table's (key, id) index without sorting 1M rows.
SORTS: dict[str, tuple[SortColumn, ...]] = {
    "awb": (Awb.number,),
    "booking_ref": (Consignment.booking_ref,),
    "shipper": (Shipper.name, Shipper.id),
    "consignee": (Consignee.name, Consignee.id),
    "route": (Consignment.origin, Consignment.destination),
    "flight": (Flight.flight_number, Flight.departure_date, Flight.id),
    "departure_date": (Flight.departure_date, Flight.id),
    "pieces": (Consignment.pieces,),
    "gross_weight": (Consignment.gross_weight_g,),
    "chargeable_weight": (Consignment.chargeable_weight_g,),
    "space_status": (Consignment.space_status,),
    "status": (Consignment.status, _STATE),
}
# The tables a sort key's columns live in, joined into the page-of-ids query for it.
_SORT_JOINS: dict[str, Any] = {
    "awb": Awb,
    "shipper": Shipper,
    "consignee": Consignee,
    "flight": Flight,
    "departure_date": Flight,
}
_JOIN_ON: dict[Any, ColumnElement[bool]] = {
    Awb: Awb.id == Consignment.awb_id,
    Shipper: Shipper.id == Consignment.shipper_id,
    Consignee: Consignee.id == Consignment.consignee_id,
    Flight: Flight.id == Consignment.flight_id,
}


def sort_order(query: BookingQuery) -> list[ColumnElement[Any]]:
    """ORDER BY terms for ``query``: its sort key's columns, then consignment.id, all in the
    one direction (so an index serves both ways). An unknown key is refused, not ignored."""
    if query.sort is not None and query.sort not in SORTS:
        raise ValidationError(
            "sort",
            "sort.unknown",
            f"sort: one of {', '.join(SORTS)} (got {query.sort!r})",
            value=query.sort,
            choices=", ".join(SORTS),
        )
    terms = (*SORTS[query.sort], Consignment.id) if query.sort else (Consignment.id,)
    return [t.desc() if query.descending else t.asc() for t in terms]


def search_statement(query: BookingQuery) -> RowSelect:
    """The page of ids is chosen first, on consignment and its indexes alone (plus the one
    table the order needs); only those rows are then joined for display (on 1M rows: 57 ms
    instead of 1.1 s for a common name)."""
    order = sort_order(query)
    page = _where(_page_of_ids(query, order), query).subquery()
    return (
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
        .join(Awb, _JOIN_ON[Awb])
        .join(Shipper, _JOIN_ON[Shipper])
        .join(Consignee, _JOIN_ON[Consignee])
        .join(Flight, _JOIN_ON[Flight])
        .where(Consignment.id.in_(select(page.c.id)))
        .order_by(*order)
    )


def _page_of_ids(query: BookingQuery, order: list[ColumnElement[Any]]) -> RowSelect:
    joined = {_SORT_JOINS[query.sort]} if query.sort in _SORT_JOINS else set()
    if query.awb:
        joined.add(Awb)
    if query.date_from or query.date_to:
        joined.add(Flight)
    stmt = select(Consignment.id)
    for table in (Awb, Shipper, Consignee, Flight):  # a fixed order: the same SQL each time
        if table in joined:
            stmt = stmt.join(table, _JOIN_ON[table])
    return (
        stmt.order_by(*order).limit(max(1, min(query.limit, MAX_PAGE))).offset(max(0, query.offset))
    )


def _where(stmt: RowSelect, q: BookingQuery) -> RowSelect:
    if q.awb:
        stmt = stmt.where(_awb_matches(q.awb))
    if q.customer:
        matching = _customers_matching(q.customer)
        stmt = stmt.where(
            or_(Consignment.shipper_id.in_(matching), Consignment.consignee_id.in_(matching))
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


def _customers_matching(text: str) -> Select[int]:
    """Customers whose name or account holds ``text``, as a subquery: the consignments are
    then found through their shipper/consignee indexes, so a rare or unknown name answers
    in milliseconds instead of scanning every consignment (measured on 1M: 2.6 ms vs 5.4 s)."""
    pattern = f"%{escape_like(text.strip())}%"
    return select(Customer.id).where(
        or_(
            Customer.name.ilike(pattern, escape="\\"),
            Customer.account_number.ilike(pattern, escape="\\"),
        )
    )


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
        # Plain columns, so the Core path: no ORM entity loading to pay for.
        rows = uow.session.connection().execute(search_statement(query)).all()
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
