"""Invoice exports for the tax platform and accounting: formulas neutralised, numbers numeric."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from core.errors import ValidationError
from core.services.customers import CustomerInput, add_customer
from core.services.database import OpenedDatabase
from core.services.invoice_export import HEADERS, neutralise
from core.services.invoices import credit_note, export_invoices
from tests.integration.test_invoices import DAY, book_big, issue, with_seller

EVIL = '=HYPERLINK("http://x")'
D = Decimal


@pytest.fixture
def exported(db: OpenedDatabase) -> OpenedDatabase:
    """An invoice to a customer whose name is a formula, and a credit note of one line."""
    with_seller(db, AW="6")
    add_customer(
        db.uow(),
        CustomerInput(
            account_number="SH-EVIL-001",
            name=EVIL,
            address="@SUM(1+1)*cmd|' /C calc'!A0",
            city="Zhengzhou",
            country="CN",
            uscc="91410100MA2Y29N116",
        ),
    )
    inv = issue(db, book_big(db, shipper="SH-EVIL-001"))
    credit_note(db.uow(), invoice=inv.number, reason="-fuel waived", lines=[2], issue_date=DAY)
    issue(db, book_big(db), issue_date=date(2027, 1, 4))  # outside December
    return db


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+86 371", "'+86 371"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Rhein-Main = ok", "Rhein-Main = ok"),
        ("郑州", "郑州"),
    ],
)
def test_neutralise(text: str, safe: str) -> None:
    assert neutralise(text) == safe


def test_csv_neutralises_text_and_keeps_numbers_plain(
    exported: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "out" / "december.csv"
    path.parent.mkdir()
    report = export_invoices(
        exported.uow.reading(), path, date_from="2026-12-01", date_to="2026-12-31"
    )
    assert (report.fmt, report.invoices, report.rows) == ("csv", 2, 6)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(HEADERS)
    assert {r["Buyer"] for r in rows} == {"'" + EVIL}
    first, credit = rows[0], rows[-1]
    assert (first["Number"], first["Code"], first["Amount"]) == ("CGO1-I000001", "FRT", "1530.00")
    assert (first["Issue date"], first["Currency"], first["Exchange rate"]) == (
        "2026-12-05",
        "CNY",
        "",
    )
    assert (credit["Kind"], credit["Original number"]) == ("credit_note", "CGO1-I000001")
    assert (credit["Amount"], credit["Tax"], credit["Total"]) == ("-189.00", "0.00", "-189.00")
    fee = next(r for r in rows if r["Code"] == "AW" and r["Kind"] == "invoice")
    assert (D(fee["Tax %"]), D(fee["Tax"]), D(fee["Total"])) == (D(6), D("3.00"), D("53.00"))
    assert sum(D(r["Total"]) for r in rows) == D("1852.40") - D("189.00")
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_xlsx_has_numeric_cells_and_no_formulas(exported: OpenedDatabase, tmp_path: Path) -> None:
    path = tmp_path / "december.xlsx"
    report = export_invoices(
        exported.uow.reading(), path, fmt="xlsx", date_from=date(2026, 12, 1), date_to="2026-12-31"
    )
    assert report.rows == 6
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    header, body = rows[0], rows[1:]
    assert header == list(HEADERS)
    col = {name: i for i, name in enumerate(header)}
    assert {r[col["Buyer"]] for r in body} == {"'" + EVIL}
    for name in ("Amount", "Tax", "Total", "Tax %", "Line"):
        assert all(isinstance(r[col[name]], int | float) for r in body), name
    amounts = [r[col["Amount"]] for r in body]
    assert amounts[0] == 1530.0 and amounts[-1] == -189.0
    assert body[0][col["Issue date"]] == date(2026, 12, 5)
    assert "<f>" not in _sheet_xml(path)  # not one formula in the workbook


def test_export_format_and_dates_are_checked(exported: OpenedDatabase, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as fmt:
        export_invoices(exported.uow.reading(), tmp_path / "out.txt")
    assert fmt.value.field == "fmt"
    with pytest.raises(ValidationError) as order:
        export_invoices(
            exported.uow.reading(),
            tmp_path / "out.csv",
            date_from="2026-12-31",
            date_to="2026-12-01",
        )
    assert order.value.field == "date_to"
    everything = export_invoices(exported.uow.reading(), tmp_path / "all.csv")
    assert (everything.invoices, everything.rows) == (3, 11)
    assert not (tmp_path / "out.csv").exists()


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()
