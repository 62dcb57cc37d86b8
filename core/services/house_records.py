"""A consolidation's master and its stored houses, read for checks, documents and exports.

The customs check, the house manifest and the broker's export each read every house of a
consolidation (20,000 on a big e-commerce master): two statements (houses, then all their
goods lines ordered by house) into plain frozen records, never an ORM object or a query per
house.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from core.db.models import (
    Airport,
    Awb,
    Carrier,
    Consignment,
    Consolidation,
    Flight,
    HouseItem,
)
from core.db.models import HouseShipment as House
from core.domain.lithium import LithiumDeclaration
from core.domain.money import Money
from core.errors import NotFound

__all__ = [
    "HouseRecord",
    "ItemRecord",
    "MasterRecord",
    "find_master",
    "load_houses",
    "master_houses",
]

_MAWB_DIGITS = 11  # prefix 3 + serial 7 + check digit 1


@dataclass(frozen=True, slots=True)
class MasterRecord:
    """The consolidation's master AWB booking and its flight."""

    consolidation_id: int
    consignment_id: int
    mawb: str
    booking_ref: str
    state: str
    carrier: str
    flight_number: str
    flight_date: date
    origin: str  # IATA airport codes of the master
    destination: str
    origin_country: str
    tendered_pieces: int | None


@dataclass(frozen=True, slots=True)
class ItemRecord:
    line_no: int
    description: str
    hs_code: str
    quantity: int
    unit_value: Money
    origin_country: str

    @property
    def value(self) -> Money:
        return Money(self.unit_value.amount * self.quantity, self.unit_value.currency)


@dataclass(frozen=True, slots=True)
class HouseRecord:
    """A stored house as its columns say, blanks as ""; items in line order."""

    id: int
    house_number: str
    platform_order_number: str
    shipper_name: str
    shipper_address: str
    shipper_city: str
    shipper_country: str
    consignee_name: str
    consignee_address: str
    consignee_city: str
    consignee_postcode: str
    consignee_country: str
    consignee_phone: str
    consignee_email: str
    consignee_tax_id: str
    pieces: int
    gross_weight_g: int
    volume_cm3: int | None
    customs_mode: str | None
    b2c: bool
    ioss_number: str | None
    shc: tuple[str, ...]
    lithium: LithiumDeclaration | None
    items: tuple[ItemRecord, ...]

    def declared_values(self) -> tuple[Money, ...]:
        """The items' value summed per currency (exact), currencies in sorted order."""
        totals: dict[str, Decimal] = {}
        for item in self.items:
            value = item.value
            totals[value.currency] = totals.get(value.currency, Decimal(0)) + value.amount
        return tuple(Money(amount, currency) for currency, amount in sorted(totals.items()))


_MASTER = (
    select(
        Consolidation.id,
        Consignment.id,
        Awb.number,
        Consignment.booking_ref,
        Consolidation.state,
        Carrier.name,
        Flight.flight_number,
        Flight.departure_date,
        Consignment.origin,
        Consignment.destination,
        Airport.country,
        Consolidation.tendered_pieces,
    )
    .join(Consignment, Consignment.id == Consolidation.consignment_id)
    .join(Awb, Awb.id == Consignment.awb_id)
    .join(Flight, Flight.id == Consignment.flight_id)
    .join(Carrier, Carrier.id == Flight.carrier_id)
    .join(Airport, Airport.iata == Consignment.origin)
)


def find_master(session: Session, key: int | str) -> MasterRecord:
    """The consolidation by id (a number) or by its master AWB ("176-12345675")."""
    mawb = _mawb(key)
    if mawb is None:
        row = session.execute(_MASTER.where(Consolidation.id == int(key))).first()
    else:
        row = session.execute(_MASTER.where(Awb.number == mawb)).first()
    if row is None:
        raise NotFound("consolidation", str(key).strip(), field="consolidation")
    fields: tuple[Any, ...] = tuple(row)
    return MasterRecord(*fields)


def _mawb(key: int | str) -> str | None:
    """None for an id; the MAWB as stored ("PPP-SSSSSSSC") otherwise."""
    if isinstance(key, int):
        return None
    text = key.strip()
    compact = text.replace("-", "").replace(" ", "")
    if compact.isdecimal() and len(compact) == _MAWB_DIGITS:
        return f"{compact[:3]}-{compact[3:]}"
    if text.isdecimal():
        return None
    return text  # not found below, with the key as typed


_HOUSES = (
    select(House.__table__)
    .where(House.consolidation_id == bindparam("consolidation_id"))
    .order_by(House.id)
)
_ITEMS = (
    select(HouseItem.__table__)
    .join(House, House.id == HouseItem.house_id)
    .where(House.consolidation_id == bindparam("consolidation_id"))
    .order_by(HouseItem.house_id, HouseItem.line_no)
)


def load_houses(session: Session, consolidation_id: int) -> list[HouseRecord]:
    """Every house of the consolidation in the order they were added, with its items."""
    connection = session.connection()
    params = {"consolidation_id": consolidation_id}
    items: dict[int, list[ItemRecord]] = {}
    for row in connection.execute(_ITEMS, params):
        items.setdefault(row.house_id, []).append(
            ItemRecord(
                row.line_no,
                row.description,
                row.hs_code or "",
                row.quantity,
                Money.from_minor(row.unit_value_minor, row.currency),
                row.origin_country or "",
            )
        )
    houses = connection.execute(_HOUSES, params)
    return [_house(row, tuple(items.get(row.id, ()))) for row in houses]


def master_houses(session: Session, key: int | str) -> tuple[MasterRecord, list[HouseRecord]]:
    master = find_master(session, key)
    return master, load_houses(session, master.consolidation_id)


def _house(row: Any, items: Sequence[ItemRecord]) -> HouseRecord:
    return HouseRecord(
        id=row.id,
        house_number=row.house_number,
        platform_order_number=row.platform_order_number or "",
        shipper_name=row.shipper_name,
        shipper_address=row.shipper_address,
        shipper_city=row.shipper_city,
        shipper_country=row.shipper_country,
        consignee_name=row.consignee_name,
        consignee_address=row.consignee_address,
        consignee_city=row.consignee_city,
        consignee_postcode=row.consignee_postcode or "",
        consignee_country=row.consignee_country,
        consignee_phone=row.consignee_phone or "",
        consignee_email=row.consignee_email or "",
        consignee_tax_id=row.consignee_tax_id or "",
        pieces=row.pieces,
        gross_weight_g=row.gross_weight_g,
        volume_cm3=row.volume_cm3,
        customs_mode=row.customs_mode,
        b2c=bool(row.b2c),
        ioss_number=row.ioss_number,
        shc=tuple(row.shc.split()),
        lithium=_lithium(row),
        items=tuple(items),
    )


def _lithium(row: Any) -> LithiumDeclaration | None:
    if not row.lithium_packing_instruction:
        return None
    return LithiumDeclaration(
        row.lithium_packing_instruction,
        cell_wh=row.lithium_cell_wh,
        battery_wh=row.lithium_battery_wh,
        cell_lithium_g=row.lithium_cell_g,
        battery_lithium_g=row.lithium_battery_g,
        state_of_charge_pct=row.lithium_state_of_charge_pct,
    )
