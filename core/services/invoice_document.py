"""The invoice as stored and printed: the PDF from what the service decided (parties,
shipment references, lines), and the rows that keep it.

Rendered inside the issuing transaction, after the number is drawn and before the rows
are written, so the stored bytes (and their SHA-256) are the document of record: a
reprint returns them, never a fresh rendering.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db.models import Awb, Consignment, Customer, Flight, Invoice
from core.db.models import InvoiceDocument as DocumentRow
from core.db.models import InvoiceLine as LineRow
from core.documents.invoice import (
    InvoiceDocument,
    InvoiceKind,
    InvoiceLine,
    InvoiceParty,
    render_invoice,
)
from core.domain.measures import cm3_to_m3, g_to_kg
from core.domain.money import Money
from core.services.invoice_billing import Bill, LineData
from core.services.seller import SellerView

BUYER_ADDRESS_LEN = 140  # the invoice row's buyer_address snapshot column
_BASIS = {
    "class_M": "minimum charge",
    "class_N": "per kg, normal rate",
    "class_Q": "per kg, quantity rate",
    "class_C": "per kg, commodity rate",
    "per_kg_chargeable": "per kg chargeable",
    "per_kg_gross": "per kg gross",
    "per_awb": "per AWB",
    "per_house": "per house AWB",
    "percent_of_freight": "% of freight",
}


@dataclass(frozen=True)
class Header:
    """What the document says besides its lines."""

    number: str
    kind: InvoiceKind
    issue_date: date
    due_date: date | None
    payment_terms: str
    currency: str
    exchange_text: str | None
    original_number: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    sha256: str


def render(
    header: Header,
    seller: SellerView,
    buyer: Customer,
    references: Sequence[tuple[str, str]],
    lines: Sequence[LineData],
) -> Rendered:
    money = Money.from_minor
    doc_lines = tuple(_line(line, header.currency) for line in lines)
    subtotal = money(sum(line.amount_minor for line in lines), header.currency).amount
    tax = money(sum(line.tax_minor for line in lines), header.currency).amount
    refs = tuple(references)
    if header.reason is not None:
        refs = (*refs, ("Reason 原因", header.reason))
    doc = InvoiceDocument(
        number=header.number,
        kind=header.kind,
        issue_date=header.issue_date,
        due_date=header.due_date,
        payment_terms=header.payment_terms,
        seller=seller_party(seller),
        buyer=buyer_party(buyer),
        references=refs,
        lines=doc_lines,
        currency=header.currency,
        subtotal=subtotal,
        tax_total=tax,
        total=subtotal + tax,
        exchange_rate=header.exchange_text,
        original_number=header.original_number,
    )
    pdf = render_invoice(doc)
    return Rendered(pdf, hashlib.sha256(pdf).hexdigest())


def seller_party(s: SellerView) -> InvoiceParty:
    return InvoiceParty(
        name=s.name or "",
        address=s.address or "",
        city=s.city or "",
        country=s.country or "",
        tax_id=s.uscc,
        bank=s.bank,
    )


def buyer_party(c: Customer) -> InvoiceParty:
    city = f"{c.postcode} {c.city}" if c.postcode else c.city
    return InvoiceParty(
        name=c.name,
        address=c.address,
        city=city if len(city) <= 35 else c.city,
        country=c.country,
        tax_id=buyer_tax_id(c),
    )


def buyer_tax_id(c: Customer) -> str | None:
    """USCC for a Chinese buyer, else the EU VAT number, else the EORI."""
    return c.uscc or c.eu_vat or c.eori


def buyer_address(c: Customer) -> str:
    """The snapshot kept on the invoice row: address, postcode and city, country. The PDF
    carries every field in full; a snapshot that cannot fit drops the postcode first."""
    city = " ".join(p for p in (c.postcode, c.city) if p)
    for parts in ((c.address, city, c.country), (c.address, c.city, c.country)):
        text = ", ".join(parts)
        if len(text) <= BUYER_ADDRESS_LEN:
            return text
    tail = f", {c.city}, {c.country}"
    return c.address[: BUYER_ADDRESS_LEN - len(tail) - 1] + "…" + tail


def _line(line: LineData, currency: str) -> InvoiceLine:
    basis = _BASIS.get(line.basis, line.basis.replace("_", " "))
    if line.rate_currency != currency:
        basis = f"{basis}, rate in {line.rate_currency}"
    quantity, rate = line.quantity, line.rate
    if rate is None:  # a minimum charge has no rate per kg: 1 x the minimum (-1 to credit)
        quantity, rate = Decimal("-1.0000" if line.quantity < 0 else "1.0000"), line.source_amount
    return InvoiceLine(
        code=line.code,
        description=line.description,
        basis=basis,
        quantity=quantity,
        rate=rate,
        amount=Money.from_minor(line.amount_minor, currency).amount,
        currency=currency,
        tax_rate_pct=line.tax_rate_pct,
        tax_amount=Money.from_minor(line.tax_minor, currency).amount,
    )


def shipment_references(session: Session, ids: Sequence[int]) -> list[tuple[str, str]]:
    """MAWB, flight, route, pieces, weights and volume of each booking (DOMAIN, Invoice):
    eight cells per booking, so each booking fills two full rows of the reference grid."""
    rows = session.execute(
        select(Consignment, Awb.number, Flight.flight_number, Flight.departure_date)
        .join(Awb, Awb.id == Consignment.awb_id)
        .join(Flight, Flight.id == Consignment.flight_id)
        .where(Consignment.id.in_(ids))
    )
    by_id = {c.id: (c, awb, number, day) for c, awb, number, day in rows}
    refs: list[tuple[str, str]] = []
    for cid in dict.fromkeys(ids):
        c, awb, number, day = by_id[cid]
        refs += [
            ("Booking 订舱号", c.booking_ref),
            ("MAWB 主运单", awb),
            ("Flight 航班", f"{number} {day.isoformat()}"),
            ("Route 航线", f"{c.origin} → {c.destination}"),
            ("Pieces 件数", str(c.pieces)),
            ("Gross weight 毛重", _kg(c.gross_weight_g)),
            ("Chargeable weight 计费重", _kg(c.chargeable_weight_g)),
            ("Volume 体积", f"{cm3_to_m3(c.volume_cm3)} m³"),
        ]
    return refs


def _kg(grams: int) -> str:
    text = f"{g_to_kg(grams):f}".rstrip("0")
    return f"{text}0 kg" if text.endswith(".") else f"{text} kg"


def store_invoice(
    session: Session,
    header: Header,
    seller: SellerView,
    customer: Customer,
    bill: Bill,
    rendered: Rendered,
    *,
    original: Invoice | None = None,
) -> Invoice:
    """The invoice, its lines and its PDF in one flush: INSERTs only, never an UPDATE."""
    rate = bill.conversion.applied if bill.conversion else None
    subtotal, tax = bill.subtotal_minor, bill.tax_minor
    inv = Invoice(
        number=header.number,
        kind=header.kind,
        original_id=original.id if original else None,
        customer_id=customer.id,
        issue_date=header.issue_date,
        due_date=header.due_date or header.issue_date,
        payment_terms=header.payment_terms,
        reason=header.reason,
        currency=header.currency,
        exchange_base=rate.base if rate else None,
        exchange_rate=rate.rate if rate else None,
        exchange_date=rate.valid_on if rate else None,
        subtotal_minor=subtotal,
        tax_minor=tax,
        total_minor=subtotal + tax,
        seller_name=seller.name or "",
        seller_uscc=seller.uscc or "",
        seller_address=seller.snapshot_address,
        seller_bank=seller.bank or "",
        buyer_name=original.buyer_name if original else customer.name,
        buyer_address=original.buyer_address if original else buyer_address(customer),
        buyer_tax_id=original.buyer_tax_id if original else buyer_tax_id(customer),
        lines=[_line_row(line) for line in bill.lines],
    )
    session.add(inv)
    session.flush()
    session.add(DocumentRow(invoice_id=inv.id, pdf=rendered.pdf, sha256=rendered.sha256))
    session.flush()
    session.expire_all()  # the view reads what was stored, exactly as a reprint will
    return inv


def _line_row(line: LineData) -> LineRow:
    return LineRow(
        seq=line.seq,
        consignment_id=line.consignment_id,
        code=line.code,
        description=line.description,
        basis=line.basis,
        quantity=line.quantity,
        rate=line.rate,
        amount_minor=line.amount_minor,
        tax_rate_pct=line.tax_rate_pct,
        tax_minor=line.tax_minor,
    )
