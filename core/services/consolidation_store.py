"""Writing houses and keeping the master's space in step, inside the caller's transaction.

The master consignment holds max(booked space, the houses' sums) on its flight. When the
houses grow past what the master holds, the flight row is locked and its space checked
again exactly as a booking is (core.services.booking), so adding houses never overbooks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from core.db.base import utc_now
from core.db.models import Consignment, NumberSeries, Setting
from core.db.models.consolidation import Consolidation, HouseItem, HouseShipment
from core.domain.measures import chargeable_weight_kg, g_to_kg, kg_to_g
from core.errors import InvalidState
from core.services.consolidation_houses import CleanHouse
from core.services.consolidation_views import HOUSE_TOTALS
from core.services.flights import COUNTING_SPACE, flight_space
from core.services.settings import DEFAULTS

HOUSE_SERIES = "house"
_CHUNK = 500  # bound parameters per IN (...) list, well inside SQLite's limit
_DRAW_MANY = (
    update(NumberSeries)
    .where(NumberSeries.name == HOUSE_SERIES)
    .values(next_value=NumberSeries.next_value + bindparam("count"))
    .returning(NumberSeries.next_value, NumberSeries.width)
)
# Core tables: the bulk inserts skip the ORM's per-row bookkeeping.
_HOUSES = cast(Table, HouseShipment.__table__)
_ITEMS = cast(Table, HouseItem.__table__)


def require_open(consolidation: Consolidation, action: str) -> None:
    if consolidation.state != "open":
        raise InvalidState(
            "consolidation.closed",
            f"consolidation {consolidation.id} is closed: reopen it (with a reason) to {action}",
            field="consolidation",
        )


def house_numbers(session: Session, count: int) -> list[str]:
    """``count`` numbers of the house series in one UPDATE ("CGO1-H000001"): the prefix
    is the workstation's, the width the series row's. Drawn in the caller's transaction,
    so a rollback gives them back and none is ever issued twice."""
    if count <= 0:
        return []
    drawn = session.connection().execute(_DRAW_MANY, {"count": count}).first()
    if drawn is None:
        width = 6
        session.connection().execute(
            insert(NumberSeries).values(name=HOUSE_SERIES, next_value=count + 1, width=width)
        )
        first = 1
    else:
        first, width = drawn[0] - count, drawn[1]
    prefix = session.scalar(select(Setting.value).where(Setting.key == "workstation_prefix"))
    prefix = prefix or DEFAULTS["workstation_prefix"]
    return [f"{prefix}-H{n:0{width}d}" for n in range(first, first + count)]


def insert_houses(
    session: Session, consolidation: Consolidation, houses: Sequence[CleanHouse]
) -> list[int]:
    """Insert the houses and their goods lines (numbers from the house series); returns
    their ids in order. Skips nothing and checks no space: callers dedupe and then call
    sync_master."""
    if not houses:
        return []
    numbers = house_numbers(session, len(houses))
    now = utc_now()
    rows = [_house_row(consolidation.id, n, h, now) for n, h in zip(numbers, houses, strict=True)]
    # A plain executemany, then the ids by house number: RETURNING in parameter order makes
    # SQLAlchemy stitch its batches back together, quadratic in the number of houses.
    connection = session.connection()
    connection.execute(insert(_HOUSES), rows)
    ids = _ids_of(session, numbers)
    write_items(session, zip(ids, houses, strict=True))
    return ids


def _ids_of(session: Session, numbers: Sequence[str]) -> list[int]:
    """The ids of the houses just numbered, in the order of ``numbers``.

    One range SELECT on the unique house_number: the drawn numbers all lie between their
    smallest and largest; anything else in that range (another width) is left out."""
    stmt = select(_HOUSES.c.house_number, _HOUSES.c.id).where(
        _HOUSES.c.house_number.between(min(numbers), max(numbers))
    )
    by_number: dict[str, int] = {number: id_ for number, id_ in session.connection().execute(stmt)}
    return [by_number[number] for number in numbers]


def write_items(session: Session, houses: Iterable[tuple[int, CleanHouse]]) -> None:
    rows = [
        {
            "house_id": house_id,
            "line_no": line_no,
            "description": item.description,
            "hs_code": item.hs_code,
            "quantity": item.quantity,
            "unit_value_minor": item.unit_value_minor,
            "currency": item.currency,
            "origin_country": item.origin_country,
        }
        for house_id, house in houses
        for line_no, item in enumerate(house.items, start=1)
    ]
    if rows:
        session.connection().execute(insert(_ITEMS), rows)


def house_fields(h: CleanHouse) -> dict[str, object]:
    """The columns of a house row from a clean house (insert and update share them)."""
    li = h.lithium
    return {
        "platform_order_number": h.platform_order_number,
        "shipper_name": h.shipper_name,
        "shipper_address": h.shipper_address,
        "shipper_city": h.shipper_city,
        "shipper_country": h.shipper_country,
        "consignee_name": h.consignee_name,
        "consignee_address": h.consignee_address,
        "consignee_city": h.consignee_city,
        "consignee_postcode": h.consignee_postcode,
        "consignee_country": h.consignee_country,
        "consignee_phone": h.consignee_phone,
        "consignee_email": h.consignee_email,
        "consignee_tax_id": h.consignee_tax_id,
        "pieces": h.pieces,
        "gross_weight_g": h.gross_weight_g,
        "volume_cm3": h.volume_cm3,
        "customs_mode": h.customs_mode,
        "b2c": h.b2c,
        "ioss_number": h.ioss_number,
        "shc": " ".join(h.shc),
        "lithium_packing_instruction": li.packing_instruction if li else None,
        "lithium_cell_wh": li.cell_wh if li else None,
        "lithium_battery_wh": li.battery_wh if li else None,
        "lithium_cell_g": li.cell_lithium_g if li else None,
        "lithium_battery_g": li.battery_lithium_g if li else None,
        "lithium_state_of_charge_pct": li.state_of_charge_pct if li else None,
    }


def _house_row(consolidation_id: int, number: str, h: CleanHouse, now: object) -> dict[str, object]:
    return {
        "consolidation_id": consolidation_id,
        "house_number": number,
        "created_at": now,
        **house_fields(h),
    }


def known_orders(session: Session, numbers: Iterable[str]) -> dict[str, str]:
    """Platform order number -> house number, for those already stored (any consolidation:
    the number is unique across the database)."""
    wanted = sorted(set(numbers))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        stmt = select(HouseShipment.platform_order_number, HouseShipment.house_number).where(
            HouseShipment.platform_order_number.in_(chunk)
        )
        found.update({order: house for order, house in session.execute(stmt) if order})
    return found


def sync_master(session: Session, consolidation: Consolidation) -> bool:
    """Set the master to max(booked space, the houses' sums); returns True when it changed.

    Growth that counts against the flight locks the flight row and is checked like a
    booking: CapacityExceeded (or InvalidState for a closed flight) and the caller's
    transaction writes nothing.
    """
    _, _, weight_g, volume_cm3 = session.execute(
        HOUSE_TOTALS, {"consolidation_id": consolidation.id}
    ).one()
    master = session.get_one(Consignment, consolidation.consignment_id)
    want_w = max(consolidation.booked_weight_g, weight_g)
    want_v = max(consolidation.booked_volume_cm3, volume_cm3 or 0)
    grow_w, grow_v = want_w - master.gross_weight_g, want_v - master.volume_cm3
    if grow_w == 0 and grow_v == 0:
        return False
    if (grow_w > 0 or grow_v > 0) and _counts(master):
        _check_space(session, master, max(grow_w, 0), max(grow_v, 0))
    master.gross_weight_g, master.volume_cm3 = want_w, want_v
    master.chargeable_weight_g = kg_to_g(chargeable_weight_kg(g_to_kg(want_w), want_v))
    master.updated_at = consolidation.updated_at = utc_now()
    session.flush()
    return True


def _counts(master: Consignment) -> bool:
    return master.status == "booked" and master.space_status in COUNTING_SPACE


def _check_space(session: Session, master: Consignment, grow_w: int, grow_v: int) -> None:
    # The booking's own lock and rule: FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite.
    from core.services.booking import locked_flight
    from core.services.booking_input import FlightRef

    flight = locked_flight(session, FlightRef(master.flight_id, None, None))
    flight_space(session, flight).accept(grow_w, grow_v)
