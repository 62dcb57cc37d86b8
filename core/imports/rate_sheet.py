"""Rate sheets: tariffs from a clerk's XLSX or CSV, and back to XLSX (issue 3, "Tariffs").

The template (resources/templates/README.md documents every column): one row per lane,
carrier and validity period with the columns of TEMPLATE_COLUMNS; headers may also be
written with the English or Chinese aliases of HEADER_ALIASES, in any case and spacing.
Each row may carry one specific commodity rate (SCR_CODE, SCR_MIN_KG, SCR_RATE); several
SCRs of one lane are several rows repeating the same lane, carrier, validity and general
rates, merged into one Tariff. Rows with the same lane, carrier and validity that disagree
on anything else (currency, M, N, a Q break, an SCR's rate) are all rejected, each naming
the other: the sheet does not say which one the carrier meant.

The all-or-nothing rule belongs to the caller: a RateSheet carries both the tariffs of
the valid rows and every problem; the import service commits nothing while ``problems``
is not empty unless the clerk explicitly chose to import the valid rows only.

Every rule comes from core (validate_tariff and the text, money and clock helpers); a
ValidationError becomes a RowProblem naming the column as the sheet's header spells it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from core.domain.money import parse_currency
from core.domain.rating import (
    BREAKS,
    CommodityRate,
    Tariff,
    check_amount,
    check_rate,
    check_validity,
    validate_tariff,
)
from core.domain.text import iata_airport, iata_carrier
from core.errors import ValidationError
from core.imports.tabular import (
    Columns,
    RowProblem,
    aliases_index,
    is_blank,
    is_blank_row,
    map_header,
    read_date,
    read_number,
    read_table,
    read_text,
    write_xlsx,
)

__all__ = [
    "HEADER_ALIASES",
    "REQUIRED_COLUMNS",
    "TEMPLATE_COLUMNS",
    "RateSheet",
    "RowProblem",
    "read_rate_rows",
    "read_rate_sheet",
    "write_rate_sheet",
]

_T = TypeVar("_T")

BREAK_COLUMNS = tuple(f"Q{kg}" for kg in BREAKS)
SCR_COLUMNS = ("SCR_CODE", "SCR_MIN_KG", "SCR_RATE")
TEMPLATE_COLUMNS: tuple[str, ...] = (
    *("origin", "destination", "carrier", "currency", "valid_from", "valid_to", "M", "N"),
    *BREAK_COLUMNS,
    *SCR_COLUMNS,
)
# carrier empty = any carrier, valid_to empty = open-ended, an empty Q cell = no such
# break; an absent optional column is the same as an empty one.
REQUIRED_COLUMNS = ("origin", "destination", "currency", "valid_from", "M", "N")

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "origin": ("orig", "departure", "始发站", "始发港", "始发地", "起运港", "起运站", "起运地"),
    "destination": ("dest", "arrival", "目的站", "目的港", "目的地"),
    "carrier": ("airline", "航司", "承运人", "航空公司"),
    "currency": ("curr", "ccy", "币种", "币别", "货币"),
    "valid_from": ("effective_from", "effective_date", "start_date", "生效日期", "开始日期"),
    "valid_to": ("valid_until", "expiry_date", "end_date", "失效日期", "截止日期", "结束日期"),
    "M": ("min", "minimum", "minimum_charge", "最低收费", "最低运费", "起码运费"),
    "N": ("normal", "-45", "<45", "45公斤以下", "45kg以下"),
    **{f"Q{kg}": (f"+{kg}", f"{kg}+", f"{kg}公斤以上", f"{kg}kg以上") for kg in BREAKS},
    "SCR_CODE": ("commodity_code", "commodity_item", "指定商品代码", "品名代码"),
    "SCR_MIN_KG": ("scr_min_weight", "指定商品最低重量"),
    "SCR_RATE": ("指定商品运价",),
}


@dataclass(frozen=True)
class RateSheet:
    """The tariffs of the valid rows and every problem; the caller decides (see above)."""

    tariffs: tuple[Tariff, ...]
    problems: tuple[RowProblem, ...]
    rows_read: int  # non-blank data rows
    valid_rows: int  # rows whose tariff is in ``tariffs``


# --- public API --------------------------------------------------------------------------


def read_rate_sheet(path: Path) -> RateSheet:
    """A .csv (UTF-8, UTF-8 with BOM, or GBK) or the first sheet of an .xlsx.

    Raises ValidationError (field "path") only when the file itself cannot be read.
    """
    table = read_table(path)
    return read_rate_rows(table.header, table.rows, header_row=table.header_row)


def read_rate_rows(
    header: Sequence[str], rows: Iterable[Sequence[object]], *, header_row: int = 1
) -> RateSheet:
    """The pure core: ``rows`` follow the header, one per sheet row (blank rows are skipped
    but keep their number), so the first data row is ``header_row + 1``."""
    columns = _map_header(header, header_row)
    parsed, problems, rows_read = _read_rows(rows, columns, header_row + 1)
    merged = _merge(parsed, columns)
    problems = _in_sheet_order([*columns.problems, *problems, *merged.problems], header)
    return RateSheet(tuple(merged.tariffs), tuple(problems), rows_read, merged.valid_rows)


def _read_rows(
    rows: Iterable[Sequence[object]], columns: Columns, first_row: int
) -> tuple[list[_Row], list[RowProblem], int]:
    """The rows that parsed, the problems of the others, and how many were not blank."""
    parsed: list[_Row] = []
    problems: list[RowProblem] = []
    rows_read = 0
    for number, cells in enumerate(rows, start=first_row):
        if is_blank_row(cells):
            continue
        rows_read += 1
        if columns.missing:
            continue  # the header problems say why; one per row would bury them
        row = _parse_row(_RowReader(number, cells, columns))
        if isinstance(row, _Rejected):
            problems += row.problems
        else:
            parsed.append(row)
    return parsed, problems, rows_read


def _in_sheet_order(problems: list[RowProblem], header: Sequence[str]) -> list[RowProblem]:
    """By row, then left to right as the columns stand in the sheet."""
    order = {text.strip(): index for index, text in enumerate(header)}
    return sorted(problems, key=lambda p: (p.row, order.get(p.column, len(order))))


def write_rate_sheet(path: Path, tariffs: Iterable[Tariff]) -> None:
    """The tariffs as an XLSX in the template's columns, one row per SCR (or one row when
    a tariff has none); reading it back gives the same tariffs."""
    write_xlsx(path, "Tariffs", TEMPLATE_COLUMNS, (r for t in tariffs for r in _export_rows(t)))


def _export_rows(t: Tariff) -> Iterator[list[object]]:
    general: list[object] = [t.origin, t.destination, t.carrier, t.currency]
    general += [t.valid_from, t.valid_to, t.minimum, t.normal]
    general += [t.breaks.get(kg) for kg in BREAKS]
    if not t.commodity_rates:
        yield [*general, None, None, None]
    for scr in t.commodity_rates:
        yield [*general, scr.code, scr.min_weight_kg, scr.rate]


# --- the header ------------------------------------------------------------------------

_ALIASES = aliases_index(HEADER_ALIASES)


def _map_header(header: Sequence[str], header_row: int) -> Columns:
    return map_header(header, header_row, _ALIASES, TEMPLATE_COLUMNS, REQUIRED_COLUMNS)


# --- one row -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    number: int
    tariff: Tariff  # validated, without commodity rates
    scr: CommodityRate | None


@dataclass(frozen=True)
class _Rejected:
    problems: list[RowProblem]


class _RowReader:
    """Reads the cells of one row, collecting a problem per bad cell (not only the first)."""

    def __init__(self, number: int, cells: Sequence[object], columns: Columns) -> None:
        self.number = number
        self.cells = cells
        self.columns = columns
        self.problems: list[RowProblem] = []

    def cell(self, key: str) -> object:
        return self.columns.cell(self.cells, key)

    def take(
        self, key: str, parse: Callable[[object, str], _T], required: bool = True
    ) -> _T | None:
        cell = self.cell(key)
        if is_blank(cell):
            if required:
                self.add(key, "required: the cell is empty", "sheet.required")
            return None
        return self.attempt(key, lambda name: parse(cell, name))

    def attempt(self, key: str, action: Callable[[str], _T]) -> _T | None:
        """``action`` gets the column's name as the field; its ValidationError is kept."""
        name = self.columns.name(key)
        try:
            return action(name)
        except ValidationError as err:
            self.add(key, _reason(err), err.code)
            return None

    def add(self, key: str, reason: str, code: str) -> None:
        self.problems.append(RowProblem(self.number, self.columns.name(key), reason, code))


def _reason(err: ValidationError) -> str:
    """The message without its "field: " prefix: the column is reported beside it."""
    return err.message.removeprefix(f"{err.field}: ")


def _parse_row(r: _RowReader) -> _Row | _Rejected:
    tariff = _read_general(r)
    scr = _read_scr(r)
    if tariff is None or r.problems:
        return _Rejected(r.problems)
    try:  # the domain's own gate, after the cell checks named the columns
        checked = validate_tariff(replace(tariff, commodity_rates=(scr,) if scr else ()))
    except ValidationError as err:
        r.add(_column_of(err, r.columns), _reason(err), err.code)
        return _Rejected(r.problems)
    only_scr = checked.commodity_rates[0] if checked.commodity_rates else None
    return _Row(r.number, replace(checked, commodity_rates=()), only_scr)


def _read_general(r: _RowReader) -> Tariff | None:
    origin = r.take("origin", iata_airport)
    destination = r.take("destination", iata_airport)
    carrier = r.take("carrier", iata_carrier, required=False)
    currency = r.take("currency", _currency)
    valid_from = r.take("valid_from", read_date)
    valid_to = r.take("valid_to", read_date, required=False)
    minimum = r.take("M", read_number)
    normal = r.take("N", _rate)
    breaks = {kg: rate for kg in BREAKS if (rate := r.take(f"Q{kg}", _rate, False)) is not None}
    if valid_from is not None:
        r.attempt("valid_to", lambda _: check_validity(valid_from, valid_to))
    if currency is not None and minimum is not None:
        what = f"the minimum charge in {currency}"
        r.attempt("M", lambda name: check_amount(minimum, currency, name, what))
    if origin is None or destination is None or currency is None or valid_from is None:
        return None
    if minimum is None or normal is None:
        return None
    return Tariff(
        origin, destination, carrier, currency, valid_from, valid_to, minimum, normal, breaks
    )


def _read_scr(r: _RowReader) -> CommodityRate | None:
    if all(is_blank(r.cell(key)) for key in SCR_COLUMNS):
        return None
    code = r.take("SCR_CODE", read_text)
    min_kg = r.take("SCR_MIN_KG", _whole_kg, required=False)
    rate = r.take("SCR_RATE", _rate)
    if code is None or rate is None:
        return None
    return CommodityRate(code, Decimal(0) if min_kg is None else min_kg, rate)


def _currency(cell: object, name: str) -> str:
    return parse_currency(read_text(cell, name), field=name)


def _rate(cell: object, name: str) -> Decimal:
    return check_rate(read_number(cell, name), name, "the rate per kg")


def _whole_kg(cell: object, name: str) -> Decimal:
    what = "the SCR minimum weight (whole kg)"
    return check_rate(read_number(cell, name), name, what, places=0, allow_zero=True)


# validate_tariff's field names -> template columns.
_FIELD_COLUMNS = {"minimum": "M", "normal": "N", "breaks": "Q45", "commodity_rates": "SCR_RATE"}


def _column_of(err: ValidationError, columns: Columns) -> str:
    if err.code == "tariff.commodity_code":
        return "SCR_CODE"
    if err.field == "breaks":
        return next((key for key in BREAK_COLUMNS if key in columns.position), "Q45")
    return _FIELD_COLUMNS.get(err.field or "", err.field or "")


# --- rows -> tariffs -------------------------------------------------------------------------


@dataclass
class _Merged:
    tariffs: list[Tariff] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    valid_rows: int = 0


_LaneKey = tuple[str, str, str | None, date, date | None]


def _merge(rows: list[_Row], columns: Columns) -> _Merged:
    """One Tariff per lane, carrier and validity; a group whose rows disagree is rejected."""
    groups: dict[_LaneKey, list[_Row]] = {}
    for row in rows:
        t = row.tariff
        key = (t.origin, t.destination, t.carrier, t.valid_from, t.valid_to)
        groups.setdefault(key, []).append(row)
    merged = _Merged()
    for group in groups.values():
        clashes = _clashes(group, columns)
        if clashes:
            merged.problems += clashes
            continue
        merged.tariffs.append(replace(group[0].tariff, commodity_rates=_scrs(group)))
        merged.valid_rows += len(group)
    return merged


def _clashes(group: list[_Row], columns: Columns) -> list[RowProblem]:
    problems: list[RowProblem] = []
    first_scr: dict[tuple[str, Decimal], _Row] = {}
    for row in group:
        key = _difference(group[0].tariff, row.tariff)
        if key is not None:
            problems += _clash(group[0], row, columns.name(key))
        if row.scr is not None:
            other = first_scr.setdefault((row.scr.code, row.scr.min_weight_kg), row)
            if other.scr is not None and other.scr.rate != row.scr.rate:
                problems += _clash(other, row, columns.name("SCR_RATE"))
    return problems


def _difference(a: Tariff, b: Tariff) -> str | None:
    """The first template column in which two rows of one lane disagree."""
    pairs = [("currency", a.currency, b.currency), ("M", a.minimum, b.minimum)]
    pairs += [("N", a.normal, b.normal)]
    pairs += [(f"Q{kg}", a.breaks.get(kg), b.breaks.get(kg)) for kg in BREAKS]
    return next((key for key, left, right in pairs if left != right), None)


def _clash(a: _Row, b: _Row, column: str) -> list[RowProblem]:
    def problem(row: _Row, other: _Row) -> RowProblem:
        reason = (
            f"same lane, carrier and validity as row {other.number} but a different {column}; "
            "keep one of them"
        )
        return RowProblem(row.number, column, reason, "sheet.rows_conflict")

    return [problem(a, b), problem(b, a)]


def _scrs(group: list[_Row]) -> tuple[CommodityRate, ...]:
    """The group's SCRs in sheet order; a repeated identical SCR counts once."""
    unique = {(r.scr.code, r.scr.min_weight_kg): r.scr for r in group if r.scr is not None}
    return tuple(unique.values())
