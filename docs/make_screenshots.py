"""The README's pictures of the desk, in English and Chinese, from a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--out docs]

Builds a demo database (`freightdesk init --demo`) in a temporary folder, opens the real
main window on it and saves, per language: the flights board, the booking editor filled
in with its quote, the bookings list, an invoice's preview and the dashboard.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui.data import FlightQuery, open_data
from gui.fonts import register_bundled_fonts, use_fallbacks
from gui.i18n import Languages
from gui.main_window import MainWindow
from gui.navigation import screen_names
from gui.theme import Theme, Themes
from gui.worker import BackgroundWorker

SIZE = (1280, 760)


def wait_until(check: Callable[[], object], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {check}")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # let the last layout and paint happen
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print("saved", path)


def show(window: MainWindow, name: str) -> QWidget:
    """The screen, once what it lists has arrived."""
    window.show_screen(screen_names().index(name))
    screen = window.current_screen
    model = getattr(screen, "model", None)
    if model is not None:
        wait_until(lambda: model.rowCount() > 0)
    return screen


def editor_shot(window: MainWindow, path: Path) -> None:
    data = window.database.data
    assert data is not None
    flight = data.load_flights(FlightQuery("CGO", "FRA"))[3]
    window.new_booking(flight)
    editor = window.booking_editor
    assert editor is not None
    editor.resize(1240, 680)
    wait_until(lambda: editor.fields.flight.chosen() is not None)
    f = editor.fields
    for field, text in (
        (f.shipper, "SH-CGO-002"),
        (f.consignee, "CN-FRA-001"),
        (f.goods, "Cotton T-shirts"),
        (f.pieces, "24"),
        (f.weight, "312.5"),
        (f.hs_code, "610910"),
        (f.shc, "ECM"),
    ):
        field.setFocus()
        QTest.keyClicks(field, text)
    f.dimensions.lines.set_lines([("60", "40", "40", "20"), ("50", "40", "30", "4")])
    f.goods.setFocus()
    QTest.keyClicks(f.goods, " ")
    wait_until(lambda: editor.quote.total_text() != "")
    save(editor, path)
    editor.done(0)


def preview_shot(window: MainWindow, path: Path) -> None:
    page = show(window, "invoices")
    wait_until(lambda: page.model.rowCount() > 0)
    page.preview_invoice(page.model.row_at(0).number)
    document = page.document
    assert document is not None
    document.resize(900, 760)
    wait_until(lambda: document.page_count >= 1 and document.page_image(0) is not None)
    save(document, path)
    document.close()


def shots(window: MainWindow, out: Path, lang: str) -> None:
    save(show(window, "flights").window(), out / f"gui-flights-{lang}.png")
    editor_shot(window, out / f"gui-editor-{lang}.png")
    save(show(window, "bookings").window(), out / f"gui-bookings-{lang}.png")
    preview_shot(window, out / f"gui-invoice-{lang}.png")
    page = show(window, "dashboard")
    growth = page.findChild(QLabel, "growth_bookings")
    wait_until(lambda: growth is not None and "%" in growth.text())
    save(window, out / f"gui-dashboard-{lang}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--db", type=Path, help="an existing demo database to use")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    with ExitStack() as keep, tempfile.TemporaryDirectory() as folder:
        register_bundled_fonts(keep)
        use_fallbacks(app)
        db = args.db or Path(folder) / "demo.sqlite"
        if args.db is None:
            from core.cli import main as cli

            cli(["--db", str(db), "init", "--demo"])
        Themes(app).use(Theme.LIGHT)
        languages = Languages(app)
        worker = BackgroundWorker()
        keep.callback(worker.shutdown)
        settings = QSettings(str(Path(folder) / "shots.ini"), QSettings.Format.IniFormat)
        window = MainWindow(worker, partial(open_data, str(db)), settings, languages=languages)
        window.resize(*SIZE)
        window.show()
        window.start()
        wait_until(lambda: window.database.data is not None)
        for lang in ("en", "zh_CN"):
            languages.use(lang)
            shots(window, args.out, "en" if lang == "en" else "zh")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
