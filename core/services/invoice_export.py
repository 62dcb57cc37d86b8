"""Invoice lines to CSV or XLSX, for the tax platform (fapiao) and accounting.

One row per invoice line, credit notes included (negative amounts). Spreadsheet hygiene
(OWASP "CSV injection"): a text cell starting with = + - @ tab or CR is prefixed with a
single quote so no spreadsheet runs it as a formula; amounts stay numbers (XLSX numeric
cells, CSV plain decimal text). The file is written atomically: a reader sees the old
file or the new one, never half.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from sqlalchemy import select
from sqlalchemy.orm import aliased

from core.db.models import Invoice, InvoiceLine
from core.documents.pdf_io import write_atomic
from core.domain.clock import parse_date
from core.domain.money import Money, minor_units
from core.errors import ValidationError
from core.services.invoice_views import booking_refs
from core.services.uow import UnitOfWork

FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADERS = (
    "Number",
    "Kind",
    "Original number",
    "Issue date",
    "Buyer",
    "Buyer tax ID",
    "Line",
    "AWB",
    "Code",
    "Description",
    "Amount",
    "Tax %",
    "Tax",
    "Total",
    "Currency",
    "Exchange base",
    "Exchange rate",
    "Exchange date",
)
Cell = str | Decimal | int | date | None


@dataclass(frozen=True)
class ExportReport:
    path: str
    fmt: str
    invoices: int
    rows: int


def neutralise(text: str) -> str:
    """A text cell that a spreadsheet would read as a formula, made plain text."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def export_invoices(
    uow: UnitOfWork,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
) -> ExportReport:
    """Lines of invoices and credit notes issued from ``date_from`` to ``date_to``
    (inclusive; either may be open). ``fmt`` defaults to the file's suffix."""
    target = Path(path)
    kind = _format(fmt, target)
    first = parse_date(date_from, "date_from") if date_from is not None else None
    last = parse_date(date_to, "date_to") if date_to is not None else None
    if first and last and last < first:
        raise ValidationError("date_to", "date.order", f"date_to: before date_from ({first})")
    with uow:
        rows = list(_rows(uow, first, last))
    data = _xlsx(rows) if kind == "xlsx" else _csv(rows)
    write_atomic(target, data)
    return ExportReport(str(target), kind, len({r[0] for r in rows}), len(rows))


def _format(fmt: str | None, path: Path) -> str:
    kind = (fmt or path.suffix.lstrip(".")).strip().lower()
    if kind not in FORMATS:
        raise ValidationError(
            "fmt", "export.format", f"fmt: csv or xlsx (got {fmt or path.suffix or 'none'!r})"
        )
    return kind


def _rows(uow: UnitOfWork, first: date | None, last: date | None) -> Iterator[list[Cell]]:
    original = aliased(Invoice)
    stmt = (
        select(Invoice, InvoiceLine, original.number)
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .outerjoin(original, original.id == Invoice.original_id)
        .order_by(Invoice.issue_date, Invoice.id, InvoiceLine.seq)
    )
    if first:
        stmt = stmt.where(Invoice.issue_date >= first)
    if last:
        stmt = stmt.where(Invoice.issue_date <= last)
    found = list(uow.session.execute(stmt))
    awbs = booking_refs(uow.session, {ln.consignment_id for _, ln, _ in found if ln.consignment_id})
    for inv, line, original_number in found:
        cur = inv.currency
        yield [
            inv.number,
            inv.kind,
            original_number,
            inv.issue_date,
            inv.buyer_name,
            inv.buyer_tax_id,
            line.seq,
            awbs[line.consignment_id][1] if line.consignment_id else None,
            line.code,
            line.description,
            Money.from_minor(line.amount_minor, cur).amount,
            line.tax_rate_pct,
            Money.from_minor(line.tax_minor, cur).amount,
            Money.from_minor(line.amount_minor + line.tax_minor, cur).amount,
            inv.currency,
            inv.exchange_base,
            inv.exchange_rate,
            inv.exchange_date,
        ]


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


def _csv(rows: Sequence[list[Cell]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows([_csv_cell(cell) for cell in row] for row in rows)
    # UTF-8 with BOM: Excel on a Chinese Windows reads Chinese names correctly only so.
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(rows: Sequence[list[Cell]]) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Invoice lines")
    formats = _Formats(book)
    for col, header in enumerate(HEADERS):
        sheet.write_string(0, col, header, formats.bold)
    currency_col = HEADERS.index("Currency")
    for r, row in enumerate(rows, start=1):
        places = minor_units(str(row[currency_col]))
        for col, value in enumerate(row):
            _xlsx_cell(sheet, formats, r, col, value, places)
    sheet.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.bold = book.add_format({"bold": True})
        self.day = book.add_format({"num_format": "yyyy-mm-dd"})
        self.by_places = {
            places: book.add_format({"num_format": "0" + ("." + "0" * places if places else "")})
            for places in range(0, 4)
        }
        self.rate = book.add_format({"num_format": "0.000000####"})

    def number(self, header: str, places: int) -> xlsxwriter.format.Format | None:
        """Amounts show the currency's decimals; a rate at least 6; a tax % as typed."""
        if header == "Exchange rate":
            return self.rate
        return None if header == "Tax %" else self.by_places[places]


def _xlsx_cell(
    sheet: xlsxwriter.worksheet.Worksheet,
    formats: _Formats,
    row: int,
    col: int,
    value: Cell,
    places: int,
) -> None:
    if value is None:
        return
    if isinstance(value, str):
        sheet.write_string(row, col, neutralise(value))  # never write(): "=..." is a formula
    elif isinstance(value, Decimal):
        # Spreadsheets hold IEEE doubles: exact for amounts of up to 15 significant digits.
        sheet.write_number(row, col, float(value), formats.number(HEADERS[col], places))
    elif isinstance(value, date):
        sheet.write_datetime(row, col, datetime(value.year, value.month, value.day), formats.day)
    else:
        sheet.write_number(row, col, value)
