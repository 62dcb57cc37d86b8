"""What a booking costs and what was billed: kept quote lines, invoices, payments.

An issued invoice (and its lines and PDF) is immutable, enforced by database triggers
(migration 0003), not only by code: corrections are credit notes, payments are rows of
their own, and the invoice's state is derived from them, never written over it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db.base import Base, Id, UTCDateTime, utc_now
from core.db.models.types import ScaledDecimal


class BookingCharge(Base):
    """One line of the quote a booking was made with (freight "FRT" or an other charge).

    Later tariff changes never change a booking's price: invoices bill these lines.
    """

    __tablename__ = "booking_charge"
    __table_args__ = (
        UniqueConstraint("consignment_id", "seq"),
        CheckConstraint("due IN ('C', 'A')", name="due"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    consignment_id: Mapped[int] = mapped_column(ForeignKey("consignment.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(3))  # "FRT", or an other-charge code
    due: Mapped[str] = mapped_column(String(1))
    description: Mapped[str] = mapped_column(String(70))
    basis: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    rate: Mapped[Decimal | None] = mapped_column(ScaledDecimal(4))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))


class Invoice(Base):
    """An issued invoice or credit note, with the seller and buyer as they were then."""

    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),
        CheckConstraint(
            "(kind = 'credit_note') = (original_id IS NOT NULL)", name="credit_has_original"
        ),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    original_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    payment_terms: Mapped[str] = mapped_column(String(70))
    reason: Mapped[str | None] = mapped_column(String(200))  # why a credit note corrects
    currency: Mapped[str] = mapped_column(String(3))
    # The conversion the amounts went through, with its date (None: no conversion).
    exchange_base: Mapped[str | None] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal | None] = mapped_column(ScaledDecimal(10))
    exchange_date: Mapped[date | None] = mapped_column(Date)
    subtotal_minor: Mapped[int] = mapped_column(BigInteger)
    tax_minor: Mapped[int] = mapped_column(BigInteger)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    seller_name: Mapped[str] = mapped_column(String(70))
    seller_uscc: Mapped[str] = mapped_column(String(18))
    seller_address: Mapped[str] = mapped_column(String(105))
    seller_bank: Mapped[str] = mapped_column(String(140))
    buyer_name: Mapped[str] = mapped_column(String(70))
    buyer_address: Mapped[str] = mapped_column(String(140))
    buyer_tax_id: Mapped[str | None] = mapped_column(String(35))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.seq")


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    __table_args__ = (UniqueConstraint("invoice_id", "seq"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    consignment_id: Mapped[int | None] = mapped_column(ForeignKey("consignment.id"), index=True)
    code: Mapped[str] = mapped_column(String(3))
    description: Mapped[str] = mapped_column(String(140))
    basis: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    rate: Mapped[Decimal | None] = mapped_column(ScaledDecimal(4))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    tax_rate_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    tax_minor: Mapped[int] = mapped_column(BigInteger)


class InvoiceDocument(Base):
    """The issued PDF's bytes and SHA-256: a reprint is the same document."""

    __tablename__ = "invoice_document"

    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), primary_key=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


class Payment(Base):
    __tablename__ = "payment"
    __table_args__ = (CheckConstraint("amount_minor > 0", name="positive"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str | None] = mapped_column(String(35))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
