"""A lazy Qt table model over rows a service pages in SQL: the bookings list, a
consolidation's houses. Pages are fetched on demand; the model holds only the pages the
clerk has scrolled to (ARCHITECTURE rule 7, Anki's browser table).

The model never talks to the database: ``fetchMore`` asks for the next page by signal, a
controller fetches it on the worker and hands it back with ``add_page``. Each search
starts a new generation, so a late page of an earlier search is dropped.

Ordering: a column the service orders in SQL restarts the search in that order. A column
it cannot order yet is sorted among the loaded rows only (``sorted_locally``), and the
screen says so; never QSortFilterProxyModel (8 s to sort 100k rows in Python).

A subclass describes its columns through the class attributes below (the texts marked
with QT_TRANSLATE_NOOP in ``context``); rows need an ``id``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

DEFAULT_PAGE_SIZE = 500
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Order = tuple[int, Qt.SortOrder] | None  # None: the service's own order


class PagedModel(QAbstractTableModel, Generic[R]):
    """Loaded pages of rows; asks for more as the view scrolls to the end."""

    page_wanted = Signal(int, int)  # generation, offset of the first row wanted
    order_wanted = Signal()  # a header click needs the search again, in another SQL order

    # -- what a subclass says about its columns (keys: column numbers) -------------------
    context: ClassVar[str] = "PagedModel"
    columns: ClassVar[Sequence[int]] = ()
    headers: ClassVar[Mapping[int, str]] = {}
    header_tips: ClassVar[Mapping[int, str]] = {}
    numeric: ClassVar[frozenset[int]] = frozenset()
    sort_keys: ClassVar[Mapping[int, str]] = {}  # column -> the service's SQL order key
    local_sort: ClassVar[Mapping[int, Callable[[Any], Any]]] = {}
    by_collation: ClassVar[Mapping[int, Callable[[Any], str]]] = {}  # names: the language's order
    role_handlers: ClassVar[Mapping[int, Callable[[Any, int], Any]]] = {}
    # The service's own order (no sort key): by id, newest first unless a subclass says so.
    newest_first: ClassVar[bool] = True

    def __init__(self, page_size: int = DEFAULT_PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.sql_sorts: frozenset[str] = frozenset()
        self._rows: list[R] = []
        self._generation = 0
        self._exhausted = True  # nothing to fetch until a search starts
        self._waiting = False
        self._order: Order = None
        self._sql_order: Order = None  # the order the loaded rows came from the database in

    # -- the search -------------------------------------------------------------------
    def restart(self) -> int:
        """Forget the loaded rows for a new search; returns its generation."""
        self.beginResetModel()
        self._rows = []
        self._generation += 1
        self._exhausted, self._waiting = False, False
        self._sql_order = self._order if self._in_sql(self._order) else None
        self.endResetModel()
        return self._generation

    def sql_order(self) -> tuple[str | None, bool]:
        """The order to ask the service for: a sort key (None: its own order), descending."""
        if self._sql_order is None:
            return None, self.newest_first
        column, order = self._sql_order
        return self.sort_keys[column], order == Qt.SortOrder.DescendingOrder

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._waiting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._waiting = True
            self.page_wanted.emit(self._generation, len(self._rows))

    def add_page(self, generation: int, rows: Sequence[R]) -> bool:
        """Append a fetched page; False (and nothing changes) if a newer search began."""
        if generation != self._generation:
            return False
        self._waiting = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            if self.sorted_locally:
                self._reorder()
        return True

    def page_failed(self, generation: int) -> None:
        """Stop asking after a failed page (the presenter said why); F5 searches again."""
        if generation == self._generation:
            self._waiting, self._exhausted = False, True

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def is_complete(self) -> bool:
        """Every row of the search is loaded."""
        return self._exhausted and not self._waiting

    @property
    def sorted_locally(self) -> bool:
        """Sorted by a column the service cannot order yet: among the loaded rows only."""
        return self._order is not None and self._order != self._sql_order

    @property
    def sort_column(self) -> int | None:
        return None if self._order is None else self._order[0]

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def title(self, column: int) -> str:
        return QCoreApplication.translate(self.context, str(self.headers[column]))

    # -- Qt's model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.numeric else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column in self.header_tips:
            return QCoreApplication.translate(self.context, str(self.header_tips[column]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role while painting and sizing: keep it cheap.
        handler = self.role_handlers.get(role)
        row, column = index.row(), index.column()
        if handler is None or not (0 <= row < len(self._rows) and 0 <= column < len(self.columns)):
            return None
        return handler(self._rows[row], self.columns[column])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click. -1 (the indicator cleared) is the service's own order."""
        wanted: Order = (self.columns[column], order) if 0 <= column < len(self.columns) else None
        if wanted == self._order:
            return
        self._order = wanted
        if wanted != self._sql_order and self._in_sql(wanted):
            self.order_wanted.emit()  # the controller searches again in this order
        else:
            self._reorder()

    def retranslate(self) -> None:
        """Headers and words are translated when asked for: ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- helpers ----------------------------------------------------------------------
    def _in_sql(self, order: Order) -> bool:
        return order is None or self.sort_keys.get(order[0]) in self.sql_sorts

    def _reorder(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [_id(self._rows[i.row()]) for i in before]
        self._rows = self._sorted(self._rows)
        row_of = {_id(item): row for row, item in enumerate(self._rows)}
        after = [self.index(row_of[i], old.column()) for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[R]) -> list[R]:
        in_own_order = sorted(rows, key=_id, reverse=self.newest_first)
        if self._order is None:  # back to the database's own order
            return in_own_order
        column, order = self._order
        key = self.local_sort[column]
        if column in self.by_collation:
            key = collated(self.by_collation[column])
        return sorted(in_own_order, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


def _id(row: Any) -> Any:
    return row.id


def collated(text: Callable[[Any], str]) -> Callable[[Any], Any]:
    """Sort keys in the order of the window's language (QLocale's default, which
    gui.i18n sets with the language): by pinyin in Chinese, not by code point."""
    collator = QCollator(QLocale())
    return lambda row: collator.sortKey(text(row))
