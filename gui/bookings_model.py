"""The bookings list as a lazy Qt table model: pages of ConsignmentRow fetched on demand.

Over a million consignments, filtering and ordering happen in SQL and the model holds
only the pages the clerk has scrolled to; the paging, the generations and the SQL or
local ordering are gui.paged_model's, this module says what the columns are.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from gui.flights_model import format_quantity
from gui.labels import MILESTONES, SPACE, booking_state, label
from gui.paged_model import DEFAULT_PAGE_SIZE, LEFT, RIGHT, PagedModel

if TYPE_CHECKING:
    from core.services.views import ConsignmentRow

__all__ = ["BOOKING_ROLE", "DEFAULT_PAGE_SIZE", "HEADERS", "SORT_KEYS", "BookingsModel", "Column"]

BOOKING_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's ConsignmentRow


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


def tr(text: object) -> str:
    return QCoreApplication.translate("BookingsModel", str(text))


class BookingsModel(PagedModel["ConsignmentRow"]):
    """Loaded pages of ConsignmentRow; asks for more as the view scrolls to the end."""

    context = "BookingsModel"
    columns = COLUMNS
    headers = HEADERS
    header_tips = HEADER_TIPS
    numeric = NUMERIC
    sort_keys = SORT_KEYS
    local_sort = LOCAL_SORT
    by_collation = BY_COLLATION

    def booking_at(self, row: int) -> ConsignmentRow:
        return self.row_at(row)


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
BookingsModel.role_handlers = _ROLE_HANDLERS
