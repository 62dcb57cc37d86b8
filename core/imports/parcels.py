"""Parcel files: house shipments from a platform's CSV or XLSX export (issue 6, "Parcel import").

One row per goods line. The rows of one platform order number are one house with several
goods lines: its first row carries the house (seller, consignee, pieces, weight, customs
mode...); later rows of the order may repeat those cells or leave them empty, but a cell
that says something else refuses the whole order (the file does not say which is meant).
An order's rows stand together; the same order number again after other orders is the
file repeating itself (two exports pasted together): those rows are reported and skipped.
Every row needs its order number: it is what makes importing a file twice harmless.

Cells are read as the clerk typed them and become HouseInput text; the rules are core's
(consolidations.clean_house, applied by core.services.parcel_import). What this module
refuses itself is what only a spreadsheet can get wrong: a date or TRUE/FALSE where text
belongs, a number cell where leading zeros matter (HS codes, postcodes), a number too long
for Excel to have kept, orders whose rows disagree. Nothing is ever evaluated: a cell
reading "=1+1" is the text "=1+1".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from pathlib import Path
from typing import cast

from core.errors import ValidationError
from core.imports.parcel_cells import CellRefused, cell_text, flag
from core.imports.parcel_columns import (
    COLUMNS_BY_NAME,
    HEADER_ALIASES,
    HOUSE_COLUMNS,
    IGNORE,
    REQUIRED_COLUMNS,
    TEMPLATE_COLUMNS,
)
from core.imports.tabular import (
    aliases_index,
    is_blank_row,
    map_header,
    normalised_header,
    read_table,
)
from core.services.house_input import HouseInput, HouseItemInput

__all__ = ["ParcelHouse", "ParcelProblem", "ParcelSheet", "RepeatedOrder", "read_parcels"]

_ALIASES = aliases_index(HEADER_ALIASES)
_ITEM_FIELD = re.compile(r"items\[(\d+)\]\.(\w+)")


@dataclass(frozen=True)
class ParcelProblem:
    """Why a row was refused: ``row`` as Excel numbers it (header = its own row),
    ``column`` as the file's header spells it, ``value`` the cell's text, ``code`` the rule."""

    row: int
    column: str
    value: str
    reason: str
    code: str


@dataclass(frozen=True)
class ParcelHouse:
    """One house as read: its goods lines come from ``rows`` (first = the house's row)."""

    rows: tuple[int, ...]
    house: HouseInput


@dataclass(frozen=True)
class RepeatedOrder:
    """An order number met again after other orders: these rows are skipped."""

    rows: tuple[int, ...]
    order_number: str
    first_rows: tuple[int, ...]


@dataclass(frozen=True)
class ParcelSheet:
    houses: tuple[ParcelHouse, ...]  # the orders whose rows read without a problem
    problems: tuple[ParcelProblem, ...]  # in file order
    repeated: tuple[RepeatedOrder, ...]
    rows_read: int  # non-blank data rows
    refused_rows: tuple[int, ...]  # rows of orders refused while reading
    labels: Mapping[str, str]  # canonical column -> the header text in the file

    def column(self, name: str) -> str:
        """The file's header for a canonical column (line_value stands for unit_value)."""
        if name == "unit_value" and name not in self.labels:
            name = "line_value"
        return self.labels.get(name, name)

    def locate(self, house: ParcelHouse, field_name: str) -> tuple[int, str]:
        """The row and column of a HouseInput field ("consignee_country", "items[1].hs_code")."""
        match = _ITEM_FIELD.fullmatch(field_name)
        if field_name == "items":  # no goods line at all
            return house.rows[0], self.column("description")
        if match is None:
            return house.rows[0], self.column(field_name)
        line = min(int(match.group(1)), len(house.rows) - 1)
        return house.rows[line], self.column(match.group(2))


def read_parcels(path: Path, *, mapping: Mapping[str, str] | None = None) -> ParcelSheet:
    """A .csv (UTF-8 with or without BOM, or GBK) or the first sheet of an .xlsx.

    ``mapping`` names further columns: {file header: canonical column, or "ignore"}.
    Raises ValidationError only when the file cannot be read or the mapping is wrong.
    """
    table = read_table(path)
    if not table.header:
        empty = ParcelProblem(1, "", "", "the file is empty: no header row", "parcels.empty")
        return ParcelSheet((), (empty,), (), 0, (), {})
    header = _apply_mapping(table.header, mapping or {})
    aliases = {**_ALIASES, **_mapped(mapping or {})}
    columns = map_header(header, table.header_row, aliases, TEMPLATE_COLUMNS, REQUIRED_COLUMNS)
    reader = _Reader(columns.position, columns.label)
    head = [ParcelProblem(p.row, p.column, "", p.reason, p.code) for p in columns.problems]
    rows_read = 0
    for number, cells in enumerate(table.rows, start=table.header_row + 1):
        if is_blank_row(cells):
            continue
        rows_read += 1
        if not columns.missing:  # else the header problems say why; one per row would bury them
            reader.add(number, cells)
    return reader.finish(head, rows_read)


def _apply_mapping(header: Sequence[str], mapping: Mapping[str, str]) -> list[str]:
    wanted = {normalised_header(column): target for column, target in mapping.items()}
    for column, target in mapping.items():
        if target != IGNORE and target not in COLUMNS_BY_NAME:
            raise ValidationError(
                "mapping",
                "parcels.mapping_target",
                f"{column}={target}: {target!r} is not a parcel column "
                f"(one of {', '.join(TEMPLATE_COLUMNS)}, or {IGNORE})",
                column=column,
                target=target,
            )
    present = {normalised_header(text) for text in header}
    for column in mapping:
        if normalised_header(column) not in present:
            raise ValidationError(
                "mapping",
                "parcels.mapping_column",
                f"{column}: the file has no such column",
                column=column,
            )
    return ["" if wanted.get(normalised_header(text)) == IGNORE else text for text in header]


def _mapped(mapping: Mapping[str, str]) -> dict[str, str]:
    return {normalised_header(k): v for k, v in mapping.items() if v != IGNORE}


# --- rows -> houses --------------------------------------------------------------------


@dataclass
class _Order:
    number: str
    rows: list[int] = field(default_factory=list)
    house: dict[str, str | None] = field(default_factory=dict)
    items: list[HouseItemInput] = field(default_factory=list)
    refused: bool = False


class _Reader:
    """Collects rows into orders and problems, row by row, in file order."""

    def __init__(self, position: Mapping[str, int], label: Mapping[str, str]) -> None:
        self.label = dict(label)
        self.names = tuple(position)
        indexes = tuple(position.values())
        self.width = max(indexes, default=-1) + 1
        # One C call per row picks the mapped cells. itemgetter gives a bare item, not a
        # tuple, for a single index: index 0 is added (and never zipped: zip stops at the
        # names, hence strict=False below).
        self.pick = itemgetter(*indexes, 0)
        self.house_names = tuple(name for name in HOUSE_COLUMNS if name in position)
        self.orders: list[_Order] = []
        self.by_number: dict[str, _Order] = {}
        self.problems: list[ParcelProblem] = []
        self.repeated: dict[tuple[str, int], list[int]] = {}

    def add(self, number: int, cells: Sequence[object]) -> None:
        values, refused = self._cells(number, cells)
        order_number = (values.get("platform_order_number") or "").strip()
        if not order_number:
            if "platform_order_number" not in refused:
                reason = "required: every row needs its order number"
                self._problem(
                    number, "platform_order_number", None, reason, "parcels.order_required"
                )
            return
        current = self.orders[-1] if self.orders else None
        if current is not None and current.number == order_number:
            self._same_order(current, number, values)
        elif order_number in self.by_number:
            first = self.by_number[order_number]
            self.repeated.setdefault((order_number, first.rows[0]), []).append(number)
            return
        else:
            current = _Order(order_number)
            current.house = {name: values.get(name) for name in HOUSE_COLUMNS}
            self.orders.append(current)
            self.by_number[order_number] = current
        current.rows.append(number)
        current.refused |= bool(refused)
        if not refused:
            current.items.append(self._item(number, values, current))

    def _cells(
        self, number: int, cells: Sequence[object]
    ) -> tuple[dict[str, str | None], set[str]]:
        refused: set[str] = set()
        if len(cells) < self.width:  # a short row: the missing cells are blank
            cells = [*cells, *[None] * (self.width - len(cells))]
        # Nearly every cell is text: it is taken as it is in one pass, blank as None; the
        # others (numbers, dates, blanks) are judged one by one by _text.
        raw: dict[str, object] = dict(zip(self.names, self.pick(cells), strict=False))
        for name, cell in raw.items():  # values replaced in place: the keys stay
            if type(cell) is str:
                if not cell or cell.isspace():
                    raw[name] = None
                continue
            if cell is None:
                continue
            try:
                raw[name] = cell_text(cell, name)
            except CellRefused as why:
                self._problem(number, name, cell, why.reason, why.code)
                raw[name] = None
                refused.add(name)
        values = cast(dict[str, str | None], raw)  # every cell is now text or None
        try:
            if values.get("b2c") is not None:
                values["b2c"] = "yes" if flag(values.get("b2c")) else "no"
        except CellRefused as why:
            self._problem(number, "b2c", values.get("b2c"), why.reason, why.code)
            refused.add("b2c")
        return values, refused

    def _same_order(self, order: _Order, number: int, values: Mapping[str, str | None]) -> None:
        cells = tuple(map(values.__getitem__, self.house_names))
        if not any(cells) or cells == tuple(map(order.house.__getitem__, self.house_names)):
            return  # the usual rows: the house's cells repeated exactly, or left empty
        for name in HOUSE_COLUMNS:
            mine, first = values.get(name), order.house.get(name)
            if mine is None:
                continue
            if first is None or mine.strip() != first.strip():
                reason = (
                    f"order {order.number}: row {order.rows[0]} {_shown(first)}; "
                    "the rows of one order must agree (or leave the cell empty)"
                )
                self._problem(number, name, mine, reason, "parcels.order_conflict")
                order.refused = True

    def _item(self, number: int, values: Mapping[str, str | None], order: _Order) -> HouseItemInput:
        unit_value = values.get("unit_value")
        line_value = values.get("line_value")
        if line_value is not None:
            try:
                unit_value = _unit_value(unit_value, line_value, values.get("quantity"))
            except CellRefused as why:
                self._problem(number, "line_value", line_value, why.reason, why.code)
                order.refused = True
        return HouseItemInput(
            description=values.get("description") or "",
            hs_code=values.get("hs_code"),
            quantity=values.get("quantity") or 1,
            unit_value=unit_value,
            currency=values.get("currency"),
            origin_country=values.get("origin_country"),
        )

    def _problem(self, row: int, name: str, cell: object, reason: str, code: str) -> None:
        value = "" if cell is None else str(cell)
        self.problems.append(ParcelProblem(row, self.label.get(name, name), value, reason, code))

    def finish(self, head: list[ParcelProblem], rows_read: int) -> ParcelSheet:
        houses: list[ParcelHouse] = []
        refused: list[int] = []
        failed_rows = {p.row for p in self.problems}
        for order in self.orders:
            if order.refused or failed_rows.intersection(order.rows):
                refused += order.rows
            else:
                houses.append(ParcelHouse(tuple(order.rows), _house(order)))
        refused += sorted(failed_rows - set(refused))
        repeated = tuple(
            RepeatedOrder(tuple(rows), number, tuple(self.by_number[number].rows))
            for (number, _), rows in self.repeated.items()
        )
        problems = tuple(sorted([*head, *self.problems], key=lambda p: p.row))
        return ParcelSheet(
            tuple(houses), problems, repeated, rows_read, tuple(sorted(refused)), self.label
        )


def _unit_value(unit_value: str | None, line_value: str, quantity: str | None) -> str | None:
    """The unit value from a line's declared value; both given must agree."""
    try:
        total = Decimal(line_value.strip())
        count = Decimal((quantity or "1").strip())
    except InvalidOperation:
        return unit_value if unit_value is not None else line_value  # core names the rule
    if count <= 0 or not total.is_finite():
        return unit_value if unit_value is not None else line_value
    if unit_value is not None:
        try:
            agrees = Decimal(unit_value.strip()) * count == total
        except InvalidOperation:
            return unit_value
        if not agrees:
            raise CellRefused(
                f"{unit_value} x {quantity or 1} is not {line_value}: give one of them",
                "parcels.line_value_mismatch",
            )
        return unit_value
    unit = total / count
    if unit * count != total or unit.as_tuple().exponent < -4:  # type: ignore[operator]
        raise CellRefused(
            f"{line_value} does not divide into {quantity} equal unit values: "
            "give the unit value (申报单价) instead",
            "parcels.line_value_split",
        )
    return format(unit.normalize(), "f")


def _house(order: _Order) -> HouseInput:
    h: Callable[[str], str | None] = order.house.get
    return HouseInput(
        shipper_name=h("shipper_name") or "",
        shipper_address=h("shipper_address") or "",
        shipper_city=h("shipper_city") or "",
        shipper_country=h("shipper_country") or "",
        consignee_name=h("consignee_name") or "",
        consignee_address=h("consignee_address") or "",
        consignee_city=h("consignee_city") or "",
        consignee_country=h("consignee_country") or "",
        pieces=h("pieces") or "",
        gross_weight_kg=h("gross_weight_kg") or "",
        items=tuple(order.items),
        platform_order_number=order.number,
        consignee_postcode=h("consignee_postcode"),
        consignee_phone=h("consignee_phone"),
        consignee_email=h("consignee_email"),
        consignee_tax_id=h("consignee_tax_id"),
        dimensions=h("dimensions"),
        customs_mode=h("customs_mode"),
        b2c=h("b2c") != "no",
        ioss_number=h("ioss_number"),
        shc=h("shc"),
        lithium_packing_instruction=h("lithium_packing_instruction"),
        lithium_cell_wh=h("lithium_cell_wh"),
        lithium_battery_wh=h("lithium_battery_wh"),
        lithium_cell_g=h("lithium_cell_g"),
        lithium_battery_g=h("lithium_battery_g"),
        lithium_state_of_charge_pct=h("lithium_state_of_charge_pct"),
    )


def _shown(text: str | None) -> str:
    if text is None:
        return "leaves it empty"
    return "says " + repr(text if len(text) <= 30 else text[:30] + "…")
