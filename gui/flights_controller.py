"""Behaviour behind the flights board (rule 8): load the upcoming flights on the worker.

The controller is handed what it needs (the worker, a clock, then the opened data); the
screen only lays out widgets and forwards the clerk's filter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.flights_model import FlightsModel
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.views import FlightView
    from gui.data import DataAccess


class FlightsController(QObject):
    loading = Signal()
    loaded = Signal(int)  # how many flights are now listed
    carriers_loaded = Signal(list)  # the carriers that fly a route, for the filter

    def __init__(
        self,
        worker: BackgroundWorker,
        model: FlightsModel,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._data: DataAccess | None = None
        self.model = model

    @property
    def is_open(self) -> bool:
        return self._data is not None

    @property
    def data(self) -> DataAccess | None:
        return self._data

    def attach(self, data: DataAccess) -> None:
        self._data = data
        if data.uow is not None:  # a test's fake DataAccess has no database to ask
            from gui import flight_data

            self._worker.submit(
                partial(flight_data.carriers, data), on_done=self.carriers_loaded.emit
            )

    def refresh(
        self,
        origin: str = "",
        destination: str = "",
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        carrier: str | None = None,
    ) -> None:
        """List upcoming flights (departing today or later, or from ``date_from``), blank
        filters meaning any; a no-op until the data is open."""
        if self._data is None:
            return
        from gui.data import FlightQuery

        today = self._today()
        query = FlightQuery(
            origin or None,
            destination or None,
            date_from=max(date_from, today) if date_from else today,
            date_to=date_to,
            carrier=carrier or None,
        )
        self.loading.emit()
        self._worker.submit(partial(self._data.load_flights, query), on_done=self._on_loaded)

    def _on_loaded(self, flights: object) -> None:
        assert isinstance(flights, list)
        rows: list[FlightView] = flights
        self.model.set_flights(rows)
        self.loaded.emit(len(rows))
