"""Rows of the demo history (core.services.demo_history), written as the booking
transaction writes them: stock, booking references, consignments, dimensions, lithium,
milestones and the priced charge lines, in bulk (a few thousand in a second or two)."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from core.db.models import (
    Awb,
    AwbStockRange,
    BookingCharge,
    Carrier,
    Consignment,
    Customer,
    DimensionLine,
    Flight,
    LithiumDeclaration,
    Milestone,
    NumberSeries,
)
from core.domain.awb import MAX_SERIAL, AwbNumber
from core.domain.clock import local_date
from core.errors import NotFound
from core.services.booking_record import charge_row, charge_views
from core.services.demo import DEMO_FIRST, DEMO_LAST, Goods
from core.services.flights import airport_zones
from core.services.price_book import PriceBook, Shipment
from core.services.settings import database_id, next_number
from core.services.uow import UnitOfWork
from core.services.views import ChargeView

HISTORY_STOCK_FROM = 4_000_000
HISTORY_NOTE = "demo history stock"


@dataclass(frozen=True)
class HistoryBooking:
    request_id: str
    flight: Flight
    carrier: Carrier
    goods: Goods
    cartons: int
    gross_weight_g: int
    volume_cm3: int
    chargeable_weight_g: int
    payment: str
    declared_value_minor: int | None
    milestones: tuple[tuple[str, str, datetime], ...]  # code, station, when
    shipper: Customer | None = None
    consignee: Customer | None = None

    def with_parties(self, shipper: Customer, consignee: Customer) -> HistoryBooking:
        return replace(self, shipper=shipper, consignee=consignee)

    @property
    def payer(self) -> Customer:
        payer = self.shipper if self.payment == "PP" else self.consignee
        assert payer is not None
        return payer


def milestones_until(
    flight: Flight, booked_at: datetime, now: datetime, rng: random.Random
) -> tuple[tuple[str, str, datetime], ...]:
    """BKD to DLV at plausible times; only those that have happened by ``now``."""
    arrived = flight.arrives_at
    steps = (
        ("BKD", flight.origin, booked_at),
        ("RCS", flight.origin, flight.departs_at - timedelta(hours=rng.randint(8, 30))),
        ("MAN", flight.origin, flight.departs_at - timedelta(hours=3)),
        ("DEP", flight.origin, flight.departs_at),
        ("ARR", flight.destination, arrived),
        ("RCF", flight.destination, arrived + timedelta(hours=rng.randint(2, 6))),
        ("NFD", flight.destination, arrived + timedelta(hours=rng.randint(7, 12))),
        ("DLV", flight.destination, arrived + timedelta(hours=rng.randint(24, 96))),
    )
    return tuple(step for step in steps if step[2] <= now)


@dataclass(frozen=True)
class HistoryStock:
    numbers: dict[str, str]  # AWB number by request id
    ranges: dict[int, int]  # the history range by carrier id


def stock_for(uow: UnitOfWork, plan: list[HistoryBooking]) -> HistoryStock:
    """A used-up demo history range per carrier, exactly as large as its bookings need."""
    needed = Counter(p.carrier.id for p in plan)
    owner = database_id(uow)
    serials: dict[int, list[int]] = {}
    ranges: dict[int, int] = {}
    for carrier_id, count in needed.items():
        first = _free_block(uow.session, carrier_id, count)
        ranges[carrier_id] = uow.session.execute(
            insert(AwbStockRange)
            .returning(AwbStockRange.id)
            .values(
                carrier_id=carrier_id,
                first_serial=first,
                last_serial=first + count - 1,
                next_serial=first + count,
                low_stock_threshold=0,
                owner_database_id=owner,
                note=HISTORY_NOTE,
            )
        ).scalar_one()
        serials[carrier_id] = list(range(first + count - 1, first - 1, -1))
    numbers: dict[str, str] = {}
    for booking in plan:  # oldest first: numbers rise with time, as stock is used
        serial = serials[booking.carrier.id].pop()
        numbers[booking.request_id] = str(AwbNumber(booking.carrier.awb_prefix, serial))
    return HistoryStock(numbers, ranges)


def _free_block(session: Session, carrier_id: int, size: int) -> int:
    """The lowest serial from HISTORY_STOCK_FROM with ``size`` numbers clear of every
    range of the carrier (and of the live demo's range, which may be added later)."""
    taken = [
        (r.first_serial, r.last_serial)
        for r in session.scalars(
            select(AwbStockRange).where(AwbStockRange.carrier_id == carrier_id)
        )
    ]
    taken.append((int(DEMO_FIRST), int(DEMO_LAST)))
    first = HISTORY_STOCK_FROM
    for low, high in sorted(taken):
        if first + size - 1 < low:
            break
        first = max(first, high + 1)
    if first + size - 1 > MAX_SERIAL:
        raise NotFound("awb_stock", "a free block of serials for the demo history")
    return first


def reserve_booking_refs(uow: UnitOfWork, count: int) -> list[str]:
    """``count`` numbers of the booking series, drawn at once (one UPDATE, not thousands)."""
    first = next_number(uow, "booking")
    prefix, _, digits = first.rpartition("-")
    value, width = int(digits[1:]), len(digits) - 1
    if count > 1:
        uow.session.execute(
            update(NumberSeries)
            .where(NumberSeries.name == "booking")
            .values(next_value=NumberSeries.next_value + count - 1)
        )
    letter = digits[0]
    return [f"{prefix}-{letter}{n:0{width}d}" for n in range(value, value + count)]


def insert_history(
    uow: UnitOfWork, plan: list[HistoryBooking], stock: HistoryStock, refs: list[str]
) -> list[int]:
    session = uow.session
    awbs = stock.numbers
    connection = session.connection()
    connection.execute(
        insert(Awb),
        [_awb_row(p, awbs[p.request_id], stock.ranges[p.carrier.id]) for p in plan],
    )
    awb_ids: dict[str, int] = {
        number: awb_id
        for number, awb_id in session.execute(
            select(Awb.number, Awb.id).where(Awb.number.in_(list(awbs.values())))
        )
    }
    connection.execute(
        insert(Consignment),
        [
            _consignment_row(p, ref, awb_ids[awbs[p.request_id]])
            for p, ref in zip(plan, refs, strict=True)
        ],
    )
    ids: dict[str, int] = {
        request_id: consignment_id
        for request_id, consignment_id in session.execute(
            select(Consignment.client_request_id, Consignment.id).where(
                Consignment.booking_ref.in_(refs)
            )
        )
    }
    _insert_details(uow, plan, ids)
    return sorted(ids.values())


def _awb_row(p: HistoryBooking, number: str, range_id: int) -> dict[str, object]:
    return {
        "carrier_id": p.carrier.id,
        "range_id": range_id,
        "serial": int(number[4:11]),
        "number": number,
        "state": "used",
        "issued_at": p.milestones[0][2],
    }


def _consignment_row(p: HistoryBooking, ref: str, awb_id: int) -> dict[str, object]:
    assert p.shipper is not None and p.consignee is not None
    lithium = p.goods.lithium is not None
    return {
        "booking_ref": ref,
        "client_request_id": p.request_id,
        "awb_id": awb_id,
        "shipper_id": p.shipper.id,
        "consignee_id": p.consignee.id,
        "origin": p.flight.origin,
        "destination": p.flight.destination,
        "flight_id": p.flight.id,
        "pieces": p.cartons,
        "gross_weight_g": p.gross_weight_g,
        "volume_cm3": p.volume_cm3,
        "chargeable_weight_g": p.chargeable_weight_g,
        "goods_description": p.goods.description,
        "hs_code": p.goods.hs_code,
        "shc": "ECM ELI" if lithium else "ECM",
        "security_status": "SPX",
        "declared_value_minor": p.declared_value_minor,
        "declared_value_currency": "CNY" if p.declared_value_minor else None,
        "payment": p.payment,
        "space_status": "confirmed",  # DOMAIN: only confirmed space is manifested and flown
        "status": "booked",
        "milestone": p.milestones[-1][0],
        "cancel_reason": None,
        "created_at": p.milestones[0][2],
        "updated_at": p.milestones[-1][2],
    }


def _insert_details(uow: UnitOfWork, plan: list[HistoryBooking], ids: dict[str, int]) -> None:
    session = uow.session
    connection = session.connection()
    connection.execute(insert(DimensionLine), [_dimension_row(p, ids[p.request_id]) for p in plan])
    connection.execute(
        insert(Milestone),
        [
            {
                "consignment_id": ids[p.request_id],
                "code": code,
                "station": station,
                "occurred_at": when,
                "recorded_at": when,
                "note": None,
            }
            for p in plan
            for code, station, when in p.milestones
        ],
    )
    lithium = [_lithium_row(p, ids[p.request_id]) for p in plan if p.goods.lithium]
    if lithium:
        connection.execute(insert(LithiumDeclaration), lithium)
    charges = _charge_rows(session, plan, ids)
    if charges:
        connection.execute(insert(BookingCharge), charges)


def _dimension_row(p: HistoryBooking, consignment_id: int) -> dict[str, object]:
    length, width, height = p.goods.carton_cm
    return {
        "consignment_id": consignment_id,
        "length_cm": length,
        "width_cm": width,
        "height_cm": height,
        "pieces": p.cartons,
    }


def _lithium_row(p: HistoryBooking, consignment_id: int) -> dict[str, object]:
    li = p.goods.lithium
    assert li is not None

    def number(value: str | Decimal | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    return {
        "consignment_id": consignment_id,
        "packing_instruction": li.packing_instruction,
        "cell_wh": number(li.cell_wh),
        "battery_wh": number(li.battery_wh),
        "cell_lithium_g": number(li.cell_lithium_g),
        "battery_lithium_g": number(li.battery_lithium_g),
        "state_of_charge_pct": number(li.state_of_charge_pct),
    }


def _charge_rows(
    session: Session, plan: list[HistoryBooking], ids: dict[str, int]
) -> list[dict[str, object]]:
    """Each booking priced by the price book like a live one (the payer's agreement, the
    flight's local date). Before the sample rate sheet's first day, the sheet's first day
    prices it: the demo has no older sheet, and an unpriced year would show no revenue."""
    zones = airport_zones(
        session, {a for p in plan for a in (p.flight.origin, p.flight.destination)}
    )
    books: dict[tuple[str, str, int], PriceBook] = {}
    rows: list[dict[str, object]] = []
    for p in plan:
        key = (p.flight.origin, p.flight.destination, p.payer.id)
        if key not in books:
            books[key] = PriceBook.for_booking(
                session, origin=key[0], destination=key[1], customer_id=key[2]
            )
        day = local_date(p.flight.departs_at, zones[p.flight.origin])
        lines = _priced(books[key], p, day)
        rows.extend(charge_row(ids[p.request_id], seq, c) for seq, c in enumerate(lines, 1))
    return rows


def _priced(book: PriceBook, p: HistoryBooking, day: date) -> tuple[ChargeView, ...]:
    if not book.tariffs:
        return ()
    first_day = min(t.tariff.valid_from for t in book.tariffs)
    shipment = Shipment(
        origin=p.flight.origin,
        destination=p.flight.destination,
        day=max(day, first_day),
        carrier_id=p.flight.carrier_id,
        customer_id=p.payer.id,
        gross_weight_g=p.gross_weight_g,
        volume_cm3=p.volume_cm3,
        hs_code=p.goods.hs_code,
    )
    try:
        return charge_views(book.price(shipment))
    except NotFound:
        return ()
