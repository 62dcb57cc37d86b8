"""CSV and XLSX bytes for the exports (invoice lines, customs data): one safe writer.

Spreadsheet hygiene (OWASP "CSV injection"): a text cell starting with = + - @ tab or CR is
prefixed with a single quote so no spreadsheet runs it as a formula; numbers stay numbers
(XLSX numeric cells, CSV plain decimal text). CSV is UTF-8 with a BOM: Excel on a Chinese
Windows reads Chinese names correctly only so.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import xlsxwriter

from core.domain.money import minor_units
from core.errors import ValidationError

__all__ = [
    "FORMATS",
    "FORMULA_STARTS",
    "Cell",
    "NumberFormat",
    "amount_format",
    "csv_bytes",
    "export_format",
    "neutralise",
    "xlsx_bytes",
]

FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | Decimal | int | date | None
# (column, row) -> the Excel number format of that numeric cell, or None for the default.
NumberFormat = Callable[[int, Sequence[Cell]], str | None]


def neutralise(text: str) -> str:
    """A text cell that a spreadsheet would read as a formula, made plain text."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def export_format(fmt: str | None, path: Path) -> str:
    """``fmt``, or the file's suffix: csv or xlsx."""
    kind = (fmt or path.suffix.lstrip(".")).strip().lower()
    if kind not in FORMATS:
        raise ValidationError(
            "fmt", "export.format", f"fmt: csv or xlsx (got {fmt or path.suffix or 'none'!r})"
        )
    return kind


def amount_format(currency: str) -> str:
    """An amount shown with its currency's decimals (JPY 0, EUR 2, KWD 3)."""
    places = minor_units(currency)
    return "0" + ("." + "0" * places if places else "")


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([_csv_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    number_format: NumberFormat = lambda column, row: None,
) -> bytes:
    """One sheet: bold headers, frozen, text cells as strings (never formulas)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(title)
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    formats: dict[str, xlsxwriter.format.Format] = {}
    for col, header in enumerate(headers):
        sheet.write_string(0, col, header, bold)
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(r, col, neutralise(value))  # never write(): "=..." runs
            elif isinstance(value, date):
                stamp = datetime(value.year, value.month, value.day)
                sheet.write_datetime(r, col, stamp, day)
            elif isinstance(value, Decimal):
                # IEEE doubles: exact for amounts of up to 15 significant digits.
                wanted = number_format(col, row)
                shown = None
                if wanted is not None:
                    shown = formats.get(wanted) or formats.setdefault(
                        wanted, book.add_format({"num_format": wanted})
                    )
                sheet.write_number(r, col, float(value), shown)
            else:
                sheet.write_number(r, col, value)
    sheet.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()
