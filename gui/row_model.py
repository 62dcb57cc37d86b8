"""A table model over a short list of frozen rows (invoices, customers, tariffs, report rows).

Each column is a ``Field``: its title (a source text marked with QT_TRANSLATE_NOOP in the
model's context), how a row shows in it, and how it sorts. The model only adapts rows for
display and sorts them in memory; a list that can grow past some thousands of rows pages in
SQL instead (gui.bookings_model). Numbers are formatted by the fields, exactly, never floats.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value the column sorts by

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Field(Generic[T]):
    title: str  # source text, translated in the model's context when shown
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None  # None: by the displayed text
    numeric: bool = False  # right-aligned
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], QColor | None] | None = None
    background: Callable[[T], QColor | None] | None = None

    def sort_value(self, row: T) -> Any:
        return self.sort_key(row) if self.sort_key is not None else self.display(row)


class RowModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` shown through ``fields``; ``key`` identifies a row across sorts and
    refreshes (a selection follows its row)."""

    def __init__(
        self,
        context: str,
        fields: Sequence[Field[T]],
        key: Callable[[T], Hashable],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.fields = tuple(fields)
        self._key = key
        self._rows: list[T] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- the rows ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[T, ...]:
        return tuple(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, key: Hashable) -> int | None:
        """Where the row with ``key`` is now, if listed."""
        return next((n for n, row in enumerate(self._rows) if self._key(row) == key), None)

    def title(self, column: int) -> str:
        return QCoreApplication.translate(self.context, self.fields[column].title)

    def retranslate(self) -> None:
        """Titles and texts are translated when asked for: ask the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.fields) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.fields):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.fields[section].numeric else LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.fields)):
            return None
        item, field = self._rows[row], self.fields[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return field.display(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if field.numeric else LEFT
        return _optional(field, role, item)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.fields):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [self._key(self._rows[i.row()]) for i in before]
        self._rows = self._sorted(self._rows)
        row_of = {self._key(item): n for n, item in enumerate(self._rows)}
        after = [self.index(row_of[k], old.column()) for k, old in zip(keys, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[T]) -> list[T]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        field = self.fields[column]
        # None sorts first, and never compares with a value.
        return sorted(
            rows,
            key=lambda r: _none_first(field.sort_value(r)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )


def _none_first(value: Any) -> tuple[bool, Any]:
    return (value is not None, value if value is not None else 0)


def _optional(field: Field[Any], role: int, item: Any) -> Any:
    if role == ROW_ROLE:
        return item
    if role == SORT_ROLE:
        return field.sort_value(item)
    if role == Qt.ItemDataRole.ToolTipRole and field.tooltip is not None:
        return field.tooltip(item)
    if role == Qt.ItemDataRole.ForegroundRole and field.foreground is not None:
        return field.foreground(item)
    if role == Qt.ItemDataRole.BackgroundRole and field.background is not None:
        return field.background(item)
    return None
