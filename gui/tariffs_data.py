"""What the Tariffs screen asks of the database: worker-side calls into core.services.

Every function here runs on a BackgroundWorker thread (rule 6) and imports core lazily,
so the UI thread never loads SQLAlchemy. The screen and dialogs see frozen views only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.domain.fx import ExchangeRate
    from core.services.changes import Outcome
    from core.services.pricing import ChargeRuleView
    from core.services.tariffs import RateSheetCheck, TariffImport, TariffView
    from gui.data import DataAccess


@dataclass(frozen=True)
class TariffForm:
    """The editor's fields as the clerk typed them; core checks every one (TariffEdit)."""

    currency: str
    valid_from: str
    valid_to: str  # blank: open-ended
    minimum: str
    normal: str
    breaks: Mapping[int, str]  # blank: no such break


@dataclass(frozen=True)
class PriceLists:
    """Everything the Tariffs screen lists, read in one go."""

    tariffs: list[TariffView]
    charge_rules: list[ChargeRuleView]
    exchange_rates: list[ExchangeRate]


def load_price_lists(data: DataAccess) -> PriceLists:
    return PriceLists(load_tariffs(data), load_charge_rules(data), load_exchange_rates(data))


def load_tariffs(data: DataAccess) -> list[TariffView]:
    from core.services.tariffs import list_tariffs

    return list_tariffs(data.units().reading())


def load_charge_rules(data: DataAccess) -> list[ChargeRuleView]:
    from core.services.pricing import list_charge_rules

    return list_charge_rules(data.units().reading())


def load_exchange_rates(data: DataAccess) -> list[ExchangeRate]:
    from core.services.pricing import list_exchange_rates

    return list_exchange_rates(data.units().reading())


def save_tariff(data: DataAccess, tariff_id: int, form: TariffForm) -> Outcome[TariffView]:
    from core.services.tariffs import TariffEdit, update_tariff

    edit = TariffEdit(
        currency=form.currency,
        valid_from=form.valid_from,
        valid_to=form.valid_to or None,
        minimum=form.minimum,
        normal=form.normal,
        breaks=dict(form.breaks),
    )
    return update_tariff(data.units()(), tariff_id, edit)


def delete_tariff(data: DataAccess, tariff_id: int) -> Outcome[int]:
    from core.services.tariffs import delete_tariff as delete

    return delete(data.units()(), tariff_id)


def check_sheet(path: Path) -> RateSheetCheck:
    """Read the sheet and report; nothing is written (no database needed)."""
    from core.services.tariffs import check_rate_sheet

    return check_rate_sheet(path)


def import_sheet(data: DataAccess, path: Path, valid_rows_only: bool) -> Outcome[TariffImport]:
    from core.services.tariffs import import_tariffs

    return import_tariffs(data.units()(), path, valid_rows_only=valid_rows_only)


def export_sheet(data: DataAccess, path: Path) -> int:
    from core.services.tariffs import export_tariffs

    return export_tariffs(data.units().reading(), path)
