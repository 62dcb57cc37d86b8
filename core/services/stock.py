"""AWB stock: ranges per carrier, allocation that never repeats, voiding with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ScalarSelect, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from core.db.base import utc_now
from core.db.models import Awb, AwbStockRange, Carrier, Consignment
from core.domain.awb import MAX_SERIAL, AwbNumber, parse_awb, parse_serial
from core.domain.text import clean_optional, clean_text
from core.errors import Conflict, InvalidState, NotFound, StockExhausted, ValidationError
from core.services.changes import Entity, Notice, Outcome
from core.services.settings import database_id, get_setting
from core.services.uow import UnitOfWork
from core.services.views import AwbView, StockRangeView


def find_carrier(session: Session, code: str, field: str = "carrier") -> Carrier:
    """A carrier by IATA code ("CV") or AWB prefix ("172")."""
    key = code.strip().upper()
    column = Carrier.awb_prefix if key.isdigit() else Carrier.iata_code
    carrier = session.scalar(select(Carrier).where(column == key))
    if carrier is None:
        raise NotFound("carrier", key, field=field)
    return carrier


def add_range(
    uow: UnitOfWork,
    *,
    carrier: str,
    first: str,
    last: str,
    low_stock_threshold: int | None = None,
    note: str | None = None,
) -> Outcome[StockRangeView]:
    first_serial, last_serial = parse_serial(first, "first"), parse_serial(last, "last")
    if first_serial > last_serial:
        raise ValidationError("last", "stock.order", "last: must not come before first")
    if low_stock_threshold is not None and not 0 <= low_stock_threshold <= MAX_SERIAL:
        raise ValidationError(
            "low_stock_threshold",
            "stock.threshold",
            f"low_stock_threshold: 0 to {MAX_SERIAL} numbers",
            maximum=MAX_SERIAL,
        )
    with uow:
        carrier_row = find_carrier(uow.session, carrier)
        _refuse_overlap(uow.session, carrier_row.id, first_serial, last_serial)
        threshold = low_stock_threshold
        if threshold is None:
            threshold = int(get_setting(uow, "low_stock_threshold"))
        stock = AwbStockRange(
            carrier_id=carrier_row.id,
            first_serial=first_serial,
            last_serial=last_serial,
            next_serial=first_serial,
            low_stock_threshold=threshold,
            owner_database_id=database_id(uow),
            note=clean_optional(note, "note", max_len=200),
        )
        uow.session.add(stock)
        uow.session.flush()
        view = range_view(uow.session, stock, carrier_row)
        uow.commit()
        uow.changes.add(Entity.AWB_STOCK, stock.id)
        return Outcome(view, uow.changes)


def _refuse_overlap(session: Session, carrier_id: int, first: int, last: int) -> None:
    clash = session.scalar(
        select(AwbStockRange).where(
            AwbStockRange.carrier_id == carrier_id,
            AwbStockRange.first_serial <= last,
            AwbStockRange.last_serial >= first,
        )
    )
    if clash is not None:
        raise Conflict(
            "stock.overlap",
            f"serials {first:07d}-{last:07d} overlap the range "
            f"{clash.first_serial:07d}-{clash.last_serial:07d} already in stock",
            field="first",
            first=f"{first:07d}",
            last=f"{last:07d}",
            clash_first=f"{clash.first_serial:07d}",
            clash_last=f"{clash.last_serial:07d}",
        )


@dataclass(frozen=True)
class IssuedAwb:
    id: int
    number: str


_INSERT_AWB = insert(Awb).returning(Awb.id)
_OPEN_RANGES = (
    select(AwbStockRange.id)
    .where(
        AwbStockRange.carrier_id == bindparam("carrier_id"),
        AwbStockRange.owner_database_id == bindparam("owner"),
        AwbStockRange.next_serial <= AwbStockRange.last_serial,
    )
    .order_by(AwbStockRange.id)
)


def allocate(uow: UnitOfWork, carrier: Carrier) -> tuple[IssuedAwb, tuple[Notice, ...]]:
    """Hand out the next never-issued number of this database's stock for ``carrier``.

    The counter moves by one atomic UPDATE ... RETURNING, and awb (carrier, serial) is
    unique, so even two writers that got past every lock could not share a number.
    Numbers voided ahead of use (spoilt paper stock) are skipped.
    """
    session = uow.session
    owner = database_id(uow)
    range_ids = (
        session.connection().scalars(_OPEN_RANGES, {"carrier_id": carrier.id, "owner": owner}).all()
    )
    for range_id in range_ids:
        while (serial := _draw(session, range_id)) is not None:
            if (
                session.connection().scalar(_ISSUED, {"carrier_id": carrier.id, "serial": serial})
                is None
            ):
                number = str(AwbNumber.from_serial(carrier.awb_prefix, serial))
                awb_id = session.connection().scalar(
                    _INSERT_AWB,
                    {
                        "carrier_id": carrier.id,
                        "range_id": range_id,
                        "serial": serial,
                        "number": number,
                        "state": "used",
                        "issued_at": utc_now(),
                    },
                )
                assert awb_id is not None
                return IssuedAwb(awb_id, number), _low_stock_notice(session, carrier, owner)
    raise StockExhausted(
        "stock.exhausted",
        f"no AWB stock left for {carrier.iata_code} ({carrier.awb_prefix}): add a range",
        field="carrier",
        carrier=carrier.iata_code,
        prefix=carrier.awb_prefix,
    )


def _draw(session: Session, range_id: int) -> int | None:
    drawn = session.connection().execute(_DRAW, {"range_id": range_id}).scalar()
    return None if drawn is None else int(drawn) - 1


_DRAW = (
    update(AwbStockRange)
    .where(
        AwbStockRange.id == bindparam("range_id"),
        AwbStockRange.next_serial <= AwbStockRange.last_serial,
    )
    .values(next_serial=AwbStockRange.next_serial + 1)
    .returning(AwbStockRange.next_serial)
    .execution_options(synchronize_session=False)
)
_ISSUED = select(Awb.id).where(
    Awb.carrier_id == bindparam("carrier_id"), Awb.serial == bindparam("serial")
)


def remaining_stock(session: Session, carrier_id: int, owner: str) -> tuple[int, int]:
    """(numbers left, the smallest low-stock threshold among this carrier's ranges)."""
    left, threshold = (
        session.connection().execute(_REMAINING, {"carrier_id": carrier_id, "owner": owner}).one()
    )
    return int(left), int(threshold or 0)


def _voided_ahead() -> ScalarSelect[int]:
    """Numbers of a range voided before their turn: they will be skipped, so not left."""
    return (
        select(func.count(Awb.id))
        # carrier + serial range: served by the unique (carrier_id, serial) index
        .where(
            Awb.carrier_id == AwbStockRange.carrier_id,
            Awb.serial.between(AwbStockRange.next_serial, AwbStockRange.last_serial),
            Awb.range_id == AwbStockRange.id,
        )
        .correlate(AwbStockRange)
        .scalar_subquery()
    )


_REMAINING = select(
    func.coalesce(
        func.sum(AwbStockRange.last_serial - AwbStockRange.next_serial + 1 - _voided_ahead()), 0
    ),
    func.min(AwbStockRange.low_stock_threshold),
).where(
    AwbStockRange.carrier_id == bindparam("carrier_id"),
    AwbStockRange.owner_database_id == bindparam("owner"),
    AwbStockRange.next_serial <= AwbStockRange.last_serial,
)


def _low_stock_notice(session: Session, carrier: Carrier, owner: str) -> tuple[Notice, ...]:
    left, threshold = remaining_stock(session, carrier.id, owner)
    if left > threshold:
        return ()
    return (
        Notice(
            "stock.low",
            f"only {left} AWB numbers left for {carrier.iata_code} ({carrier.awb_prefix})",
        ),
    )


def list_ranges(uow: UnitOfWork) -> list[StockRangeView]:
    """This database's stock ranges (a range belongs to exactly one database)."""
    with uow:
        rows = uow.session.execute(
            select(AwbStockRange, Carrier)
            .join(Carrier, Carrier.id == AwbStockRange.carrier_id)
            .where(AwbStockRange.owner_database_id == database_id(uow))
            .order_by(Carrier.iata_code, AwbStockRange.first_serial)
        )
        return [range_view(uow.session, r, c) for r, c in rows]


def range_view(session: Session, stock: AwbStockRange, carrier: Carrier) -> StockRangeView:
    skipped = session.scalar(
        select(func.count(Awb.id)).where(
            Awb.carrier_id == stock.carrier_id,
            Awb.serial.between(stock.next_serial, stock.last_serial),
            Awb.range_id == stock.id,
        )
    )
    remaining = stock.last_serial - stock.next_serial + 1 - (skipped or 0)
    number = AwbNumber.from_serial
    return StockRangeView(
        id=stock.id,
        carrier=carrier.iata_code,
        awb_prefix=carrier.awb_prefix,
        first_number=str(number(carrier.awb_prefix, stock.first_serial)),
        last_number=str(number(carrier.awb_prefix, stock.last_serial)),
        next_number=(
            str(number(carrier.awb_prefix, stock.next_serial))
            if stock.next_serial <= stock.last_serial
            else None
        ),
        remaining=remaining,
        low_stock_threshold=stock.low_stock_threshold,
        low=remaining <= stock.low_stock_threshold,
    )


def void_number(uow: UnitOfWork, *, number: str, reason: str) -> Outcome[AwbView]:
    """Void a number of this database's stock that no live booking uses; kept on record."""
    awb_number = parse_awb(number)
    why = clean_text(reason, "reason")
    with uow:
        carrier = find_carrier(uow.session, awb_number.prefix, field="awb_number")
        awb = uow.session.scalar(
            select(Awb).where(Awb.carrier_id == carrier.id, Awb.serial == awb_number.serial)
        )
        if awb is None:
            awb = _void_unissued(uow, carrier, awb_number, why)
        else:
            _void_issued(uow.session, awb, why)
        uow.session.flush()
        view = AwbView(awb.number, awb.state, awb.void_reason, None)
        uow.commit()
        uow.changes.add(Entity.AWB_STOCK, awb.number)
        return Outcome(view, uow.changes)


def _void_issued(session: Session, awb: Awb, reason: str) -> None:
    if awb.state == "voided":
        raise InvalidState(
            "awb.already_voided",
            f"{awb.number} is already voided",
            field="awb_number",
            awb=awb.number,
        )
    live = session.scalar(
        select(Consignment.booking_ref).where(
            Consignment.awb_id == awb.id, Consignment.status == "booked"
        )
    )
    if live is not None:
        raise InvalidState(
            "awb.in_use",
            f"{awb.number} is used by booking {live}: cancel the booking instead",
            field="awb_number",
            awb=awb.number,
            booking=live,
        )
    awb.state, awb.void_reason, awb.voided_at = "voided", reason, utc_now()


def _void_unissued(uow: UnitOfWork, carrier: Carrier, number: AwbNumber, reason: str) -> Awb:
    owner = database_id(uow)
    stock = uow.session.scalar(
        select(AwbStockRange).where(
            AwbStockRange.carrier_id == carrier.id,
            AwbStockRange.owner_database_id == owner,
            AwbStockRange.first_serial <= number.serial,
            AwbStockRange.last_serial >= number.serial,
        )
    )
    if stock is None:
        raise NotFound("awb_stock", str(number), field="awb_number")
    awb = Awb(
        carrier_id=carrier.id,
        range_id=stock.id,
        serial=number.serial,
        number=str(number),
        state="voided",
        void_reason=reason,
        issued_at=utc_now(),
        voided_at=utc_now(),
    )
    uow.session.add(awb)
    return awb


def get_awb(uow: UnitOfWork, number: str) -> AwbView:
    """Where a number stands: used (and by which booking), voided (and why), or unused."""
    awb_number = parse_awb(number)
    with uow:
        carrier = find_carrier(uow.session, awb_number.prefix, field="awb_number")
        row = uow.session.execute(
            select(Awb, Consignment.booking_ref)
            .outerjoin(Consignment, Consignment.awb_id == Awb.id)
            .where(Awb.carrier_id == carrier.id, Awb.serial == awb_number.serial)
        ).first()
        if row is None:
            return AwbView(str(awb_number), "unused", None, None)
        return AwbView(row[0].number, row[0].state, row[0].void_reason, row[1])
