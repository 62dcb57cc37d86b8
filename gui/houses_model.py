"""A consolidation's houses as a lazy table: pages of HouseRow fetched from list_houses.

Tens of thousands of parcels on one master: the model holds only the pages scrolled to,
a header click orders in SQL (gui.paged_model), and the filter field searches there too.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from gui.flights_model import format_quantity
from gui.paged_model import LEFT, RIGHT, PagedModel

if TYPE_CHECKING:
    from core.services.consolidation_views import HouseRow

HOUSE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's HouseRow
CONTEXT = "HousesModel"


class HouseColumn(IntEnum):
    HOUSE = 0
    ORDER = 1
    SHIPPER = 2
    CONSIGNEE = 3
    COUNTRY = 4
    PIECES = 5
    GROSS_KG = 6
    MODE = 7
    VALUE = 8
    SHC = 9


HEADERS = {
    HouseColumn.HOUSE: QT_TRANSLATE_NOOP("HousesModel", "House"),
    HouseColumn.ORDER: QT_TRANSLATE_NOOP("HousesModel", "Order no."),
    HouseColumn.SHIPPER: QT_TRANSLATE_NOOP("HousesModel", "Seller"),
    HouseColumn.CONSIGNEE: QT_TRANSLATE_NOOP("HousesModel", "Consignee"),
    HouseColumn.COUNTRY: QT_TRANSLATE_NOOP("HousesModel", "Ctry"),
    HouseColumn.PIECES: QT_TRANSLATE_NOOP("HousesModel", "Pcs"),
    HouseColumn.GROSS_KG: QT_TRANSLATE_NOOP("HousesModel", "Gross kg"),
    HouseColumn.MODE: QT_TRANSLATE_NOOP("HousesModel", "Mode"),
    HouseColumn.VALUE: QT_TRANSLATE_NOOP("HousesModel", "Declared value"),
    HouseColumn.SHC: QT_TRANSLATE_NOOP("HousesModel", "SHC"),
}
HEADER_TIPS = {
    HouseColumn.HOUSE: QT_TRANSLATE_NOOP("HousesModel", "House air waybill number"),
    HouseColumn.ORDER: QT_TRANSLATE_NOOP("HousesModel", "The platform's order number"),
    HouseColumn.COUNTRY: QT_TRANSLATE_NOOP("HousesModel", "Consignee's country"),
    HouseColumn.PIECES: QT_TRANSLATE_NOOP("HousesModel", "Pieces"),
    HouseColumn.MODE: QT_TRANSLATE_NOOP(
        "HousesModel", "China customs mode (9610, 9710, 9810, 1210)"
    ),
    HouseColumn.SHC: QT_TRANSLATE_NOOP("HousesModel", "Special handling codes"),
}
NUMERIC = frozenset({HouseColumn.PIECES, HouseColumn.GROSS_KG, HouseColumn.VALUE})

# The key list_houses orders each column by in SQL.
SORT_KEYS = {
    HouseColumn.HOUSE: "house_number",
    HouseColumn.ORDER: "platform_order_number",
    HouseColumn.SHIPPER: "shipper_name",
    HouseColumn.CONSIGNEE: "consignee_name",
    HouseColumn.COUNTRY: "consignee_country",
    HouseColumn.PIECES: "pieces",
    HouseColumn.GROSS_KG: "gross_weight_kg",
    HouseColumn.MODE: "customs_mode",
    HouseColumn.VALUE: "declared_value",  # mixed currencies: sorted among the loaded rows
    HouseColumn.SHC: "shc",
}


def _text(value: object) -> str:
    return "" if value is None else str(value)


DISPLAY: dict[HouseColumn, Callable[[HouseRow], str]] = {
    HouseColumn.HOUSE: lambda r: r.house_number,
    HouseColumn.ORDER: lambda r: _text(r.platform_order_number),
    HouseColumn.SHIPPER: lambda r: r.shipper_name,
    HouseColumn.CONSIGNEE: lambda r: r.consignee_name,
    HouseColumn.COUNTRY: lambda r: r.consignee_country,
    HouseColumn.PIECES: lambda r: format_quantity(r.pieces),
    HouseColumn.GROSS_KG: lambda r: format_quantity(r.gross_weight_kg),
    HouseColumn.MODE: lambda r: _text(r.customs_mode),
    HouseColumn.VALUE: lambda r: _text(r.declared_value),
    HouseColumn.SHC: lambda r: _text(r.shc),
}
# Only for a column list_houses cannot order (the loaded rows are then sorted here).
LOCAL_SORT: dict[HouseColumn, Callable[[HouseRow], Any]] = {
    column: (lambda r, show=show: show(r)) for column, show in DISPLAY.items()
}
LOCAL_SORT[HouseColumn.PIECES] = lambda r: r.pieces
LOCAL_SORT[HouseColumn.GROSS_KG] = lambda r: r.gross_weight_kg
BY_COLLATION = {
    HouseColumn.SHIPPER: lambda r: r.shipper_name,
    HouseColumn.CONSIGNEE: lambda r: r.consignee_name,
}

_ROLE_HANDLERS: dict[int, Callable[[Any, Any], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda r, c: DISPLAY[c](r),
    Qt.ItemDataRole.TextAlignmentRole: lambda r, c: RIGHT if c in NUMERIC else LEFT,
    Qt.ItemDataRole.ToolTipRole: lambda r, c: (
        r.shipper_name
        if c == HouseColumn.SHIPPER
        else r.consignee_name
        if c == HouseColumn.CONSIGNEE
        else None
    ),
    HOUSE_ROLE: lambda r, c: r,
}


class HousesModel(PagedModel["HouseRow"]):
    """The loaded houses of one consolidation, in house-number order unless sorted."""

    context = CONTEXT
    columns = tuple(HouseColumn)
    headers = HEADERS
    header_tips = HEADER_TIPS
    numeric = NUMERIC
    sort_keys = SORT_KEYS
    local_sort = LOCAL_SORT
    by_collation = BY_COLLATION
    role_handlers = _ROLE_HANDLERS
    newest_first = False  # the series' order: the first house first
