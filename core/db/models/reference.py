"""Reference data: airports, carriers, aircraft types, schedules and the flights they make."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db.base import Base, Id, UTCDateTime
from core.db.models.types import ScaledDecimal


class Airport(Base):
    __tablename__ = "airport"

    iata: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    city: Mapped[str] = mapped_column(String(70))
    country: Mapped[str] = mapped_column(String(2))
    tz: Mapped[str] = mapped_column(String(64))


class Carrier(Base):
    __tablename__ = "carrier"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    iata_code: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[str] = mapped_column(String(70))
    # DOMAIN: the check digit does not cover the prefix; it is validated against this table.
    awb_prefix: Mapped[str] = mapped_column(String(3), unique=True)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)


class AircraftType(Base):
    __tablename__ = "aircraft_type"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(70))
    max_payload_g: Mapped[int] = mapped_column(BigInteger)
    max_volume_cm3: Mapped[int] = mapped_column(BigInteger)


class Route(Base):
    """A scheduled direct leg; weekdays and times are local to each airport."""

    __tablename__ = "route"
    __table_args__ = (
        UniqueConstraint("carrier_id", "flight_number"),
        CheckConstraint("arrival_day_offset BETWEEN 0 AND 2", name="day_offset"),
        # stored in hundredths (ScaledDecimal(2)): 0 < share <= 100 %
        CheckConstraint("allotment_share_pct > 0 AND allotment_share_pct <= 10000", name="share"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"))
    flight_number: Mapped[str] = mapped_column(String(8))
    origin: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    destination: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    weekdays: Mapped[str] = mapped_column(String(7))  # ISO digits, "135" = Mon, Wed, Fri
    departure_local: Mapped[time] = mapped_column(Time)
    arrival_local: Mapped[time] = mapped_column(Time)
    arrival_day_offset: Mapped[int] = mapped_column(Integer, default=0)
    aircraft_type: Mapped[str] = mapped_column(ForeignKey("aircraft_type.code"))
    allotment_share_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    carrier: Mapped[Carrier] = relationship(lazy="joined")


class Flight(Base):
    """One dated flight; its allotment is the space the forwarder may sell (DOMAIN, Space)."""

    __tablename__ = "flight"
    __table_args__ = (
        UniqueConstraint("carrier_id", "flight_number", "departure_date"),
        Index("ix_flight_lane", "origin", "destination", "departs_at"),
        # The bookings list sorted by flight or by date (schema 0005).
        Index("ix_flight_number_date", "flight_number", "departure_date", "id"),
        Index("ix_flight_departure_date", "departure_date", "id"),
        CheckConstraint("allotment_weight_g >= 0", name="allotment_weight"),
        CheckConstraint("allotment_volume_cm3 >= 0", name="allotment_volume"),
        CheckConstraint("status IN ('open', 'closed', 'cancelled')", name="status"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    route_id: Mapped[int | None] = mapped_column(ForeignKey("route.id"))
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"))
    flight_number: Mapped[str] = mapped_column(String(8))
    departure_date: Mapped[date] = mapped_column(Date)  # local date at the origin
    origin: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    destination: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    departs_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    arrives_at: Mapped[datetime] = mapped_column(UTCDateTime)
    aircraft_type: Mapped[str] = mapped_column(ForeignKey("aircraft_type.code"))
    registration: Mapped[str | None] = mapped_column(String(10))
    allotment_weight_g: Mapped[int] = mapped_column(BigInteger)
    allotment_volume_cm3: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10), default="open")

    carrier: Mapped[Carrier] = relationship(lazy="joined")
