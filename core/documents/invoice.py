"""The invoice (debit note) PDF, rendered from plain data.

In China the legal VAT invoice (fapiao, 发票) is issued through the tax platform, not by
the forwarder's software. What FreightDesk prints is a debit note / commercial invoice
(账单): it bills the customer and its data is exported to the tax platform, so the title
says "Debit Note / Invoice 账单" and the footer says it is not a fapiao (DOMAIN.md,
"Documents").

The renderer decides nothing about money: the invoice service computes lines, tax and
totals and hands over an :class:`InvoiceDocument`. The renderer checks that what it is
asked to print is printable and consistent (totals add up, one currency, every text within
its length and printable in the embedded fonts) and refuses with a ValidationError naming
the field otherwise. The same document always gives the same bytes, so a reprint of an
issued invoice is identical to the stored one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from core.documents.fonts import check_printable
from core.documents.invoice_layout import format_number, invoice_furniture, invoice_story
from core.documents.page import build_document
from core.domain.text import FIELD_LIMITS
from core.errors import ValidationError

__all__ = [
    "DOCUMENT_LIMITS",
    "NUMBER_LIMITS",
    "InvoiceDocument",
    "InvoiceKind",
    "InvoiceLine",
    "InvoiceParty",
    "render_invoice",
    "validate_invoice",
]

InvoiceKind = Literal["invoice", "credit_note"]


@dataclass(frozen=True)
class InvoiceParty:
    name: str
    address: str
    city: str
    country: str
    tax_id: str | None = None  # seller: unified social credit code (USCC); buyer: VAT/EORI
    bank: str | None = None  # seller only: bank name and account number


@dataclass(frozen=True)
class InvoiceLine:
    code: str  # charge code: FRT freight, MY fuel, SC security, AW AWB fee...
    description: str
    basis: str  # e.g. "per kg chargeable", "per AWB", "% of freight"
    quantity: Decimal
    rate: Decimal
    amount: Decimal  # exact, in the currency's minor unit
    currency: str
    tax_rate_pct: Decimal
    tax_amount: Decimal


@dataclass(frozen=True)
class InvoiceDocument:
    number: str
    kind: InvoiceKind
    issue_date: datetime.date
    due_date: datetime.date | None
    payment_terms: str
    seller: InvoiceParty
    buyer: InvoiceParty
    references: Sequence[tuple[str, str]]  # (label, value): MAWB, flight, route, weights...
    lines: Sequence[InvoiceLine]
    currency: str
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    exchange_rate: str | None = None  # e.g. "1 EUR = 7.812300 CNY on 2026-12-01"
    original_number: str | None = None  # the invoice a credit note corrects


# Maximum lengths of the invoice's own fields; party fields use core's FIELD_LIMITS.
# Numbers: a series prefix + counter ("CGO1-INV-000123"); a charge code is 2 letters in
# Cargo-IMP, up to 6 for codes the clerk defines; a description matches goods_description.
DOCUMENT_LIMITS: dict[str, int] = {
    "number": 20,
    "country": 35,
    "bank": 140,
    "payment_terms": 105,
    "exchange_rate": 105,
    "reference_label": 35,
    "reference_value": 70,
    "code": 6,
    "description": FIELD_LIMITS["goods_description"],
    "basis": 35,
}
# Printed numbers, at most so many characters with separators: what their column holds at
# its minimum font size (a test prints every one at its limit and finds no "…").
# Money: "-999,999,999,999.99"; quantity "-1,234,567.1234"; rate "123,456.000000";
# a tax rate "100.00".
NUMBER_LIMITS: dict[str, int] = {
    "money": 19,
    "quantity": 15,
    "rate": 14,
    "tax_rate_pct": 7,
}
_CURRENCY = re.compile("[A-Z]{3}")  # ISO 4217 alphabetic code


def render_invoice(doc: InvoiceDocument) -> bytes:
    """The PDF bytes of ``doc``; byte-identical for the same document."""
    validate_invoice(doc)
    return build_document(invoice_story(doc), invoice_furniture(doc))


def validate_invoice(doc: InvoiceDocument) -> None:
    """Raise ValidationError for the first thing the invoice cannot print correctly."""
    _check_kind(doc)
    _check_currency(doc.currency, "currency")
    if not doc.lines:
        raise ValidationError("lines", "invoice.no_lines", "lines: an invoice needs a line")
    for field, value, limit in _texts(doc):
        _check_text(value, field, limit)
    for field, number, limit in _numbers(doc):
        _check_number(number, field, limit)
    for index, line in enumerate(doc.lines):
        if line.currency != doc.currency:
            raise ValidationError(
                f"lines[{index}].currency",
                "invoice.currency_mismatch",
                f"lines[{index}].currency: {line.currency} differs from the invoice's "
                f"{doc.currency}; convert before invoicing",
                currency=line.currency,
                invoice_currency=doc.currency,
            )
    _check_totals(doc)


def _check_kind(doc: InvoiceDocument) -> None:
    if doc.kind not in ("invoice", "credit_note"):
        raise ValidationError("kind", "invoice.kind", "kind: invoice or credit_note")
    # Rule: a credit note always names the invoice it corrects; an invoice never does.
    if (doc.kind == "credit_note") != (doc.original_number is not None):
        raise ValidationError(
            "original_number",
            "invoice.original_number",
            "original_number: required on a credit note and only there",
        )


def _check_currency(code: str, field: str) -> None:
    if not _CURRENCY.fullmatch(code):
        raise ValidationError(
            field, "code.format", f"{field}: a currency code such as CNY", example="CNY"
        )


def _texts(doc: InvoiceDocument) -> Iterator[tuple[str, str, int]]:
    """Every text the invoice prints, as ``(field, value, maximum length)``."""
    limits = DOCUMENT_LIMITS
    yield "number", doc.number, limits["number"]
    yield "payment_terms", doc.payment_terms, limits["payment_terms"]
    if doc.exchange_rate is not None:
        yield "exchange_rate", doc.exchange_rate, limits["exchange_rate"]
    if doc.original_number is not None:
        yield "original_number", doc.original_number, limits["number"]
    yield from _party_texts("seller", doc.seller)
    yield from _party_texts("buyer", doc.buyer)
    for index, (label, value) in enumerate(doc.references):
        yield f"references[{index}].label", label, limits["reference_label"]
        yield f"references[{index}].value", value, limits["reference_value"]
    for index, line in enumerate(doc.lines):
        for name in ("code", "description", "basis"):
            yield f"lines[{index}].{name}", getattr(line, name), limits[name]


def _party_texts(role: str, party: InvoiceParty) -> Iterator[tuple[str, str, int]]:
    yield f"{role}.name", party.name, FIELD_LIMITS["name"]
    yield f"{role}.address", party.address, FIELD_LIMITS["address"]
    yield f"{role}.city", party.city, FIELD_LIMITS["city"]
    yield f"{role}.country", party.country, DOCUMENT_LIMITS["country"]
    if party.tax_id is not None:
        # The seller's tax id is its unified social credit code: 18 characters.
        limit = FIELD_LIMITS["uscc" if role == "seller" else "tax_id"]
        yield f"{role}.tax_id", party.tax_id, limit
    if party.bank is not None:
        yield f"{role}.bank", party.bank, DOCUMENT_LIMITS["bank"]


def _check_text(value: str, field: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError(
            field,
            "text.too_long",
            f"{field}: at most {limit} characters (got {len(value)})",
            max_len=limit,
            length=len(value),
        )
    check_printable(value, field)


def _numbers(doc: InvoiceDocument) -> Iterator[tuple[str, Decimal, int]]:
    money = NUMBER_LIMITS["money"]
    yield "subtotal", doc.subtotal, money
    yield "tax_total", doc.tax_total, money
    yield "total", doc.total, money
    for index, line in enumerate(doc.lines):
        field = f"lines[{index}]"
        yield f"{field}.quantity", line.quantity, NUMBER_LIMITS["quantity"]
        yield f"{field}.rate", line.rate, NUMBER_LIMITS["rate"]
        yield f"{field}.tax_rate_pct", line.tax_rate_pct, NUMBER_LIMITS["tax_rate_pct"]
        yield f"{field}.tax_amount", line.tax_amount, money
        yield f"{field}.amount", line.amount, money


def _check_number(value: Decimal, field: str, limit: int) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(field, "number.type", f"{field}: expected a finite Decimal")
    printed = format_number(value)
    if len(printed) > limit:
        raise ValidationError(
            field,
            "number.too_long",
            f"{field}: {printed} is too long to print (at most {limit} characters)",
            value=value,
            max_len=limit,
        )


def _check_totals(doc: InvoiceDocument) -> None:
    # The printed document must add up: subtotal = sum of lines, tax = sum of line taxes,
    # total = subtotal + tax (the service rounds per line; the renderer only checks).
    expected = {
        "subtotal": sum((line.amount for line in doc.lines), Decimal(0)),
        "tax_total": sum((line.tax_amount for line in doc.lines), Decimal(0)),
        "total": doc.subtotal + doc.tax_total,
    }
    for field, value in expected.items():
        if getattr(doc, field) != value:
            raise ValidationError(
                field,
                "invoice.totals",
                f"{field}: {getattr(doc, field)} does not add up (expected {value})",
                expected=value,
                total=getattr(doc, field),
            )
