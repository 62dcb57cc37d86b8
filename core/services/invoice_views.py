"""Invoices as plain data, and their state: derived from payments and credit notes, never
stored (issue 3: what an issued invoice says is immutable, so nothing is written over it)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from core.db.models import Awb, Consignment, Customer, Invoice, InvoiceDocument, Payment
from core.domain.money import Money
from core.errors import InvalidState, NotFound, ValidationError
from core.services.uow import UnitOfWork

INVOICE, CREDIT_NOTE = "invoice", "credit_note"
ISSUED, PARTLY_PAID, PAID, CREDITED = "issued", "partly_paid", "paid", "credited"
STATES = (ISSUED, PARTLY_PAID, PAID, CREDITED)


def invoice_state(total_minor: int, paid_minor: int, credited_minor: int) -> str:
    """issued -> partly_paid -> paid; credited once credit notes cancel the whole total.

    Amounts in minor units; ``credited_minor`` is what credit notes took off (positive).
    A partly credited invoice is paid when the payments cover what is left of it.
    """
    if credited_minor > 0 and credited_minor >= total_minor:
        return CREDITED
    if paid_minor <= 0:
        return ISSUED
    return PAID if paid_minor >= total_minor - credited_minor else PARTLY_PAID


@dataclass(frozen=True)
class InvoiceLineView:
    seq: int  # on a credit note: the seq of the original line it credits
    booking_ref: str | None
    awb_number: str | None
    code: str
    description: str
    basis: str
    quantity: Decimal
    rate: Decimal | None  # in the booking's currency (see exchange_*), None for M
    amount: Decimal  # in the invoice currency; negative on a credit note
    tax_rate_pct: Decimal
    tax: Decimal


@dataclass(frozen=True)
class PaymentView:
    amount: Decimal
    currency: str
    paid_on: date
    method: str
    reference: str | None


@dataclass(frozen=True)
class InvoiceView:
    number: str
    kind: str  # "invoice" or "credit_note"
    original_number: str | None  # the invoice a credit note corrects
    customer: str  # account number of the buyer
    buyer_name: str
    buyer_address: str
    buyer_tax_id: str | None
    seller_name: str
    seller_uscc: str
    seller_address: str
    seller_bank: str
    issue_date: date
    due_date: date
    payment_terms: str
    reason: str | None  # why a credit note corrects its original
    currency: str
    exchange_base: str | None  # "1 base = rate <other> on date", as the clerk entered it
    exchange_rate: Decimal | None
    exchange_date: date | None
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    state: str  # derived: issued, partly_paid, paid, credited
    paid: Decimal
    credited: Decimal  # what credit notes took off (positive)
    open_amount: Decimal
    lines: tuple[InvoiceLineView, ...]
    payments: tuple[PaymentView, ...]
    credit_notes: tuple[str, ...]
    pdf_sha256: str


@dataclass(frozen=True)
class InvoiceRow:
    """One line of the invoice list."""

    number: str
    kind: str
    original_number: str | None
    customer: str
    buyer_name: str
    issue_date: date
    due_date: date
    currency: str
    total: Decimal
    paid: Decimal
    credited: Decimal
    open_amount: Decimal
    state: str


def find_invoice(
    session: Session, number: str, *, field: str = "invoice", lock: bool = False
) -> Invoice:
    """By number, any case. ``lock``: FOR UPDATE on PostgreSQL, so two clerks crediting or
    paying one invoice at once are serialised (a row lock, not an UPDATE: the triggers
    are not involved); SQLite's BEGIN IMMEDIATE write lock already does that."""
    key = number.strip().upper()
    stmt = select(Invoice).options(selectinload(Invoice.lines)).where(Invoice.number == key)
    found = session.scalar(stmt.with_for_update(of=Invoice) if lock else stmt)
    if found is None:
        raise NotFound("invoice", key, field=field)
    return found


@dataclass(frozen=True)
class Balance:
    """Minor units: what was paid and what credit notes took off an invoice."""

    paid: int
    credited: int

    def open(self, total_minor: int) -> int:
        return total_minor - self.paid - self.credited


def balance(session: Session, invoice_id: int) -> Balance:
    paid = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.invoice_id == invoice_id
        )
    )
    credited = session.scalar(
        select(func.coalesce(func.sum(Invoice.total_minor), 0)).where(
            Invoice.original_id == invoice_id
        )
    )
    return Balance(int(paid or 0), -int(credited or 0))


def invoice_view(session: Session, inv: Invoice) -> InvoiceView:
    money = _money(inv.currency)
    owed = balance(session, inv.id) if inv.kind == INVOICE else Balance(0, 0)
    sha = session.scalar(select(InvoiceDocument.sha256).where(InvoiceDocument.invoice_id == inv.id))
    original = session.get(Invoice, inv.original_id) if inv.original_id else None
    return InvoiceView(
        number=inv.number,
        kind=inv.kind,
        original_number=original.number if original else None,
        customer=session.get_one(Customer, inv.customer_id).account_number,
        buyer_name=inv.buyer_name,
        buyer_address=inv.buyer_address,
        buyer_tax_id=inv.buyer_tax_id,
        seller_name=inv.seller_name,
        seller_uscc=inv.seller_uscc,
        seller_address=inv.seller_address,
        seller_bank=inv.seller_bank,
        issue_date=inv.issue_date,
        due_date=inv.due_date,
        payment_terms=inv.payment_terms,
        reason=inv.reason,
        currency=inv.currency,
        exchange_base=inv.exchange_base,
        exchange_rate=inv.exchange_rate,
        exchange_date=inv.exchange_date,
        subtotal=money(inv.subtotal_minor),
        tax=money(inv.tax_minor),
        total=money(inv.total_minor),
        state=invoice_state(inv.total_minor, owed.paid, owed.credited),
        paid=money(owed.paid),
        credited=money(owed.credited),
        open_amount=money(owed.open(inv.total_minor) if inv.kind == INVOICE else 0),
        lines=_line_views(session, inv),
        payments=_payments(session, inv.id),
        credit_notes=tuple(
            session.scalars(
                select(Invoice.number).where(Invoice.original_id == inv.id).order_by(Invoice.id)
            )
        ),
        pdf_sha256=sha or "",
    )


def _money(currency: str) -> Callable[[int], Decimal]:
    """Minor units of ``currency`` -> its exact Decimal amount."""
    return lambda minor: Money.from_minor(minor, currency).amount


def _line_views(session: Session, inv: Invoice) -> tuple[InvoiceLineView, ...]:
    refs = booking_refs(session, {ln.consignment_id for ln in inv.lines if ln.consignment_id})
    money = _money(inv.currency)
    return tuple(
        InvoiceLineView(
            seq=ln.seq,
            booking_ref=refs[ln.consignment_id][0] if ln.consignment_id else None,
            awb_number=refs[ln.consignment_id][1] if ln.consignment_id else None,
            code=ln.code,
            description=ln.description,
            basis=ln.basis,
            quantity=ln.quantity,
            rate=ln.rate,
            amount=money(ln.amount_minor),
            tax_rate_pct=ln.tax_rate_pct,
            tax=money(ln.tax_minor),
        )
        for ln in inv.lines
    )


def booking_refs(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """consignment id -> (booking reference, AWB number)."""
    rows = session.execute(
        select(Consignment.id, Consignment.booking_ref, Awb.number)
        .join(Awb, Awb.id == Consignment.awb_id)
        .where(Consignment.id.in_(list(ids)))
    )
    return {cid: (ref, awb) for cid, ref, awb in rows}


def _payments(session: Session, invoice_id: int) -> tuple[PaymentView, ...]:
    rows = session.scalars(
        select(Payment).where(Payment.invoice_id == invoice_id).order_by(Payment.id)
    )
    return tuple(
        PaymentView(
            Money.from_minor(p.amount_minor, p.currency).amount,
            p.currency,
            p.paid_on,
            p.method,
            p.reference,
        )
        for p in rows
    )


def get_invoice(uow: UnitOfWork, number: str) -> InvoiceView:
    """An invoice or credit note by its number, with its derived state."""
    with uow:
        return invoice_view(uow.session, find_invoice(uow.session, number))


def list_invoices(
    uow: UnitOfWork, *, customer: str | None = None, state: str | None = None
) -> list[InvoiceRow]:
    """Invoices and credit notes, newest first; ``state`` filters on the derived state."""
    wanted = _state(state) if state else None
    with uow:
        stmt = (
            select(Invoice, Customer.account_number)
            .join(Customer, Customer.id == Invoice.customer_id)
            .order_by(Invoice.issue_date.desc(), Invoice.id.desc())
        )
        if customer:
            stmt = stmt.where(Customer.account_number == customer.strip().upper())
        found = list(uow.session.execute(stmt))
        paid, credited = _sums(uow.session, [inv.id for inv, _ in found])
        numbers = {inv.id: inv.number for inv, _ in found}
        rows = [
            _row(inv, account, Balance(paid.get(inv.id, 0), credited.get(inv.id, 0)), numbers)
            for inv, account in found
        ]
    return [r for r in rows if wanted is None or r.state == wanted]


def _state(text: str) -> str:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if key not in STATES:
        raise ValidationError(
            "state",
            "invoice.state",
            f"state: one of {', '.join(STATES)} (got {text!r})",
            value=text,
            choices=", ".join(STATES),
        )
    return key


def _sums(session: Session, ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    if not ids:
        return {}, {}
    paid = session.execute(
        select(Payment.invoice_id, func.sum(Payment.amount_minor))
        .where(Payment.invoice_id.in_(ids))
        .group_by(Payment.invoice_id)
    )
    credited = session.execute(
        select(Invoice.original_id, func.sum(Invoice.total_minor))
        .where(Invoice.original_id.in_(ids))
        .group_by(Invoice.original_id)
    )
    return (
        {i: int(s) for i, s in paid},
        {i: -int(s) for i, s in credited if i is not None},
    )


def _row(inv: Invoice, account: str, owed: Balance, numbers: dict[int, str]) -> InvoiceRow:
    money = _money(inv.currency)
    is_invoice = inv.kind == INVOICE
    owed = owed if is_invoice else Balance(0, 0)
    return InvoiceRow(
        number=inv.number,
        kind=inv.kind,
        original_number=numbers.get(inv.original_id) if inv.original_id else None,
        customer=account,
        buyer_name=inv.buyer_name,
        issue_date=inv.issue_date,
        due_date=inv.due_date,
        currency=inv.currency,
        total=money(inv.total_minor),
        paid=money(owed.paid),
        credited=money(owed.credited),
        open_amount=money(owed.open(inv.total_minor) if is_invoice else 0),
        state=invoice_state(inv.total_minor, owed.paid, owed.credited),
    )


def invoice_pdf(uow: UnitOfWork, number: str) -> bytes:
    """The issued PDF exactly as stored: a reprint is the same document (SHA-256 checked)."""
    with uow:
        inv = find_invoice(uow.session, number)
        doc = uow.session.get(InvoiceDocument, inv.id)
        if doc is None:
            raise NotFound("invoice_document", inv.number, field="invoice")
        if hashlib.sha256(doc.pdf).hexdigest() != doc.sha256:
            raise InvalidState(
                "invoice.document_damaged",
                f"the stored PDF of {inv.number} does not match its SHA-256: "
                "restore the database from a backup",
                field="invoice",
                number=inv.number,
            )
        return doc.pdf
