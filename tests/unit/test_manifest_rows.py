"""The manifest's row renderer with plain data: fit, shrink, wrap, cut, indent, one text
object per page with the font set only when it changes."""

from __future__ import annotations

from typing import Any

import pytest

from core.documents.fonts import CJK, SANS, font_runs, register_fonts
from core.documents.manifest_layout import COLUMNS, HOUSE_INDENT, ROW_STYLE
from core.documents.manifest_rows import Piece, PlacedRow, RowPainter, TextPen, ascii_widths
from core.documents.rows import Column, RowStyle
from core.documents.textbox import runs_width

register_fonts()
STYLE = RowStyle(size=8, leading=9.5, pad_x=2.5, pad_y=1.5, min_size=5)
GRID = (
    Column(72),  # AWB number
    Column(40, align="right", wrap=False),  # a number
    Column(120, wrap=True),  # nature of goods
    Column(30, align="center", wrap=False),  # destination
)
MASTER = ["172-20000002", "1,234.5", "Bluetooth earphones", "LUX"]


def painter(floor: float = 6.5) -> RowPainter:
    return RowPainter(GRID, STYLE, shrink_floor=floor)


def text(piece: Piece) -> str:
    return "".join(run for run, _ in piece.runs)


def by_column(row: PlacedRow) -> dict[int, list[Piece]]:
    """Pieces keyed by the column their x falls in."""
    edges, x = [], 0.0
    for column in GRID:
        x += column.width
        edges.append(x)
    found: dict[int, list[Piece]] = {}
    for piece in row.pieces:
        index = next(i for i, edge in enumerate(edges) if piece.x < edge)
        found.setdefault(index, []).append(piece)
    return found


@pytest.mark.parametrize("sample", ["172-20000002", "1,234.567", "ECM ELI SPX", "men's T-shirts"])
def test_the_ascii_fast_path_measures_as_reportlab_does(sample: str) -> None:
    runs, unit = painter().measure(sample)
    assert runs == ((sample, SANS),)
    assert unit * 8 == pytest.approx(runs_width(font_runs(sample), 8))
    assert len(ascii_widths(SANS)) == 128


def test_chinese_is_measured_in_its_own_font_and_cached() -> None:
    rows = painter()
    runs, unit = rows.measure("蓝牙耳机 Bluetooth")
    assert runs[0] == ("蓝牙耳机 ", CJK) and runs[1][1] == SANS
    assert unit * 8 == pytest.approx(runs_width(runs, 8))
    assert rows.measure("蓝牙耳机 Bluetooth") is rows.measure("蓝牙耳机 Bluetooth")


def test_a_row_that_fits_is_one_line_with_numbers_right_aligned() -> None:
    row = painter().lay_out(MASTER)
    assert row.height == STYLE.leading + 2 * STYLE.pad_y
    cells = by_column(row)
    assert [text(cells[i][0]) for i in range(4)] == MASTER
    number = cells[1][0]
    right_edge = GRID[0].width + GRID[1].width - STYLE.pad_x
    assert number.x + runs_width(number.runs, number.size) == pytest.approx(right_edge)
    baselines = {piece.dy for piece in row.pieces}
    assert baselines == {STYLE.pad_y + STYLE.size}  # one shared baseline


def test_a_long_number_shrinks_on_its_line_and_keeps_the_baseline() -> None:
    row = painter().lay_out(["", "999,999.999", "", ""])
    (piece,) = row.pieces
    assert STYLE.min_size <= piece.size < STYLE.size
    assert runs_width(piece.runs, piece.size) <= GRID[1].width - 2 * STYLE.pad_x
    assert piece.dy == STYLE.pad_y + STYLE.size


def test_a_description_a_little_too_long_shrinks_before_it_wraps() -> None:
    goods = "Stainless steel bottles, 500 ml"
    row = painter().lay_out(["", "", goods, ""])
    (piece,) = row.pieces
    assert 6.5 <= piece.size < STYLE.size and text(piece) == goods
    assert row.height == STYLE.leading + 2 * STYLE.pad_y


def test_a_long_description_wraps_and_the_row_grows_with_nothing_lost() -> None:
    goods = "Stainless steel insulated water bottles with bamboo lids, 不锈钢保温杯 500 ml"
    row = painter().lay_out(["172-20000002", "1.0", goods, "LUX"])
    lines = by_column(row)[2]
    assert len(lines) >= 2
    assert row.height == len(lines) * STYLE.leading + 2 * STYLE.pad_y
    assert "".join(text(p) for p in lines).replace(" ", "") == goods.replace(" ", "")
    assert all(runs_width(p.runs, p.size) <= GRID[2].width - 2 * STYLE.pad_x for p in lines)
    assert [p.dy for p in lines] == [
        STYLE.pad_y + STYLE.size + n * STYLE.leading for n in range(len(lines))
    ]


def test_text_beyond_the_limits_is_cut_visibly_never_silently() -> None:
    row = painter().lay_out(["", "9" * 40, "", ""])
    (piece,) = row.pieces
    assert text(piece).endswith("…") and piece.size == STYLE.min_size
    assert runs_width(piece.runs, piece.size) <= GRID[1].width - 2 * STYLE.pad_x


def test_a_house_awb_is_indented_under_its_master_and_nothing_else_moves() -> None:
    rows = painter()
    master = rows.lay_out(MASTER)
    house = rows.lay_out(["CGO1H0000001", *MASTER[1:]], indent=HOUSE_INDENT)
    assert house.pieces[0].x == pytest.approx(master.pieces[0].x + HOUSE_INDENT)
    assert [p.x for p in house.pieces[1:]] == [p.x for p in master.pieces[1:]]


def test_the_manifest_columns_fill_the_page_and_hold_a_house_awb_number() -> None:
    rows = RowPainter(COLUMNS, ROW_STYLE)
    house = rows.lay_out(["172-20000002", "", "", "", "", "", "", ""], indent=HOUSE_INDENT)
    (piece,) = house.pieces
    assert piece.size == ROW_STYLE.size  # an 11-digit number fits even when indented


class _Recorder:
    """Stands in for reportlab's canvas and text object: records the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def beginText(self) -> _Recorder:
        return self

    def setTextOrigin(self, x: float, y: float) -> None:
        self.calls.append(("origin", x, y))

    def setFont(self, font: str, size: float) -> None:
        self.calls.append(("font", font, size))

    def textOut(self, run: str) -> None:
        self.calls.append(("text", run))

    def drawText(self, text: _Recorder) -> None:
        self.calls.append(("draw",))


def test_one_text_object_per_page_and_the_font_set_only_when_it_changes() -> None:
    canvas = _Recorder()
    rows = painter()
    pen = TextPen(canvas)
    for top in (700.0, 687.5):
        rows.draw(pen, 40, top, rows.lay_out(["172-20000002", "12.0", "手机壳 TPU", "LUX"]))
    pen.finish()
    fonts = [call[1:] for call in canvas.calls if call[0] == "font"]
    assert fonts == [(SANS, 8), (CJK, 8), (SANS, 8), (CJK, 8), (SANS, 8)]  # 5 of 10 runs
    assert canvas.calls.count(("draw",)) == 1
    origins = [call for call in canvas.calls if call[0] == "origin"]
    assert origins[0] == ("origin", 40 + STYLE.pad_x, 700 - STYLE.pad_y - STYLE.size)
