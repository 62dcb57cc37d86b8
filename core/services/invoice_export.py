"""Invoice lines to CSV or XLSX, for the tax platform (fapiao) and accounting.

One row per invoice line, credit notes included (negative amounts). Spreadsheet hygiene
(formula-injection safe cells, numbers as numbers) is :mod:`.sheet_export`'s. The file is
written atomically: a reader sees the old file or the new one, never half.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from core.db.models import Invoice, InvoiceLine
from core.documents.pdf_io import write_atomic
from core.domain.clock import parse_date
from core.domain.money import Money
from core.errors import ValidationError
from core.services.invoice_views import booking_refs
from core.services.sheet_export import (
    FORMATS,
    FORMULA_STARTS,
    Cell,
    amount_format,
    csv_bytes,
    export_format,
    neutralise,
    xlsx_bytes,
)
from core.services.uow import UnitOfWork

__all__ = ["FORMATS", "FORMULA_STARTS", "HEADERS", "ExportReport", "export_invoices", "neutralise"]

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
_CURRENCY = HEADERS.index("Currency")


@dataclass(frozen=True)
class ExportReport:
    path: str
    fmt: str
    invoices: int
    rows: int


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
    kind = export_format(fmt, target)
    first = parse_date(date_from, "date_from") if date_from is not None else None
    last = parse_date(date_to, "date_to") if date_to is not None else None
    if first and last and last < first:
        raise ValidationError(
            "date_to", "date.order", f"date_to: before date_from ({first})", date_from=first
        )
    with uow:
        rows = list(_rows(uow, first, last))
    if kind == "xlsx":
        data = xlsx_bytes("Invoice lines", HEADERS, rows, _number_format)
    else:
        data = csv_bytes(HEADERS, rows)
    write_atomic(target, data)
    return ExportReport(str(target), kind, len({r[0] for r in rows}), len(rows))


def _format(fmt: str | None, path: Path) -> str:
    kind = (fmt or path.suffix.lstrip(".")).strip().lower()
    if kind not in FORMATS:
        raise ValidationError(
            "fmt",
            "export.format",
            f"fmt: csv or xlsx (got {fmt or path.suffix or 'none'!r})",
            value=fmt or path.suffix or "none",
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


def _number_format(column: int, row: Sequence[Cell]) -> str | None:
    """Amounts show the currency's decimals; a rate at least 6; a tax % as typed."""
    header = HEADERS[column]
    if header == "Exchange rate":
        return "0.000000####"
    return None if header == "Tax %" else amount_format(str(row[_CURRENCY]))
