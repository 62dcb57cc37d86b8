"""Completers fed from the database as the clerk types: customers and airports.

A ``Lookup`` watches a line edit; a quarter second after the last key it asks the worker
for what matches the text and offers it in a popup the clerk walks with the arrow keys.
Picking puts the row's code in the field (an account number, an IATA code) and says which
row it was. An answer to text the clerk has since changed is dropped, so a slow search
never overwrites a newer one. Any screen may use them: ``customer_lookup``,
``airport_lookup``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from gui import booking_data
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.views import AirportView, CustomerView
    from gui.data import DataAccess

DEBOUNCE_MS = 250
CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # what picking puts into the field


class Lookup(QObject):
    """Offers the rows ``find(text)`` returns (on the worker) under ``line``."""

    chosen = Signal(object)  # the row picked, or typed out in full (its code)
    offered = Signal(int)  # how many rows the popup now offers

    def __init__(
        self,
        line: QLineEdit,
        worker: BackgroundWorker,
        find: Callable[[str], Sequence[Any]],
        *,
        code: Callable[[Any], str],
        show: Callable[[Any], str],
        min_chars: int = 2,
    ) -> None:
        super().__init__(line)
        self.line = line
        self._worker, self._find = worker, find
        self._code, self._show, self._min_chars = code, show, min_chars
        self._asked = 0  # the newest question; older answers are stale
        self._rows: dict[str, Any] = {}
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(CODE_ROLE)
        self.completer.setWidget(line)
        self.completer.activated[str].connect(self._picked)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)
        line.textEdited.connect(lambda _text: self._timer.start())
        line.editingFinished.connect(self._confirm)

    def row(self, code: str) -> Any | None:
        """The row offered under ``code``, if any."""
        return self._rows.get(code.strip().upper())

    def _ask(self, *, confirming: bool = False) -> None:
        text = self.line.text().strip()
        if len(text) < self._min_chars or not self._worker.is_running:
            return  # too short to search, or the window is closing
        self._asked += 1
        done = partial(self._answered, self._asked, text, confirming)
        # on_failed claims the error: a half-typed word is no reason for the status bar.
        self._worker.submit(partial(self._find, text), on_done=done, on_failed=lambda _e: None)

    def _answered(self, asked: int, text: str, confirming: bool, rows: object) -> None:
        if asked != self._asked or self.line.text().strip() != text:
            return  # the clerk typed on: a newer question is coming
        assert isinstance(rows, list)
        self._rows = {self._code(r).upper(): r for r in rows}
        if confirming:
            self._emit_exact(text)
            return
        self.model.clear()
        for r in rows:
            item = QStandardItem(self._show(r))
            item.setData(self._code(r), CODE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.offered.emit(len(rows))
        if rows and self.line.hasFocus():
            self.completer.complete()

    def _picked(self, code: str) -> None:
        self._timer.stop()
        self._asked += 1  # an answer still on its way would reopen the popup
        self.line.setText(code)
        row = self.row(code)
        if row is not None:
            self.chosen.emit(row)

    def _confirm(self) -> None:
        """A code typed out in full without picking still names its row."""
        self._timer.stop()
        text = self.line.text().strip()
        if self.completer.popup().isVisible() or not text:
            return
        if not self._emit_exact(text):
            self._ask(confirming=True)

    def _emit_exact(self, text: str) -> bool:
        row = self.row(text)
        if row is not None:
            self.chosen.emit(row)
        return row is not None


def customer_text(c: CustomerView) -> str:
    return f"{c.account_number}  ·  {c.name}  ·  {c.city}"


def airport_text(a: AirportView) -> str:
    return f"{a.iata}  ·  {a.name}, {a.city} ({a.country})"


def customer_lookup(line: QLineEdit, worker: BackgroundWorker, data: DataAccess) -> Lookup:
    """Customers by name (Chinese too), account number or city; picks the account."""
    return Lookup(
        line,
        worker,
        partial(booking_data.find_customers, data),
        code=lambda c: c.account_number,
        show=customer_text,
    )


def airport_lookup(line: QLineEdit, worker: BackgroundWorker, data: DataAccess) -> Lookup:
    """Airports by code, city or name ("liege" offers LGG); picks the IATA code."""
    return Lookup(
        line,
        worker,
        partial(booking_data.find_airports, data),
        code=lambda a: a.iata,
        show=airport_text,
        min_chars=3,
    )
