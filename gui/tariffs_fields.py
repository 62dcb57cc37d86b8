"""The columns of the Tariffs screen's lists (gui.row_model Fields), in context "TariffsPage".

Numbers are shown exactly as core holds them (Decimal, never float), with thousands
separators; blanks mean "any" or "open-ended" and say so in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.row_model import Field

if TYPE_CHECKING:
    from core.domain.fx import ExchangeRate
    from core.domain.rating import CommodityRate, Tariff
    from core.services.pricing import ChargeRuleView
    from core.services.tariffs import TariffView

CONTEXT = "TariffsPage"

BASES = {
    "per_kg_chargeable": QT_TRANSLATE_NOOP(CONTEXT, "per kg chargeable"),
    "per_kg_gross": QT_TRANSLATE_NOOP(CONTEXT, "per kg gross"),
    "per_awb": QT_TRANSLATE_NOOP(CONTEXT, "per AWB"),
    "per_house": QT_TRANSLATE_NOOP(CONTEXT, "per house AWB"),
    "percent_of_freight": QT_TRANSLATE_NOOP(CONTEXT, "% of freight"),
}
ANY = QT_TRANSLATE_NOOP(CONTEXT, "any")
ALL = QT_TRANSLATE_NOOP(CONTEXT, "all")
OPEN = QT_TRANSLATE_NOOP(CONTEXT, "open-ended")
MINIMUM = QT_TRANSLATE_NOOP(CONTEXT, "minimum charge")
PER_KG = QT_TRANSLATE_NOOP(CONTEXT, "per kg")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,f}"


def day(value: date | None) -> str:
    return tr(OPEN) if value is None else value.isoformat()


def _last_day(value: date | None) -> date:
    return date.max if value is None else value


@dataclass(frozen=True)
class RateLine:
    """One rate class of a tariff: M, N or a Q break."""

    rate_class: str  # "M", "N", "Q45"...
    from_kg: int | None  # where the band starts; None for M
    rate: Decimal  # per kg, or the minimum amount for M
    currency: str

    @property
    def key(self) -> str:
        return self.rate_class


def rate_lines(t: Tariff) -> list[RateLine]:
    lines = [RateLine("M", None, t.minimum, t.currency), RateLine("N", 0, t.normal, t.currency)]
    lines += [RateLine(f"Q{kg}", kg, rate, t.currency) for kg, rate in sorted(t.breaks.items())]
    return lines


TARIFF_FIELDS: tuple[Field[TariffView], ...] = (
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Carrier"), lambda v: v.tariff.carrier or tr(ANY)),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Origin"), lambda v: v.tariff.origin),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Destination"), lambda v: v.tariff.destination),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Currency"), lambda v: v.tariff.currency),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Valid from"),
        lambda v: day(v.tariff.valid_from),
        sort_key=lambda v: v.tariff.valid_from,
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Valid to"),
        lambda v: day(v.tariff.valid_to),
        sort_key=lambda v: _last_day(v.tariff.valid_to),
    ),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Customer"), lambda v: v.customer or tr(ALL)),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Breaks"),
        lambda v: str(len(v.tariff.breaks)),
        sort_key=lambda v: len(v.tariff.breaks),
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "SCRs"),
        lambda v: str(len(v.tariff.commodity_rates)),
        sort_key=lambda v: len(v.tariff.commodity_rates),
        numeric=True,
        tooltip=lambda v: tr("Specific commodity rates"),
    ),
)

RATE_FIELDS: tuple[Field[RateLine], ...] = (
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Class"), lambda r: r.rate_class, sort_key=lambda r: r.from_kg
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "From kg"),
        lambda r: "" if r.from_kg is None else str(r.from_kg),
        sort_key=lambda r: r.from_kg,
        numeric=True,
    ),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Rate"), lambda r: number(r.rate), lambda r: r.rate, True),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Per"),
        lambda r: f"{r.currency} {tr(MINIMUM) if r.from_kg is None else tr(PER_KG)}",
    ),
)

SCR_FIELDS: tuple[Field[CommodityRate], ...] = (
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Commodity"),
        lambda c: c.code,
        tooltip=lambda c: tr("Commodity item number or HS code prefix"),
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Minimum kg"),
        lambda c: number(c.min_weight_kg),
        lambda c: c.min_weight_kg,
        True,
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Rate per kg"), lambda c: number(c.rate), lambda c: c.rate, True
    ),
)

CHARGE_FIELDS: tuple[Field[ChargeRuleView], ...] = (
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Code"), lambda v: v.rule.code + v.rule.due),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Description"), lambda v: v.rule.description),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Basis"), lambda v: tr(BASES.get(v.rule.basis, v.rule.basis))),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Rate"),
        lambda v: number(v.rule.rate),
        lambda v: v.rule.rate,
        True,
    ),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Currency"), lambda v: v.rule.currency),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Minimum"),
        lambda v: number(v.rule.minimum),
        lambda v: v.rule.minimum,
        True,
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Maximum"),
        lambda v: number(v.rule.maximum),
        lambda v: v.rule.maximum,
        True,
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Valid from"),
        lambda v: day(v.rule.valid_from),
        sort_key=lambda v: v.rule.valid_from,
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Valid to"),
        lambda v: day(v.rule.valid_to),
        sort_key=lambda v: _last_day(v.rule.valid_to),
    ),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Applies to"),
        lambda v: " ".join(
            part for part in (f"{v.origin or '*'}–{v.destination or '*'}", v.carrier or "") if part
        ),
    ),
)

FX_FIELDS: tuple[Field[ExchangeRate], ...] = (
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Base"), lambda r: r.base),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Quote"), lambda r: r.quote),
    Field(QT_TRANSLATE_NOOP(CONTEXT, "Rate"), lambda r: number(r.rate), lambda r: r.rate, True),
    Field(
        QT_TRANSLATE_NOOP(CONTEXT, "Valid from"),
        lambda r: r.valid_on.isoformat(),
        sort_key=lambda r: r.valid_on,
    ),
)
