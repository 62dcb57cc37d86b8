"""Rows in columns and the text flowables: wrap, shrink, split with the header repeated."""

from __future__ import annotations

from core.documents.flowables import FitLine, TextBlock
from core.documents.fonts import register_fonts
from core.documents.rows import BODY_ROW, Column, LaidRow, RowsTable, lay_out_row
from core.documents.textbox import runs_width

register_fonts()
COLUMNS = (Column(40), Column(90), Column(50, align="right", wrap=False))


def cell_text(row: LaidRow, index: int) -> list[str]:
    lines, _size = row.cells[index]
    return ["".join(run for run, _ in line) for line in lines]


def test_a_row_is_as_tall_as_its_longest_wrapped_cell() -> None:
    row = lay_out_row(["FRT", "Air freight CGO–LUX 空运费 per kg", "8,250.00"], COLUMNS, BODY_ROW)
    lines = cell_text(row, 1)
    assert len(lines) > 1
    assert "".join(lines).replace(" ", "") == "Air freight CGO–LUX 空运费 per kg".replace(" ", "")
    assert row.height == len(lines) * BODY_ROW.leading + 2 * BODY_ROW.pad_y


def test_a_number_shrinks_on_one_line_instead_of_wrapping() -> None:
    row = lay_out_row(["", "", "999,999,999,999.99"], COLUMNS, BODY_ROW)
    (line,), size = row.cells[2]
    assert BODY_ROW.min_size <= size < BODY_ROW.size
    assert runs_width(line, size) <= 50 - 2 * BODY_ROW.pad_x
    assert row.height == BODY_ROW.leading + 2 * BODY_ROW.pad_y


def test_a_number_too_long_even_at_the_minimum_is_cut_visibly() -> None:
    row = lay_out_row(["", "", "9" * 60], COLUMNS, BODY_ROW)
    assert cell_text(row, 2)[0].endswith("…")


def test_rows_table_splits_between_rows_and_keeps_every_row() -> None:
    rows = [[f"R{i}", "Fuel surcharge 燃油附加费", f"{i}.00"] for i in range(40)]
    table = RowsTable(COLUMNS, ["Code\n代码", "Description\n说明", "Amount\n金额"], rows)
    _width, height = table.wrap(180, 10_000)
    first, rest = table.split(180, height / 3)
    assert first.wrap(180, 10_000)[1] <= height / 3
    assert first.header is rest.header is table.header  # the header repeats on the next page
    assert len(first.rows) + len(rest.rows) == 40
    assert cell_text(rest.rows[0], 0) == [f"R{len(first.rows)}"]


def test_rows_table_refuses_to_split_when_no_row_fits() -> None:
    table = RowsTable(COLUMNS, ["Code", "Description", "Amount"], [["A", "B", "1"]])
    assert table.split(180, table.header.height + 1) == []


def test_header_cells_wrap_even_in_one_line_columns() -> None:
    table = RowsTable(COLUMNS, ["Code\n代码", "Description\n说明", "Amount\n金额"], [])
    assert cell_text(table.header, 2) == ["Amount", "金额"]


def test_text_block_wraps_to_the_width_it_is_given() -> None:
    block = TextBlock("郑州豫通跨境电子商务有限公司 Tom & Jerry Ltd", 8, leading=10)
    assert block.wrap(1000, 100) == (1000, 10)
    width, height = block.wrap(60, 100)
    assert width == 60 and height > 10


def test_fit_line_is_one_line_high_whatever_its_width() -> None:
    assert FitLine("9,364.30", 9.5, bold=True).wrap(10, 100) == (10, 9.5 * 1.2)
