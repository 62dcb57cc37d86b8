"""The booking editor: a clerk books a consignment onto a flight from the keyboard.

Non-modal. As the clerk types, the weights are worked out at once (core's pure rules) and,
a quarter second after the last key, core's validation and the rating service run on the
interactive worker; an answer older than the latest question is dropped. Errors appear
under the field at fault, for the fields the clerk has been in (all of them once Save was
tried). Save books (Ctrl+S, Ctrl+Enter); then Print offers the AWB, the labels and the
invoice (drawn on the ``jobs`` worker) and New booking starts again on the same lane.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import booking_data
from gui.booking_form_fields import ERROR_STYLE, BookingFields
from gui.booking_measures import measures
from gui.booking_print import BookingPrinter
from gui.completers import Lookup, airport_lookup, customer_lookup
from gui.errors import field_message
from gui.flights_model import format_quantity
from gui.quote_panel import QuotePanel
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.errors import FreightDeskError
    from core.services.views import BookingView, FlightView
    from gui.data import DataAccess

DEBOUNCE_MS = 250
# Errors that name no field but belong to one: the flight's space and state.
FIELD_OF_CODE = {"flight.capacity": "flight", "flight.closed": "flight"}


class BookingEditor(QDialog):
    booked = Signal(object)  # the BookingView just booked

    def __init__(
        self,
        worker: BackgroundWorker,
        jobs: BackgroundWorker,
        data: DataAccess,
        parent: QWidget | None = None,
        *,
        flight: FlightView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("booking_editor")
        self.setModal(False)
        self._worker, self._jobs, self._data = worker, jobs, data
        self.view: BookingView | None = None  # the booking saved last
        self._asked = {"check": 0, "quote": 0, "lane": 0}
        self._touched: set[str] = set()
        self._save_tried = False
        self._lane = ("", "")
        self._request_id = str(uuid.uuid4())
        self._result_text: Callable[[], str] = str
        self._saving = 0  # the worker's task id of the booking being saved
        self.fields = BookingFields()
        self.quote = QuotePanel()
        self.printer = BookingPrinter(worker, jobs, data, self, self._say_problem)
        self._build()
        self._lookups = self._make_lookups()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask_core)
        self._connect()
        self.retranslate()
        if flight is not None:
            self.fields.origin.setText(flight.origin)
            self.fields.destination.setText(flight.destination)
            self._load_lane(keep=flight.id)
        self.fields.shipper.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.problem = QLabel()
        self.problem.setObjectName("booking_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.summary = QLabel()
        self.summary.setObjectName("booking_result")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        self.print_menu = QMenu(self)
        self.print_button.setMenu(self.print_menu)
        self.awb_action = self.print_menu.addAction("", lambda: self.print_awb())
        self.labels_action = self.print_menu.addAction("", lambda: self.print_labels())
        self.invoice_action = self.print_menu.addAction("", lambda: self.print_invoice())
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_booking")
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addStretch(0)
        for button in (self.save_button, self.print_button, self.new_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must never book
            buttons.addWidget(button)
        self.print_button.setEnabled(False)
        self.new_button.setEnabled(False)
        grid = QGridLayout()
        grid.addWidget(self.fields.route, 0, 0)
        grid.addWidget(self.fields.lithium, 1, 0)
        grid.addWidget(self.fields.cargo, 0, 1, 2, 1)
        grid.addWidget(self.quote, 0, 2, 2, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(1240, 660)

    def _make_lookups(self) -> dict[str, Lookup]:
        f, worker, data = self.fields, self._worker, self._data
        return {
            "shipper": customer_lookup(f.shipper, worker, data),
            "consignee": customer_lookup(f.consignee, worker, data),
            "origin": airport_lookup(f.origin, worker, data),
            "destination": airport_lookup(f.destination, worker, data),
        }

    def _connect(self) -> None:
        self.fields.edited.connect(self._on_edited)
        self.fields.lane_edited.connect(self._load_lane)
        self.fields.flight.currentIndexChanged.connect(lambda _i: self._flight_chosen())
        for party in ("shipper", "consignee"):
            self._lookups[party].chosen.connect(partial(self._party_chosen, party))
        for end in ("origin", "destination"):
            self._lookups[end].chosen.connect(lambda _airport: self._load_lane())
        self._worker.crashed.connect(self._crashed)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_booking)
        self.close_button.clicked.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    # -- as the clerk types ------------------------------------------------------------------
    def _on_edited(self, name: str) -> None:
        self._touched.add(name)
        if name in ("shipper", "consignee"):
            self.fields.set_note(name, "")
        form = self.fields.values()
        self.quote.show_measures(*measures(form.gross_weight_kg, form.dimensions))
        self._timer.start()

    def _party_chosen(self, party: str, customer: Any) -> None:
        self._on_edited(party)
        self.fields.set_note(party, customer.name)

    def _ask_core(self) -> None:
        """Core's validation of the whole form and, when the lane and cargo are in, a quote."""
        if not self._worker.is_running:
            return  # the window is closing
        form = self.fields.values()
        n = self._next("check")
        self._worker.submit(
            partial(booking_data.check, form),
            on_done=partial(self._checked, n),
            on_failed=partial(self._checked, n),
        )
        if not (form.origin and form.destination and form.pieces and form.gross_weight_kg):
            self.quote.clear_quote()
            return
        if not form.dimensions:
            self.quote.clear_quote()
            return
        n = self._next("quote")
        self._worker.submit(
            partial(booking_data.quote, self._data, form),
            on_done=partial(self._quoted, n),
            on_failed=partial(self._quote_failed, n),
        )

    def _next(self, kind: str) -> int:
        self._asked[kind] += 1
        return self._asked[kind]

    def _checked(self, n: int, problems: Any) -> None:
        if n != self._asked["check"]:
            return  # a newer check is on its way
        found = problems if isinstance(problems, tuple) else (problems,)
        for name in self.fields.slots:
            self.fields.clear_error(name)
        for error in found:
            field, text = field_message(error)
            if self._save_tried or (field or "") in self._touched:
                self.fields.show_error(field, text)

    def _quoted(self, n: int, quoted: Any) -> None:
        if n == self._asked["quote"]:
            self.quote.show_quote(quoted)

    def _quote_failed(self, n: int, error: FreightDeskError) -> None:
        if n == self._asked["quote"]:
            self.quote.show_problem(field_message(error)[1])

    def _load_lane(self, keep: int | None = None) -> None:
        """The open flights of the lane, once both ends are airport codes."""
        origin = self.fields.origin.text().strip().upper()
        destination = self.fields.destination.text().strip().upper()
        lane = (origin, destination)
        if keep is None and lane == self._lane:
            return
        self._lane = lane
        if not all(len(code) == 3 and code.isalpha() for code in lane):
            self.fields.flight.clear_flights()
            return
        chosen = self.fields.flight.chosen()
        wanted = keep if keep is not None else (chosen.id if chosen else None)
        n = self._next("lane")
        self._worker.submit(
            partial(booking_data.lane_flights, self._data, origin, destination),
            on_done=partial(self._lane_loaded, n, wanted),
        )

    def _lane_loaded(self, n: int, keep: int | None, flights: Any) -> None:
        if n == self._asked["lane"]:
            self.fields.flight.set_flights(flights, keep)
            self._flight_chosen()

    def _flight_chosen(self) -> None:
        """Under the picker: when the chosen flight leaves and the space it has left."""
        chosen = self.fields.flight.chosen()
        text = ""
        if chosen is not None:
            text = self.tr("Departs {departs} · {kg} kg and {m3} m³ left").format(
                departs=chosen.departs_local,
                kg=format_quantity(chosen.remaining_weight_kg),
                m3=format_quantity(chosen.remaining_volume_m3),
            )
        self.fields.set_note("flight", text)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._save_tried = True
        self._timer.stop()
        self.problem.hide()
        form = replace(self.fields.values(), client_request_id=self._request_id)
        self.save_button.setEnabled(False)
        self._saving = self._worker.submit(
            partial(booking_data.book, self._data, form),
            on_done=self._booked,
            on_failed=self._save_failed,
        )

    def _crashed(self, task: int, *_details: object) -> None:
        """A bug while booking: the presenter shows it; the clerk may try again."""
        if task == self._saving:
            self.save_button.setEnabled(True)

    def _save_failed(self, error: FreightDeskError) -> None:
        self.save_button.setEnabled(True)
        field, text = field_message(error)
        field = field or FIELD_OF_CODE.get(error.code)
        slot = self.fields.slot(field)
        if slot is not None and self.fields.show_error(field, text):
            slot.field.setFocus()
        else:
            self.problem.setText(text)
            self.problem.show()

    def _booked(self, outcome: Any) -> None:
        view: BookingView = outcome.value
        self.view = view
        notes = [notice.message for notice in outcome.notices]
        self._result_text = lambda: " ".join(
            [
                self.tr("Booked: AWB {awb}, flight {flight}, {ref}.").format(
                    awb=view.awb_number, flight=view.flight.label, ref=view.booking_ref
                ),
                *notes,
            ]
        )
        self.summary.setText(self._result_text())
        self.summary.show()
        self.print_button.setEnabled(True)
        self.new_button.setEnabled(True)
        self.new_button.setFocus()
        self._lane = ("", "")
        self._load_lane(keep=view.flight.id)  # the space left has changed
        self.booked.emit(view)

    def new_booking(self) -> None:
        """Clear the parties and cargo, keep the lane and flight."""
        self.fields.clear_parties_and_cargo()
        self.quote.clear_quote()
        self.quote.show_measures(None, None, None)
        self._touched.clear()
        self._save_tried = False
        self._request_id = str(uuid.uuid4())
        self.view = None
        self.summary.hide()
        self.problem.hide()
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(False)
        self.new_button.setEnabled(False)
        self.fields.shipper.setFocus()

    # -- printing ----------------------------------------------------------------------------
    def print_awb(self) -> None:
        if self.view is not None:
            self.printer.awb(self.view.awb_number)

    def print_labels(self) -> None:
        if self.view is not None:
            self.printer.labels(self.view.awb_number)

    def print_invoice(self) -> None:
        if self.view is not None:
            self.printer.invoice(self.view.awb_number)

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # -- leaving -----------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape or Close: ask first when typed data would be lost."""
        if self.view is not None or not self.fields.has_typed():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard booking"),
            self.tr("Discard the booking you have typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discard_question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(partial(self._discard_answered, box))
        self.discard_question = box
        box.open()

    def _discard_answered(self, box: QMessageBox, _result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            super().reject()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New booking"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Book it (Ctrl+S or Ctrl+Enter)"))
        self.print_button.setText(self.tr("P&rint"))
        self.awb_action.setText(self.tr("&Air waybill"))
        self.labels_action.setText(self.tr("&Labels"))
        self.invoice_action.setText(self.tr("&Invoice"))
        self.new_button.setText(self.tr("&New booking"))
        self.close_button.setText(self.tr("Close"))
        if self.view is not None:
            self.summary.setText(self._result_text())

    def done(self, result: int) -> None:
        self._timer.stop()  # nothing more to check once the dialog has gone
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
