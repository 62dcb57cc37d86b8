"""What a clerk can bill a customer for next: its live bookings not yet on an invoice, and
what an invoice of some of them would come to (issue 5, the Invoices screen).

A booking bills its payer (invoice_billing.billed_customer_id: the shipper of a PP
booking, the consignee of a CC one). It is a candidate while it is live (not cancelled)
and no invoice line of it stands unreversed by a credit note: exactly the bookings
``issue_invoice`` accepts. An unpriced booking is listed too, marked, so the clerk sees
why it cannot be billed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Exists, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from core.db.models import (
    Awb,
    BookingCharge,
    Consignment,
    CustomerAgreement,
    Flight,
    Invoice,
    InvoiceLine,
)
from core.domain.clock import parse_date
from core.domain.money import Money, parse_currency
from core.errors import ValidationError
from core.services.customers import find_customer
from core.services.invoice_billing import (
    BILLED_PARTY,
    billable,
    compute_bill,
    conversion,
    invoice_currency,
    source_currency,
)
from core.services.seller import load_seller
from core.services.uow import UnitOfWork


@dataclass(frozen=True)
class InvoiceCandidate:
    """A live booking of the customer's, not yet billed."""

    booking_ref: str
    awb_number: str
    flight_number: str
    departure_date: date
    origin: str
    destination: str
    payment: str  # "PP" or "CC"
    billed_as: str  # "shipper" (PP) or "consignee" (CC)
    currency: str | None  # the booking's price currency; None: booked without a price
    total: Decimal | None  # the sum of its charge lines, before tax


@dataclass(frozen=True)
class InvoiceCandidates:
    customer: str  # account number
    customer_name: str
    billing_currency: str | None  # the agreement's; None: each invoice takes the bookings'
    bookings: tuple[InvoiceCandidate, ...]  # oldest flight first


@dataclass(frozen=True)
class BillPreview:
    """What ``issue_invoice`` would bill for the same bookings on the same day."""

    customer: str
    currency: str
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    exchange_text: str | None  # the rate applied, when the bookings are priced otherwise
    lines: int


def invoice_candidates(uow: UnitOfWork, customer: str) -> InvoiceCandidates:
    """The customer's live bookings (as payer) on no unreversed invoice line."""
    with uow:
        session = uow.session
        payer = find_customer(uow, customer, field="customer")
        agreed = session.scalar(
            select(CustomerAgreement.currency).where(CustomerAgreement.customer_id == payer.id)
        )
        rows = session.execute(
            select(Consignment, Awb.number, Flight)
            .join(Awb, Awb.id == Consignment.awb_id)
            .join(Flight, Flight.id == Consignment.flight_id)
            .where(_pays(payer.id), Consignment.status == "booked", ~_billed())
            .order_by(Flight.departure_date, Consignment.id)
        ).all()
        totals = _totals(session, [c.id for c, _, _ in rows])
        found = tuple(_candidate(c, awb, flight, totals.get(c.id)) for c, awb, flight in rows)
        return InvoiceCandidates(payer.account_number, payer.name, agreed, found)


def preview_bill(
    uow: UnitOfWork,
    *,
    bookings: Sequence[str],
    currency: str | None = None,
    issue_date: date | str | None = None,
) -> BillPreview:
    """The totals an invoice of ``bookings`` would have: same refusals, same conversion
    and rounding as issuing, nothing written (the unit of work is rolled back)."""
    keys = [k.strip() for k in bookings if k and k.strip()]
    if not keys:
        raise ValidationError("bookings", "invoice.no_bookings", "bookings: name one or more")
    day = parse_date(issue_date, "issue_date") if issue_date is not None else date.today()
    wanted = parse_currency(currency) if currency else None
    with uow:
        session = uow.session
        payer, items = billable(session, keys)
        cur = wanted or invoice_currency(session, payer, items)
        rate = conversion(session, source_currency(items), cur, day)
        bill = compute_bill(items, cur, rate, load_seller(uow))
        money = _money(cur)
        return BillPreview(
            customer=payer.account_number,
            currency=cur,
            subtotal=money(bill.subtotal_minor),
            tax=money(bill.tax_minor),
            total=money(bill.subtotal_minor + bill.tax_minor),
            exchange_text=rate.text() if rate else None,
            lines=len(bill.lines),
        )


def _pays(customer_id: int) -> ColumnElement[bool]:
    """invoice_billing.billed_customer_id, as SQL."""
    return or_(
        and_(Consignment.payment == "PP", Consignment.shipper_id == customer_id),
        and_(Consignment.payment == "CC", Consignment.consignee_id == customer_id),
    )


def _billed() -> Exists:
    """The booking has an invoice line no credit note reversed (invoice_billing's rule
    for refusing a second bill: a credit line carries the seq of the line it credits)."""
    original, credit = aliased(Invoice), aliased(Invoice)
    credit_line = aliased(InvoiceLine)
    reversed_ = exists().where(
        credit.original_id == original.id,
        credit_line.invoice_id == credit.id,
        credit_line.seq == InvoiceLine.seq,
    )
    return (
        exists()
        .where(
            InvoiceLine.consignment_id == Consignment.id,
            original.id == InvoiceLine.invoice_id,
            original.kind == "invoice",
            ~reversed_,
        )
        .correlate(Consignment)
    )


def _totals(session: Session, ids: list[int]) -> dict[int, tuple[str, int]]:
    """consignment id -> (currency, sum of its charges in minor units). A booking's price
    comes from one tariff, so in one currency; were it not, issuing would refuse it and
    the list shows the first currency's sum."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            BookingCharge.consignment_id,
            BookingCharge.currency,
            func.sum(BookingCharge.amount_minor),
        )
        .where(BookingCharge.consignment_id.in_(ids))
        .group_by(BookingCharge.consignment_id, BookingCharge.currency)
        .order_by(BookingCharge.consignment_id, BookingCharge.currency)
    )
    sums: dict[int, tuple[str, int]] = {}
    for cid, cur, minor in rows:
        sums.setdefault(cid, (cur, int(minor)))
    return sums


def _candidate(
    c: Consignment, awb: str, flight: Flight, total: tuple[str, int] | None
) -> InvoiceCandidate:
    return InvoiceCandidate(
        booking_ref=c.booking_ref,
        awb_number=awb,
        flight_number=flight.flight_number,
        departure_date=flight.departure_date,
        origin=c.origin,
        destination=c.destination,
        payment=c.payment,
        billed_as=BILLED_PARTY[c.payment],
        currency=total[0] if total else None,
        total=Money.from_minor(total[1], total[0]).amount if total else None,
    )


def _money(currency: str) -> Callable[[int], Decimal]:
    return lambda minor: Money.from_minor(minor, currency).amount
