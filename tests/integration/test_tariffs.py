"""Tariffs stored exactly and chosen for a lane, carrier, customer and day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.domain.rating import CommodityRate, Tariff, rate_freight
from core.errors import NotFound
from core.services.database import OpenedDatabase
from core.services.price_book import PriceBook, Shipment
from core.services.stock import find_carrier
from core.services.tariffs import list_tariffs, save_tariff

DOMAIN_EXAMPLE = Tariff(
    origin="CGO",
    destination="FRA",
    carrier=None,
    currency="CNY",
    valid_from=date(2026, 1, 1),
    valid_to=None,
    minimum=Decimal("320"),
    normal=Decimal("45.00"),
    breaks={45: Decimal("34.00"), 100: Decimal("30.00"), 300: Decimal("27.50")},
    commodity_rates=(CommodityRate("8518", Decimal("100"), Decimal("21.2500")),),
)


def _lane(db: OpenedDatabase, day: date, carrier_id: int | None = None) -> Tariff | None:
    with db.uow.reading() as uow:
        book = PriceBook.load(uow.session, origin="CGO", destination="FRA")
    shipment = Shipment("CGO", "FRA", day, carrier_id, None, 1000, 0)
    try:
        return book.tariff_for(shipment)
    except NotFound:
        return None


def test_a_tariff_round_trips_exactly_and_rates_the_domain_examples(db: OpenedDatabase) -> None:
    save_tariff(db.uow(), DOMAIN_EXAMPLE)
    stored = _lane(db, date(2026, 12, 1))
    assert stored is not None
    assert stored.breaks == DOMAIN_EXAMPLE.breaks and stored.minimum == Decimal("320.00")
    assert stored.commodity_rates == DOMAIN_EXAMPLE.commodity_rates
    assert rate_freight(stored, Decimal("42.0")).amount.amount == Decimal("1530.00")
    assert rate_freight(stored, Decimal("280.0")).amount.amount == Decimal("8250.00")
    assert rate_freight(stored, Decimal("5.0")).amount.amount == Decimal("320.00")


def test_the_most_specific_and_newest_tariff_wins(db: OpenedDatabase) -> None:
    save_tariff(db.uow(), DOMAIN_EXAMPLE)
    newer = Tariff(
        **{**DOMAIN_EXAMPLE.__dict__, "valid_from": date(2026, 12, 1), "normal": Decimal("46.00")}
    )
    save_tariff(db.uow(), newer)
    lufthansa = Tariff(**{**DOMAIN_EXAMPLE.__dict__, "carrier": "LH", "normal": Decimal("47.00")})
    save_tariff(db.uow(), lufthansa)
    assert _lane(db, date(2026, 11, 30)).normal == Decimal("45.0000")  # type: ignore[union-attr]
    assert _lane(db, date(2026, 12, 2)).normal == Decimal("46.0000")  # type: ignore[union-attr]
    lh_id = next(v for v in list_tariffs(db.uow.reading()) if v.tariff.carrier == "LH")
    assert lh_id.tariff.normal == Decimal("47.0000")
    with db.uow.reading() as uow:
        carrier_id = find_carrier(uow.session, "LH").id
    assert _lane(db, date(2026, 12, 2), carrier_id).normal == Decimal("47.0000")  # type: ignore[union-attr]
    assert _lane(db, date(2025, 6, 1)) is None


def test_unknown_airport_or_customer_is_refused_by_field(db: OpenedDatabase) -> None:
    with pytest.raises(NotFound) as unknown:
        save_tariff(db.uow(), Tariff(**{**DOMAIN_EXAMPLE.__dict__, "destination": "QQQ"}))
    assert unknown.value.field == "destination"
    with pytest.raises(NotFound) as nobody:
        save_tariff(db.uow(), DOMAIN_EXAMPLE, customer="NOBODY")
    assert nobody.value.field == "customer"
    assert len(list_tariffs(db.uow.reading())) == 21  # only the seeded sample sheet
