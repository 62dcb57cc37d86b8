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
}


def _flights(desk: Desk) -> Screen:
    from gui.flights_page import FlightsPage

    return FlightsPage(desk.worker, desk.today)


def _bookings(desk: Desk) -> Screen:
    from gui.bookings_page import BookingsPage

    if desk.page_size is None:
        return BookingsPage(desk.worker)
    return BookingsPage(desk.worker, desk.page_size)


MAKERS: dict[str, Callable[[Desk], Screen]] = {
    "flights": _flights,
    "bookings": _bookings,
}


def screen_kinds(desk: Desk) -> list[ScreenKind]:
    """The navigation's screens, each made from ``desk`` when first needed."""
    return [
        ScreenKind(name, str(TITLES[name]), lambda make=make: make(desk))
        for name, make in MAKERS.items()
    ]


def screen_names() -> tuple[str, ...]:
    return tuple(MAKERS)
