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
    "per_kg_chargeable": QT_TRANSLATE_NOOP("TariffsPage", "per kg chargeable"),
    "per_kg_gross": QT_TRANSLATE_NOOP("TariffsPage", "per kg gross"),
    "per_awb": QT_TRANSLATE_NOOP("TariffsPage", "per AWB"),
    "per_house": QT_TRANSLATE_NOOP("TariffsPage", "per house AWB"),
    "percent_of_freight": QT_TRANSLATE_NOOP("TariffsPage", "% of freight"),
}
ANY = QT_TRANSLATE_NOOP("TariffsPage", "any")
ALL = QT_TRANSLATE_NOOP("TariffsPage", "all")
OPEN = QT_TRANSLATE_NOOP("TariffsPage", "open-ended")
MINIMUM = QT_TRANSLATE_NOOP("TariffsPage", "minimum charge")
PER_KG = QT_TRANSLATE_NOOP("TariffsPage", "per kg")


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
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Carrier"), lambda v: v.tariff.carrier or tr(ANY)),
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Origin"), lambda v: v.tariff.origin),
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Destination"), lambda v: v.tariff.destination),
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Currency"), lambda v: v.tariff.currency),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Valid from"),
        lambda v: day(v.tariff.valid_from),
        sort_key=lambda v: v.tariff.valid_from,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Valid to"),
        lambda v: day(v.tariff.valid_to),
        sort_key=lambda v: _last_day(v.tariff.valid_to),
    ),
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Customer"), lambda v: v.customer or tr(ALL)),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Breaks"),
        lambda v: str(len(v.tariff.breaks)),
        sort_key=lambda v: len(v.tariff.breaks),
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "SCRs"),
        lambda v: str(len(v.tariff.commodity_rates)),
        sort_key=lambda v: len(v.tariff.commodity_rates),
        numeric=True,
        tooltip=lambda v: QCoreApplication.translate("TariffsPage", "Specific commodity rates"),
    ),
)

RATE_FIELDS: tuple[Field[RateLine], ...] = (
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Class"),
        lambda r: r.rate_class,
        sort_key=lambda r: r.from_kg,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "From kg"),
        lambda r: "" if r.from_kg is None else str(r.from_kg),
        sort_key=lambda r: r.from_kg,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Rate"), lambda r: number(r.rate), lambda r: r.rate, True
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Per"),
        lambda r: f"{r.currency} {tr(MINIMUM) if r.from_kg is None else tr(PER_KG)}",
    ),
)

SCR_FIELDS: tuple[Field[CommodityRate], ...] = (
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Commodity"),
        lambda c: c.code,
        tooltip=lambda c: QCoreApplication.translate(
            "TariffsPage", "Commodity item number or HS code prefix"
        ),
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Minimum kg"),
        lambda c: number(c.min_weight_kg),
        lambda c: c.min_weight_kg,
        True,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Rate per kg"),
        lambda c: number(c.rate),
        lambda c: c.rate,
        True,
    ),
)

CHARGE_FIELDS: tuple[Field[ChargeRuleView], ...] = (
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Code"), lambda v: v.rule.code + v.rule.due),
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Description"), lambda v: v.rule.description),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Basis"),
        lambda v: tr(BASES.get(v.rule.basis, v.rule.basis)),
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Rate"),
        lambda v: number(v.rule.rate),
        lambda v: v.rule.rate,
        True,
    ),
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Currency"), lambda v: v.rule.currency),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Minimum"),
        lambda v: number(v.rule.minimum),
        lambda v: v.rule.minimum,
        True,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Maximum"),
        lambda v: number(v.rule.maximum),
        lambda v: v.rule.maximum,
        True,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Valid from"),
        lambda v: day(v.rule.valid_from),
        sort_key=lambda v: v.rule.valid_from,
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Valid to"),
        lambda v: day(v.rule.valid_to),
        sort_key=lambda v: _last_day(v.rule.valid_to),
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Applies to"),
        lambda v: " ".join(
            part for part in (f"{v.origin or '*'}–{v.destination or '*'}", v.carrier or "") if part
        ),
    ),
)

FX_FIELDS: tuple[Field[ExchangeRate], ...] = (
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Base"), lambda r: r.base),
    Field(QT_TRANSLATE_NOOP("TariffsPage", "Quote"), lambda r: r.quote),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Rate"), lambda r: number(r.rate), lambda r: r.rate, True
    ),
    Field(
        QT_TRANSLATE_NOOP("TariffsPage", "Valid from"),
        lambda r: r.valid_on.isoformat(),
        sort_key=lambda r: r.valid_on,
    ),
)
