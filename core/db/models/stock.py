"""AWB stock: ranges of serials handed to this database, and every number issued."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db.base import Base, Id, UTCDateTime, utc_now


class AwbStockRange(Base):
    """Serials first..last of one carrier; next_serial is the next never-issued one.

    DOMAIN: a range belongs to exactly one database (offline workstations each hold
    their own), so owner_database_id is checked before a number is handed out.
    """

    __tablename__ = "awb_stock_range"
    __table_args__ = (
        CheckConstraint("first_serial >= 0 AND last_serial <= 9999999", name="serial_bounds"),
        CheckConstraint("first_serial <= last_serial", name="ordered"),
        CheckConstraint(
            "next_serial >= first_serial AND next_serial <= last_serial + 1", name="next"
        ),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"), index=True)
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    next_serial: Mapped[int] = mapped_column(Integer)
    low_stock_threshold: Mapped[int] = mapped_column(Integer, default=50)
    owner_database_id: Mapped[str] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Awb(Base):
    """An AWB number that has left the stock: used on a booking, or voided with a reason.

    Rows are never deleted, so a number can never be handed out twice.
    """

    __tablename__ = "awb"
    __table_args__ = (
        UniqueConstraint("carrier_id", "serial"),
        CheckConstraint("state IN ('used', 'voided')", name="state"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"))
    range_id: Mapped[int | None] = mapped_column(ForeignKey("awb_stock_range.id"))
    serial: Mapped[int] = mapped_column(BigInteger)
    number: Mapped[str] = mapped_column(String(12), unique=True)  # "176-12345675"
    state: Mapped[str] = mapped_column(String(8), default="used")
    void_reason: Mapped[str | None] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
