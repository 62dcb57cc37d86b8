"""Invoices, credit notes and payments (issue 3, DOMAIN.md "Documents": Invoice).

An invoice is issued in ONE transaction: the number is drawn from the gapless counter
row, the lines and the rendered PDF are inserted with it, so a rollback leaves neither a
number gap nor a half invoice. Issued rows are never updated (triggers refuse it):
corrections are credit notes (invoice_credit) with their own gapless series, payments
are rows of their own, and the state (issued, partly paid, paid, credited) is derived
from both (invoice_views). Who is billed, conversion and rounding: see invoice_billing.

This module is the one import for callers: it re-exports the reading, credit and export
services.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from core.db.models import Invoice, Payment
from core.domain.clock import parse_date
from core.domain.money import Money, parse_currency, parse_money
from core.domain.text import clean_optional, clean_text
from core.errors import InvalidState, ValidationError
from core.services.changes import Entity, Outcome
from core.services.invoice_billing import (
    billable,
    compute_bill,
    conversion,
    invoice_currency,
    source_currency,
)
from core.services.invoice_credit import credit_note
from core.services.invoice_document import Header, render, shipment_references, store_invoice
from core.services.invoice_export import ExportReport, export_invoices
from core.services.invoice_views import (
    INVOICE,
    InvoiceLineView,
    InvoiceRow,
    InvoiceView,
    PaymentView,
    balance,
    find_invoice,
    get_invoice,
    invoice_pdf,
    invoice_state,
    invoice_view,
    list_invoices,
)
from core.services.seller import MAX_PAYMENT_DAYS, load_seller, require_complete
from core.services.settings import next_number
from core.services.uow import UnitOfWork

__all__ = [
    "ExportReport",
    "InvoiceLineView",
    "InvoiceRow",
    "InvoiceView",
    "PaymentView",
    "credit_note",
    "export_invoices",
    "get_invoice",
    "invoice_pdf",
    "invoice_state",
    "issue_invoice",
    "list_invoices",
    "record_payment",
]

INVOICE_SERIES = "invoice"  # "CGO1-I000001"


def issue_invoice(
    uow: UnitOfWork,
    *,
    bookings: Sequence[str],
    currency: str | None = None,
    issue_date: date | str | None = None,
    due_days: int | str | None = None,
) -> Outcome[InvoiceView]:
    """Bill bookings (AWB numbers or booking references) of one customer: a line per kept
    charge, tax per charge code, in ``currency`` (default: the customer's agreed billing
    currency, else the bookings'), converted at the rate valid on the issue date."""
    keys = _booking_keys(bookings)
    day = parse_date(issue_date, "issue_date") if issue_date is not None else date.today()
    wanted = parse_currency(currency) if currency else None
    days = _due_days(due_days)
    with uow:
        session = uow.session
        seller = require_complete(load_seller(uow))
        customer, items = billable(session, keys)
        cur = wanted or invoice_currency(session, customer, items)
        bill = compute_bill(
            items, cur, conversion(session, source_currency(items), cur, day), seller
        )
        terms = seller.terms if days is None else f"{days} days net"
        due = day + timedelta(days=seller.payment_days if days is None else days)
        header = Header(
            number=next_number(uow, INVOICE_SERIES),
            kind="invoice",
            issue_date=day,
            due_date=due,
            payment_terms=terms,
            currency=cur,
            exchange_text=bill.conversion.text() if bill.conversion else None,
        )
        ids = [b.consignment.id for b in items]
        rendered = render(header, seller, customer, shipment_references(session, ids), bill.lines)
        inv = store_invoice(session, header, seller, customer, bill, rendered)
        view = invoice_view(session, inv)
        uow.commit()
        uow.changes.add(Entity.INVOICE, inv.number)
        uow.changes.add(Entity.CONSIGNMENT, *ids)
        return Outcome(view, uow.changes)


def _booking_keys(bookings: Sequence[str] | str) -> list[str]:
    if isinstance(bookings, str):
        bookings = [bookings]
    keys = [k.strip() for k in bookings if k and k.strip()]
    if not keys:
        raise ValidationError("bookings", "invoice.no_bookings", "bookings: name one or more")
    return keys


def _due_days(value: int | str | None) -> int | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text.isdecimal() or int(text) > MAX_PAYMENT_DAYS:
        raise ValidationError(
            "due_days",
            "days.range",
            f"due_days: a whole number of days, 0 to {MAX_PAYMENT_DAYS}",
            maximum=MAX_PAYMENT_DAYS,
        )
    return int(text)


def record_payment(
    uow: UnitOfWork,
    *,
    invoice: str,
    amount: str | Decimal,
    currency: str,
    paid_on: date | str,
    method: str,
    reference: str | None = None,
) -> Outcome[InvoiceView]:
    """A payment in the invoice's currency; never more than the amount still open."""
    money = parse_money(amount, currency, "amount", allow_zero=False)
    day = parse_date(paid_on, "paid_on")
    how = clean_text(method, "method", max_len=20)
    ref = clean_optional(reference, "reference")
    with uow:
        session = uow.session
        inv = find_invoice(session, invoice, lock=True)
        _check_payable(session, inv, money)
        session.add(
            Payment(
                invoice_id=inv.id,
                amount_minor=money.to_minor(),
                currency=money.currency,
                paid_on=day,
                method=how,
                reference=ref,
            )
        )
        session.flush()
        view = invoice_view(session, inv)
        uow.commit()
        uow.changes.add(Entity.INVOICE, inv.number)
        return Outcome(view, uow.changes)


def _check_payable(session: Session, inv: Invoice, money: Money) -> None:
    if inv.kind != INVOICE:
        raise InvalidState(
            "payment.credit_note",
            f"{inv.number} is a credit note: nothing to pay",
            field="invoice",
            invoice=inv.number,
        )
    if money.currency != inv.currency:
        raise ValidationError(
            "currency",
            "payment.currency",
            f"currency: invoice {inv.number} is in {inv.currency}, not {money.currency}",
            invoice=inv.number,
            invoice_currency=inv.currency,
            currency=money.currency,
        )
    open_minor = balance(session, inv.id).open(inv.total_minor)
    if money.to_minor() > open_minor:
        open_amount = Money.from_minor(max(open_minor, 0), inv.currency)
        raise ValidationError(
            "amount",
            "payment.overpaid",
            f"amount: {money} is more than the {open_amount} still open on {inv.number}",
            open=open_amount.amount,
            amount=money,
            open_amount=open_amount,
            invoice=inv.number,
        )
