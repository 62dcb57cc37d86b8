"""Workstation settings and the gapless number series it issues."""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db.base import Base


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))


class NumberSeries(Base):
    """A counter row: the next number is drawn in the same transaction that uses it,
    so a rolled-back transaction leaves no gap (DOMAIN: gapless invoice numbers)."""

    __tablename__ = "number_series"
    __table_args__ = (CheckConstraint("next_value >= 1", name="positive"),)

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger, default=1)
    width: Mapped[int] = mapped_column(Integer, default=6)
