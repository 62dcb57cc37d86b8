"""Every screen the navigation offers, in its order, and what each is given (rule 8).

A screen gets the services it needs from a ``Desk``: the interactive worker, the long-job
worker (PDFs, imports), today's date and the like; never the main window. Each screen's
module is imported when the screen is first built, so start-up pays for one screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.screens import ScreenKind

if TYPE_CHECKING:
    from gui.i18n import Languages
    from gui.screen import Screen
    from gui.worker import BackgroundWorker


@dataclass(frozen=True)
class Desk:
    """What the window hands its screens."""

    worker: BackgroundWorker  # interactive: queries, quotes, bookings, one after another
    jobs: BackgroundWorker  # long work: documents, imports, exports
    today: Callable[[], date] = date.today
    page_size: int | None = None  # bookings fetched at a time; None: the list's own
    languages: Languages | None = None


TITLES = {
    "flights": QT_TRANSLATE_NOOP("MainWindow", "Flights"),
    "bookings": QT_TRANSLATE_NOOP("MainWindow", "Bookings"),
    "consolidations": QT_TRANSLATE_NOOP("MainWindow", "Consolidations"),
    "invoices": QT_TRANSLATE_NOOP("MainWindow", "Invoices"),
    "customers": QT_TRANSLATE_NOOP("MainWindow", "Customers"),
    "tariffs": QT_TRANSLATE_NOOP("MainWindow", "Tariffs"),
    "dashboard": QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


def _flights(desk: Desk) -> Screen:
    from gui.flights_page import FlightsPage

    return FlightsPage(desk.worker, desk.today, jobs=desk.jobs)


def _bookings(desk: Desk) -> Screen:
    from gui.bookings_page import BookingsPage

    if desk.page_size is None:
        return BookingsPage(desk.worker, jobs=desk.jobs)
    return BookingsPage(desk.worker, desk.page_size, jobs=desk.jobs)


def _consolidations(desk: Desk) -> Screen:
    from gui.consolidations_page import ConsolidationsPage

    return ConsolidationsPage(desk.worker, desk.jobs, desk.today)


def _invoices(desk: Desk) -> Screen:
    from gui.invoices_page import InvoicesPage

    return InvoicesPage(desk.worker, desk.jobs, desk.today)


def _customers(desk: Desk) -> Screen:
    from gui.customers_page import CustomersPage

    return CustomersPage(desk.worker)


def _tariffs(desk: Desk) -> Screen:
    from gui.tariffs_page import TariffsPage

    return TariffsPage(desk.worker, desk.jobs)


def _dashboard(desk: Desk) -> Screen:
    from gui.dashboard_page import DashboardPage

    return DashboardPage(desk.worker, desk.today)


def _settings(desk: Desk) -> Screen:
    from gui.settings_page import SettingsPage

    return SettingsPage(desk.worker, desk.languages)


MAKERS: dict[str, Callable[[Desk], Screen]] = {
    "flights": _flights,
    "bookings": _bookings,
    "consolidations": _consolidations,
    "invoices": _invoices,
    "customers": _customers,
    "tariffs": _tariffs,
    "dashboard": _dashboard,
    "settings": _settings,
}


def screen_kinds(desk: Desk) -> list[ScreenKind]:
    """The navigation's screens, each made from ``desk`` when first needed."""
    return [
        ScreenKind(name, str(TITLES[name]), lambda make=make: make(desk))
        for name, make in MAKERS.items()
    ]


def screen_names() -> tuple[str, ...]:
    return tuple(MAKERS)
