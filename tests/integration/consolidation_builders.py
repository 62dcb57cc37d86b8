"""Consolidations with houses written straight through the models (issue 6 tests).

The consolidation services validate what a clerk types; these builders store exactly the
house given, blanks and mistakes included, so the checks and documents can be tested on
what a database may hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from core.db.models import Consolidation, HouseItem, HouseShipment
from core.services.booking import book
from core.services.database import OpenedDatabase
from core.services.pricing import add_exchange_rate
from core.services.views import BookingView, FlightView
from tests.integration.booking_helpers import future_flights, request

CONSOLIDATION_GOODS = "CONSOLIDATION AS PER ATTACHED MANIFEST"


@dataclass(frozen=True)
class Item:
    description: str = "men's cotton T-shirts"
    hs_code: str = "610910"
    quantity: int = 2
    unit_value_minor: int = 1250  # 12.50
    currency: str = "EUR"
    origin_country: str = "CN"


@dataclass(frozen=True)
class House:
    """A complete EU B2C parcel from a Henan seller; replace() what a test needs."""

    house_number: str
    shipper_name: str = "郑州优选电子商务有限公司"
    shipper_address: str = "郑东新区商务外环路 18 号"
    shipper_city: str = "Zhengzhou"
    shipper_country: str = "CN"
    consignee_name: str = "Anna Müller"
    consignee_address: str = "Hauptstraße 5"
    consignee_city: str = "Berlin"
    consignee_postcode: str | None = "10115"
    consignee_country: str = "DE"
    consignee_phone: str | None = "+49 30 1234567"
    consignee_email: str | None = None
    consignee_tax_id: str | None = None
    pieces: int = 1
    gross_weight_g: int = 850
    volume_cm3: int | None = 6000
    customs_mode: str | None = "9610"
    b2c: bool = True
    ioss_number: str | None = "IM2760000001"
    shc: str = "ECM"
    platform_order_number: str | None = None
    lithium: dict[str, Any] = field(default_factory=dict)  # HouseShipment.lithium_* columns
    items: tuple[Item, ...] = (Item(),)

    def but(self, **changes: Any) -> House:
        return replace(self, **changes)


@dataclass(frozen=True)
class Consol:
    id: int
    mawb: str
    flight: FlightView
    master: BookingView


def master_on(db: OpenedDatabase, destination: str = "LUX", *, index: int = 0) -> Consol:
    """A confirmed master AWB booking to ``destination`` with its (empty) consolidation."""
    flight = future_flights(db, "CGO", destination)[index]
    wanted = request(
        flight,
        consignee=f"CN-{destination}-001",
        space_status="confirmed",
        goods_description=CONSOLIDATION_GOODS,
        hs_code=None,
        shc="",
        pieces=4,
        gross_weight_kg="100",
        dimensions="120x80x100x4",
    )
    master = book(db.uow(), wanted).value
    with db.uow() as uow:
        consolidation = Consolidation(
            consignment_id=master.id, booked_weight_g=100_000, booked_volume_cm3=960_000
        )
        uow.session.add(consolidation)
        uow.session.flush()
        consol_id = consolidation.id
        uow.commit()
    return Consol(consol_id, master.awb_number, flight, master)


def add_houses(db: OpenedDatabase, consol: Consol, houses: list[House]) -> None:
    with db.uow() as uow:
        for house in houses:
            uow.session.add(_row(consol.id, house))
        uow.commit()


def _row(consolidation_id: int, house: House) -> HouseShipment:
    columns = {
        name: value for name, value in house.__dict__.items() if name not in ("items", "lithium")
    }
    lithium = {f"lithium_{name}": value for name, value in house.lithium.items()}
    return HouseShipment(
        consolidation_id=consolidation_id,
        **columns,
        **lithium,
        items=[
            HouseItem(line_no=number, **item.__dict__)
            for number, item in enumerate(house.items, start=1)
        ],
    )


def eur_rates(db: OpenedDatabase, valid_on: str = "2025-01-01") -> None:
    """CNY, USD and GBP against EUR, so IOSS and 9610 values convert."""
    for base, quote, rate in (
        ("EUR", "CNY", "7.8"),
        ("USD", "EUR", "0.92"),
        ("GBP", "EUR", "1.17"),
        ("USD", "CNY", "7.2"),
    ):
        add_exchange_rate(db.uow(), base=base, quote=quote, rate=Decimal(rate), valid_on=valid_on)
