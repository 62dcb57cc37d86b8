"""Making a main window over a database for a test, the way gui.app does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings

from gui.data import DataAccess
from gui.i18n import Languages
from gui.main_window import MainWindow
from gui.theme import Themes
from gui.worker import BackgroundWorker

LOAD_TIMEOUT_MS = 60_000
TODAY = date.today()


def make_window(
    qtbot: Any,
    worker: BackgroundWorker,
    opener: Callable[[], DataAccess],
    settings: QSettings,
    **options: Any,
) -> MainWindow:
    """Shown and opening its database; ``options`` go to MainWindow (page_size, languages...)."""
    window = MainWindow(worker, opener, settings, today=lambda: TODAY, user="clerk", **options)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def shown_window(
    qtbot: Any,
    worker: BackgroundWorker,
    opener: Callable[[], DataAccess],
    settings: QSettings,
    languages: Languages | None = None,
    themes: Themes | None = None,
    **options: Any,
) -> MainWindow:
    """A window whose flights and first bookings page have arrived."""
    window = make_window(
        qtbot, worker, opener, settings, languages=languages, themes=themes, **options
    )
    qtbot.waitUntil(
        lambda: window.flights.model.rowCount() > 0 and window.bookings.model.rowCount() > 0,
        timeout=LOAD_TIMEOUT_MS,
    )
    return window
