"""The broker's customs export of a consolidation (issue 6): CSV and XLSX read back, one row
per goods line with the house fields, formula-looking text neutralised, numbers as numbers."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from core.errors import ValidationError
from core.services.customs_export import HEADERS, export_customs_data
from core.services.database import OpenedDatabase
from tests.integration.cli_helpers import Cli
from tests.integration.consolidation_builders import Consol, House, Item, add_houses, master_on

HOSTILE = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def consol(db: OpenedDatabase) -> Consol:
    found = master_on(db)
    add_houses(
        db,
        found,
        [
            House("CGO1-H000001").but(
                items=(
                    Item(),
                    Item(description=HOSTILE, hs_code="392690", quantity=3, unit_value_minor=199),
                ),
                platform_order_number="@SUM(1+1)",
            ),
            House("CGO1-H000002").but(
                consignee_name="山田太郎",
                consignee_city="Tokyo",
                consignee_country="JP",
                ioss_number=None,
                items=(Item(currency="JPY", unit_value_minor=3500),),
            ),
        ],
    )
    return found


def test_csv_reads_back_one_row_per_goods_line(
    db: OpenedDatabase, consol: Consol, tmp_path: Path
) -> None:
    report = export_customs_data(db.uow.reading(), consol.mawb, tmp_path / "c.csv")
    assert (report.fmt, report.houses, report.rows) == ("csv", 2, 3)
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese names
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(HEADERS)
    assert [row["HAWB"] for row in rows] == ["CGO1-H000001", "CGO1-H000001", "CGO1-H000002"]
    assert rows[1]["Description"] == "'" + HOSTILE
    assert rows[0]["Platform order"] == "'@SUM(1+1)"
    assert (rows[1]["Quantity"], rows[1]["Unit value"], rows[1]["Value"]) == ("3", "1.99", "5.97")
    assert rows[2]["Consignee"] == "山田太郎" and rows[2]["Currency"] == "JPY"
    assert rows[2]["Unit value"] == "3500"
    assert rows[0]["MAWB"] == consol.mawb and rows[0]["Gross kg"] == "0.850"


def test_xlsx_reads_back_with_numbers_and_safe_text(
    db: OpenedDatabase, consol: Consol, tmp_path: Path
) -> None:
    report = export_customs_data(db.uow.reading(), consol.id, tmp_path / "c.xlsx")
    assert report.fmt == "xlsx"
    book = CalamineWorkbook.from_path(str(tmp_path / "c.xlsx"))
    rows = book.get_sheet_by_index(0).to_python()
    assert tuple(rows[0]) == HEADERS
    column = {name: index for index, name in enumerate(HEADERS)}
    assert rows[2][column["Description"]] == "'" + HOSTILE
    assert Decimal(str(rows[2][column["Value"]])) == Decimal("5.97")
    assert rows[3][column["Consignee"]] == "山田太郎"
    with zipfile.ZipFile(tmp_path / "c.xlsx") as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")  # no formula cell


def test_format_refused_and_cli(
    cli: Cli, db: OpenedDatabase, consol: Consol, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError):
        export_customs_data(db.uow.reading(), consol.id, tmp_path / "c.txt")
    run = cli("--json", "export-customs", consol.mawb, "--out", str(tmp_path / "b.dat"),
              "--format", "csv")  # fmt: skip
    assert run.code == 0, run.err
    assert json.loads(run.out)["export"]["rows"] == 3
    assert cli("export-customs", consol.mawb, "--out", str(tmp_path / "x.txt")).code == 2
    assert cli("export-customs", "12345", "--out", str(tmp_path / "x.csv")).code == 3
    # The same command in the consol group.
    again = cli("consol", "export", str(consol.id), "--out", str(tmp_path / "d.xlsx"))
    assert again.code == 0, again.err
    assert (tmp_path / "d.xlsx").stat().st_size > 0
