"""Quotes, exchange rates, other-charge rules and customer agreements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources

from sqlalchemy import select

from core.db.models import Carrier, CustomerAgreement
from core.db.models import ChargeRule as ChargeRuleRow
from core.db.models import ExchangeRate as ExchangeRateRow
from core.db.models import Tariff as TariffRow
from core.domain import charges, fx, rating
from core.domain.clock import parse_date
from core.domain.measures import kg_to_g, parse_pieces, parse_weight_kg
from core.domain.money import Money, parse_currency
from core.domain.text import clean_optional, iata_airport
from core.errors import ValidationError
from core.imports.rate_sheet import read_rate_sheet
from core.reference import REFERENCE_PACKAGE, TARIFFS_FILE, load_charge_rules
from core.services.booking_input import volume_of
from core.services.changes import Entity, Outcome
from core.services.customers import find_customer
from core.services.price_book import PriceBook, Priced, Shipment, rule_from_row
from core.services.stock import find_carrier
from core.services.tariffs import store_tariff
from core.services.uow import UnitOfWork


@dataclass(frozen=True)
class QuoteRequest:
    origin: str
    destination: str
    day: str | date
    pieces: str | int
    gross_weight_kg: str | Decimal
    dimensions: str | None = None
    volume_m3: str | Decimal | None = None
    hs_code: str | None = None
    commodity: str | None = None
    carrier: str | None = None
    customer: str | None = None


@dataclass(frozen=True)
class QuoteView:
    origin: str
    destination: str
    day: date
    pieces: int
    gross_weight_kg: Decimal
    volume_m3: Decimal
    priced: Priced


def quote(uow: UnitOfWork, request: QuoteRequest) -> QuoteView:
    """A price while the customer is on the phone; nothing is written."""
    with uow:
        shipment, pieces = _shipment(uow, request)
        book = PriceBook.load(uow.session, origin=shipment.origin, destination=shipment.destination)
        return QuoteView(
            shipment.origin,
            shipment.destination,
            shipment.day,
            pieces,
            Decimal(shipment.gross_weight_g) / 1000,
            Decimal(shipment.volume_cm3) / 1_000_000,
            book.price(shipment),
        )


def _shipment(uow: UnitOfWork, r: QuoteRequest) -> tuple[Shipment, int]:
    pieces = parse_pieces(r.pieces)
    gross = parse_weight_kg(r.gross_weight_kg)
    carrier = find_carrier(uow.session, r.carrier).id if r.carrier else None
    customer = find_customer(uow, r.customer, field="customer").id if r.customer else None
    shipment = Shipment(
        origin=iata_airport(r.origin, "origin"),
        destination=iata_airport(r.destination, "destination"),
        day=parse_date(r.day, "day"),
        carrier_id=carrier,
        customer_id=customer,
        gross_weight_g=kg_to_g(gross),
        volume_cm3=volume_of(r.dimensions, r.volume_m3, pieces),
        hs_code=clean_optional(r.hs_code, "hs_code", max_len=14),
        commodity=clean_optional(r.commodity, "commodity", max_len=10),
    )
    return shipment, pieces


def add_exchange_rate(
    uow: UnitOfWork, *, base: str, quote: str, rate: str | Decimal, valid_on: str | date
) -> Outcome[fx.ExchangeRate]:
    """A dated rate entered by the clerk (no network): units of ``quote`` per 1 ``base``."""
    checked = fx.validate_exchange_rate(
        fx.ExchangeRate(
            parse_currency(base, "base"),
            parse_currency(quote, "quote"),
            _decimal(rate, "rate"),
            parse_date(valid_on, "valid_on"),
        )
    )
    with uow:
        key = (checked.base, checked.quote, checked.valid_on)
        row = uow.session.get(ExchangeRateRow, key)
        if row is None:
            uow.session.add(
                ExchangeRateRow(
                    base=checked.base,
                    quote=checked.quote,
                    valid_on=checked.valid_on,
                    rate=checked.rate,
                )
            )
        else:
            row.rate = checked.rate
        uow.commit()
        uow.changes.add(Entity.TARIFF, f"fx:{checked.base}{checked.quote}")
        return Outcome(checked, uow.changes)


def list_exchange_rates(uow: UnitOfWork) -> list[fx.ExchangeRate]:
    with uow:
        rows = uow.session.scalars(
            select(ExchangeRateRow).order_by(
                ExchangeRateRow.base, ExchangeRateRow.quote, ExchangeRateRow.valid_on
            )
        )
        return [fx.ExchangeRate(r.base, r.quote, r.rate, r.valid_on) for r in rows]


def save_charge_rule(
    uow: UnitOfWork,
    rule: charges.ChargeRule,
    *,
    origin: str | None = None,
    destination: str | None = None,
    carrier: str | None = None,
) -> Outcome[int]:
    checked = charges.validate_charge_rule(rule)
    with uow:
        row = store_charge_rule(uow, checked, origin, destination, carrier)
        uow.commit()
        uow.changes.add(Entity.TARIFF, f"charge:{row.id}")
        return Outcome(row.id, uow.changes)


def store_charge_rule(
    uow: UnitOfWork,
    rule: charges.ChargeRule,
    origin: str | None,
    destination: str | None,
    carrier: str | None,
) -> ChargeRuleRow:
    def minor(amount: Decimal | None) -> int | None:
        return None if amount is None else Money(amount, rule.currency).to_minor()

    row = ChargeRuleRow(
        code=rule.code,
        due=rule.due,
        basis=rule.basis,
        rate=rule.rate,
        currency=rule.currency,
        minimum_minor=minor(rule.minimum),
        maximum_minor=minor(rule.maximum),
        valid_from=rule.valid_from,
        valid_to=rule.valid_to,
        description=rule.description,
        origin=iata_airport(origin, "origin") if origin else None,
        destination=iata_airport(destination, "destination") if destination else None,
        carrier_id=find_carrier(uow.session, carrier).id if carrier else None,
    )
    uow.session.add(row)
    uow.session.flush()
    return row


@dataclass(frozen=True)
class ChargeRuleView:
    id: int
    origin: str | None
    destination: str | None
    carrier: str | None
    rule: charges.ChargeRule


def list_charge_rules(uow: UnitOfWork) -> list[ChargeRuleView]:
    with uow:
        rows = uow.session.scalars(
            select(ChargeRuleRow).order_by(ChargeRuleRow.code, ChargeRuleRow.valid_from)
        )
        return [
            ChargeRuleView(
                r.id,
                r.origin,
                r.destination,
                uow.session.get_one(Carrier, r.carrier_id).iata_code if r.carrier_id else None,
                rule_from_row(r),
            )
            for r in rows
        ]


def set_agreement(
    uow: UnitOfWork,
    *,
    customer: str,
    discount_pct: str | Decimal = "0",
    bubble_share_pct: str | Decimal = "100",
    currency: str | None = None,
) -> Outcome[str]:
    """A customer's discount on freight, bubble share (DOMAIN 分泡) and billing currency."""
    discount = percent(discount_pct, "discount_pct")
    bubble = percent(bubble_share_pct, "bubble_share_pct")
    billing = parse_currency(currency, "currency") if currency else None
    with uow:
        party = find_customer(uow, customer, field="customer")
        row = uow.session.get(CustomerAgreement, party.id)
        if row is None:
            row = CustomerAgreement(customer_id=party.id)
            uow.session.add(row)
        row.discount_pct, row.bubble_share_pct, row.currency = discount, bubble, billing
        uow.commit()
        uow.changes.add(Entity.CUSTOMER, party.id)
        return Outcome(party.account_number, uow.changes)


def percent(value: str | Decimal, field: str) -> Decimal:
    number = _decimal(value, field)
    if not 0 <= number <= 100 or number != number.quantize(Decimal("0.01")):
        raise ValidationError(field, "percent.range", f"{field}: 0 to 100, two decimals")
    return number


def _decimal(value: str | Decimal, field: str) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except ArithmeticError:
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError(field, "number.format", f"{field}: expected a number")
    return number


def has_pricing(uow: UnitOfWork) -> bool:
    with uow:
        return uow.session.scalar(select(TariffRow.id).limit(1)) is not None


def seed_pricing(uow: UnitOfWork) -> Outcome[int]:
    """Sample tariffs for every seeded route and sample other charges, so a first start
    can quote. The tariffs are a rate sheet in the import template, read by the importer."""
    with resources.as_file(resources.files(REFERENCE_PACKAGE) / TARIFFS_FILE) as path:
        sheet = read_rate_sheet(path)
    if sheet.problems:
        raise ValueError(f"bundled {TARIFFS_FILE} is invalid: {sheet.problems[0]}")
    with uow:
        for tariff in sheet.tariffs:
            store_tariff(uow, rating.validate_tariff(tariff), None)
        for rule in load_charge_rules():
            store_charge_rule(uow, charges.validate_charge_rule(rule), None, None, None)
        uow.commit()
        uow.changes.add(Entity.TARIFF, "all")
        return Outcome(len(sheet.tariffs), uow.changes)
