"""Quotes on the seeded sample sheet, customer agreements, and the price a booking keeps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.domain.rating import Tariff
from core.errors import NotFound, ValidationError
from core.services.booking import book
from core.services.booking_views import get_booking
from core.services.database import OpenedDatabase
from core.services.pricing import QuoteRequest, add_exchange_rate, quote, set_agreement
from core.services.tariffs import list_tariffs, save_tariff
from tests.integration.booking_helpers import future_flights, request

DAY = date(2026, 12, 15)


def _quote(db: OpenedDatabase, **changes: object) -> object:
    values: dict[str, object] = {
        "origin": "CGO",
        "destination": "FRA",
        "day": DAY,
        "pieces": 3,
        "gross_weight_kg": "36.9",
        "dimensions": "60x40x35x3",
    }
    return quote(db.uow.reading(), QuoteRequest(**(values | changes)))  # type: ignore[arg-type]


def test_quote_names_the_break_and_lists_each_charge(db: OpenedDatabase) -> None:
    priced = _quote(db).priced  # type: ignore[attr-defined]
    assert priced.chargeable_weight_kg == Decimal("42.0")
    assert (priced.freight.rate_class, priced.freight.break_kg) == ("Q", 45)
    assert priced.freight.amount.amount == Decimal("1530.00")  # DOMAIN's worked example
    codes = {c.code: c.amount.amount for c in priced.charges}
    assert codes["MY"] == Decimal("189.00")  # December fuel 4.50/kg x 42 kg
    assert codes["SC"] == Decimal("50.40") and codes["AW"] == Decimal("50.00")
    assert codes["XB"] == Decimal("30.00")  # 0.60/kg x 36.9 kg = 22.14, minimum 30.00
    assert "CH" not in codes  # per house: no houses on a direct booking
    assert priced.total.amount == Decimal("1530.00") + sum(codes.values())


def test_bubble_share_discount_and_billing_currency(db: OpenedDatabase) -> None:
    set_agreement(
        db.uow(), customer="SH-CGO-002", discount_pct="10", bubble_share_pct="50", currency="EUR"
    )
    add_exchange_rate(db.uow(), base="CNY", quote="EUR", rate="0.128", valid_on="2026-12-01")
    priced = _quote(
        db, customer="SH-CGO-002", gross_weight_kg="20", dimensions="100x100x60x3"
    ).priced  # type: ignore[attr-defined]
    # volumetric 300 kg, actual 20 kg: half bubble = 20 + 50 % x 280 = 160 kg
    assert priced.chargeable_weight_kg == Decimal("160.0")
    assert priced.discount.amount == Decimal("480.00")  # 10 % of 160 x 30.00
    assert priced.converted_total.currency == "EUR"
    assert priced.exchange_rate.valid_on == date(2026, 12, 1)


def test_missing_rate_or_tariff_is_named(db: OpenedDatabase) -> None:
    set_agreement(db.uow(), customer="SH-CGO-003", currency="USD")
    with pytest.raises(ValidationError) as no_rate:
        _quote(db, customer="SH-CGO-003")
    assert no_rate.value.field == "exchange_rate"
    with pytest.raises(NotFound) as no_tariff:
        _quote(db, destination="PEK")
    assert no_tariff.value.field == "destination"


def test_a_booking_keeps_the_price_it_was_made_with(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    booking = book(db.uow(), request(flight)).value
    freight = booking.charges[0]
    assert (freight.code, freight.amount) == ("FRT", Decimal("1530.00"))
    sheet = next(v.tariff for v in list_tariffs(db.uow.reading()) if v.tariff.destination == "FRA")
    dearer = Tariff(
        **{**sheet.__dict__, "valid_from": date(2026, 1, 2), "breaks": {45: Decimal("99.00")}}
    )
    save_tariff(db.uow(), dearer)
    again = get_booking(db.uow.reading(), booking.awb_number)
    assert again.charges == booking.charges
