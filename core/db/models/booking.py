"""Parties, consignments and what hangs off them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db.base import Base, Id, UTCDateTime, utc_now
from core.db.models.types import ScaledDecimal


class Customer(Base):
    """A shipper or consignee party."""

    __tablename__ = "customer"
    # The bookings list sorted by shipper/consignee walks names in order (schema 0005).
    __table_args__ = (Index("ix_customer_name", "name", "id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    account_number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(70))
    address: Mapped[str] = mapped_column(String(105))
    city: Mapped[str] = mapped_column(String(35))
    postcode: Mapped[str | None] = mapped_column(String(12))
    country: Mapped[str] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(25))
    email: Mapped[str | None] = mapped_column(String(70))
    uscc: Mapped[str | None] = mapped_column(String(18))
    eu_vat: Mapped[str | None] = mapped_column(String(20))
    eori: Mapped[str | None] = mapped_column(String(17))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Consignment(Base):
    """A master AWB booked directly onto a flight."""

    __tablename__ = "consignment"
    __table_args__ = (
        Index("ix_consignment_flight_space", "flight_id", "status", "space_status"),
        # The bookings list's SQL sorts (core.services.search.SORTS, schema 0005): each
        # column with id last, so a page in that order is read from the index, not sorted.
        Index("ix_consignment_flight", "flight_id", "id"),
        Index("ix_consignment_route", "origin", "destination", "id"),
        Index("ix_consignment_pieces", "pieces", "id"),
        Index("ix_consignment_gross_weight", "gross_weight_g", "id"),
        Index("ix_consignment_chargeable_weight", "chargeable_weight_g", "id"),
        Index("ix_consignment_space_status", "space_status", "id"),
        CheckConstraint("pieces > 0", name="pieces"),
        CheckConstraint("gross_weight_g > 0", name="gross_weight"),
        CheckConstraint("volume_cm3 >= 0", name="volume"),
        CheckConstraint("status IN ('booked', 'cancelled')", name="status"),
        CheckConstraint(
            "space_status IN ('requested', 'confirmed', 'waitlisted', 'refused')",
            name="space_status",
        ),
        CheckConstraint("payment IN ('PP', 'CC')", name="payment"),
        CheckConstraint("security_status IN ('SPX', 'SCO', 'NSC')", name="security_status"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    booking_ref: Mapped[str] = mapped_column(String(24), unique=True)
    # A retried request carries the same id and finds the booking it already made.
    client_request_id: Mapped[str] = mapped_column(String(64), unique=True)
    awb_id: Mapped[int] = mapped_column(ForeignKey("awb.id"), unique=True)
    shipper_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    consignee_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    origin: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    destination: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    flight_id: Mapped[int] = mapped_column(ForeignKey("flight.id"))
    pieces: Mapped[int] = mapped_column(Integer)
    gross_weight_g: Mapped[int] = mapped_column(BigInteger)
    volume_cm3: Mapped[int] = mapped_column(BigInteger)
    chargeable_weight_g: Mapped[int] = mapped_column(BigInteger)
    goods_description: Mapped[str] = mapped_column(String(140))
    hs_code: Mapped[str | None] = mapped_column(String(12))
    shc: Mapped[str] = mapped_column(String(40), default="")  # space-separated codes
    security_status: Mapped[str] = mapped_column(String(3))
    declared_value_minor: Mapped[int | None] = mapped_column(BigInteger)
    declared_value_currency: Mapped[str | None] = mapped_column(String(3))
    payment: Mapped[str] = mapped_column(String(2))
    space_status: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(12), default="booked")
    # Latest milestone code; the history is in milestone.
    milestone: Mapped[str] = mapped_column(String(3), default="BKD")
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    dimensions: Mapped[list[DimensionLine]] = relationship(
        order_by="DimensionLine.id", cascade="all, delete-orphan"
    )
    lithium: Mapped[LithiumDeclaration | None] = relationship(cascade="all, delete-orphan")
    milestones: Mapped[list[Milestone]] = relationship(
        order_by="Milestone.id", cascade="all, delete-orphan"
    )


class DimensionLine(Base):
    __tablename__ = "dimension_line"
    __table_args__ = (
        CheckConstraint(
            "length_cm > 0 AND width_cm > 0 AND height_cm > 0 AND pieces > 0", name="positive"
        ),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    consignment_id: Mapped[int] = mapped_column(ForeignKey("consignment.id"), index=True)
    length_cm: Mapped[int] = mapped_column(Integer)
    width_cm: Mapped[int] = mapped_column(Integer)
    height_cm: Mapped[int] = mapped_column(Integer)
    pieces: Mapped[int] = mapped_column(Integer)


class LithiumDeclaration(Base):
    """Section II lithium batteries declared on a consignment (DOMAIN, Lithium batteries)."""

    __tablename__ = "lithium_declaration"

    consignment_id: Mapped[int] = mapped_column(ForeignKey("consignment.id"), primary_key=True)
    packing_instruction: Mapped[str] = mapped_column(String(5))
    cell_wh: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    battery_wh: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    cell_lithium_g: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    battery_lithium_g: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    state_of_charge_pct: Mapped[Decimal | None] = mapped_column(ScaledDecimal(1))


class Milestone(Base):
    __tablename__ = "milestone"
    __table_args__ = (
        CheckConstraint(
            "code IN ('BKD', 'RCS', 'MAN', 'DEP', 'ARR', 'RCF', 'NFD', 'DLV')", name="code"
        ),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    consignment_id: Mapped[int] = mapped_column(ForeignKey("consignment.id"), index=True)
    code: Mapped[str] = mapped_column(String(3))
    station: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    note: Mapped[str | None] = mapped_column(String(200))
