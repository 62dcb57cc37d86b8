"""E-commerce consolidations: a master AWB booked on a flight, holding house shipments.

The master is booked by the booking's own transaction body (core.services.booking
book_within), so capacity, AWB stock, pricing and request-id replay are the booking's, and
the consolidation row is written in that same transaction. Houses are added all or nothing
unless the caller explicitly accepts the valid ones; a platform order number already stored
(or earlier in the same batch) is skipped and reported, never inserted twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db.models import Consignment, Flight
from core.db.models.consolidation import Consolidation, HouseShipment
from core.domain.measures import parse_pieces
from core.errors import Conflict, ValidationError
from core.services.booking import book_within
from core.services.booking_input import BookingRequest, clean_booking
from core.services.changes import Entity, Outcome
from core.services.consolidation_close import close_consolidation, reopen_consolidation
from core.services.consolidation_house_list import (
    HOUSE_SORTS,
    count_houses,
    house_input,
    list_houses,
    remove_house,
    update_house,
)
from core.services.consolidation_houses import CleanHouse, clean_house
from core.services.consolidation_store import (
    insert_houses,
    known_orders,
    require_open,
    sync_master,
)
from core.services.consolidation_views import (
    ConsolidationView,
    HouseReport,
    RejectedHouse,
    SkippedHouse,
    consolidation_view,
    consolidation_views,
    consolidations_select,
    find_consolidation,
)
from core.services.house_input import HouseInput
from core.services.uow import UnitOfWork

__all__ = [
    "HOUSE_SORTS",
    "MASTER_DESCRIPTION",
    "ConsolidationFilter",
    "ConsolidationRequest",
    "add_houses",
    "clean_house",
    "close_consolidation",
    "count_houses",
    "create_consolidation",
    "get_consolidation",
    "house_input",
    "insert_houses",
    "list_consolidations",
    "list_houses",
    "remove_house",
    "reopen_consolidation",
    "set_tendered_pieces",
    "update_house",
]

MASTER_DESCRIPTION = "CONSOLIDATION AS PER ATTACHED MANIFEST"


@dataclass(frozen=True)
class ConsolidationRequest:
    """The master booking as typed: the space booked with the airline."""

    shipper: str  # account numbers, as on a booking
    consignee: str
    gross_weight_kg: str | Decimal
    volume_m3: str | Decimal
    flight_id: int | None = None
    flight_number: str | None = None
    flight_date: str | date | None = None
    origin: str | None = None
    destination: str | None = None
    pieces: str | int | None = None  # tendered pieces when already known
    ecommerce: bool = True  # adds SHC ECM
    shc: str | tuple[str, ...] = ()
    payment: str = "PP"
    space_status: str = "requested"
    client_request_id: str | None = None


@dataclass(frozen=True)
class ConsolidationFilter:
    state: str | None = None  # "open", "closed" or None for both
    flight_id: int | None = None
    limit: int = 200
    offset: int = 0


def create_consolidation(
    uow: UnitOfWork, request: ConsolidationRequest
) -> Outcome[ConsolidationView]:
    """Book the master and open the consolidation in one transaction. A retried request
    (same client_request_id) returns the consolidation it already made."""
    data = clean_booking(_master_request(request))
    tendered = (
        parse_pieces(request.pieces)
        if request.pieces is not None and _given(request.pieces)
        else None
    )
    with uow:
        session = uow.session
        booked = book_within(uow, data)
        if booked.replayed:
            return Outcome(_replayed(uow, booked.view.id, data.client_request_id), uow.changes)
        consolidation = Consolidation(
            consignment_id=booked.view.id,
            state="open",
            tendered_pieces=tendered,
            booked_weight_g=data.gross_weight_g,
            booked_volume_cm3=data.volume_cm3,
        )
        session.add(consolidation)
        session.flush()
        view = consolidation_view(session, consolidation.id)
        uow.commit()
        booked.record_changes(uow.changes)
        uow.changes.add(Entity.CONSOLIDATION, consolidation.id)
        return Outcome(view, uow.changes, booked.notices)


def _given(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _master_request(r: ConsolidationRequest) -> BookingRequest:
    shc = (r.shc,) if isinstance(r.shc, str) else tuple(r.shc)
    return BookingRequest(
        shipper=r.shipper,
        consignee=r.consignee,
        pieces=r.pieces if _given(r.pieces) else 1,  # type: ignore[arg-type]
        gross_weight_kg=r.gross_weight_kg,
        goods_description=MASTER_DESCRIPTION,
        flight_id=r.flight_id,
        flight_number=r.flight_number,
        flight_date=r.flight_date,
        origin=r.origin,
        destination=r.destination,
        volume_m3=r.volume_m3,
        shc=(*shc, "ECM") if r.ecommerce else shc,
        payment=r.payment,
        space_status=r.space_status,
        client_request_id=r.client_request_id,
    )


def _replayed(uow: UnitOfWork, consignment_id: int, request_id: str) -> ConsolidationView:
    found = uow.session.scalar(
        select(Consolidation.id).where(Consolidation.consignment_id == consignment_id)
    )
    if found is None:
        raise Conflict(
            "consolidation.request_reused",
            f"client_request_id: {request_id} already booked a plain booking, not a consolidation",
            field="client_request_id",
        )
    return consolidation_view(uow.session, found)


def get_consolidation(uow: UnitOfWork, key: int | str) -> ConsolidationView:
    """By id or master AWB number, with its close/reopen events."""
    with uow:
        return consolidation_view(uow.session, find_consolidation(uow.session, key).id)


def list_consolidations(
    uow: UnitOfWork, query: ConsolidationFilter | None = None
) -> list[ConsolidationView]:
    """Newest first (events are not loaded: get_consolidation has them)."""
    q = query or ConsolidationFilter()
    stmt = consolidations_select()
    if q.state:
        stmt = stmt.where(Consolidation.state == q.state)
    if q.flight_id is not None:
        stmt = stmt.where(Flight.id == q.flight_id)
    stmt = stmt.order_by(Consolidation.id.desc()).limit(q.limit).offset(q.offset)
    with uow:
        return consolidation_views(uow.session, stmt)


def add_houses(
    uow: UnitOfWork,
    consolidation_id: int | str,
    houses: Sequence[HouseInput],
    *,
    accept_valid: bool = False,
) -> Outcome[HouseReport]:
    """Add houses to an open consolidation.

    Every house is checked first; any refusal refuses the whole batch (ValidationError
    naming "houses[i].<field>", nothing written) unless ``accept_valid``, when the valid
    ones are added and the others reported. Platform order numbers already stored, or
    repeated within the batch, are skipped and reported. The master grows to the houses'
    sums with the flight's space checked again (CapacityExceeded: nothing written).
    """
    with uow:
        session = uow.session
        consolidation = find_consolidation(session, consolidation_id)
        require_open(consolidation, "add houses")
        on_day = session.get_one(Flight, _flight_id(uow, consolidation)).departure_date
        cleaned, rejected = _cleaned(houses, on_day)
        if rejected and not accept_valid:
            first = rejected[0]
            raise ValidationError(
                first.field,
                first.code,
                f"{first.message} ({len(rejected)} of {len(houses)} houses refused; "
                "nothing was added)",
                refused=len(rejected),
            )
        fresh, skipped = _deduped(session, cleaned)
        numbers = _added_numbers(session, consolidation, [h for _, h in fresh])
        master_changed = sync_master(session, consolidation)
        view = consolidation_view(session, consolidation.id, with_events=False)
        uow.commit()
        _record(uow, consolidation, view, master_changed)
        return Outcome(
            HouseReport(view, tuple(numbers), tuple(skipped), tuple(rejected)), uow.changes
        )


def _flight_id(uow: UnitOfWork, consolidation: Consolidation) -> int:
    return uow.session.get_one(Consignment, consolidation.consignment_id).flight_id


def _cleaned(
    houses: Sequence[HouseInput], on_day: date
) -> tuple[list[tuple[int, CleanHouse]], list[RejectedHouse]]:
    cleaned: list[tuple[int, CleanHouse]] = []
    rejected: list[RejectedHouse] = []
    for index, house in enumerate(houses):
        try:
            cleaned.append(
                (index, clean_house(house, row_field_prefix=f"houses[{index}].", on_day=on_day))
            )
        except ValidationError as err:
            rejected.append(RejectedHouse(index, err.field or "", err.code, err.message))
    return cleaned, rejected


def _deduped(
    session: Session, cleaned: list[tuple[int, CleanHouse]]
) -> tuple[list[tuple[int, CleanHouse]], list[SkippedHouse]]:
    stored = known_orders(session, (h.platform_order_number or "" for _, h in cleaned))
    seen: set[str] = set()
    fresh: list[tuple[int, CleanHouse]] = []
    skipped: list[SkippedHouse] = []
    for index, house in cleaned:
        order = house.platform_order_number
        if order is not None and order in stored:
            skipped.append(SkippedHouse(index, order, "in_database", stored[order]))
        elif order is not None and order in seen:
            skipped.append(SkippedHouse(index, order, "in_batch", None))
        else:
            fresh.append((index, house))
            if order is not None:
                seen.add(order)
    return fresh, skipped


def _added_numbers(
    session: Session, consolidation: Consolidation, houses: list[CleanHouse]
) -> list[str]:
    ids = insert_houses(session, consolidation, houses)
    if not ids:
        return []
    # The ids just written are the newest of this consolidation (the write lock is ours).
    stmt = select(HouseShipment.id, HouseShipment.house_number).where(
        HouseShipment.consolidation_id == consolidation.id,
        HouseShipment.id.between(min(ids), max(ids)),
    )
    numbers = {house_id: number for house_id, number in session.execute(stmt)}
    return [numbers[i] for i in ids]


def _record(
    uow: UnitOfWork, consolidation: Consolidation, view: ConsolidationView, master: bool
) -> None:
    uow.changes.add(Entity.CONSOLIDATION, consolidation.id)
    if master:
        uow.changes.add(Entity.CONSIGNMENT, view.consignment_id)
        uow.changes.add(Entity.FLIGHT, view.flight_id)


def set_tendered_pieces(
    uow: UnitOfWork, consolidation_id: int | str, pieces: str | int
) -> Outcome[ConsolidationView]:
    """The bags or pallets handed to the airline: the master AWB's piece count (DOMAIN)."""
    count = parse_pieces(pieces, "tendered_pieces")
    with uow:
        session = uow.session
        consolidation = find_consolidation(session, consolidation_id)
        require_open(consolidation, "change the tendered pieces")
        master = session.get_one(Consignment, consolidation.consignment_id)
        consolidation.tendered_pieces = master.pieces = count
        session.flush()
        view = consolidation_view(session, consolidation.id)
        uow.commit()
        uow.changes.add(Entity.CONSOLIDATION, consolidation.id)
        uow.changes.add(Entity.CONSIGNMENT, master.id)
        return Outcome(view, uow.changes)
