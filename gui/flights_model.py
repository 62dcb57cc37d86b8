"""The flights list as a Qt table model: FlightView rows, column constants, custom roles.

The model only adapts frozen FlightView data for display (napari's thin-adapter habit);
it never talks to the database. Numbers are Decimals formatted exactly, never floats.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from gui.space_bar import SPACE_ROLE, Space

if TYPE_CHECKING:  # annotations only: importing these costs start-up time
    from decimal import Decimal

    from core.services.views import FlightView

Index = QModelIndex | QPersistentModelIndex

# DISPLAY: a flight is "nearly full" when less than 10 % of its allotment is left,
# by weight OR by volume (either one running out refuses a booking).
NEARLY_FULL_PERCENT = 10
NEARLY_FULL_BACKGROUND = QColor("#ffd98a")
NEARLY_FULL_FOREGROUND = QColor("#3d2a00")

FLIGHT_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's FlightView
NEARLY_FULL_ROLE = Qt.ItemDataRole.UserRole + 2  # bool

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    FLIGHT = 0
    DATE = 1
    ROUTE = 2
    DEPARTS = 3
    AIRCRAFT = 4
    BOOKED_KG = 5  # drawn as a bar: booked of the weight allotment
    LEFT_KG = 6
    BOOKED_M3 = 7  # drawn as a bar: booked of the volume allotment
    LEFT_M3 = 8
    BOOKINGS = 9
    STATUS = 10


COLUMNS = tuple(Column)

HEADERS = {
    Column.FLIGHT: QT_TRANSLATE_NOOP("FlightsModel", "Flight"),
    Column.DATE: QT_TRANSLATE_NOOP("FlightsModel", "Date"),
    Column.ROUTE: QT_TRANSLATE_NOOP("FlightsModel", "Route"),
    Column.DEPARTS: QT_TRANSLATE_NOOP("FlightsModel", "Departs (local)"),
    Column.AIRCRAFT: QT_TRANSLATE_NOOP("FlightsModel", "Aircraft"),
    Column.BOOKED_KG: QT_TRANSLATE_NOOP("FlightsModel", "Booked kg"),
    Column.LEFT_KG: QT_TRANSLATE_NOOP("FlightsModel", "Left kg"),
    Column.BOOKED_M3: QT_TRANSLATE_NOOP("FlightsModel", "Booked m³"),
    Column.LEFT_M3: QT_TRANSLATE_NOOP("FlightsModel", "Left m³"),
    Column.BOOKINGS: QT_TRANSLATE_NOOP("FlightsModel", "Bookings"),
    Column.STATUS: QT_TRANSLATE_NOOP("FlightsModel", "Status"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("FlightsModel", "Open"),
    "closed": QT_TRANSLATE_NOOP("FlightsModel", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("FlightsModel", "Cancelled"),
}
NEARLY_FULL_STATUS = QT_TRANSLATE_NOOP("FlightsModel", "Nearly full")
BOOKED_TIPS = {
    Column.BOOKED_KG: QT_TRANSLATE_NOOP(
        "FlightsModel", "{booked} of {allotment} kg booked ({percent} %)"
    ),
    Column.BOOKED_M3: QT_TRANSLATE_NOOP(
        "FlightsModel", "{booked} of {allotment} m³ booked ({percent} %)"
    ),
}
NEARLY_FULL_TIP = QT_TRANSLATE_NOOP("FlightsModel", "Less than 10 % of the allotment is left")
DEPARTS_TIP = QT_TRANSLATE_NOOP("FlightsModel", "Departs {departs}, arrives {arrives}")
NUMERIC = frozenset(
    {Column.BOOKED_KG, Column.LEFT_KG, Column.BOOKED_M3, Column.LEFT_M3, Column.BOOKINGS}
)


def tr(text: object) -> str:
    """Translate a source text marked with QT_TRANSLATE_NOOP (typed as object) above."""
    return QCoreApplication.translate("FlightsModel", str(text))


def format_quantity(value: Decimal | int) -> str:
    """Exactly the stored digits, with thousands separators: 20400.000 -> "20,400.000"."""
    return f"{value:,}"


def departs_text(flight: FlightView) -> str:
    """The local departure time; the date too only when it differs from the Date column."""
    day, _, rest = flight.departs_local.partition(" ")
    return rest if day == flight.departure_date.isoformat() else flight.departs_local


def is_nearly_full(flight: FlightView) -> bool:
    return _low(flight.remaining_weight_kg, flight.allotment_weight_kg) or _low(
        flight.remaining_volume_m3, flight.allotment_volume_m3
    )


def _low(remaining: Decimal, allotment: Decimal) -> bool:
    return allotment <= 0 or remaining * 100 < allotment * NEARLY_FULL_PERCENT


def status_text(flight: FlightView) -> str:
    """Open, Closed, Cancelled; an open flight short of weight or volume says so."""
    if flight.status == "open" and is_nearly_full(flight):
        return tr(NEARLY_FULL_STATUS)
    return tr(STATUSES.get(flight.status, flight.status))


def weight_space(flight: FlightView) -> Space:
    return Space(
        flight.booked_weight_kg,
        flight.allotment_weight_kg,
        short=_low(flight.remaining_weight_kg, flight.allotment_weight_kg),
        open=flight.status == "open",
    )


def volume_space(flight: FlightView) -> Space:
    return Space(
        flight.booked_volume_m3,
        flight.allotment_volume_m3,
        short=_low(flight.remaining_volume_m3, flight.allotment_volume_m3),
        open=flight.status == "open",
    )


def space_tip(flight: FlightView, column: Column) -> str:
    """ "1,200.000 of 20,400.000 kg booked (6 %)"."""
    space = weight_space(flight) if column == Column.BOOKED_KG else volume_space(flight)
    return tr(BOOKED_TIPS[column]).format(
        booked=format_quantity(space.booked),
        allotment=format_quantity(space.allotment),
        percent=space.percent,
    )


DISPLAY: dict[Column, Callable[[FlightView], str]] = {
    Column.FLIGHT: lambda f: f.flight_number,
    Column.DATE: lambda f: f.departure_date.isoformat(),
    Column.ROUTE: lambda f: f"{f.origin} → {f.destination}",
    Column.DEPARTS: departs_text,
    Column.AIRCRAFT: lambda f: f.aircraft_type,
    Column.BOOKED_KG: lambda f: format_quantity(f.booked_weight_kg),
    Column.LEFT_KG: lambda f: format_quantity(f.remaining_weight_kg),
    Column.BOOKED_M3: lambda f: format_quantity(f.booked_volume_m3),
    Column.LEFT_M3: lambda f: format_quantity(f.remaining_volume_m3),
    Column.BOOKINGS: lambda f: format_quantity(f.bookings),
    Column.STATUS: lambda f: status_text(f),
}
SORT_KEYS: dict[Column, Callable[[FlightView], Any]] = {
    Column.FLIGHT: lambda f: f.flight_number,
    Column.DATE: lambda f: f.departure_date,
    Column.ROUTE: lambda f: (f.origin, f.destination),
    Column.DEPARTS: lambda f: f.departs_at_utc,
    Column.AIRCRAFT: lambda f: f.aircraft_type,
    Column.BOOKED_KG: lambda f: f.booked_weight_kg,
    Column.LEFT_KG: lambda f: f.remaining_weight_kg,
    Column.BOOKED_M3: lambda f: f.booked_volume_m3,
    Column.LEFT_M3: lambda f: f.remaining_volume_m3,
    Column.BOOKINGS: lambda f: f.bookings,
    Column.STATUS: lambda f: f.status,
}


class FlightsModel(QAbstractTableModel):
    """Rows of FlightView; sorts itself (QTableView calls ``sort`` on a header click)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FlightView] = []
        self._sort: tuple[Column, Qt.SortOrder] = (Column.DEPARTS, Qt.SortOrder.AscendingOrder)

    def set_flights(self, flights: Sequence[FlightView]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(flights)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and statuses are translated when asked for: ask the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def flight_at(self, row: int) -> FlightView:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in NUMERIC else LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role while painting and sizing: keep it cheap.
        handler = _ROLE_HANDLERS.get(role)
        row, column = index.row(), index.column()
        if handler is None or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return None
        return handler(self._rows[row], COLUMNS[column])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._rows = self._sorted(self._rows)
        row_of = {flight.id: row for row, flight in enumerate(self._rows)}
        after = [self.index(row_of[i], old.column()) for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, flights: Sequence[FlightView]) -> list[FlightView]:
        column, order = self._sort
        primary = SORT_KEYS[column]
        return sorted(
            flights,
            key=lambda f: (primary(f), f.departs_at_utc, f.flight_number),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )


def _foreground(flight: FlightView, column: Column) -> QColor | None:
    if flight.status != "open":
        # Greyed but still readable: the placeholder grey, not the paler disabled one.
        return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    if _space_short(flight, column):
        return NEARLY_FULL_FOREGROUND
    return None


def _background(flight: FlightView, column: Column) -> QColor | None:
    if flight.status == "open" and _space_short(flight, column):
        return NEARLY_FULL_BACKGROUND
    return None


def _space_short(flight: FlightView, column: Column) -> bool:
    """Mark the cell that is short (weight or volume), not both."""
    if column == Column.LEFT_KG:
        return _low(flight.remaining_weight_kg, flight.allotment_weight_kg)
    if column == Column.LEFT_M3:
        return _low(flight.remaining_volume_m3, flight.allotment_volume_m3)
    return False


def _font(flight: FlightView, column: Column) -> QFont | None:
    """ "Nearly full" in bold: the status column stretches, a colour there would shout."""
    if column == Column.STATUS and flight.status == "open" and is_nearly_full(flight):
        bold = QFont(QGuiApplication.font())
        bold.setBold(True)
        return bold
    return None


def _space(flight: FlightView, column: Column) -> Space | None:
    if column == Column.BOOKED_KG:
        return weight_space(flight)
    if column == Column.BOOKED_M3:
        return volume_space(flight)
    return None


def _tooltip(flight: FlightView, column: Column) -> str | None:
    if column in BOOKED_TIPS:
        return space_tip(flight, column)
    if _space_short(flight, column):
        return tr(NEARLY_FULL_TIP)
    if column == Column.DEPARTS:
        return tr(DEPARTS_TIP).format(departs=flight.departs_local, arrives=flight.arrives_local)
    return None


_ROLE_HANDLERS: dict[int, Callable[[FlightView, Column], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda f, c: DISPLAY[c](f),
    Qt.ItemDataRole.TextAlignmentRole: lambda f, c: RIGHT if c in NUMERIC else LEFT,
    Qt.ItemDataRole.ForegroundRole: _foreground,
    Qt.ItemDataRole.BackgroundRole: _background,
    Qt.ItemDataRole.ToolTipRole: _tooltip,
    FLIGHT_ROLE: lambda f, c: f,
    NEARLY_FULL_ROLE: lambda f, c: is_nearly_full(f),
    SPACE_ROLE: _space,
    Qt.ItemDataRole.FontRole: _font,
}
