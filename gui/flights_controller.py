"""Behaviour behind the flights list (rule 8): open the database, load flights, on the worker.

The controller is handed what it needs (the worker, how to open the data, a clock); the
window only lays out widgets and forwards the clerk's filter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Signal

from core.services.views import FlightView
from gui.data import DataAccess, FlightQuery
from gui.flights_model import FlightsModel
from gui.worker import BackgroundWorker


class FlightsController(QObject):
    opened = Signal(str)  # the database location
    loading = Signal()
    loaded = Signal(int)  # how many flights are now listed

    def __init__(
        self,
        worker: BackgroundWorker,
        open_data: Callable[[], DataAccess],
        model: FlightsModel,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._open_data = open_data
        self._today = today
        self._data: DataAccess | None = None
        self._closed = False
        self.model = model

    @property
    def is_open(self) -> bool:
        return self._data is not None

    def open(self) -> None:
        self._worker.submit(self._open_data, on_done=self._on_opened)

    def refresh(self, origin: str = "", destination: str = "") -> None:
        """List upcoming flights (departing today or later); a no-op until the data is open."""
        if self._data is None:
            return
        query = FlightQuery(origin or None, destination or None, date_from=self._today())
        self.loading.emit()
        self._worker.submit(partial(self._data.load_flights, query), on_done=self._on_loaded)

    def close(self) -> None:
        """Queue the database's disposal behind any work still pending; safe to call twice."""
        self._closed = True
        if self._data is not None:
            self._worker.submit(self._data.close)
            self._data = None

    def _on_opened(self, data: object) -> None:
        assert isinstance(data, DataAccess)
        self._data = data
        if self._closed:  # the window went away while the database was opening
            self.close()
            return
        self.opened.emit(data.location)

    def _on_loaded(self, flights: object) -> None:
        assert isinstance(flights, list)
        rows: list[FlightView] = flights
        self.model.set_flights(rows)
        self.loaded.emit(len(rows))
