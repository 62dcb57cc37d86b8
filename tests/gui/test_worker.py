"""The serialised background worker: in order, off the UI thread, outcomes by signal."""

from __future__ import annotations

import threading
from functools import partial
from typing import Any

import pytest

from core.errors import NotFound
from core.services.changes import ChangeSet, Entity, Outcome
from gui.worker import BackgroundWorker


def test_tasks_run_in_order_off_the_ui_thread(qtbot: Any, worker: BackgroundWorker) -> None:
    ran: list[tuple[int, int]] = []
    delivered: list[tuple[object, int]] = []
    ui_thread = threading.get_ident()

    def task(n: int) -> int:
        ran.append((n, threading.get_ident()))
        return n

    for n in range(20):
        worker.submit(
            partial(task, n),
            on_done=lambda value: delivered.append((value, threading.get_ident())),
        )
    qtbot.waitUntil(lambda: len(delivered) == 20)
    assert [n for n, _ in ran] == list(range(20))
    assert {thread for _, thread in ran} != {ui_thread}
    assert len({thread for _, thread in ran}) == 1
    assert delivered == [(n, ui_thread) for n in range(20)]


def test_success_is_signalled_with_the_result(qtbot: Any, worker: BackgroundWorker) -> None:
    with qtbot.waitSignal(worker.succeeded) as signal:
        task_id = worker.submit(lambda: 42)
    assert signal.args == [task_id, 42]


def test_a_freightdesk_error_comes_back_as_failed(qtbot: Any, worker: BackgroundWorker) -> None:
    def missing() -> None:
        raise NotFound("flight", 7)

    called: list[object] = []
    with qtbot.waitSignal(worker.failed) as signal:
        task_id = worker.submit(missing, on_done=called.append)
    assert signal.args[0] == task_id
    assert isinstance(signal.args[1], NotFound)
    assert signal.args[1].code == "flight.not_found"
    assert called == []


def test_an_unexpected_exception_comes_back_as_crashed(
    qtbot: Any, worker: BackgroundWorker, caplog: pytest.LogCaptureFixture
) -> None:
    with qtbot.waitSignal(worker.crashed) as signal:
        worker.submit(lambda: 1 / 0)
    assert isinstance(signal.args[1], ZeroDivisionError)
    assert signal.args[1].__traceback__ is None  # no task frames kept on the UI thread
    assert "Traceback" in signal.args[2] and "1 / 0" in signal.args[2]
    assert "ZeroDivisionError" in caplog.text
    with qtbot.waitSignal(worker.succeeded):  # the thread lives on after a crash
        worker.submit(lambda: "still here")


def test_an_error_claimed_by_the_submitter_is_not_broadcast(
    qtbot: Any, worker: BackgroundWorker
) -> None:
    def missing() -> None:
        raise NotFound("customer", "SH-XXX", field="shipper")

    claimed: list[object] = []
    broadcast: list[object] = []
    worker.failed.connect(lambda _task, error: broadcast.append(error))
    worker.submit(missing, on_failed=claimed.append)
    qtbot.waitUntil(lambda: len(claimed) == 1)
    assert isinstance(claimed[0], NotFound) and claimed[0].field == "shipper"
    assert broadcast == []


def test_an_outcome_reports_what_changed(qtbot: Any, worker: BackgroundWorker) -> None:
    changes = ChangeSet()
    changes.add(Entity.CONSIGNMENT, 7)
    with qtbot.waitSignal(worker.changed) as signal:
        worker.submit(lambda: Outcome("booked", changes))
    assert Entity.CONSIGNMENT in signal.args[0]
    with qtbot.assertNotEmitted(worker.changed), qtbot.waitSignal(worker.succeeded):
        worker.submit(lambda: "a plain result changes nothing")


def test_shutdown_finishes_queued_work_then_stops(qapp: object) -> None:
    worker = BackgroundWorker(name="shutdown")
    gate, finished = threading.Event(), []
    worker.submit(gate.wait)
    worker.submit(lambda: finished.append("queued"))
    gate.set()
    worker.shutdown()
    assert finished == ["queued"]
    assert not worker.is_running
    worker.shutdown()  # twice is harmless
    with pytest.raises(RuntimeError):
        worker.submit(lambda: None)
