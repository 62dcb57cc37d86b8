"""One serialised background worker for interactive database work (ARCHITECTURE rule 6).

Tasks are plain callables run one after another on a single QThread, in the order they
were submitted. A task never receives a session: the services it calls open their own
unit of work, so no database session crosses threads. Each outcome comes back to the UI
thread by a queued signal: ``succeeded`` (the result), ``failed`` (a FreightDeskError the
clerk should read) or ``crashed`` (anything else, with its traceback for the error
presenter; it is logged here too). A result that is a service ``Outcome`` also reports
what it changed (``changed``), so each open view decides for itself to refresh (rule 4).
"""

from __future__ import annotations

import logging
import queue
import traceback
from collections.abc import Callable
from itertools import count
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)

OK, FAILED, CRASHED = "ok", "failed", "crashed"
Callback = Callable[[Any], object]

# core's modules are imported where first needed, on the worker or after the first
# paint: the window comes up before anything beyond Qt and the gui package is loaded.


class _Task(NamedTuple):
    id: int
    fn: Callable[[], object]


class Crash(NamedTuple):
    """An unexpected exception, without its frames (they would keep the task's locals alive
    on the UI thread), and its traceback as text for the log and the error dialog."""

    error: BaseException
    details: str


class _TaskThread(QThread):
    """Runs queued tasks until it meets the ``None`` sentinel."""

    done = Signal(int, str, object)  # task id, OK/FAILED/CRASHED, result, error or Crash

    def __init__(self, tasks: queue.SimpleQueue[_Task | None]) -> None:
        super().__init__()
        self._tasks = tasks

    def run(self) -> None:
        while (task := self._tasks.get()) is not None:
            kind, payload = _outcome(task.fn)
            self.done.emit(task.id, kind, payload)


def _outcome(fn: Callable[[], object]) -> tuple[str, object]:
    from core.errors import FreightDeskError

    try:
        return OK, fn()
    except FreightDeskError as error:
        return FAILED, error.with_traceback(None)
    except Exception as error:
        details = traceback.format_exc()
        log.error("background task crashed\n%s", details)
        return CRASHED, Crash(error.with_traceback(None), details)


class BackgroundWorker(QObject):
    """Submit callables; results arrive on the UI thread in submission order."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)  # task id, FreightDeskError nobody claimed with on_failed
    crashed = Signal(int, object, str)  # task id, exception, traceback text
    changed = Signal(object)  # the ChangeSet of a task that returned an Outcome

    def __init__(self, name: str = "interactive", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = count(1)
        self._callbacks: dict[int, Callback] = {}
        self._error_handlers: dict[int, Callback] = {}
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._thread = _TaskThread(self._tasks)
        self._thread.setObjectName(f"freightdesk-{name}")
        self._thread.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._closed = False
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], object],
        on_done: Callback | None = None,
        on_failed: Callback | None = None,
    ) -> int:
        """Queue ``fn``; ``on_done(result)`` is called on the UI thread if it succeeds.

        ``on_failed(error)`` claims a FreightDeskError for the submitter (a form showing it
        next to the field at fault); unclaimed, it goes out on ``failed`` to the presenter.
        """
        if self._closed:
            raise RuntimeError("the background worker has been shut down")
        task = _Task(next(self._ids), fn)
        if on_done is not None:
            self._callbacks[task.id] = on_done
        if on_failed is not None:
            self._error_handlers[task.id] = on_failed
        self._tasks.put(task)
        return task.id

    def shutdown(self) -> None:
        """Let the queued tasks finish, then stop the thread; later results are dropped.

        Waiting here is what prevents "QThread: Destroyed while thread is still running".
        """
        if self._closed:
            return
        self._closed = True
        self._callbacks.clear()
        self._error_handlers.clear()
        self._tasks.put(None)
        self._thread.wait()

    @property
    def is_running(self) -> bool:
        return self._thread.isRunning()

    @Slot(int, str, object)
    def _deliver(self, task_id: int, kind: str, payload: object) -> None:
        if self._closed:
            return
        from core.services.changes import Outcome

        callback = self._callbacks.pop(task_id, None)
        claim = self._error_handlers.pop(task_id, None)
        if kind == OK:
            if callback is not None:
                callback(payload)
            self.succeeded.emit(task_id, payload)
            if isinstance(payload, Outcome):
                self.changed.emit(payload.changes)
        elif kind == FAILED:
            if claim is not None:
                claim(payload)
            else:
                self.failed.emit(task_id, payload)
        else:
            assert isinstance(payload, Crash)
            self.crashed.emit(task_id, payload.error, payload.details)
