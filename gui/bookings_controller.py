"""Behaviour behind the bookings list (rule 8): pages and single bookings, on the worker."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal

from gui.bookings_model import BookingsModel
from gui.data import BookingSearch, DataAccess
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.views import ConsignmentRow


class BookingsController(QObject):
    searching = Signal()
    page_loaded = Signal(int)  # how many bookings are now listed
    booking_opened = Signal(object)  # a BookingView, for the detail dialog

    def __init__(
        self, worker: BackgroundWorker, model: BookingsModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._data: DataAccess | None = None
        self._filter = BookingSearch()
        self._pages: dict[int, int] = {}  # task id -> generation of the page it fetches
        self.model = model
        model.page_wanted.connect(self._fetch_page)
        model.order_wanted.connect(self.search_again)
        worker.failed.connect(self._on_task_failed)
        worker.crashed.connect(self._on_task_failed)

    @property
    def is_open(self) -> bool:
        return self._data is not None

    def attach(self, data: DataAccess) -> None:
        self._data = data
        self.model.sql_sorts = data.sql_sorts

    def search(self, wanted: BookingSearch) -> None:
        """A new search: forget the loaded pages and fetch the first."""
        self._filter = wanted
        self.search_again()

    def search_again(self) -> None:
        if self._data is None:
            return
        self.model.restart()
        self.searching.emit()
        self.model.fetchMore(QModelIndex())

    def open_booking(self, row: ConsignmentRow) -> None:
        if self._data is None:
            return
        self._worker.submit(
            partial(self._data.get_booking, row.awb_number), on_done=self._on_booking
        )

    def _fetch_page(self, generation: int, offset: int) -> None:
        if self._data is None:
            self.model.page_failed(generation)
            return
        sort, descending = self.model.sql_order()
        page = replace(
            self._filter,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=self.model.page_size,
        )
        task = self._worker.submit(
            partial(self._data.search_bookings, page),
            on_done=partial(self._on_page, generation),
        )
        self._pages[task] = generation

    def _on_page(self, generation: int, rows: object) -> None:
        assert isinstance(rows, list)
        # One page of a search is in flight at a time: its task is the one to forget.
        self._pages = {t: g for t, g in self._pages.items() if g != generation}
        if self.model.add_page(generation, rows):
            self.page_loaded.emit(self.model.rowCount())

    def _on_task_failed(self, task_id: int, *_error: object) -> None:
        generation = self._pages.pop(task_id, None)
        if generation is not None:
            self.model.page_failed(generation)
            self.page_loaded.emit(self.model.rowCount())

    def _on_booking(self, view: object) -> None:
        self.booking_opened.emit(view)
