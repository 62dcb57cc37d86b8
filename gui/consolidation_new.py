"""A new consolidation: the master AWB booked on a flight of the lane, with the space
booked with the airline. The lane's flights come with the space they have left (the
booking editor's flight picker); customers and airports complete as the clerk types.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui import consolidations_data
from gui.completers import airport_lookup, customer_lookup
from gui.data import FlightQuery
from gui.field_errors import FieldErrors
from gui.flight_picker import FlightPicker
from gui.validators import IATA_CODE_LENGTH, AirportCodeValidator

if TYPE_CHECKING:
    from gui.data import DataAccess
    from gui.worker import BackgroundWorker


class NewConsolidationDialog(QDialog):
    """``created(view)`` once the master is booked and the consolidation opened."""

    created = Signal(object)  # ConsolidationView
    flights_loaded = Signal(int)

    def __init__(self, worker: BackgroundWorker, data: DataAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_consolidation")
        self._worker, self._data = worker, data
        self.origin_edit = self._edit(IATA_CODE_LENGTH, "origin")
        self.origin_edit.setValidator(AirportCodeValidator(self.origin_edit))
        self.origin_edit.setText(data.office_airport)
        self.destination_edit = self._edit(IATA_CODE_LENGTH, "destination")
        self.destination_edit.setValidator(AirportCodeValidator(self.destination_edit))
        self.flight = FlightPicker()
        self.shipper_edit = self._edit(20, "shipper")
        self.consignee_edit = self._edit(20, "consignee")
        self.weight_edit = self._edit(12, "gross_weight_kg")
        self.volume_edit = self._edit(12, "volume_m3")
        self.pieces_edit = self._edit(6, "pieces")
        self.errors = FieldErrors("new_consolidation_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.form = QFormLayout()
        self._lay_out()
        airport_lookup(self.origin_edit, worker, data)
        airport_lookup(self.destination_edit, worker, data)
        customer_lookup(self.shipper_edit, worker, data)
        customer_lookup(self.consignee_edit, worker, data)
        for edit in (self.origin_edit, self.destination_edit):
            edit.editingFinished.connect(self.load_flights)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def _edit(self, length: int, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(length)
        return edit

    def _lay_out(self) -> None:
        e = self.errors
        self.rows = [
            (e.field("origin", self.origin_edit)),
            (e.field("destination", self.destination_edit)),
            (e.field("flight_id", self.flight, "flight", "flight_number", "flight_date")),
            (e.field("shipper", self.shipper_edit)),
            (e.field("consignee", self.consignee_edit)),
            (e.field("gross_weight_kg", self.weight_edit, "gross_weight")),
            (e.field("volume_m3", self.volume_edit, "volume", "dimensions")),
            (e.field("pieces", self.pieces_edit, "tendered_pieces")),
        ]
        self.labels = [QLabel() for _ in self.rows]
        for label, box in zip(self.labels, self.rows, strict=True):
            self.form.addRow(label, box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(e.form)
        layout.addWidget(self.buttons)

    def load_flights(self) -> None:
        origin, destination = self.origin_edit.text(), self.destination_edit.text()
        if len(origin) != IATA_CODE_LENGTH or len(destination) != IATA_CODE_LENGTH:
            self.flight.clear_flights()
            return
        query = FlightQuery(origin=origin, destination=destination)
        self._worker.submit(partial(self._data.load_flights, query), on_done=self._on_flights)

    def _on_flights(self, flights: object) -> None:
        assert isinstance(flights, list)
        chosen = self.flight.chosen()
        self.flight.set_flights(flights, keep=chosen.id if chosen else None)
        self.flights_loaded.emit(len(flights))

    def request(self) -> object:
        from core.services.consolidations import ConsolidationRequest

        flight = self.flight.chosen()
        return ConsolidationRequest(
            shipper=self.shipper_edit.text().strip(),
            consignee=self.consignee_edit.text().strip(),
            gross_weight_kg=self.weight_edit.text().strip(),
            volume_m3=self.volume_edit.text().strip(),
            flight_id=flight.id if flight else None,
            origin=self.origin_edit.text() or None,
            destination=self.destination_edit.text() or None,
            pieces=self.pieces_edit.text().strip() or None,
        )

    def submit(self) -> None:
        self.errors.clear()
        if self.flight.chosen() is None:
            self.errors.labels["flight_id"].setText(self.tr("Choose a flight of the lane"))
            self.errors.labels["flight_id"].show()
            self.flight.setFocus()
            return
        self.buttons.setEnabled(False)
        # The request is read from the widgets here, on the UI thread: the worker never
        # touches a widget (it read a flight picker mid-reload once and found none).
        request = self.request()
        self._worker.submit(
            lambda: consolidations_data.create(self._data, request),
            on_done=self._on_created,
            on_failed=self._on_failed,
        )

    def _on_created(self, outcome: object) -> None:
        self.buttons.setEnabled(True)
        self.created.emit(outcome.value)  # type: ignore[attr-defined]
        self.accept()

    def _on_failed(self, error: object) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New consolidation"))
        labels = (
            self.tr("&Origin:"),
            self.tr("&Destination:"),
            self.tr("&Flight:"),
            self.tr("&Shipper account:"),
            self.tr("Co&nsignee account:"),
            self.tr("Booked &weight, kg:"),
            self.tr("Booked &volume, m³:"),
            self.tr("&Tendered pieces:"),
        )
        widgets = (
            self.origin_edit,
            self.destination_edit,
            self.flight,
            self.shipper_edit,
            self.consignee_edit,
            self.weight_edit,
            self.volume_edit,
            self.pieces_edit,
        )
        for label, text, widget in zip(self.labels, labels, widgets, strict=True):
            label.setText(text)
            label.setBuddy(widget)
        self.pieces_edit.setPlaceholderText(self.tr("when known"))
        self.shipper_edit.setPlaceholderText(self.tr("name or account"))
        self.consignee_edit.setPlaceholderText(self.tr("name or account"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
