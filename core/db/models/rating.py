"""Tariffs, other-charge rules, exchange rates and customer agreements (DOMAIN, Rating).

Rates per kg and percentages are exact decimals stored as scaled integers (4 places; 6
for exchange rates); amounts are integer minor units of the row's currency.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db.base import Base, Id
from core.db.models.types import ScaledDecimal


class Tariff(Base):
    """Rates for one lane (and carrier, or any carrier), optionally for one customer."""

    __tablename__ = "tariff"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="validity"),
        CheckConstraint("minimum_minor >= 0", name="minimum"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    origin: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    destination: Mapped[str] = mapped_column(ForeignKey("airport.iata"))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carrier.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    minimum_minor: Mapped[int] = mapped_column(BigInteger)
    normal_rate: Mapped[Decimal] = mapped_column(ScaledDecimal(4))

    breaks: Mapped[list[TariffBreak]] = relationship(
        order_by="TariffBreak.break_kg", cascade="all, delete-orphan"
    )
    commodity_rates: Mapped[list[CommodityRate]] = relationship(
        order_by="CommodityRate.id", cascade="all, delete-orphan"
    )


class TariffBreak(Base):
    __tablename__ = "tariff_break"
    __table_args__ = (CheckConstraint("break_kg IN (45, 100, 300, 500, 1000)", name="break"),)

    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff.id"), primary_key=True)
    break_kg: Mapped[int] = mapped_column(Integer, primary_key=True)
    rate: Mapped[Decimal] = mapped_column(ScaledDecimal(4))


class CommodityRate(Base):
    """Class C: a specific commodity rate by commodity code or HS prefix."""

    __tablename__ = "commodity_rate"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff.id"), index=True)
    code: Mapped[str] = mapped_column(String(10))
    min_weight_g: Mapped[int] = mapped_column(BigInteger, default=0)
    rate: Mapped[Decimal] = mapped_column(ScaledDecimal(4))


class ChargeRule(Base):
    """An other charge (AWB "other charges" box): code, due carrier/agent, basis, limits."""

    __tablename__ = "charge_rule"
    __table_args__ = (
        CheckConstraint("due IN ('C', 'A')", name="due"),
        CheckConstraint(
            "basis IN ('per_kg_chargeable', 'per_kg_gross', 'per_awb', 'per_house', "
            "'percent_of_freight')",
            name="basis",
        ),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="validity"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(2))
    due: Mapped[str] = mapped_column(String(1))
    basis: Mapped[str] = mapped_column(String(20))
    rate: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    currency: Mapped[str] = mapped_column(String(3))
    minimum_minor: Mapped[int | None] = mapped_column(BigInteger)
    maximum_minor: Mapped[int | None] = mapped_column(BigInteger)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(70))
    # Where it applies; NULL = everywhere / every carrier.
    origin: Mapped[str | None] = mapped_column(ForeignKey("airport.iata"))
    destination: Mapped[str | None] = mapped_column(ForeignKey("airport.iata"))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carrier.id"))


class ExchangeRate(Base):
    """Units of ``quote`` per one ``base``, valid from ``valid_on`` (entered by the clerk)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (CheckConstraint("rate > 0", name="positive"),)

    base: Mapped[str] = mapped_column(String(3), primary_key=True)
    quote: Mapped[str] = mapped_column(String(3), primary_key=True)
    valid_on: Mapped[date] = mapped_column(Date, primary_key=True)
    rate: Mapped[Decimal] = mapped_column(ScaledDecimal(6))


class CustomerAgreement(Base):
    """A customer's discount, bubble-sharing percentage (DOMAIN 分泡) and billing currency."""

    __tablename__ = "customer_agreement"
    __table_args__ = (
        CheckConstraint("discount_pct >= 0 AND discount_pct <= 10000", name="discount"),
        CheckConstraint("bubble_share_pct >= 0 AND bubble_share_pct <= 10000", name="bubble"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    discount_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    bubble_share_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(100))
    currency: Mapped[str | None] = mapped_column(String(3))
