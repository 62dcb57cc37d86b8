"""One error presenter: core's errors in the status bar, bugs in a dialog and the log."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from core.errors import NotFound, ValidationError
from gui.data import open_data
from gui.errors import ErrorPresenter, field_message
from gui.i18n import Languages
from gui.logs import LOG_FILE, start_log, stop_log
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS, make_window, shown_window


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = start_log(tmp_path / "logs")
    yield tmp_path / "logs" / LOG_FILE
    stop_log(handler)


def crash_dialog(qtbot: Any, presenter: ErrorPresenter) -> QMessageBox:
    qtbot.waitUntil(lambda: presenter.dialog is not None and presenter.dialog.isVisible())
    assert presenter.dialog is not None
    return presenter.dialog


def test_an_unexpected_error_in_a_task_is_logged_and_shown(
    qtbot: Any,
    worker: BackgroundWorker,
    bookings_db: Path,
    settings: QSettings,
    log_file: Path,
) -> None:
    presenter = ErrorPresenter(log_file)
    window = shown_window(
        qtbot, worker, partial(open_data, bookings_db), settings, errors=presenter
    )

    def broken() -> None:
        raise KeyError("rate_basis")

    worker.submit(broken)
    dialog = crash_dialog(qtbot, presenter)
    assert dialog.windowTitle() == "Unexpected error"
    assert "Unexpected error: 'rate_basis'" in dialog.informativeText()
    assert str(log_file) in dialog.informativeText()
    assert "in broken" in dialog.detailedText() and "KeyError" in dialog.detailedText()
    logged = log_file.read_text(encoding="utf-8")
    assert "background task crashed" in logged and "KeyError: 'rate_basis'" in logged
    assert window.isVisible() and worker.is_running  # the clerk works on
    dialog.close()
    window.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_on_the_ui_thread_goes_through_the_hook(qtbot: Any, log_file: Path) -> None:
    presenter = ErrorPresenter(log_file)
    restore = presenter.install_excepthook()
    try:
        assert sys.excepthook == presenter.handle_exception

        def slot_with_a_bug() -> None:
            raise ZeroDivisionError("no chargeable weight")

        QTimer.singleShot(0, slot_with_a_bug)
        dialog = crash_dialog(qtbot, presenter)
    finally:
        restore()
    assert sys.excepthook != presenter.handle_exception
    assert "in slot_with_a_bug" in dialog.detailedText()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error on the UI thread" in logged
    assert "ZeroDivisionError: no chargeable weight" in logged
    dialog.close()


def test_the_log_rotates_instead_of_growing(log_file: Path) -> None:
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    ours = [h for h in handlers if Path(h.baseFilename) == log_file]
    assert len(ours) == 1
    assert ours[0].maxBytes > 0 and ours[0].backupCount > 0


def test_a_freightdesk_error_is_shown_in_the_clerks_language(
    qtbot: Any,
    worker: BackgroundWorker,
    settings: QSettings,
    languages: Languages,
    bookings_db: Path,
) -> None:
    def no_booking(_key: str) -> Any:
        raise NotFound("booking", "020-99999999")

    data = replace(open_data(bookings_db), get_booking=no_booking)
    window = make_window(qtbot, worker, lambda: data, settings, languages=languages)
    qtbot.waitUntil(lambda: window.status_label.text().endswith("upcoming flights"))
    languages.use("zh_CN")
    worker.submit(partial(data.get_booking, "020-99999999"))
    qtbot.waitUntil(
        lambda: window.status_label.text() == "找不到订舱 020-99999999", timeout=LOAD_TIMEOUT_MS
    )
    assert window.errors.dialog is None  # an error the clerk can act on is no crash
    window.close()


def test_a_form_gets_the_field_and_the_text_to_show_beside_it() -> None:
    error = ValidationError("pieces", "pieces.range", "pieces: 1 to 9999 (got 0)")
    assert field_message(error) == ("pieces", "1 to 9999 (got 0)")
    assert field_message(NotFound("flight", "LH1")) == (None, "no flight LH1")


def test_the_log_keeps_our_info_and_only_the_libraries_warnings(log_file: Path) -> None:
    logging.getLogger("gui.probe").info("screen opened")
    logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    logging.getLogger("alembic.runtime.migration").warning("a library warning")
    logged = log_file.read_text(encoding="utf-8")
    assert "screen opened" in logged and "a library warning" in logged
    assert "Context impl" not in logged
