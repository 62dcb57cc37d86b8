"""The houses of the chosen consolidation: a filter field over a lazily paged table.

The controller fetches pages from list_houses on the worker as the table scrolls, and
searches again (in SQL) when the filter or a column's order changes (gui.paged_model).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gui import consolidations_data
from gui.houses_model import HOUSE_ROLE, HouseColumn, HousesModel
from gui.paged_model import DEFAULT_PAGE_SIZE
from gui.tables import fit_columns, make_table
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.consolidation_views import HouseRow
    from gui.data import DataAccess

NAMES = (HouseColumn.SHIPPER, HouseColumn.CONSIGNEE)  # long: they share the room left


class HousesController(QObject):
    page_loaded = Signal(int)  # how many houses are now listed

    def __init__(self, worker: BackgroundWorker, model: HousesModel, parent: QObject) -> None:
        super().__init__(parent)
        self._worker, self.model = worker, model
        self._data: DataAccess | None = None
        self.consolidation_id: int | None = None
        self.text: str | None = None
        self._pages: dict[int, int] = {}  # task id -> generation of the page it fetches
        model.page_wanted.connect(self._fetch_page)
        model.order_wanted.connect(self.search_again)
        worker.failed.connect(self._on_task_failed)
        worker.crashed.connect(self._on_task_failed)

    def attach(self, data: DataAccess, sql_sorts: frozenset[str]) -> None:
        self._data = data
        self.model.sql_sorts = sql_sorts

    def show(self, consolidation_id: int | None, text: str | None = None) -> None:
        self.consolidation_id, self.text = consolidation_id, text or None
        self.search_again()

    def search_again(self) -> None:
        self.model.restart()
        if self._data is not None and self.consolidation_id is not None:
            self.model.fetchMore(QModelIndex())
        else:
            self.model.page_failed(self.model.generation)  # nothing to list
            self.page_loaded.emit(0)

    def _fetch_page(self, generation: int, offset: int) -> None:
        if self._data is None or self.consolidation_id is None:
            self.model.page_failed(generation)
            return
        sort, descending = self.model.sql_order()
        page = consolidations_data.HousePage(
            self.consolidation_id, offset, self.model.page_size, sort, descending, self.text
        )
        task = self._worker.submit(
            partial(consolidations_data.list_houses, self._data, page),
            on_done=partial(self._on_page, generation),
        )
        self._pages[task] = generation

    def _on_page(self, generation: int, rows: object) -> None:
        assert isinstance(rows, list)
        self._pages = {t: g for t, g in self._pages.items() if g != generation}
        if self.model.add_page(generation, rows):
            self.page_loaded.emit(self.model.rowCount())

    def _on_task_failed(self, task_id: int, *_error: object) -> None:
        generation = self._pages.pop(task_id, None)
        if generation is not None:
            self.model.page_failed(generation)
            self.page_loaded.emit(self.model.rowCount())


class HousesPanel(QWidget):
    """The filter and the table; the page above it decides which consolidation is shown."""

    def __init__(
        self,
        worker: BackgroundWorker,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = HousesModel(page_size, self)
        self.controller = HousesController(worker, self.model, self)
        self.filter_label, self.count_label = QLabel(), QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("house_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(70)
        self.filter_label.setBuddy(self.filter_edit)
        self.table = make_table("houses_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click: back to the series' order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fitted = False
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter_edit, 1)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.filter_edit.returnPressed.connect(self.search)
        self.filter_edit.textChanged.connect(lambda text: self.search() if not text else None)
        self.controller.page_loaded.connect(self._on_page_loaded)
        self.retranslate()

    def show_houses(self, consolidation_id: int | None) -> None:
        self.controller.show(consolidation_id, self.filter_edit.text().strip())

    def search(self) -> None:
        self.show_houses(self.controller.consolidation_id)

    def selected_houses(self) -> list[HouseRow]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(HOUSE_ROLE) for index in rows]

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Houses:"))
        self.filter_edit.setPlaceholderText(self.tr("house, order number, name or country"))
        self.filter_edit.setToolTip(self.tr("Enter searches the houses of this consolidation"))
        self.model.retranslate()
        self._say_count(self.model.rowCount())

    def _on_page_loaded(self, count: int) -> None:
        if not self._fitted and count:
            self._fitted = True
            fit_columns(self.table, NAMES)
        self._say_count(count)

    def _say_count(self, count: int) -> None:
        if self.controller.consolidation_id is None:
            self.count_label.setText("")
        elif self.model.is_complete:
            self.count_label.setText(self.tr("%n houses", "", count))
        else:
            self.count_label.setText(self.tr("%n houses loaded; scroll for more", "", count))
