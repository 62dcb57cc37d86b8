"""The flights board: a filter row over the upcoming flights, with space booked and left.

It holds layout only; loading is the controller's (rule 8).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.flights_controller import FlightsController
from gui.flights_model import Column, FlightsModel
from gui.screen import Screen
from gui.tables import fit_columns, make_table, restore_columns, save_columns
from gui.validators import IATA_CODE_LENGTH, AirportCodeValidator
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from gui.data import DataAccess


class FlightsPage(Screen):
    def __init__(
        self,
        worker: BackgroundWorker,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flights")
        self.model = FlightsModel(self)
        self.controller = FlightsController(worker, self.model, today, self)
        self.origin_edit = self._code_edit()
        self.destination_edit = self._code_edit()
        self.origin_label, self.destination_label = QLabel(), QLabel()
        self.show_button = QPushButton()
        self.table = make_table("flights_table")
        self.table.setModel(self.model)
        self.table.sortByColumn(Column.DEPARTS, Qt.SortOrder.AscendingOrder)
        self._fit_columns = True
        self._lay_out()
        self.controller.loading.connect(lambda: self.say(lambda: self.tr("Loading flights…")))
        self.controller.loaded.connect(self._on_loaded)
        self.retranslate()

    def attach(self, data: DataAccess) -> None:
        self.controller.attach(data)
        self.refresh()

    def refresh(self) -> None:
        edits = (self.origin_edit, self.destination_edit)
        if not all(edit.hasAcceptableInput() for edit in edits):
            self.say(lambda: self.tr("Airport codes have three letters"), error=True)
            return
        self.controller.refresh(self.origin_edit.text(), self.destination_edit.text())

    def focus_search(self) -> None:
        self.origin_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.origin_edit.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        # A booking or a cancellation moves a flight's booked and remaining space.
        if Entity.FLIGHT in changes or Entity.CONSIGNMENT in changes:
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        save_columns(self.table, settings)

    def restore_layout(self, settings: QSettings) -> None:
        if restore_columns(self.table, settings):
            self._fit_columns = False  # the clerk's own widths win

    def retranslate(self) -> None:
        self.origin_label.setText(self.tr("Ori&gin:"))
        self.destination_label.setText(self.tr("&Destination:"))
        self.origin_edit.setToolTip(self.tr("Origin airport, e.g. CGO"))
        self.destination_edit.setToolTip(self.tr("Destination airport, e.g. FRA"))
        for edit in (self.origin_edit, self.destination_edit):
            edit.setPlaceholderText(self.tr("any"))
        self.show_button.setText(self.tr("&Show flights"))
        self.model.retranslate()

    def _code_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setValidator(AirportCodeValidator(edit))
        edit.setMaxLength(IATA_CODE_LENGTH)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("WWWWWW") + 24)
        edit.returnPressed.connect(self.refresh)
        return edit

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for label, edit in (
            (self.origin_label, self.origin_edit),
            (self.destination_label, self.destination_edit),
        ):
            label.setBuddy(edit)
            filters.addWidget(label)
            filters.addWidget(edit)
            filters.addSpacing(12)
        self.show_button.clicked.connect(self.refresh)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def _on_loaded(self, count: int) -> None:
        if self._fit_columns:  # once: afterwards the clerk's own widths win
            self._fit_columns = False
            fit_columns(self.table)
        self.say(lambda: self.tr("%n upcoming flights", "", count))
        self.loaded.emit()
