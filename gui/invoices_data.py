"""The Invoices screen's calls into core.services, run on a worker thread (rule 1, rule 6).

Every function here is handed to ``BackgroundWorker.submit`` (bound with functools.partial)
and imports its service when it runs, so the UI thread never loads SQLAlchemy. Reading
services get ``data.units().reading()``, changing ones a writing unit, ``data.units()()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.services.changes import Outcome
    from core.services.invoice_candidates import BillPreview, InvoiceCandidates
    from core.services.invoices import InvoiceRow, InvoiceView
    from core.services.views import CustomerView
    from gui.data import DataAccess

OPEN = "open"  # not a stored state: any invoice with something left to pay


@dataclass(frozen=True)
class InvoiceQuery:
    """The list's filter as the clerk set it; None means any."""

    customer: str | None = None
    state: str | None = None  # "open", or one of core's states (issued, partly_paid, ...)
    date_from: date | None = None
    date_to: date | None = None


def load_invoices(data: DataAccess, query: InvoiceQuery) -> list[InvoiceRow]:
    """Invoices and credit notes, newest first. The service filters customer and state; the
    issue dates and "open" are picked here from its rows (a desk's invoices are a short
    list, and the service has no date filter)."""
    from core.services.invoices import list_invoices

    state = None if query.state == OPEN else query.state
    rows = list_invoices(data.units().reading(), customer=query.customer, state=state)
    return [row for row in rows if _wanted(row, query)]


def _wanted(row: InvoiceRow, query: InvoiceQuery) -> bool:
    if query.state == OPEN and not (row.kind == "invoice" and row.open_amount > 0):
        return False
    if query.date_from is not None and row.issue_date < query.date_from:
        return False
    return query.date_to is None or row.issue_date <= query.date_to


def get_invoice(data: DataAccess, number: str) -> InvoiceView:
    from core.services.invoices import get_invoice as get

    return get(data.units().reading(), number)


def invoice_pdf(data: DataAccess, number: str) -> bytes:
    """The stored PDF; runs on the long-job worker (show_document's make_pdf)."""
    from core.services.invoices import invoice_pdf as pdf

    return pdf(data.units().reading(), number)


def customers(data: DataAccess) -> list[CustomerView]:
    """Every customer, for the customer fields' completers."""
    from core.services.customers import list_customers

    return list_customers(data.units().reading(), limit=5000)


def candidates(data: DataAccess, account: str) -> InvoiceCandidates:
    from core.services.invoice_candidates import invoice_candidates

    return invoice_candidates(data.units().reading(), account)


def preview(data: DataAccess, bookings: Sequence[str], issue_date: date) -> BillPreview:
    from core.services.invoice_candidates import preview_bill

    return preview_bill(data.units().reading(), bookings=bookings, issue_date=issue_date)


def issue(
    data: DataAccess, bookings: Sequence[str], issue_date: date, due_days: int | None
) -> Outcome[InvoiceView]:
    from core.services.invoices import issue_invoice

    return issue_invoice(
        data.units()(), bookings=bookings, issue_date=issue_date, due_days=due_days
    )


@dataclass(frozen=True)
class PaymentInput:
    invoice: str
    amount: str  # as typed: core parses it exactly, in the invoice's currency
    currency: str
    paid_on: date
    method: str
    reference: str | None


def pay(data: DataAccess, payment: PaymentInput) -> Outcome[InvoiceView]:
    from core.services.invoices import record_payment

    return record_payment(
        data.units()(),
        invoice=payment.invoice,
        amount=payment.amount,
        currency=payment.currency,
        paid_on=payment.paid_on,
        method=payment.method,
        reference=payment.reference,
    )


def credit(
    data: DataAccess, number: str, reason: str, lines: Sequence[int] | None, issue_date: date
) -> Outcome[InvoiceView]:
    """A credit note of ``lines`` (None: every line not yet credited)."""
    from core.services.invoices import credit_note

    return credit_note(
        data.units()(), invoice=number, reason=reason, lines=lines, issue_date=issue_date
    )


def credit_choices(data: DataAccess, number: str) -> tuple[InvoiceView, frozenset[int]]:
    """The invoice, and the seqs of its lines credit notes already reversed (a credit
    line keeps the seq of the line it credits)."""
    from core.services.invoices import get_invoice as get

    view = get(data.units().reading(), number)
    done = {
        line.seq for note in view.credit_notes for line in get(data.units().reading(), note).lines
    }
    return view, frozenset(done)
