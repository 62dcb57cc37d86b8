"""What the main window asks of every screen it navigates to (rule 8: a screen gets the
services it needs, never the main window). The window only knows this small surface."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from gui.data import DataAccess


class Screen(QWidget):
    """A page of the main window: a search field, a status line, its own refresh. Its title
    is the navigation's (gui.main_window), known before the page is built."""

    status_changed = Signal(str, bool)  # text for the status bar, is it an error
    loaded = Signal()  # what the screen shows has arrived (a list, a page)
    # Requests to the window, which owns what outlives a screen:
    book_requested = Signal(object)  # open the booking editor, on this FlightView if not None
    language_chosen = Signal(str)  # the clerk chose a language (already applied): remember it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_text = ""
        self.status_is_error = False
        self._status_source: Callable[[], str] = str

    def attach(self, data: DataAccess) -> None:
        """The database is open: load what the screen shows."""
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def focus_search(self) -> None:
        raise NotImplementedError

    def on_changes(self, changes: ChangeSet) -> None:
        """A service reported what it changed; refresh if this screen shows any of it."""

    def save_layout(self, settings: QSettings) -> None:
        """Remember column layouts and the like."""

    def restore_layout(self, settings: QSettings) -> None:
        """Put back what ``save_layout`` remembered."""

    def retranslate(self) -> None:
        """Set every text again in the current language."""

    def say(self, text: Callable[[], str], *, error: bool = False) -> None:
        """Show ``text()`` in the status bar; it is asked again after a language switch."""
        self._status_source, self.status_is_error = text, error
        self.status_text = text()
        self.status_changed.emit(self.status_text, error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.status_text = self._status_source()  # the window shows it again
        super().changeEvent(event)
