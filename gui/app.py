"""`freightdesk-gui` / `python -m gui`: show the window, then open the database behind it.

The window paints first; the worker then imports SQLAlchemy, migrates and seeds, and
loads the flights (rule 6). ``--screenshot`` saves the window once the flights are
listed and exits, which is how tests (and we) look at the screen without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from gui.data import open_data
from gui.errors import error_text
from gui.main_window import MainWindow
from gui.worker import BackgroundWorker

SCREENSHOT_TIMEOUT_MS = 120_000


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="freightdesk-gui", description="FreightDesk desktop")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $FREIGHTDESK_DB, else the user data dir)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="save the window once the flights are listed, then exit",
    )
    return parser.parse_known_args(argv)


def use_offscreen_without_display() -> bool:
    """On a Linux box with no display, run offscreen instead of failing to connect."""
    if not sys.platform.startswith("linux") or "QT_QPA_PLATFORM" in os.environ:
        return False
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return False
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    print("freightdesk-gui: no display found, the window runs offscreen", file=sys.stderr)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args, qt_args = parse_args(argv[1:])
    use_offscreen_without_display()
    app = QApplication.instance() or QApplication(
        [argv[0] if argv else "freightdesk-gui", *qt_args]
    )
    if QApplication.platformName() == "offscreen":
        qInstallMessageHandler(_without_offscreen_noise)
    QCoreApplication.setApplicationName("FreightDesk")
    worker = BackgroundWorker()
    window = MainWindow(worker, partial(open_data, args.db))
    if args.screenshot is not None:
        _screenshot_when_loaded(window, worker, args.screenshot)
    window.show()
    QTimer.singleShot(0, window.start)  # after the first paint
    try:
        return app.exec()
    finally:
        window.close()
        worker.shutdown()


def _without_offscreen_noise(_kind: QtMsgType, _where: QMessageLogContext, message: str) -> None:
    """Offscreen cannot pass a window's size hints on, and says so at every show: drop that."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _screenshot_when_loaded(window: MainWindow, worker: BackgroundWorker, target: Path) -> None:
    def save() -> None:
        saved = window.grab().save(str(target))
        QCoreApplication.exit(0 if saved else 1)

    def fail(_task_id: int, error: BaseException) -> None:
        print(f"freightdesk-gui: {error_text(error)}", file=sys.stderr)
        QCoreApplication.exit(1)

    window.controller.loaded.connect(lambda _count: QTimer.singleShot(0, save))
    worker.failed.connect(fail)
    worker.crashed.connect(fail)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: QCoreApplication.exit(2))
