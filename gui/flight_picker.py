"""Pick a flight of the lane: its popup lists each flight with the space it has left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from gui.flights_model import format_quantity
from gui.row_model import Field, RowModel

if TYPE_CHECKING:
    from core.services.views import FlightView

CONTEXT = "FlightPicker"
FIELDS: tuple[Field[FlightView], ...] = (
    Field(
        QT_TRANSLATE_NOOP("FlightPicker", "Flight"),
        lambda f: f"{f.flight_number}  {f.departure_date.isoformat()}",
        sort_key=lambda f: f.departs_at_utc,
    ),
    Field(QT_TRANSLATE_NOOP("FlightPicker", "Departs (local)"), lambda f: f.departs_local),
    Field(QT_TRANSLATE_NOOP("FlightPicker", "Aircraft"), lambda f: f.aircraft_type),
    Field(
        QT_TRANSLATE_NOOP("FlightPicker", "Left kg"),
        lambda f: format_quantity(f.remaining_weight_kg),
        sort_key=lambda f: f.remaining_weight_kg,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("FlightPicker", "Left m³"),
        lambda f: format_quantity(f.remaining_volume_m3),
        sort_key=lambda f: f.remaining_volume_m3,
        numeric=True,
    ),
)


class FlightPicker(QComboBox):
    """The flights of one lane; the closed field shows the chosen one, the popup a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flight_picker")
        self.flights: RowModel[FlightView] = RowModel(CONTEXT, FIELDS, key=lambda f: f.id)
        table = QTableView()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setModel(self.flights)
        self.setView(table)
        self.setModelColumn(0)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self._lane_known = False
        self.retranslate()

    def set_flights(self, flights: list[FlightView], keep: int | None = None) -> None:
        """List the lane's ``flights``; the flight ``keep`` stays chosen if among them."""
        self._lane_known = True
        self.flights.set_rows(flights)
        self.retranslate()
        row = self.flights.row_of(keep) if keep is not None else None
        self.setCurrentIndex(-1 if row is None else row)
        table = self.view()
        assert isinstance(table, QTableView)
        table.resizeColumnsToContents()
        width = sum(table.columnWidth(c) for c in range(len(FIELDS)))
        table.setMinimumWidth(width + table.verticalScrollBar().sizeHint().width() + 4)

    def clear_flights(self) -> None:
        """No lane yet: nothing to choose from."""
        self._lane_known = False
        self.flights.set_rows([])
        self.setCurrentIndex(-1)
        self.retranslate()

    def chosen(self) -> FlightView | None:
        row = self.currentIndex()
        return self.flights.row_at(row) if 0 <= row < self.flights.rowCount() else None

    def retranslate(self) -> None:
        self.flights.retranslate()
        if not self._lane_known:
            self.setPlaceholderText(self.tr("Choose the lane first"))
        elif self.count():
            self.setPlaceholderText(self.tr("Choose a flight"))
        else:
            self.setPlaceholderText(self.tr("No open flight on this lane"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
