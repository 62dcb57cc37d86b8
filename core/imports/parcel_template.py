"""The parcel file template (resources/templates/parcels.csv, .xlsx and parcels.md).

    .venv/bin/python -m core.imports.parcel_template resources/templates

writes the three from PARCEL_COLUMNS, so the template, its documentation and the import
never drift apart (a test reads them back).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from core.files import write_atomic
from core.imports.parcel_columns import PARCEL_COLUMNS, TEMPLATE_COLUMNS

# Two orders: a one-line order to Germany, and a two-line order to the US whose second line
# leaves the house cells empty (they are the first line's).
_SECOND_ORDER = {
    "platform_order_number": "JD2026120100018",
    "shipper_name": "许昌瑞美发制品有限公司",
    "shipper_address": "魏都区许由路 216 号",
    "shipper_city": "Xuchang",
    "shipper_country": "CN",
    "consignee_name": "Emily Johnson",
    "consignee_address": "350 S Grand Ave",
    "consignee_city": "Los Angeles",
    "consignee_postcode": "90071",
    "consignee_country": "US",
    "consignee_phone": "+1 213 5550142",
    "pieces": "1",
    "gross_weight_kg": "1.2",
    "customs_mode": "9610",
    "b2c": "yes",
    "shc": "ECM",
    "description": "women's synthetic hair wigs",
    "hs_code": "670420",
    "quantity": "1",
    "unit_value": "39.90",
    "currency": "USD",
    "origin_country": "CN",
}
_SECOND_LINE = {
    "platform_order_number": "JD2026120100018",
    "description": "wig caps, nylon",
    "hs_code": "650500",
    "quantity": "2",
    "line_value": "6.00",
    "currency": "USD",
    "origin_country": "CN",
}


def example_rows() -> list[list[str]]:
    first = [column.example for column in PARCEL_COLUMNS]
    return [first, *([row.get(name, "") for name in TEMPLATE_COLUMNS]
                     for row in (_SECOND_ORDER, _SECOND_LINE))]  # fmt: skip


def write_csv_template(path: Path) -> None:
    """UTF-8 with BOM, so Excel on Chinese Windows opens the Chinese examples correctly."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TEMPLATE_COLUMNS)
    writer.writerows(example_rows())
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))


def write_xlsx_template(path: Path) -> None:
    """Sheet "Parcels" (read by the import: header and examples, all cells text) and sheet
    "Columns" documenting each column in English and Chinese."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False})  # fmt: skip
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7"})
    text = book.add_format({"num_format": "@"})
    sheet = book.add_worksheet("Parcels")
    for col, column in enumerate(PARCEL_COLUMNS):
        sheet.write_string(0, col, column.name, head)
        sheet.write_comment(0, col, f"{column.chinese}: {column.meaning}")
        sheet.set_column(col, col, max(12, len(column.name) + 2), text)
    for row, cells in enumerate(example_rows(), start=1):
        for col, cell in enumerate(cells):
            if cell:
                sheet.write_string(row, col, cell, text)
    sheet.freeze_panes(1, 0)
    doc = book.add_worksheet("Columns")
    for col, title in enumerate(("column", "中文", "required", "meaning", "other names")):
        doc.write_string(0, col, title, head)
    for row, line in enumerate(_doc_rows(), start=1):
        for col, cell in enumerate(line):
            doc.write_string(row, col, cell)
    doc.set_column(0, 0, 28)
    doc.set_column(3, 4, 60)
    book.close()
    write_atomic(path, buffer.getvalue())


def _doc_rows() -> list[Sequence[str]]:
    return [
        (c.name, c.chinese, "yes" if c.required else "", c.meaning, ", ".join(c.aliases))
        for c in PARCEL_COLUMNS
    ]


def columns_markdown() -> str:
    lines = ["| Column | 中文 | Required | Meaning | Other names |", "|---|---|---|---|---|"]
    for name, chinese, required, meaning, aliases in _doc_rows():
        lines.append(f"| `{name}` | {chinese} | {required} | {meaning} | {aliases} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "resources/templates")
    write_csv_template(folder / "parcels.csv")
    write_xlsx_template(folder / "parcels.xlsx")
    doc = folder / "parcels.md"
    text = doc.read_text(encoding="utf-8")
    start = text.index("<!-- columns -->") + len("<!-- columns -->\n")
    end = text.index("<!-- /columns -->")
    write_atomic(doc, (text[:start] + columns_markdown() + text[end:]).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
