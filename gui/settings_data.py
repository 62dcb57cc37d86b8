"""What the settings page asks of the database, on a worker thread (rule 1 and 6).

The page hands over the fields as typed; core checks them (core.services.workstation for
the workstation's settings, core.services.seller for the company on invoices) and its
refusal names the field, which the page shows beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.services.changes import Outcome
    from core.services.seller import SellerView
    from gui.data import DataAccess

# The page's seller fields, by core's names (errors come back as "seller.<name>").
SELLER_FIELDS = ("name", "uscc", "address", "city", "country", "bank", "payment_terms")


@dataclass(frozen=True)
class SettingsForm:
    """Only what the clerk changed: a key left out keeps its stored value."""

    workstation: dict[str, str] = field(default_factory=dict)
    seller: dict[str, str] = field(default_factory=dict)  # SELLER_FIELDS, payment_days
    default_tax_pct: str | None = None


@dataclass(frozen=True)
class SettingsSnapshot:
    workstation: dict[str, str]  # every key of core.services.workstation.SETTING_KEYS
    seller: SellerView


def load(data: DataAccess) -> SettingsSnapshot:
    from core.services.seller import get_seller
    from core.services.workstation import list_settings

    units = data.units()
    settings = {s.key: s.value for s in list_settings(units.reading())}
    return SettingsSnapshot(settings, get_seller(units.reading()))


def save(data: DataAccess, form: SettingsForm) -> Outcome[SettingsSnapshot]:
    """The seller first, then the workstation: each all or nothing. What both changed is
    reported as one ChangeSet, so every open screen hears of it."""
    from core.services.changes import ChangeSet, Outcome
    from core.services.seller import set_seller
    from core.services.workstation import set_settings

    changes, notices = ChangeSet(), []
    units = data.units()
    if form.seller or form.default_tax_pct is not None:
        rates = {"default": form.default_tax_pct} if form.default_tax_pct is not None else None
        done = set_seller(units(), **form.seller, tax_rates=rates)
        changes.touched.update(done.changes.touched)
    if form.workstation:
        saved = set_settings(units(), form.workstation)
        notices.extend(saved.notices)
        for entity, keys in saved.changes.touched.items():
            changes.add(entity, *keys)
    return Outcome(load(data), changes, tuple(notices))
