"""E-commerce consolidations: a master AWB booking that carries house shipments (parcels).

The master is an ordinary consignment (core.db.models.booking): it holds space on its flight
like any booking, so the capacity guarantees are the booking's. The consolidation adds what
only a master has: its state, the pieces tendered to the airline, and its houses, each with
the goods lines customs need (DOMAIN.md, "Cross-border e-commerce" and "Documents").
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db.base import Base, Id, UTCDateTime, utc_now
from core.db.models.types import ScaledDecimal

CUSTOMS_MODES = ("9610", "9710", "9810", "1210")


class Consolidation(Base):
    """The master side of a consolidation; its consignment is the master AWB booking."""

    __tablename__ = "consolidation"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'closed')", name="state"),
        CheckConstraint("tendered_pieces IS NULL OR tendered_pieces > 0", name="tendered"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    consignment_id: Mapped[int] = mapped_column(ForeignKey("consignment.id"), unique=True)
    state: Mapped[str] = mapped_column(String(8), default="open")
    # What is handed to the airline (bags, pallets), not the number of parcels (DOMAIN).
    tendered_pieces: Mapped[int | None] = mapped_column(Integer)
    # The space booked with the airline when the master was created; the master's
    # consignment holds max(this, the houses' sums) on the flight.
    booked_weight_g: Mapped[int] = mapped_column(BigInteger)
    booked_volume_cm3: Mapped[int] = mapped_column(BigInteger)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    houses: Mapped[list[HouseShipment]] = relationship(
        order_by="HouseShipment.id", cascade="all, delete-orphan"
    )
    events: Mapped[list[ConsolidationEvent]] = relationship(
        order_by="ConsolidationEvent.id", cascade="all, delete-orphan"
    )


class ConsolidationEvent(Base):
    """Closing and reopening: who, when and why (a reopening is a deliberate act)."""

    __tablename__ = "consolidation_event"
    __table_args__ = (CheckConstraint("action IN ('close', 'reopen')", name="action"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    consolidation_id: Mapped[int] = mapped_column(ForeignKey("consolidation.id"), index=True)
    action: Mapped[str] = mapped_column(String(8))
    actor: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class HouseShipment(Base):
    """A parcel or order for an end customer, numbered from the forwarder's house series."""

    __tablename__ = "house_shipment"
    __table_args__ = (
        # The same platform order imported twice is the same house, never a second one.
        UniqueConstraint("platform_order_number", name="uq_house_platform_order"),
        Index("ix_house_consolidation", "consolidation_id", "id"),
        CheckConstraint("pieces > 0", name="pieces"),
        CheckConstraint("gross_weight_g > 0", name="gross_weight"),
        CheckConstraint("volume_cm3 IS NULL OR volume_cm3 >= 0", name="volume"),
        CheckConstraint(
            "customs_mode IS NULL OR customs_mode IN ('9610', '9710', '9810', '1210')",
            name="customs_mode",
        ),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    consolidation_id: Mapped[int] = mapped_column(ForeignKey("consolidation.id"))
    house_number: Mapped[str] = mapped_column(String(24), unique=True)
    platform_order_number: Mapped[str | None] = mapped_column(String(64))
    # The seller (shipper) as the platform names it.
    shipper_name: Mapped[str] = mapped_column(String(70))
    shipper_address: Mapped[str] = mapped_column(String(105))
    shipper_city: Mapped[str] = mapped_column(String(35))
    shipper_country: Mapped[str] = mapped_column(String(2))
    # The end consignee.
    consignee_name: Mapped[str] = mapped_column(String(70))
    consignee_address: Mapped[str] = mapped_column(String(105))
    consignee_city: Mapped[str] = mapped_column(String(35))
    consignee_postcode: Mapped[str | None] = mapped_column(String(12))
    consignee_country: Mapped[str] = mapped_column(String(2))
    consignee_phone: Mapped[str | None] = mapped_column(String(25))
    consignee_email: Mapped[str | None] = mapped_column(String(70))
    consignee_tax_id: Mapped[str | None] = mapped_column(String(20))  # EORI, VAT or tax id
    pieces: Mapped[int] = mapped_column(Integer)
    gross_weight_g: Mapped[int] = mapped_column(BigInteger)
    volume_cm3: Mapped[int | None] = mapped_column(BigInteger)  # when dimensions are known
    customs_mode: Mapped[str | None] = mapped_column(String(4))
    b2c: Mapped[bool] = mapped_column(Boolean, default=True)
    ioss_number: Mapped[str | None] = mapped_column(String(12))
    shc: Mapped[str] = mapped_column(String(40), default="")  # space-separated codes
    # Section II lithium batteries, when declared (as on a consignment).
    lithium_packing_instruction: Mapped[str | None] = mapped_column(String(5))
    lithium_cell_wh: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    lithium_battery_wh: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    lithium_cell_g: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    lithium_battery_g: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    lithium_state_of_charge_pct: Mapped[Decimal | None] = mapped_column(ScaledDecimal(1))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    items: Mapped[list[HouseItem]] = relationship(
        order_by="HouseItem.line_no", cascade="all, delete-orphan"
    )


class HouseItem(Base):
    """One goods line of a house: what customs read (description, HS code, value, origin)."""

    __tablename__ = "house_item"
    __table_args__ = (
        UniqueConstraint("house_id", "line_no", name="uq_house_item_line"),
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("unit_value_minor >= 0", name="unit_value"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    house_id: Mapped[int] = mapped_column(ForeignKey("house_shipment.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(140))
    hs_code: Mapped[str | None] = mapped_column(String(12))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_value_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    origin_country: Mapped[str | None] = mapped_column(String(2))
