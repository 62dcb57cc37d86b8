"""The file side of sheet imports and exports: rows from CSV or XLSX, cells to XLSX.

Nothing here knows what a tariff is. Reading gives the header and the data rows with the
spreadsheet's own row numbers (header = row 1 as Excel shows it); the cell readers turn one
cell into a typed value or raise ValidationError naming the column; the writer produces an
XLSX whose text cells can never be evaluated as formulas.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.domain.clock import parse_date
from core.domain.measures import parse_decimal
from core.errors import ValidationError
from core.files import write_atomic

CSV_SUFFIXES = frozenset({".csv"})
XLSX_SUFFIXES = frozenset({".xlsx"})
NUMBER_PLACES = 4  # DOMAIN, Precision: rates per kg to 4 decimals; no sheet number is finer
# OWASP "CSV injection": a text cell starting with one of these may run as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_DELIMITERS = (",", ";", "\t")
# Dates as Chinese and European clerks type them, always year first: 2026/1/1, 2026.01.01,
# 2026年1月1日. Day-first or month-first text is ambiguous and stays refused.
_DATE_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", re.ASCII)


@dataclass(frozen=True)
class Table:
    """A sheet as read: ``header_row`` is the header's row number (1 unless blank rows
    precede it); data rows follow it one per spreadsheet row, blank rows included."""

    header_row: int
    header: list[str]
    rows: list[list[object]]


# --- reading files ---------------------------------------------------------------------


def read_table(path: Path) -> Table:
    """The first sheet of an XLSX, or a CSV (UTF-8 with or without BOM, else GB18030)."""
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        grid = _csv_grid(_read_bytes(path))
    elif suffix in XLSX_SUFFIXES:
        grid = _xlsx_grid(path)
    else:
        raise ValidationError(
            "path",
            "sheet.format",
            f"{path.name}: expected a .csv or .xlsx file",
            suffix=suffix,
            file=path.name,
        )
    return _table(grid)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from None


def _unreadable(path: Path, why: str) -> ValidationError:
    return ValidationError(
        "path", "sheet.unreadable", f"cannot read {path.name}: {why}", file=path.name, reason=why
    )


def decode_csv(data: bytes) -> str:
    """UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else GB18030, the superset
    of GBK that Excel on Chinese Windows writes as "CSV"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "path",
            "sheet.encoding",
            f"the file is neither UTF-8 nor GBK text (byte {exc.start + 1})",
            byte=exc.start + 1,
        ) from None


def _csv_grid(data: bytes) -> list[list[object]]:
    text = decode_csv(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    return [list(row) for row in reader]


def _delimiter(text: str) -> str:
    """Comma, or semicolon/tab when the header line has more of those (European Excel)."""
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    return max(_DELIMITERS, key=first.count) if first else ","


def _xlsx_grid(path: Path) -> list[list[object]]:
    from python_calamine import CalamineError, CalamineWorkbook  # deferred: only for XLSX

    try:
        with CalamineWorkbook.from_path(path) as book:
            # skip_empty_area=False keeps row 1 at index 0, so row numbers are Excel's.
            cells = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from None
    except CalamineError as exc:
        raise _unreadable(path, f"not a readable XLSX workbook ({exc})") from None
    return [list(row) for row in cells]


def _table(grid: list[list[object]]) -> Table:
    start = next((i for i, row in enumerate(grid) if not is_blank_row(row)), None)
    if start is None:
        return Table(1, [], [])
    header = [header_text(cell) for cell in grid[start]]
    return Table(start + 1, header, grid[start + 1 :])


def header_text(cell: object) -> str:
    """A header cell as text: 45.0 typed as a number is the header "45"."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell.strip() if isinstance(cell, str) else str(cell)


def is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_blank_row(row: Sequence[object]) -> bool:
    return all(is_blank(cell) for cell in row)


# --- the header and the problems --------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    """Why a row (or the header) was rejected, as the clerk finds it in Excel.

    ``row`` is 1-based with the header as row 1; ``column`` is the header as the sheet
    spells it (the template name for a missing column); ``code`` is the stable rule code
    the GUI translates by, ``reason`` the English text.
    """

    row: int
    column: str
    reason: str
    code: str = "sheet.invalid"


def normalised_header(label: str) -> str:
    """Full-width forms folded (NFKC), case folded, spaces and underscores dropped:
    "Valid From", "valid_from" and "ＶＡＬＩＤ＿ＦＲＯＭ" are one header."""
    folded = unicodedata.normalize("NFKC", label).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch != "_")


def aliases_index(aliases: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """normalised header -> template column, for each column's own name and its aliases."""
    return {
        normalised_header(alias): key for key, names in aliases.items() for alias in (key, *names)
    }


@dataclass
class Columns:
    """Where each template column is in the sheet, and what the header calls it."""

    position: dict[str, int] = field(default_factory=dict)  # template name -> index
    label: dict[str, str] = field(default_factory=dict)  # template name -> header text
    problems: list[RowProblem] = field(default_factory=list)
    missing: bool = False  # a required column is missing: no row can be read

    def name(self, key: str) -> str:
        return self.label.get(key, key)

    def cell(self, cells: Sequence[object], key: str) -> object:
        index = self.position.get(key)
        return cells[index] if index is not None and index < len(cells) else ""


def map_header(
    header: Sequence[str],
    header_row: int,
    aliases: Mapping[str, str],
    template: Sequence[str],
    required: Sequence[str],
) -> Columns:
    """Each header cell to its template column; unknown, doubled and missing columns are
    reported on the header row. Cells with no header text are ignored (an empty column A)."""
    columns = Columns()
    for index, text in enumerate(header):
        label = text.strip()
        key = aliases.get(normalised_header(label))
        if not label:
            continue
        if key is None:
            reason = f"unknown column; the template's columns are {', '.join(template)}"
            columns.problems.append(RowProblem(header_row, label, reason, "sheet.column_unknown"))
        elif key in columns.position:
            reason = f"the same column as {columns.label[key]!r} ({key})"
            columns.problems.append(RowProblem(header_row, label, reason, "sheet.column_twice"))
        else:
            columns.position[key] = index
            columns.label[key] = label
    for key in required:
        if key not in columns.position:
            reason = "required column missing: no data row can be read"
            columns.problems.append(RowProblem(header_row, key, reason, "sheet.column_missing"))
            columns.missing = True
    return columns


# --- reading cells ---------------------------------------------------------------------


def cell_kind(cell: object) -> str:
    """What a clerk sees in the cell, for messages: "number", "date", "text"..."""
    if isinstance(cell, bool):
        return "TRUE/FALSE"
    if isinstance(cell, int | float | Decimal):
        return "number"
    if isinstance(cell, datetime | date):
        return "date"
    if isinstance(cell, time):
        return "time"
    return "text" if isinstance(cell, str) else type(cell).__name__


def read_text(cell: object, field: str) -> str:
    """A text cell, stripped. A number cell is refused: it has already lost any leading
    zeros (commodity item 0007 would arrive as 7)."""
    if not isinstance(cell, str):
        raise ValidationError(
            field,
            "sheet.text_expected",
            f"expected text, not a {cell_kind(cell)} cell (format the column as text)",
            kind=cell_kind(cell),
        )
    return cell.strip()


def read_number(cell: object, field: str) -> Decimal:
    """An exact Decimal from a number cell or typed text; never through binary float."""
    if isinstance(cell, float):
        return float_decimal(cell, field)
    if isinstance(cell, bool) or not isinstance(cell, str | int | Decimal):
        raise ValidationError(
            field,
            "rate.not_a_number",
            f"expected a number, not a {cell_kind(cell)} cell",
            kind=cell_kind(cell),
        )
    return parse_decimal(cell, field, "rate.not_a_number")


def float_decimal(value: float, field: str, places: int = NUMBER_PLACES) -> Decimal:
    """The number a spreadsheet holds as a binary float, as the Decimal the clerk typed.

    The shortest repr is the decimal that Excel wrote (27.5 -> "27.5", 34.0 -> "34.0").
    A float whose shortest repr needs more than ``places`` decimals was not typed as an
    exact rate (e.g. a formula result 0.30000000000000004): it is refused, never rounded.
    """
    if not math.isfinite(value):
        raise ValidationError(field, "rate.not_a_number", "the cell is not a finite number")
    number = Decimal(repr(value))
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -places:
        raise ValidationError(
            field,
            "rate.precision",
            f"the cell holds {value!r}, more than {places} decimals "
            "(a formula result? type the value itself)",
            value=repr(value),
            places=places,
        )
    return number


def read_date(cell: object, field: str) -> date:
    """A date cell (midnight datetimes included) or year-first typed text."""
    if isinstance(cell, datetime) and cell.time() == time():
        cell = cell.date()
    elif isinstance(cell, str) and (match := _DATE_TEXT.fullmatch(cell.strip())):
        cell = _year_first(match) or cell
    return parse_date(cell, field)


def _year_first(match: re.Match[str]) -> date | None:
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:  # 2026/02/30: parse_date reports it with the clerk's text
        return None


# --- writing ---------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """Prefix a single quote to text a spreadsheet would take for a formula (OWASP)."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def write_xlsx(
    path: Path, sheet: str, header: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """One sheet: text as text (neutralised), Decimal/int as numbers, dates with a date
    format, None as an empty cell; written atomically, so a reader never sees half a file."""
    import xlsxwriter  # deferred: only for exports

    buffer = io.BytesIO()
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    book = xlsxwriter.Workbook(buffer, options)
    formats = {
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "head": book.add_format({"bold": True}),
    }
    ws = book.add_worksheet(sheet)
    for col, name in enumerate(header):
        ws.write_string(0, col, neutralise(name), formats["head"])
    for row, cells in enumerate(rows, start=1):
        for col, cell in enumerate(cells):
            _write_cell(ws, row, col, cell, formats)
    ws.freeze_panes(1, 0)
    book.close()
    write_atomic(path, buffer.getvalue())


def _write_cell(ws: Any, row: int, col: int, cell: object, formats: dict[str, Any]) -> None:
    if cell is None:
        return
    if isinstance(cell, bool) or not isinstance(cell, str | int | Decimal | date):
        raise TypeError(f"cannot write a {type(cell).__name__} cell")
    if isinstance(cell, str):
        ws.write_string(row, col, neutralise(cell))
    elif isinstance(cell, date):
        ws.write_datetime(row, col, cell, formats["date"])
    else:  # at most 16 significant digits (amounts < 1e12, rates to 4 places): exact
        ws.write_number(row, col, float(cell))
