"""Rate sheets as files: CSV in GBK and with BOM, XLSX through calamine, export round trip."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook

from core.domain.rating import CommodityRate, Tariff, validate_tariff
from core.errors import ValidationError
from core.imports.rate_sheet import TEMPLATE_COLUMNS, read_rate_sheet, write_rate_sheet

CHINESE_HEADER = "始发站,目的港,航司,币种,生效日期,失效日期,最低收费,45公斤以下,+45,+100,+300"
CHINESE_ROWS = (
    "CGO,FRA,CK,CNY,2026/1/1,,320,45.00,34.00,30.00,27.50\r\n"
    "CGO,JFK,,RMB,2026-01-01,,380,52,40,36,33\r\n"  # RMB: not an ISO 4217 code
)


def test_bundled_reference_tariffs_read_with_no_problem() -> None:
    sheet = read_rate_sheet(Path(str(resources.files("resources.reference") / "tariffs.csv")))
    assert sheet.problems == ()
    assert (len(sheet.tariffs), sheet.rows_read, sheet.valid_rows) == (21, 21, 21)
    fra = next(t for t in sheet.tariffs if t.destination == "FRA")
    assert (fra.minimum, fra.normal, fra.breaks[300]) == (
        Decimal(320),
        Decimal(45),
        Decimal("27.5"),
    )


def test_bundled_template_reads_with_no_problem() -> None:
    sheet = read_rate_sheet(
        Path(str(resources.files("resources.templates") / "rate_sheet_template.csv"))
    )
    assert sheet.problems == ()
    plain, scr = sheet.tariffs
    assert plain.carrier is None and plain.commodity_rates == ()
    assert scr.commodity_rates == (CommodityRate("8518", Decimal(100), Decimal(28)),)
    header = (resources.files("resources.templates") / "rate_sheet_template.csv").read_text()
    assert tuple(header.splitlines()[0].split(",")) == TEMPLATE_COLUMNS


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_or_utf8_with_or_without_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "rates.csv"
    path.write_bytes(f"{CHINESE_HEADER}\r\n{CHINESE_ROWS}".encode(encoding))
    sheet = read_rate_sheet(path)
    (t,) = sheet.tariffs
    assert (t.carrier, t.valid_from, dict(t.breaks)) == (
        "CK",
        date(2026, 1, 1),
        {45: Decimal(34), 100: Decimal(30), 300: Decimal("27.5")},
    )
    assert [(p.row, p.column, p.code) for p in sheet.problems] == [(3, "币种", "currency.unknown")]


def test_semicolon_csv(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("origin;destination;currency;valid_from;M;N\nCGO;FRA;EUR;2026-01-01;40;5\n")
    assert [t.currency for t in read_rate_sheet(path).tariffs] == ["EUR"]


def _xlsx_with_good_and_bad_rows(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    sheet = book.add_worksheet("Rates")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["Origin", "Destination", "Carrier", "Currency", "Valid From"])
    sheet.write_row(0, 5, ["Valid To", "M", "N", "Q45", "Q300", "SCR_CODE", "SCR_RATE"])
    good = [("CGO", "FRA", "CK", "CNY"), ("CGO", "AMS", "", "CNY")]
    for row, (origin, destination, carrier, currency) in enumerate(good, start=1):
        sheet.write_row(row, 0, [origin, destination, carrier, currency])
        sheet.write_datetime(row, 4, date(2026, 1, 1), day)
        sheet.write_row(row, 6, [320, 45, 34.0, 27.5])  # number cells: floats to calamine
    sheet.write_string(1, 10, "0007")
    sheet.write_number(1, 11, 20.25)
    # row 4: formula-looking text as carrier, a formula-result float, a date before valid_from
    sheet.write_row(3, 0, ["CGO", "LAX", "=cmd|' /C calc'!A0", "CNY"])
    sheet.write_datetime(3, 4, date(2026, 1, 1), day)
    sheet.write_datetime(3, 5, date(2025, 12, 31), day)
    sheet.write_row(3, 6, [380, 52, 40.00001, "n/a"])
    book.close()


def test_xlsx_good_and_bad_rows_report_row_column_reason(tmp_path: Path) -> None:
    path = tmp_path / "rates.xlsx"
    _xlsx_with_good_and_bad_rows(path)
    sheet = read_rate_sheet(path)
    assert (sheet.rows_read, sheet.valid_rows) == (3, 2)
    fra, ams = sheet.tariffs
    assert (fra.carrier, fra.minimum, fra.breaks[300]) == ("CK", Decimal(320), Decimal("27.5"))
    assert str(fra.breaks[300]) == "27.5" and str(fra.breaks[45]) == "34.0"
    assert fra.commodity_rates == (CommodityRate("0007", Decimal(0), Decimal("20.25")),)
    assert (ams.carrier, ams.valid_to) == (None, None)
    report = [(p.row, p.column, p.code) for p in sheet.problems]
    assert report == [
        (4, "Carrier", "code.format"),
        (4, "Valid To", "validity.order"),
        (4, "Q45", "rate.precision"),
        (4, "Q300", "rate.not_a_number"),
    ]
    reasons = [p.reason for p in sheet.problems]
    assert "IATA airline designator" in reasons[0]
    assert "must not be before valid_from (2026-01-01)" in reasons[1]
    assert "40.00001" in reasons[2] and "4 decimals" in reasons[2]
    assert "'n/a' is not a number" in reasons[3]


def test_header_below_blank_rows_keeps_excels_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "rates.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(2, 1, ["origin", "destination", "currency", "valid_from", "M", "N"])
    sheet.write_row(3, 1, ["CGO", "FRA", "CNY", "2026-01-01", 320, 45])
    sheet.write_row(5, 1, ["CGO", "FRA", "CNY", "2026-01-01", 320, -45])
    book.close()
    sheet_read = read_rate_sheet(path)
    assert [(p.row, p.column) for p in sheet_read.problems] == [(6, "N")]


def _tariffs() -> list[Tariff]:
    general = Tariff(
        "CGO",
        "FRA",
        None,
        "CNY",
        date(2026, 1, 1),
        None,
        Decimal("320"),
        Decimal("45.00"),
        {45: Decimal("34.00"), 300: Decimal("27.50"), 1000: Decimal("24.5")},
    )
    scr = Tariff(
        "HGH",
        "NRT",
        "5Y",
        "JPY",
        date(2026, 3, 1),
        date(2026, 3, 31),
        Decimal("5000"),
        Decimal("612.1234"),
        {100: Decimal("500")},
        (
            CommodityRate("0007", Decimal(100), Decimal("300.5")),
            CommodityRate("851830", Decimal(0), Decimal("280")),
        ),
    )
    kwd = Tariff(
        "NNG", "KWI", "KU", "KWD", date(2026, 1, 1), None, Decimal("12.345"), Decimal("1.2345"), {}
    )
    return [validate_tariff(t) for t in (general, scr, kwd)]


def test_export_then_import_gives_the_same_tariffs(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_rate_sheet(path, _tariffs())
    sheet = read_rate_sheet(path)
    assert sheet.problems == ()
    assert list(sheet.tariffs) == _tariffs()
    assert sheet.rows_read == 4  # the SCR tariff takes one row per SCR


def test_export_cells_are_typed_and_laid_out_as_the_template(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_rate_sheet(path, _tariffs())
    with CalamineWorkbook.from_path(path) as book:
        assert book.sheet_names == ["Tariffs"]
        rows = book.get_sheet_by_index(0).to_python()
    assert tuple(rows[0]) == TEMPLATE_COLUMNS
    first = dict(zip(TEMPLATE_COLUMNS, rows[1], strict=True))
    assert first["valid_from"] == date(2026, 1, 1)  # a date cell, not text
    assert (first["M"], first["Q300"]) == (320.0, 27.5)  # number cells
    assert (first["carrier"], first["Q100"], first["SCR_CODE"]) == ("", "", "")
    assert dict(zip(TEMPLATE_COLUMNS, rows[2], strict=True))["SCR_CODE"] == "0007"


def test_export_neutralises_formula_text_and_writes_no_formula(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    hostile = Tariff(
        "=cmd|' /C calc'!A0", "@SUM", "+1", "-1", date(2026, 1, 1), None, Decimal(1), Decimal(1), {}
    )
    write_rate_sheet(path, [hostile])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    with CalamineWorkbook.from_path(path) as book:
        cells = book.get_sheet_by_index(0).to_python()[1][:4]
    assert cells == ["'=cmd|' /C calc'!A0", "'@SUM", "'+1", "'-1"]


def test_export_replaces_the_target_atomically(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"old")
    write_rate_sheet(path, _tariffs())
    assert zipfile.is_zipfile(path)
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]  # no temp file left
    broken = Tariff(
        "CGO",
        "FRA",
        None,
        "CNY",
        date(2026, 1, 1),
        None,
        320.0,  # type: ignore[arg-type]
        Decimal(45),
        {},
    )
    with pytest.raises(TypeError):
        write_rate_sheet(path, [broken])  # a float is never written: it is not exact
    assert read_rate_sheet(path).tariffs  # the failed export left the old file whole
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("rates.xls", b"", "sheet.format"),
        ("rates.xlsx", b"not a zip", "sheet.unreadable"),
        ("missing.csv", None, "sheet.unreadable"),
        ("rates.csv", b"\xff\xfe\x00\x81\x30", "sheet.encoding"),
    ],
)
def test_unreadable_files_raise_naming_the_path(
    tmp_path: Path, name: str, content: bytes | None, code: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        read_rate_sheet(path)
    assert (caught.value.field, caught.value.code) == ("path", code)
