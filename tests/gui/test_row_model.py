"""The small-list model: fields shown, sorted with None first, selection follows its row."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt

from gui.row_model import LEFT, RIGHT, ROW_ROLE, SORT_ROLE, Field, RowModel


@dataclass(frozen=True)
class Item:
    code: str
    weight_kg: Decimal | None


FIELDS = (
    Field[Item]("Code", lambda i: i.code),
    Field[Item](
        "Weight",
        lambda i: "" if i.weight_kg is None else f"{i.weight_kg:,}",
        sort_key=lambda i: i.weight_kg,
        numeric=True,
        tooltip=lambda i: None if i.weight_kg is None else "kg",
    ),
)
ROWS = [Item("B", Decimal("1200.5")), Item("A", None), Item("C", Decimal("3"))]


def model() -> RowModel[Item]:
    m: RowModel[Item] = RowModel("Test", FIELDS, key=lambda i: i.code)
    m.set_rows(ROWS)
    return m


def test_shows_each_field_aligned(qtmodeltester: Any) -> None:
    m = model()
    qtmodeltester.check(m)
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Weight"
    assert m.index(0, 1).data() == "1,200.5"
    assert m.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert m.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == LEFT
    assert m.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert m.index(2, 0).data(ROW_ROLE) == ROWS[2]
    assert m.index(2, 1).data(SORT_ROLE) == Decimal("3")


def test_sorts_by_the_field_key_with_blanks_first_and_keeps_the_selection() -> None:
    m = model()
    chosen = QPersistentModelIndex(m.index(0, 0))  # "B"
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert [m.row_at(n).code for n in range(3)] == ["A", "C", "B"]
    assert chosen.row() == 2
    m.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r.code for r in m.rows] == ["C", "B", "A"]
    m.set_rows(ROWS)  # a refresh keeps the clerk's order
    assert [r.code for r in m.rows] == ["C", "B", "A"]
    assert m.row_of("A") == 2 and m.row_of("Z") is None
