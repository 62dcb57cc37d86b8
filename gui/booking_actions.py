"""What a clerk does to a booking from its dialog: print its AWB and labels, cancel it.

Cancelling asks for the reason in a small dialog of its own (core refuses an empty one;
the refusal is shown under the field). The change goes through the interactive worker, so
the lists and the flights board hear of it (rule 4) and the booking dialog closes.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import booking_data
from gui.booking_print import BookingPrinter
from gui.errors import field_message
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.errors import FreightDeskError
    from core.services.views import BookingView
    from gui.data import DataAccess

ERROR_STYLE = "color: #b3261e;"


class CancelDialog(QDialog):
    """The reason for a cancellation; OK submits it, core's refusal shows under it."""

    def __init__(
        self, worker: BackgroundWorker, data: DataAccess, awb: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancel_booking")
        self._worker, self._data, self.awb = worker, data, awb
        self.setWindowTitle(self.tr("Cancel booking {awb}").format(awb=awb))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. shipper withdrew the cargo"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        note = QLabel(
            self.tr("The space goes back to the flight and the AWB number is voided, never reused.")
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel &booking"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 48)

    def submit(self) -> None:
        self.buttons.setEnabled(False)
        self._worker.submit(
            partial(booking_data.cancel_booking, self._data, self.awb, self.reason.text()),
            on_done=lambda _outcome: self.accept(),
            on_failed=self._refused,
        )

    def _refused(self, error: FreightDeskError) -> None:
        self.buttons.setEnabled(True)
        _field, text = field_message(error)
        self.error.setText(text)
        self.error.show()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)


class BookingActions(QObject):
    """The buttons under a booking's dialog; ``cancelled`` once the booking is cancelled."""

    cancelled = Signal(str)  # the AWB

    def __init__(
        self,
        worker: BackgroundWorker,
        jobs: BackgroundWorker,
        data: DataAccess,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker, self._jobs, self._data = worker, jobs, data
        self.cancel_dialog: CancelDialog | None = None

    def buttons_for(self, view: BookingView, dialog: QWidget) -> QWidget:
        """A row of buttons acting on ``view``, for ``dialog``'s foot."""
        live = view.status != "cancelled"
        printer = BookingPrinter(self._worker, self._jobs, self._data, dialog, lambda _t: None)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, text, slot in (
            ("print_awb", self.tr("Print &AWB…"), partial(printer.awb, view.awb_number)),
            ("print_labels", self.tr("Print &labels…"), partial(printer.labels, view.awb_number)),
            ("cancel", self.tr("&Cancel booking…"), partial(self.ask_cancel, view, dialog)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(live)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def ask_cancel(self, view: BookingView, dialog: QWidget) -> None:
        self.cancel_dialog = CancelDialog(self._worker, self._data, view.awb_number, dialog)
        self.cancel_dialog.accepted.connect(lambda: self._done(view.awb_number, dialog))
        self.cancel_dialog.open()

    def _done(self, awb: str, dialog: QWidget) -> None:
        self.cancelled.emit(awb)
        dialog.close()
