"""The bookings list as a lazy Qt table model: pages of ConsignmentRow fetched on demand.

Over a million consignments, filtering and ordering happen in SQL and the model holds
only the pages the clerk has scrolled to (ARCHITECTURE rule 7, Anki's browser table).
The model never talks to the database: ``fetchMore`` asks for the next page by signal,
the controller fetches it on the worker and hands it back with ``add_page``. Each search
starts a new generation, so a late page of an earlier search is dropped.

Ordering: a column the search service orders in SQL restarts the search in that order.
A column it cannot order yet is sorted among the loaded rows only (``sorted_locally``),
and the screen says so; never QSortFilterProxyModel (8 s to sort 100k rows in Python).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette

from gui.flights_model import format_quantity
from gui.labels import MILESTONES, SPACE, booking_state, label

if TYPE_CHECKING:
    from core.services.views import ConsignmentRow

Index = QModelIndex | QPersistentModelIndex

BOOKING_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's ConsignmentRow
DEFAULT_PAGE_SIZE = 500

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    AWB = 0
    BOOKING = 1
    SHIPPER = 2
    CONSIGNEE = 3
    ROUTE = 4
    FLIGHT = 5
    DATE = 6
    PIECES = 7
    GROSS_KG = 8
    CHARGEABLE_KG = 9
    SPACE = 10
    STATUS = 11


COLUMNS = tuple(Column)
HEADERS = {
    Column.AWB: QT_TRANSLATE_NOOP("BookingsModel", "AWB"),
    Column.BOOKING: QT_TRANSLATE_NOOP("BookingsModel", "Booking"),
    Column.SHIPPER: QT_TRANSLATE_NOOP("BookingsModel", "Shipper"),
    Column.CONSIGNEE: QT_TRANSLATE_NOOP("BookingsModel", "Consignee"),
    Column.ROUTE: QT_TRANSLATE_NOOP("BookingsModel", "Route"),
    Column.FLIGHT: QT_TRANSLATE_NOOP("BookingsModel", "Flight"),
    Column.DATE: QT_TRANSLATE_NOOP("BookingsModel", "Date"),
    Column.PIECES: QT_TRANSLATE_NOOP("BookingsModel", "Pcs"),
    Column.GROSS_KG: QT_TRANSLATE_NOOP("BookingsModel", "Gross kg"),
    Column.CHARGEABLE_KG: QT_TRANSLATE_NOOP("BookingsModel", "Chg. kg"),
    Column.SPACE: QT_TRANSLATE_NOOP("BookingsModel", "Space"),
    Column.STATUS: QT_TRANSLATE_NOOP("BookingsModel", "Status"),
}
# Headers kept short for room; the header's tooltip says it in full.
HEADER_TIPS = {
    Column.AWB: QT_TRANSLATE_NOOP("BookingsModel", "Air waybill number"),
    Column.BOOKING: QT_TRANSLATE_NOOP("BookingsModel", "Booking reference"),
    Column.DATE: QT_TRANSLATE_NOOP("BookingsModel", "Flight date (local)"),
    Column.PIECES: QT_TRANSLATE_NOOP("BookingsModel", "Pieces"),
    Column.GROSS_KG: QT_TRANSLATE_NOOP("BookingsModel", "Gross weight, kg"),
    Column.CHARGEABLE_KG: QT_TRANSLATE_NOOP("BookingsModel", "Chargeable weight, kg"),
    Column.SPACE: QT_TRANSLATE_NOOP("BookingsModel", "Space status with the airline"),
    Column.STATUS: QT_TRANSLATE_NOOP("BookingsModel", "Cancelled, or the last milestone reached"),
}
NUMERIC = frozenset({Column.PIECES, Column.GROSS_KG, Column.CHARGEABLE_KG})

# The key the search service would order each column by in SQL (see DataAccess.sql_sorts).
SORT_KEYS = {
    Column.AWB: "awb",
    Column.BOOKING: "booking_ref",
    Column.SHIPPER: "shipper",
    Column.CONSIGNEE: "consignee",
    Column.ROUTE: "route",
    Column.FLIGHT: "flight",
    Column.DATE: "departure_date",
    Column.PIECES: "pieces",
    Column.GROSS_KG: "gross_weight",
    Column.CHARGEABLE_KG: "chargeable_weight",
    Column.SPACE: "space_status",
    Column.STATUS: "status",
}
_MILESTONE_ORDER = {code: n for n, code in enumerate(MILESTONES)}
LOCAL_SORT: dict[Column, Callable[[ConsignmentRow], Any]] = {
    Column.AWB: lambda r: r.awb_number,
    Column.BOOKING: lambda r: r.booking_ref,
    Column.SHIPPER: lambda r: r.shipper,
    Column.CONSIGNEE: lambda r: r.consignee,
    Column.ROUTE: lambda r: (r.origin, r.destination),
    Column.FLIGHT: lambda r: (r.flight_number, r.departure_date),
    Column.DATE: lambda r: r.departure_date,
    Column.PIECES: lambda r: r.pieces,
    Column.GROSS_KG: lambda r: r.gross_weight_kg,
    Column.CHARGEABLE_KG: lambda r: r.chargeable_weight_kg,
    Column.SPACE: lambda r: r.space_status,
    Column.STATUS: lambda r: (r.status, _MILESTONE_ORDER.get(r.milestone, 99)),
}
# Names sort as the clerk's language orders them: by pinyin in Chinese, not by code point.
BY_COLLATION = {Column.SHIPPER: lambda r: r.shipper, Column.CONSIGNEE: lambda r: r.consignee}
DISPLAY: dict[Column, Callable[[ConsignmentRow], str]] = {
    Column.AWB: lambda r: r.awb_number,
    Column.BOOKING: lambda r: r.booking_ref,
    Column.SHIPPER: lambda r: r.shipper,
    Column.CONSIGNEE: lambda r: r.consignee,
    Column.ROUTE: lambda r: f"{r.origin} → {r.destination}",
    Column.FLIGHT: lambda r: r.flight_number,
    Column.DATE: lambda r: r.departure_date.isoformat(),
    Column.PIECES: lambda r: format_quantity(r.pieces),
    Column.GROSS_KG: lambda r: format_quantity(r.gross_weight_kg),
    Column.CHARGEABLE_KG: lambda r: format_quantity(r.chargeable_weight_kg),
    Column.SPACE: lambda r: label(SPACE, r.space_status),
    Column.STATUS: lambda r: booking_state(r.status, r.milestone),
}
Order = tuple[Column, Qt.SortOrder] | None  # None: the service's own order, newest first


def tr(text: object) -> str:
    return QCoreApplication.translate("BookingsModel", str(text))


class BookingsModel(QAbstractTableModel):
    """Loaded pages of ConsignmentRow; asks for more as the view scrolls to the end."""

    page_wanted = Signal(int, int)  # generation, offset of the first row wanted
    order_wanted = Signal()  # a header click needs the search again, in another SQL order

    def __init__(self, page_size: int = DEFAULT_PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.sql_sorts: frozenset[str] = frozenset()
        self._rows: list[ConsignmentRow] = []
        self._generation = 0
        self._exhausted = True  # nothing to fetch until a search starts
        self._waiting = False
        self._order: Order = None
        self._sql_order: Order = None  # the order the loaded rows came from the database in

    # -- the search -------------------------------------------------------------------
    def restart(self) -> int:
        """Forget the loaded rows for a new search; returns its generation."""
        self.beginResetModel()
        self._rows = []
        self._generation += 1
        self._exhausted, self._waiting = False, False
        self._sql_order = self._order if self._in_sql(self._order) else None
        self.endResetModel()
        return self._generation

    def sql_order(self) -> tuple[str | None, bool]:
        """The order to ask the service for: a SORT_KEYS key (None: newest first), descending."""
        if self._sql_order is None:
            return None, True
        column, order = self._sql_order
        return SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._waiting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._waiting = True
            self.page_wanted.emit(self._generation, len(self._rows))

    def add_page(self, generation: int, rows: Sequence[ConsignmentRow]) -> bool:
        """Append a fetched page; False (and nothing changes) if a newer search began."""
        if generation != self._generation:
            return False
        self._waiting = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            if self.sorted_locally:
                self._reorder()
        return True

    def page_failed(self, generation: int) -> None:
        """Stop asking after a failed page (the presenter said why); F5 searches again."""
        if generation == self._generation:
            self._waiting, self._exhausted = False, True

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def is_complete(self) -> bool:
        """Every row of the search is loaded."""
        return self._exhausted and not self._waiting

    @property
    def sorted_locally(self) -> bool:
        """Sorted by a column the service cannot order yet: among the loaded rows only."""
        return self._order is not None and self._order != self._sql_order

    @property
    def sort_column(self) -> Column | None:
        return None if self._order is None else self._order[0]

    def booking_at(self, row: int) -> ConsignmentRow:
        return self._rows[row]

    # -- Qt's model interface ---------------------------------------------------------
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
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) in HEADER_TIPS:
            return tr(HEADER_TIPS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role while painting and sizing: keep it cheap.
        handler = _ROLE_HANDLERS.get(role)
        row, column = index.row(), index.column()
        if handler is None or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return None
        return handler(self._rows[row], COLUMNS[column])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click. -1 (the indicator cleared) is the service's order, newest first."""
        wanted: Order = (Column(column), order) if 0 <= column < len(Column) else None
        if wanted == self._order:
            return
        self._order = wanted
        if wanted != self._sql_order and self._in_sql(wanted):
            self.order_wanted.emit()  # the controller searches again in this order
        else:
            self._reorder()

    def retranslate(self) -> None:
        """Headers, space and status words are translated when asked for: ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- helpers ----------------------------------------------------------------------
    def _in_sql(self, order: Order) -> bool:
        return order is None or SORT_KEYS[order[0]] in self.sql_sorts

    def _reorder(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._rows = self._sorted(self._rows)
        row_of = {booking.id: row for row, booking in enumerate(self._rows)}
        after = [self.index(row_of[i], old.column()) for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ConsignmentRow]) -> list[ConsignmentRow]:
        if self._order is None:  # back to the database's order: newest first
            return sorted(rows, key=lambda r: r.id, reverse=True)
        column, order = self._order
        key = LOCAL_SORT[column]
        if column in BY_COLLATION:
            key = _collated(BY_COLLATION[column])
        newest_first = sorted(rows, key=lambda r: r.id, reverse=True)
        return sorted(newest_first, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def _collated(text: Callable[[ConsignmentRow], str]) -> Callable[[ConsignmentRow], Any]:
    """Sort keys in the order of the window's language (QLocale's default, which
    gui.i18n sets with the language)."""
    collator = QCollator(QLocale())
    return lambda row: collator.sortKey(text(row))


def _foreground(row: ConsignmentRow, _column: Column) -> Any:
    if row.status == "cancelled":
        return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    return None


_ROLE_HANDLERS: dict[int, Callable[[ConsignmentRow, Column], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda r, c: DISPLAY[c](r),
    Qt.ItemDataRole.TextAlignmentRole: lambda r, c: RIGHT if c in NUMERIC else LEFT,
    Qt.ItemDataRole.ForegroundRole: _foreground,
    Qt.ItemDataRole.ToolTipRole: lambda r, c: (
        r.shipper if c == Column.SHIPPER else r.consignee if c == Column.CONSIGNEE else None
    ),
    BOOKING_ROLE: lambda r, c: r,
}
