"""Credit notes: the only correction of an issued invoice (DOMAIN.md, "Documents").

A credit note has its own gapless series ("CGO1-C000001"), references the original and
carries negative amounts (they cancel the original when summed, like a red fapiao). Each
credit line keeps the seq of the original line it reverses, so no line is credited twice
and the credit never exceeds what remains uncredited. The reason is kept and printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db.models import Customer, Invoice, InvoiceLine
from core.domain.clock import parse_date
from core.domain.fx import ExchangeRate
from core.domain.money import Money
from core.domain.text import clean_text
from core.errors import Conflict, InvalidState, ValidationError
from core.services.changes import Entity, Outcome
from core.services.invoice_billing import Bill, Conversion, LineData
from core.services.invoice_document import Header, render, shipment_references, store_invoice
from core.services.invoice_views import INVOICE, InvoiceView, find_invoice, invoice_view
from core.services.seller import load_seller, require_complete
from core.services.settings import next_number
from core.services.uow import UnitOfWork

CREDIT_SERIES = "credit"  # "CGO1-C000001"
REASON_LEN = 70  # what the PDF's reference cell prints whole (the column holds 200)


def credit_note(
    uow: UnitOfWork,
    *,
    invoice: str,
    reason: str,
    lines: Sequence[int] | None = None,
    issue_date: date | str | None = None,
) -> Outcome[InvoiceView]:
    """Reverse lines of an invoice (all that remain uncredited by default; ``lines`` names
    line numbers), with its own gapless series and a reference to the original."""
    why = clean_text(reason, "reason", max_len=REASON_LEN)
    day = parse_date(issue_date, "issue_date") if issue_date is not None else date.today()
    with uow:
        session = uow.session
        original = _creditable(session, invoice, day)
        credited = _reversed(original, _credit_lines(session, original.id), lines)
        seller = require_complete(load_seller(uow))
        customer = session.get_one(Customer, original.customer_id)
        rate = _original_rate(original)
        header = Header(
            number=next_number(uow, CREDIT_SERIES),
            kind="credit_note",
            issue_date=day,
            due_date=None,
            payment_terms=f"Offsets invoice {original.number} 冲减原账单",
            currency=original.currency,
            exchange_text=rate.text() if rate else None,
            original_number=original.number,
            reason=why,
        )
        ids = list(dict.fromkeys(ln.consignment_id for ln in credited if ln.consignment_id))
        refs = shipment_references(session, ids)
        bill = Bill(original.currency, credited, rate)
        rendered = render(header, seller, customer, refs, credited)
        note = store_invoice(session, header, seller, customer, bill, rendered, original=original)
        view = invoice_view(session, note)
        uow.commit()
        uow.changes.add(Entity.INVOICE, original.number, note.number)
        uow.changes.add(Entity.CONSIGNMENT, *ids)
        return Outcome(view, uow.changes)


def _creditable(session: Session, number: str, day: date) -> Invoice:
    original = find_invoice(session, number, lock=True)
    if original.kind != INVOICE:
        raise InvalidState(
            "invoice.credit_of_credit",
            f"{original.number} is a credit note; credit the invoice it corrects",
            field="invoice",
            invoice=original.number,
        )
    if day < original.issue_date:
        raise ValidationError(
            "issue_date",
            "credit.before_invoice",
            f"issue_date: {day.isoformat()} is before invoice {original.number} "
            f"({original.issue_date.isoformat()})",
            issue_date=day,
            invoice=original.number,
            invoice_date=original.issue_date,
        )
    return original


def _credit_lines(session: Session, invoice_id: int) -> set[int]:
    """Seqs of the original's lines that credit notes already reversed."""
    notes = select(Invoice.id).where(Invoice.original_id == invoice_id)
    return set(session.scalars(select(InvoiceLine.seq).where(InvoiceLine.invoice_id.in_(notes))))


def _reversed(
    original: Invoice, done: set[int], wanted: Sequence[int] | None
) -> tuple[LineData, ...]:
    by_seq = {ln.seq: ln for ln in original.lines}
    if wanted is None:
        chosen = [seq for seq in by_seq if seq not in done]
        if not chosen:
            raise InvalidState(
                "invoice.fully_credited",
                f"invoice {original.number} is already fully credited",
                field="invoice",
                invoice=original.number,
            )
    else:
        chosen = list(dict.fromkeys(wanted))
        _check_chosen(original, by_seq, done, chosen)
    source = original.exchange_base or original.currency
    return tuple(_negated(by_seq[seq], original.currency, source) for seq in sorted(chosen))


def _check_chosen(
    original: Invoice, by_seq: dict[int, InvoiceLine], done: set[int], chosen: list[int]
) -> None:
    if not chosen:
        raise ValidationError("lines", "credit.no_lines", "lines: name one or more lines")
    for seq in chosen:
        if seq not in by_seq:
            raise ValidationError(
                "lines",
                "credit.unknown_line",
                f"lines: invoice {original.number} has no line {seq} (lines 1-{len(by_seq)})",
                invoice=original.number,
                line=seq,
                lines=len(by_seq),
            )
        if seq in done:
            raise Conflict(
                "credit.already_credited",
                f"line {seq} of invoice {original.number} is already credited",
                field="lines",
                invoice=original.number,
                line=seq,
            )


def _negated(line: InvoiceLine, currency: str, source: str) -> LineData:
    """The credit line reversing ``line``: same seq, negative quantity and amounts (as a
    red fapiao), the rate unchanged. A minimum charge (no rate) prints as -1 x the
    invoiced amount, in the invoice currency."""
    return LineData(
        seq=line.seq,
        consignment_id=line.consignment_id,
        code=line.code,
        description=line.description,
        basis=line.basis,
        quantity=-line.quantity,
        rate=line.rate,
        rate_currency=source if line.rate is not None else currency,
        source_amount=Money.from_minor(line.amount_minor, currency).amount,
        amount_minor=-line.amount_minor,
        tax_rate_pct=line.tax_rate_pct,
        tax_minor=-line.tax_minor,
    )


def _original_rate(original: Invoice) -> Conversion | None:
    """The rate the original applied (exchange_base -> its currency), printed again."""
    base, rate, day = original.exchange_base, original.exchange_rate, original.exchange_date
    if base is None or rate is None or day is None:
        return None
    applied = ExchangeRate(base, original.currency, rate, day)
    return Conversion(applied, applied)
