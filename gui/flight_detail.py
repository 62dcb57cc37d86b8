"""One flight: when and where, its space as bars, the bookings on it, and what to do next
(the manifest, the allotment, a booking on it). Non-modal: Esc or Close leaves it.

Loading runs on the interactive worker; the manifest on the long-job worker (``jobs``), so
a big e-commerce manifest never holds up the clerk's next search.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
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

from gui import flight_data
from gui.field_errors import FieldErrors
from gui.flights_model import format_quantity, status_text, volume_space, weight_space
from gui.labels import SPACE, label
from gui.row_model import Field, RowModel
from gui.space_bar import SpaceBar
from gui.tables import fit_columns, make_table
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.flight_bookings import FlightBooking
    from core.services.views import FlightView
    from gui.data import DataAccess

CONTEXT = "FlightDetail"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


BOOKING_FIELDS: tuple[Field[FlightBooking], ...] = (
    Field(QT_TRANSLATE_NOOP("FlightDetail", "AWB"), lambda b: b.awb_number),
    Field(QT_TRANSLATE_NOOP("FlightDetail", "Shipper"), lambda b: b.shipper),
    Field(QT_TRANSLATE_NOOP("FlightDetail", "Consignee"), lambda b: b.consignee),
    Field(QT_TRANSLATE_NOOP("FlightDetail", "Destination"), lambda b: b.destination),
    Field(
        QT_TRANSLATE_NOOP("FlightDetail", "Pieces"),
        lambda b: format_quantity(b.pieces),
        sort_key=lambda b: b.pieces,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("FlightDetail", "kg"),
        lambda b: format_quantity(b.gross_weight_kg),
        sort_key=lambda b: b.gross_weight_kg,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("FlightDetail", "Chargeable kg"),
        lambda b: format_quantity(b.chargeable_weight_kg),
        sort_key=lambda b: b.chargeable_weight_kg,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("FlightDetail", "m³"),
        lambda b: format_quantity(b.volume_m3),
        sort_key=lambda b: b.volume_m3,
        numeric=True,
    ),
    Field(QT_TRANSLATE_NOOP("FlightDetail", "SHC"), lambda b: " ".join(b.shc)),
    Field(
        QT_TRANSLATE_NOOP("FlightDetail", "Space"),
        lambda b: label(SPACE, b.space_status),
        sort_key=lambda b: b.space_status,
    ),
)
SPACE_TEXT = {
    "weight": QT_TRANSLATE_NOOP("FlightDetail", "{booked} of {allotment} kg booked ({percent} %)"),
    "volume": QT_TRANSLATE_NOOP("FlightDetail", "{booked} of {allotment} m³ booked ({percent} %)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FlightDetail(QDialog):
    book_requested = Signal(object)  # the FlightView, for the booking editor
    refreshed = Signal()  # the flight and its bookings have been (re)loaded

    def __init__(
        self,
        worker: BackgroundWorker,
        jobs: BackgroundWorker | None,
        data: DataAccess,
        flight: FlightView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flight_detail")
        self._worker, self._jobs, self._data = worker, jobs, data
        self.flight = flight
        self.document: Any = None  # the manifest's preview, once asked for
        self.allotment_dialog: AllotmentDialog | None = None
        self.title = QLabel()
        self.facts = QLabel()
        self.weight_bar, self.volume_bar = SpaceBar(), SpaceBar()
        self.weight_label, self.volume_label = QLabel(), QLabel()
        self.bookings_label, self.note = QLabel(), QLabel()
        self.model: RowModel[FlightBooking] = RowModel(CONTEXT, BOOKING_FIELDS, lambda b: b.id)
        self.table = make_table("flight_bookings_table")
        self.table.setModel(self.model)
        self.manifest_button = QPushButton()
        self.allotment_button = QPushButton()
        self.book_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._lay_out()
        self._connect()
        self.retranslate()
        self.resize(1100, 640)
        self.refresh()

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the flight (its space moves with every booking) and its bookings again."""
        self._worker.submit(partial(flight_data.flight, self._data, self.flight.id), self._show)
        self._worker.submit(
            partial(flight_data.bookings, self._data, self.flight.id), self._show_bookings
        )

    def _show(self, flight: object) -> None:
        self.flight = flight  # type: ignore[assignment]
        self._fill_flight()

    def _show_bookings(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.model.set_rows(rows)
        fit_columns(self.table, (1, 2))
        self._fill_count()
        self.refreshed.emit()

    # -- actions ------------------------------------------------------------------------
    def show_manifest(self) -> None:
        try:
            from gui.document_view import show_document
        except ImportError:  # the preview is not in this build yet
            self.note.setText(self.tr("The document preview is not available."))
            return
        f = self.flight
        self.document = show_document(
            self,
            self._jobs or self._worker,
            title=self.tr("Manifest {flight} {date}").format(
                flight=f.flight_number, date=f.departure_date.isoformat()
            ),
            make_pdf=partial(flight_data.manifest_pdf, self._data, f.id),
            file_name=f"manifest-{f.flight_number}-{f.departure_date.isoformat()}.pdf",
        )

    def edit_allotment(self) -> None:
        self.allotment_dialog = AllotmentDialog(self._worker, self._data, self.flight, self)
        self.allotment_dialog.saved.connect(self._allotment_saved)
        self.allotment_dialog.open()

    def _allotment_saved(self, flight: object) -> None:
        self._show(flight)

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.weight_label.setText(self.tr("Weight:"))
        self.volume_label.setText(self.tr("Volume:"))
        self.manifest_button.setText(self.tr("&Manifest"))
        self.manifest_button.setToolTip(self.tr("Preview, print or save the cargo manifest"))
        self.allotment_button.setText(self.tr("A&llotment…"))
        self.allotment_button.setToolTip(
            self.tr("Change the weight and volume this flight may sell")
        )
        self.book_button.setText(self.tr("&Book on this flight"))
        self.note.setText(self.tr("Only bookings with confirmed space go on the manifest."))
        self.model.retranslate()
        self._fill_flight()
        self._fill_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_flight(self) -> None:
        f = self.flight
        self.setWindowTitle(
            self.tr("Flight {flight} {date}").format(
                flight=f.flight_number, date=f.departure_date.isoformat()
            )
        )
        self.title.setText(
            f"{f.flight_number}  ·  {f.departure_date.isoformat()}  ·  {f.origin} → {f.destination}"
        )
        aircraft = " ".join(p for p in (f.aircraft_type, f.registration) if p)
        self.facts.setText(
            self.tr("Departs {departs} · arrives {arrives} · {aircraft} · {status}").format(
                departs=f.departs_local,
                arrives=f.arrives_local,
                aircraft=aircraft,
                status=status_text(f),
            )
        )
        for bar, space, key in (
            (self.weight_bar, weight_space(f), "weight"),
            (self.volume_bar, volume_space(f), "volume"),
        ):
            text = tr(SPACE_TEXT[key]).format(
                booked=format_quantity(space.booked),
                allotment=format_quantity(space.allotment),
                percent=space.percent,
            )
            bar.set_space(space, text)
        self.book_button.setEnabled(f.status == "open")

    def _fill_count(self) -> None:
        count = self.model.rowCount()
        self.bookings_label.setText(
            QCoreApplication.translate("FlightDetail", "%n bookings on this flight", "", count)
        )

    # -- building -----------------------------------------------------------------------
    def _lay_out(self) -> None:
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        for text in (self.title, self.facts):
            text.setTextInteractionFlags(SELECTABLE)
        space = QFormLayout()
        space.addRow(self.weight_label, self.weight_bar)
        space.addRow(self.volume_label, self.volume_bar)
        space.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        space.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.note.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.manifest_button, self.allotment_button, self.book_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(space)
        layout.addSpacing(6)
        layout.addWidget(self.bookings_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.manifest_button.clicked.connect(self.show_manifest)
        self.allotment_button.clicked.connect(self.edit_allotment)
        self.book_button.clicked.connect(lambda: self.book_requested.emit(self.flight))


class AllotmentDialog(QDialog):
    """The weight and volume this flight may sell (DOMAIN, Space); core refuses less than
    is already booked, and its message shows under the field."""

    saved = Signal(object)  # the FlightView with its new allotment

    def __init__(
        self,
        worker: BackgroundWorker,
        data: DataAccess,
        flight: FlightView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("allotment_dialog")
        self._worker, self._data, self.flight = worker, data, flight
        self.setWindowTitle(self.tr("Allotment of {flight}").format(flight=flight.label))
        self.weight_edit = QLineEdit(str(flight.allotment_weight_kg))
        self.volume_edit = QLineEdit(str(flight.allotment_volume_m3))
        self.errors = FieldErrors("allotment_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        booked = self.tr("Booked now: {kg} kg and {m3} m³").format(
            kg=format_quantity(flight.booked_weight_kg), m3=format_quantity(flight.booked_volume_m3)
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        weight = QLabel(self.tr("&Weight kg:"))
        volume = QLabel(self.tr("&Volume m³:"))
        weight.setBuddy(self.weight_edit)
        volume.setBuddy(self.volume_edit)
        form.addRow(weight, self.errors.field("allotment_weight_kg", self.weight_edit))
        form.addRow(volume, self.errors.field("allotment_volume_m3", self.volume_edit))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(booked))
        layout.addLayout(form)
        layout.addWidget(self.errors.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def save(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        task = partial(
            flight_data.set_allotment,
            self._data,
            self.flight.id,
            self.weight_edit.text(),
            self.volume_edit.text(),
        )
        self._worker.submit(task, on_done=self._saved, on_failed=self._refused)

    def _saved(self, outcome: Any) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(outcome.value)
        self.accept()

    def _refused(self, error: Any) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)
        self.adjustSize()  # room for the message under the field
