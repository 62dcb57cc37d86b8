"""The flights board: a filter row over the upcoming flights, with space booked and left.

Weight and volume booked are drawn as bars (booked of the allotment), amber when less than
10 % is left. Enter or a double click opens the flight: its bookings, its allotment, its
manifest (gui.flight_detail). It holds layout only; loading is the controller's (rule 8).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.flights_controller import FlightsController
from gui.flights_model import FLIGHT_ROLE, Column, FlightsModel
from gui.screen import Screen
from gui.space_bar import SpaceBarDelegate
from gui.tables import fit_columns, make_table, restore_columns, save_columns
from gui.validators import (
    IATA_CODE_LENGTH,
    ISO_DATE_LENGTH,
    AirportCodeValidator,
    IsoDateValidator,
    parse_iso_date,
)
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from core.services.views import FlightView
    from gui.data import DataAccess
    from gui.flight_detail import FlightDetail


class FlightsPage(Screen):
    flight_opened = Signal(object)  # the FlightView the clerk opened

    def __init__(
        self,
        worker: BackgroundWorker,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        jobs: BackgroundWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flights")
        self._worker, self._jobs = worker, jobs
        self.model = FlightsModel(self)
        self.controller = FlightsController(worker, self.model, today, self)
        self.detail: FlightDetail | None = None
        self.origin_edit = self._edit(IATA_CODE_LENGTH, "WWWWW", AirportCodeValidator)
        self.destination_edit = self._edit(IATA_CODE_LENGTH, "WWWWW", AirportCodeValidator)
        self.date_from_edit = self._edit(ISO_DATE_LENGTH, "0000-00-00", IsoDateValidator)
        self.date_to_edit = self._edit(ISO_DATE_LENGTH, "0000-00-00", IsoDateValidator)
        self.carrier_combo = QComboBox()
        self.carrier_combo.addItem("", None)
        self.labels = {n: QLabel() for n in ("origin", "destination", "carrier", "dates", "to")}
        self.show_button = QPushButton()
        self.table = make_table("flights_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(SpaceBarDelegate(self.table))
        self.table.sortByColumn(Column.DEPARTS, Qt.SortOrder.AscendingOrder)
        self._fit_columns = True
        self._lay_out()
        self._connect()
        self.retranslate()

    # -- Screen -----------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        self.controller.attach(data)
        self.refresh()

    def refresh(self) -> None:
        codes = (self.origin_edit, self.destination_edit)
        if not all(edit.hasAcceptableInput() for edit in codes):
            self.say(lambda: self.tr("Airport codes have three letters"), error=True)
            return
        dates = (self.date_from_edit, self.date_to_edit)
        if not all(edit.hasAcceptableInput() for edit in dates):
            self.say(lambda: self.tr("Dates are written like 2026-12-01"), error=True)
            return
        first, last = (parse_iso_date(edit.text()) for edit in dates)
        if first is not None and last is not None and first > last:
            self.say(lambda: self.tr("The first date comes after the last"), error=True)
            return
        self.controller.refresh(
            self.origin_edit.text(),
            self.destination_edit.text(),
            date_from=first,
            date_to=last,
            carrier=self.carrier_combo.currentData(),
        )

    def focus_search(self) -> None:
        self.origin_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.origin_edit.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        # A booking or a cancellation moves a flight's booked and remaining space.
        if Entity.FLIGHT in changes or Entity.CONSIGNMENT in changes:
            self.refresh()
            if self.detail is not None and self.detail.isVisible():
                self.detail.refresh()

    def save_layout(self, settings: QSettings) -> None:
        save_columns(self.table, settings)

    def restore_layout(self, settings: QSettings) -> None:
        if restore_columns(self.table, settings):
            self._fit_columns = False  # the clerk's own widths win

    def retranslate(self) -> None:
        texts = {
            "origin": self.tr("Ori&gin:"),
            "destination": self.tr("&Destination:"),
            "carrier": self.tr("&Carrier:"),
            "dates": self.tr("Dep&arting:"),
            "to": self.tr("&to"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.origin_edit.setToolTip(self.tr("Origin airport, e.g. CGO"))
        self.destination_edit.setToolTip(self.tr("Destination airport, e.g. FRA"))
        for edit in (self.origin_edit, self.destination_edit):
            edit.setPlaceholderText(self.tr("any"))
        self.date_from_edit.setPlaceholderText(self.tr("today"))
        self.date_to_edit.setPlaceholderText(self.tr("any"))
        self.date_from_edit.setToolTip(self.tr("Flights departing on or after this date"))
        self.date_to_edit.setToolTip(self.tr("Flights departing on or before this date"))
        self.carrier_combo.setItemText(0, self.tr("Any carrier"))
        self.carrier_combo.setToolTip(self.tr("The airline operating the flight"))
        self.show_button.setText(self.tr("&Show flights"))
        self.model.retranslate()

    # -- opening a flight ---------------------------------------------------------------
    def open_row(self, row: int) -> None:
        flight = self.model.index(row, 0).data(FLIGHT_ROLE)
        data = self.controller.data
        if flight is None or data is None:
            return
        self.flight_opened.emit(flight)
        from gui.flight_detail import FlightDetail  # built on first use, not at start

        if self.detail is not None:
            self.detail.close()
        self.detail = FlightDetail(self._worker, self._jobs, data, flight, self)
        self.detail.book_requested.connect(self.book_requested)
        # Back to the board's window when it closes (offscreen activates none by itself).
        self.detail.finished.connect(lambda _result: self.activateWindow())
        self.detail.open()

    # -- building -----------------------------------------------------------------------
    def _edit(self, length: int, width_text: str, validator: type) -> QLineEdit:
        edit = QLineEdit()
        edit.setValidator(validator(edit))
        edit.setMaxLength(length)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(width_text) + 36)
        edit.returnPressed.connect(self.refresh)
        return edit

    def _lay_out(self) -> None:
        # Two rows, so the board fits a narrow window (and Chinese labels) beside the
        # navigation: where the flight goes, then when.
        route, when = QHBoxLayout(), QHBoxLayout()
        for name, field in (
            ("origin", self.origin_edit),
            ("destination", self.destination_edit),
            ("carrier", self.carrier_combo),
        ):
            self.labels[name].setBuddy(field)
            route.addWidget(self.labels[name])
            route.addWidget(field)
            route.addSpacing(12)
        route.addStretch(1)
        self.labels["dates"].setBuddy(self.date_from_edit)
        self.labels["to"].setBuddy(self.date_to_edit)
        for widget in (
            self.labels["dates"],
            self.date_from_edit,
            self.labels["to"],
            self.date_to_edit,
        ):
            when.addWidget(widget)
        when.addSpacing(12)
        when.addWidget(self.show_button)
        when.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(route)
        layout.addLayout(when)
        layout.addWidget(self.table)

    def _connect(self) -> None:
        self.show_button.clicked.connect(self.refresh)
        self.carrier_combo.activated.connect(lambda _row: self.refresh())
        self.table.activated.connect(lambda index: self.open_row(QModelIndex(index).row()))
        self.controller.loading.connect(lambda: self.say(lambda: self.tr("Loading flights…")))
        self.controller.loaded.connect(self._on_loaded)
        self.controller.carriers_loaded.connect(self._set_carriers)

    def _set_carriers(self, codes: list[str]) -> None:
        chosen = self.carrier_combo.currentData()
        while self.carrier_combo.count() > 1:
            self.carrier_combo.removeItem(1)
        for code in codes:
            self.carrier_combo.addItem(code, code)
        self.carrier_combo.setCurrentIndex(max(self.carrier_combo.findData(chosen), 0))

    def _on_loaded(self, count: int) -> None:
        if self._fit_columns:  # once: afterwards the clerk's own widths win
            self._fit_columns = False
            fit_columns(self.table)
        self.say(lambda: self.tr("%n upcoming flights", "", count))
        self.loaded.emit()

    def flight_at(self, row: int) -> FlightView:
        return self.model.flight_at(row)
