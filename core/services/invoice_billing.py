"""Who an invoice bills and for what: the kept charge lines of the bookings, converted to
the invoice currency and taxed per charge code.

Who is billed: the party that pays the freight by the AWB's payment code, i.e. the shipper
of a PP (prepaid) booking and the consignee of a CC (charges collect) booking. One invoice
bills one customer: bookings that bill different parties are refused, never split.

Rounding (core.domain.rating's one policy): each line is converted from the booking's
currency exactly and rounded ROUND_HALF_UP to the invoice currency's minor unit once;
its tax is the exact percentage of that line amount, rounded the same way once; totals
are the sums of the rounded lines, so the document always adds up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from core.db.models import (
    Awb,
    BookingCharge,
    Consignment,
    Customer,
    CustomerAgreement,
    Flight,
    Invoice,
    InvoiceLine,
)
from core.db.models import ExchangeRate as ExchangeRateRow
from core.domain import fx
from core.domain.money import Money
from core.domain.rating import EXACT, has_places, round_amount
from core.errors import Conflict, InvalidState, ValidationError
from core.services.booking_views import find_booking
from core.services.seller import SellerView

BILLED_PARTY = {"PP": "shipper", "CC": "consignee"}
FX_SHOWN = 6
RATE_PLACES_KEPT = 10  # invoice.exchange_rate keeps 10 decimals


@dataclass(frozen=True)
class LineData:
    """One invoice line as it is stored and printed (amounts in the invoice's minor units)."""

    seq: int
    consignment_id: int | None
    code: str
    description: str
    basis: str
    quantity: Decimal
    rate: Decimal | None  # in rate_currency (the booking's), None for a minimum charge
    rate_currency: str
    source_amount: Decimal  # the booking's amount, in rate_currency
    amount_minor: int
    tax_rate_pct: Decimal
    tax_minor: int


@dataclass(frozen=True)
class Conversion:
    """The dated rate applied to the lines: 1 booking currency = rate invoice currency.

    Kept on the invoice as exchange_base/rate/date, so every line can be re-derived as
    round(booking amount x rate). When the clerk entered the opposite pair, ``entered``
    is that rate and ``applied`` its 10-digit inverse (core.domain.fx); both are printed.
    """

    applied: fx.ExchangeRate
    entered: fx.ExchangeRate

    def text(self) -> str:
        a, e = self.applied, self.entered
        text = f"1 {a.base} = {rate_text(a.rate)} {a.quote} on {a.valid_on.isoformat()}"
        if e != a:
            text += f" (entered as 1 {e.base} = {rate_text(e.rate)} {e.quote})"
        return text


def rate_text(rate: Decimal) -> str:
    """An exchange rate with at least 6 decimals (DOMAIN, Precision), all it has if more."""
    exponent = rate.normalize().as_tuple().exponent
    places = max(FX_SHOWN, -exponent if isinstance(exponent, int) else 0)
    return f"{rate:.{places}f}"


@dataclass(frozen=True)
class Billable:
    """A booking ready to bill, with what its documents show."""

    consignment: Consignment
    awb_number: str
    flight: Flight
    charges: tuple[BookingCharge, ...]


@dataclass(frozen=True)
class Bill:
    currency: str
    lines: tuple[LineData, ...]
    conversion: Conversion | None

    @property
    def subtotal_minor(self) -> int:
        return sum(line.amount_minor for line in self.lines)

    @property
    def tax_minor(self) -> int:
        return sum(line.tax_minor for line in self.lines)


def billable(session: Session, keys: Sequence[str]) -> tuple[Customer, list[Billable]]:
    """The bookings (by AWB number or booking reference) and the one customer they bill.

    Refused: a cancelled or unpriced booking, bookings billing different customers, and a
    booking already on an invoice that credit notes have not fully reversed.
    """
    found: dict[int, Consignment] = {}
    for key in keys:
        c = find_booking(session, key, field="bookings")
        found.setdefault(c.id, c)
    bookings = list(found.values())
    _lock(session, list(found))
    for c in bookings:
        if c.status != "booked":
            raise InvalidState(
                "booking.cancelled",
                f"booking {c.booking_ref} is cancelled",
                field="bookings",
                booking=c.booking_ref,
            )
    customer = session.get_one(Customer, _one_customer(session, bookings))
    charges = _charges(session, list(found))
    refuse_billed(session, list(found))
    return customer, [_billable(session, c, charges.get(c.id, ())) for c in bookings]


def billed_customer_id(c: Consignment) -> int:
    return c.shipper_id if c.payment == "PP" else c.consignee_id


def _lock(session: Session, ids: list[int]) -> None:
    """FOR UPDATE on PostgreSQL, so two clerks cannot bill one booking at once; SQLite's
    BEGIN IMMEDIATE write lock already serialises the writers."""
    session.execute(select(Consignment.id).where(Consignment.id.in_(ids)).with_for_update())


def _one_customer(session: Session, bookings: list[Consignment]) -> int:
    payers = {billed_customer_id(c) for c in bookings}
    if len(payers) == 1:
        return payers.pop()
    rows = session.execute(
        select(Customer.id, Customer.account_number).where(Customer.id.in_(payers))
    )
    accounts = {cid: account for cid, account in rows}
    who = ", ".join(
        f"{c.booking_ref} bills {accounts[billed_customer_id(c)]} "
        f"({c.payment} {BILLED_PARTY[c.payment]})"
        for c in bookings
    )
    raise ValidationError(
        "bookings",
        "invoice.mixed_customers",
        f"bookings: one invoice bills one customer: {who}",
        customers=who,
    )


def _charges(session: Session, ids: list[int]) -> dict[int, tuple[BookingCharge, ...]]:
    rows = session.scalars(
        select(BookingCharge)
        .where(BookingCharge.consignment_id.in_(ids))
        .order_by(BookingCharge.consignment_id, BookingCharge.seq)
    )
    grouped: dict[int, list[BookingCharge]] = {}
    for row in rows:
        grouped.setdefault(row.consignment_id, []).append(row)
    return {cid: tuple(lines) for cid, lines in grouped.items()}


def _billable(session: Session, c: Consignment, charges: tuple[BookingCharge, ...]) -> Billable:
    if not charges:
        raise InvalidState(
            "invoice.unpriced",
            f"booking {c.booking_ref} has no price: no tariff covered its lane when it was booked",
            field="bookings",
            booking=c.booking_ref,
        )
    awb = session.get_one(Awb, c.awb_id).number
    return Billable(c, awb, session.get_one(Flight, c.flight_id), charges)


def refuse_billed(session: Session, ids: list[int]) -> None:
    """No double billing: a booking stays billed while any of its invoice lines has not
    been reversed by a credit note (a credit line carries the seq of the line it credits)."""
    original, credit = aliased(Invoice), aliased(Invoice)
    credit_line = aliased(InvoiceLine)
    reversed_ = exists().where(
        credit.original_id == original.id,
        credit_line.invoice_id == credit.id,
        credit_line.seq == InvoiceLine.seq,
    )
    hit = session.execute(
        select(Consignment.booking_ref, original.number)
        .join(InvoiceLine, InvoiceLine.consignment_id == Consignment.id)
        .join(original, and_(original.id == InvoiceLine.invoice_id, original.kind == "invoice"))
        .where(Consignment.id.in_(ids), ~reversed_)
        .order_by(original.id)
        .limit(1)
    ).first()
    if hit is not None:
        raise Conflict(
            "invoice.already_billed",
            f"booking {hit[0]} is already billed on invoice {hit[1]}; issue a credit note first",
            field="bookings",
            booking=hit[0],
            invoice=hit[1],
        )


def invoice_currency(session: Session, customer: Customer, items: list[Billable]) -> str:
    """The customer's billing currency (its agreement), else the bookings' own."""
    agreed = session.scalar(
        select(CustomerAgreement.currency).where(CustomerAgreement.customer_id == customer.id)
    )
    return agreed or source_currency(items)


def source_currency(items: list[Billable]) -> str:
    """The one currency the bookings were priced in: an invoice keeps one exchange rate."""
    found = sorted({ch.currency for b in items for ch in b.charges})
    if len(found) != 1:
        raise ValidationError(
            "bookings",
            "invoice.mixed_currencies",
            f"bookings: priced in {', '.join(found)}; invoice bookings of one currency together",
            currencies=", ".join(found),
        )
    return found[0]


def conversion(session: Session, source: str, currency: str, day: date) -> Conversion | None:
    """The rate valid on the invoice date (DOMAIN: the invoice's date decides)."""
    if source == currency:
        return None
    rates = [
        fx.ExchangeRate(r.base, r.quote, r.rate, r.valid_on)
        for r in session.scalars(
            select(ExchangeRateRow).where(
                ExchangeRateRow.base.in_((source, currency)),
                ExchangeRateRow.quote.in_((source, currency)),
            )
        )
    ]
    applied = fx.rate_on(rates, source, currency, day)
    if not has_places(applied.rate, RATE_PLACES_KEPT):
        raise ValidationError(
            "exchange_rate",
            "fx.too_fine",
            f"exchange_rate: 1 {source} = {applied.rate} {currency} has more than "
            f"{RATE_PLACES_KEPT} decimals; enter the {source}/{currency} rate itself",
            base=source,
            quote=currency,
            rate=applied.rate,
            places=RATE_PLACES_KEPT,
        )
    entered = applied if applied in rates else _entered(rates, applied)
    return Conversion(applied, entered)


def _entered(rates: list[fx.ExchangeRate], inverse: fx.ExchangeRate) -> fx.ExchangeRate:
    key = (inverse.quote, inverse.base, inverse.valid_on)
    return next(r for r in rates if (r.base, r.quote, r.valid_on) == key)


def compute_bill(
    items: list[Billable], currency: str, rate: Conversion | None, seller: SellerView
) -> Bill:
    lines: list[LineData] = []
    for b in items:
        for ch in b.charges:
            lines.append(_line(len(lines) + 1, b, ch, currency, rate, seller))
    return Bill(currency, tuple(lines), rate)


def _line(
    seq: int,
    b: Billable,
    ch: BookingCharge,
    currency: str,
    rate: Conversion | None,
    seller: SellerView,
) -> LineData:
    source = Money.from_minor(ch.amount_minor, ch.currency)
    amount = fx.convert(source, rate.applied, currency) if rate else source
    pct = seller.tax_rate(ch.code)
    return LineData(
        seq=seq,
        consignment_id=b.consignment.id,
        code=ch.code,
        description=f"{b.awb_number} {ch.description}",
        basis=ch.basis,
        quantity=ch.quantity,
        rate=ch.rate,
        rate_currency=ch.currency,
        source_amount=source.amount,
        amount_minor=amount.to_minor(),
        tax_rate_pct=pct,
        tax_minor=tax_on(amount, pct).to_minor(),
    )


def tax_on(amount: Money, pct: Decimal) -> Money:
    """VAT of one line: the exact percentage, rounded once to the minor unit."""
    return round_amount(EXACT.divide(EXACT.multiply(amount.amount, pct), 100), amount.currency)
