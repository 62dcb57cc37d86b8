"""Long jobs: progress from the worker thread, a dialog only when slow, Cancel stops them."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from core.errors import Cancelled
from core.progress import NO_PROGRESS, Progress
from gui.jobs import CANCELLED, JobProgress, run_cancellable, start_job
from gui.worker import BackgroundWorker


def count_to(total: int, progress: Progress, gate: threading.Event | None = None) -> int:
    """A core-style job: steps between units of work, stops where it is told."""
    for done in range(total):
        progress.step(done, total)
        if gate is not None:
            assert gate.wait(10)
    progress.step(total, total)
    return total


def test_a_job_sees_the_cancel_at_its_next_step() -> None:
    progress = JobProgress("print")
    progress.step(0, 3)
    progress.cancel()
    with pytest.raises(Cancelled) as raised:
        progress.step(1, 3)
    assert raised.value.code == "job.cancelled" and raised.value.exit_code == 9
    assert run_cancellable(lambda p: count_to(3, p), progress) is CANCELLED


def test_without_a_watcher_progress_is_silent() -> None:
    assert count_to(5, NO_PROGRESS) == 5


def test_a_quick_job_shows_no_dialog(qtbot: Any, worker: BackgroundWorker) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    start_job(parent, worker, "Counting…", lambda p: count_to(3, p), on_done=results.append)
    qtbot.waitUntil(lambda: results == [3])
    qtbot.wait(400)  # past the delay: the finished job's dialog must not pop up late
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_a_slow_job_shows_progress_and_cancel_stops_it(
    qtbot: Any, worker: BackgroundWorker
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gate, cancelled, done = threading.Event(), [], []
    progress = start_job(
        parent,
        worker,
        "Counting…",
        lambda p: count_to(1000, p, gate),
        on_done=done.append,
        on_cancelled=lambda: cancelled.append(True),
    )
    dialog = parent.findChild(QProgressDialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # after ~300 ms
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert progress.cancelled
    gate.set()
    qtbot.waitUntil(lambda: cancelled == [True])
    assert done == []


def test_escape_in_the_progress_dialog_cancels_too(qtbot: Any, worker: BackgroundWorker) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gate, cancelled = threading.Event(), []
    progress = start_job(
        parent,
        worker,
        "Counting…",
        lambda p: count_to(10, p, gate),
        on_done=lambda result: None,
        on_cancelled=lambda: cancelled.append(True),
    )
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.activateWindow()  # the clerk's keys go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert progress.cancelled
    gate.set()
    qtbot.waitUntil(lambda: cancelled == [True])
