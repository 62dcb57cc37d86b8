"""Opens the database on the worker, once, and hands the opened data to whoever asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from gui.data import DataAccess


class DataController(QObject):
    opened = Signal(object)  # DataAccess

    def __init__(
        self,
        worker: BackgroundWorker,
        open_data: Callable[[], DataAccess],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._open_data = open_data
        self._closed = False
        self.data: DataAccess | None = None

    def open(self) -> None:
        self._worker.submit(self._open_data, on_done=self._on_opened)

    def close(self) -> None:
        """Queue the database's disposal behind any work still pending; safe to call twice."""
        self._closed = True
        if self.data is not None:
            self._worker.submit(self.data.close)
            self.data = None

    def _on_opened(self, opened: object) -> None:
        data = cast("DataAccess", opened)
        self.data = data
        if self._closed:  # the window went away while the database was opening
            self.close()
            return
        self.opened.emit(data)
