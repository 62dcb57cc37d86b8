"""`freightdesk-gui` / `python -m gui`: show the window, then open the database behind it.

The window paints first; the worker then imports SQLAlchemy, migrates and seeds, and
the screens load (rule 6). ``--screenshot`` saves the window once its screen has loaded
and exits, which is how tests (and we) look at the screen without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gui import icons
from gui.errors import error_text
from gui.fonts import register_bundled_fonts, system_draws_latin, use_fallbacks
from gui.i18n import DEFAULT_LANGUAGE, LANGUAGES, Languages, system_language
from gui.logs import LOG_FILE, default_log_dir, start_log, stop_log
from gui.main_window import MainWindow
from gui.navigation import screen_names
from gui.theme import Theme, Themes
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from gui.data import DataAccess

ORGANISATION = APPLICATION = "FreightDesk"
SCREENSHOT_TIMEOUT_MS = 120_000
SCREENS = screen_names()


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="freightdesk-gui", description="FreightDesk desktop")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $FREIGHTDESK_DB, else the user data dir)",
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="language of the window (default: as last chosen, else the system's)",
    )
    parser.add_argument("--screen", choices=SCREENS, help="the screen to start on")
    parser.add_argument(
        "--settings",
        metavar="FILE.ini",
        type=Path,
        help="keep window settings in this file instead of the user's settings",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="add demo bookings and their history on opening, as `freightdesk init --demo`",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="save the window once its screen has loaded, then exit",
    )
    parser.add_argument(
        "--size", metavar="WxH", type=_size, help="window size in pixels, e.g. 1200x700"
    )
    return parser.parse_known_args(argv)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None


def use_offscreen_without_display() -> bool:
    """On a Linux box with no display, run offscreen instead of failing to connect."""
    if not sys.platform.startswith("linux") or "QT_QPA_PLATFORM" in os.environ:
        return False
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return False
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    print("freightdesk-gui: no display found, the window runs offscreen", file=sys.stderr)
    return True


class Running(NamedTuple):
    """The started app, for main() and for bench/gui_start.py."""

    app: QApplication
    window: MainWindow
    worker: BackgroundWorker


def start(argv: Sequence[str], keep: ExitStack) -> Running:
    """Everything up to the first paint; heavy imports wait for the worker (rule 6).

    ``keep`` closes what must live as long as the app: font files, the log, the hook.
    """
    args, qt_args = parse_args(argv[1:])
    app = _application(argv[0], qt_args)
    late = keep.enter_context(ExitStack())  # closed last: what starts after the first paint
    settings = _settings(args, keep)
    themes, languages = Themes(app, app), Languages(app, app)
    after_paint = _look(app, args, settings, themes, languages, keep)
    worker, jobs = BackgroundWorker(), BackgroundWorker(name="jobs")
    keep.callback(worker.shutdown)
    keep.callback(jobs.shutdown)
    window = MainWindow(
        worker,
        partial(_open_data, args.db, demo=args.demo),
        settings,
        languages=languages,
        themes=themes,
        jobs=jobs,
    )
    keep.callback(window.errors.install_excepthook())
    keep.callback(window.close)  # runs before the worker's shutdown: disposal is queued
    _place(window, worker, args)

    def after_first_paint() -> None:
        after_paint(late)
        # Icons are drawn (~40 ms) once the window is up, with the navigation's.
        app.setWindowIcon(icons.icon("app", app.palette().color(QPalette.ColorRole.Highlight)))
        log_dir = default_log_dir()
        late.callback(stop_log, start_log(log_dir))
        window.errors.log_file = log_dir / LOG_FILE
        window.start()

    when_painted(window, after_first_paint)
    window.show()
    return Running(app, window, worker)


def _application(program: str, qt_args: list[str]) -> QApplication:
    use_offscreen_without_display()
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([program, *qt_args])
    if QApplication.platformName() == "offscreen":
        qInstallMessageHandler(_without_offscreen_noise)
    if app.style().name() != "fusion":  # already it on Linux: a new one costs ~10 ms
        app.setStyle("Fusion")
    use_fallbacks(app)
    return app


def _look(
    app: QApplication,
    args: argparse.Namespace,
    settings: QSettings,
    themes: Themes,
    languages: Languages,
    keep: ExitStack,
) -> Callable[[ExitStack], None]:
    """Theme, language and fonts; returns what is left to do after the first paint.

    English is the source text: its catalogue holds only plural forms ("1 booking"), which
    no text says before the data arrives, and the bundled fonts matter only for Chinese
    names in that data. Chinese labels need both before the first paint.
    """
    themes.use(_saved(settings, "view/theme", Theme.SYSTEM.value, [t.value for t in Theme]))
    language = args.lang or _saved(settings, "view/language", system_language(), LANGUAGES)
    english = language == DEFAULT_LANGUAGE
    fonts_later = english and system_draws_latin(app)
    if not english:
        languages.use(language)
    if not fonts_later:
        register_bundled_fonts(keep)

    def after_paint(late: ExitStack) -> None:
        if english:
            languages.use(language)
        if fonts_later:
            register_bundled_fonts(late)

    return after_paint


def _place(window: MainWindow, worker: BackgroundWorker, args: argparse.Namespace) -> None:
    if args.screen:
        window.show_screen(SCREENS.index(args.screen))
    if args.size:
        window.resize(*args.size)
    if args.screenshot is not None:
        _screenshot_when_loaded(window, worker, args.screenshot)


class _FirstPaint(QObject):
    """Calls ``then`` once ``window`` has painted for the first time (or after ``latest_ms``,
    should the platform never paint it: a window started minimised still opens its data)."""

    def __init__(self, window: QWidget, then: Callable[[], None], latest_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._go)  # once this paint is on the screen
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


def when_painted(window: QWidget, then: Callable[[], None], latest_ms: int = 1000) -> None:
    """Run ``then`` after the window's first paint: the worker's imports (SQLAlchemy...)
    would otherwise compete with the painting for the interpreter (rule 6)."""
    _FirstPaint(window, then, latest_ms)


def main(argv: Sequence[str] | None = None) -> int:
    with ExitStack() as keep:
        running = start(list(sys.argv if argv is None else argv), keep)
        return running.app.exec()


def _open_data(target: str | None, *, demo: bool = False) -> DataAccess:
    """On the worker: gui.data (and core behind it) is first imported there."""
    from gui.data import open_data

    return open_data(target, demo=demo)


def _settings(args: argparse.Namespace, keep: ExitStack) -> QSettings:
    """The user's settings; a screenshot without --settings leaves them untouched."""
    path = args.settings
    if path is None and args.screenshot is not None:
        import tempfile

        path = Path(keep.enter_context(tempfile.TemporaryDirectory())) / "screenshot.ini"
    if path is None:
        return QSettings(ORGANISATION, APPLICATION)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _saved(
    settings: QSettings, key: str, default: str, allowed: Sequence[str] | dict[str, str]
) -> str:
    value = settings.value(key)
    return value if isinstance(value, str) and value in allowed else default


def _without_offscreen_noise(_kind: QtMsgType, _where: QMessageLogContext, message: str) -> None:
    """Offscreen cannot pass a window's size hints on, and says so at every show: drop that."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _screenshot_when_loaded(window: MainWindow, worker: BackgroundWorker, target: Path) -> None:
    def save() -> None:
        saved = window.grab().save(str(target))
        QCoreApplication.exit(0 if saved else 1)

    def fail(error: BaseException) -> None:
        print(f"freightdesk-gui: {error_text(error)}", file=sys.stderr)
        QCoreApplication.exit(1)

    def after_paint() -> None:
        QTimer.singleShot(0, save)

    window.current_screen.loaded.connect(after_paint)
    worker.failed.connect(lambda _task, error: fail(error))
    worker.crashed.connect(lambda _task, error, _details: fail(error))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: QCoreApplication.exit(2))
