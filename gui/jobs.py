"""Long work with progress and Cancel (ARCHITECTURE.md, rule 6).

A long job (printing a 400-page manifest, an import, an export) runs on the ``jobs``
BackgroundWorker and receives a ``JobProgress``: core's ``Progress`` protocol, so core code
calls ``progress.step(done, total)`` between units of work. ``step`` runs on the worker
thread; it emits ``progressed``, which Qt queues to the UI thread (the object lives
there), and raises ``core.errors.Cancelled`` once the clerk pressed Cancel. The flag is a
``threading.Event``: the only state both threads touch.

``start_job`` puts it together: a progress dialog that appears only when the job runs
longer than ~300 ms (a quick job shows nothing), Cancel setting the flag, and the job's
result, or the news that it was cancelled, back on the UI thread. Other errors are not
claimed: they reach the error presenter through the worker's ``failed``/``crashed``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from gui.worker import BackgroundWorker

__all__ = [
    "CANCELLED",
    "SHOW_AFTER_MS",
    "JobProgress",
    "run_cancellable",
    "show_progress",
    "start_job",
]

SHOW_AFTER_MS: Final = 300  # a job done sooner flashes no dialog


class _Cancelled:
    def __repr__(self) -> str:
        return "CANCELLED"


CANCELLED: Final = _Cancelled()  # what a cancellable task returns when it was cancelled


class JobProgress(QObject):
    """Thread-safe progress and cancel flag of one job; create it on the UI thread.

    Keep it without a Qt parent: the task holds a reference until it ends, so the object
    cannot be deleted under the worker thread that is still calling ``step``.
    """

    progressed = Signal(int, int)  # done, total (emitted on the worker, queued to the UI)
    finished = Signal()  # the job ended: done, failed or cancelled

    def __init__(self, what: str = "job") -> None:
        super().__init__()
        self.what = what
        self.task_id: int | None = None  # the job's task on its worker, once submitted
        self._cancel = threading.Event()

    def step(self, done: int, total: int) -> None:
        """Called by the job between units of work, on any thread."""
        if self._cancel.is_set():
            from core.errors import Cancelled

            raise Cancelled(self.what)
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def run_cancellable(work: Callable[[JobProgress], object], progress: JobProgress) -> object:
    """Run ``work(progress)`` (on the worker): its result, or CANCELLED if it was cancelled.

    Cancelling is the clerk's choice, not an error: it never reaches the error presenter.
    """
    from core.errors import Cancelled

    try:
        return work(progress)
    except Cancelled:
        return CANCELLED


def _run_job(work: Callable[[JobProgress], object], progress: JobProgress) -> object:
    try:
        return run_cancellable(work, progress)
    finally:  # whatever the outcome, so the progress dialog always goes away
        progress.finished.emit()


def show_progress(
    parent: QWidget, progress: JobProgress, label: str, *, delay_ms: int = SHOW_AFTER_MS
) -> QProgressDialog:
    """A progress dialog for ``progress`` that appears only if the job lasts ``delay_ms``."""
    return JobDialog(parent, progress, label, delay_ms)


class JobDialog(QProgressDialog):
    """Non-modal on purpose: a modal QProgressDialog processes events inside ``setValue``,
    re-entering whatever slot reported the progress."""

    def __init__(self, parent: QWidget, progress: JobProgress, label: str, delay_ms: int):
        super().__init__(label, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(parent.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAutoReset(False)
        self.setMinimumDuration(delay_ms)
        self.setValue(0)  # starts Qt's own timer that shows the dialog after delay_ms
        self.canceled.connect(progress.cancel)
        progress.progressed.connect(self.advance)
        progress.finished.connect(self.dismiss)

    @Slot(int, int)
    def advance(self, done: int, total: int) -> None:
        if self.wasCanceled():
            return
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))

    @Slot()
    def dismiss(self) -> None:
        self.reset()  # also stops the timer that would show the dialog later
        self.hide()
        self.deleteLater()


def start_job(
    parent: QWidget,
    jobs: BackgroundWorker,
    label: str,
    work: Callable[[JobProgress], Any],
    *,
    on_done: Callable[[Any], object],
    on_cancelled: Callable[[], object] | None = None,
    what: str = "job",
) -> JobProgress:
    """Run ``work(progress)`` on ``jobs`` with a delayed, cancellable progress dialog."""
    progress = JobProgress(what)
    show_progress(parent, progress, label)

    def delivered(result: object) -> None:
        if result is not CANCELLED:
            on_done(result)
        elif on_cancelled is not None:
            on_cancelled()

    progress.task_id = jobs.submit(lambda: _run_job(work, progress), on_done=delivered)
    return progress
