"""The main window's shell: navigation from the keyboard, search focus, remembered layout,
light and dark."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gui.bookings_model import Column
from gui.data import open_data
from gui.main_window import MainWindow
from gui.navigation import screen_names
from gui.theme import DARK, LIGHT, Theme, Themes
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS, shown_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_digits_and_the_arrow_keys_move_between_screens(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    window = shown_window(qtbot, worker, partial(open_data, bookings_db), settings)
    assert [window.navigation.item(r).text() for r in range(2)] == ["Flights", "Bookings"]
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.current_screen is window.bookings
    assert window.bookings.awb_edit.hasFocus()  # ready to type
    assert window.status_label.text() == "6 bookings"
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.current_screen is window.flights
    assert window.status_label.text().endswith("upcoming flights")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_screen is window.bookings
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_screen is window.flights
    window.close()


def test_ctrl_f_focuses_the_current_screens_search(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    window = shown_window(qtbot, worker, partial(open_data, bookings_db), settings)
    window.flights.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.flights.origin_edit.hasFocus()
    window.show_screen(1)
    window.bookings.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.bookings.awb_edit.hasFocus()
    window.close()


def test_f5_refreshes_the_current_screen(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    window = shown_window(qtbot, worker, partial(open_data, bookings_db), settings)
    window.show_screen(1)
    with qtbot.waitSignal(window.bookings.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.bookings.model.rowCount() == 6
    window.close()


def test_ctrl_n_opens_a_booking_editor_from_any_screen(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    window = shown_window(qtbot, worker, partial(open_data, bookings_db), settings)
    shortcuts = {a.shortcut().toString() for a in window.actions_by_name.values()}
    assert {"Ctrl+N", "F5", "Ctrl+Q", "Ctrl+F", "Ctrl+1", "Ctrl+7"} <= shortcuts
    window.show_screen(2)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.booking_editor
    assert editor is not None and editor.isVisible()
    editor.close()
    window.close()


def test_geometry_screen_and_columns_are_remembered(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    opener = partial(open_data, bookings_db)
    first = shown_window(qtbot, worker, opener, settings)
    first.resize(790, 560)  # within the offscreen screen (800x600): restoring clamps to it
    size = first.size()
    first.show_screen(1)
    first.bookings.table.setColumnWidth(Column.SHIPPER, 333)
    first.bookings.table.setColumnHidden(Column.BOOKING, False)
    first.close()
    again = shown_window(qtbot, worker, opener, settings)
    assert again.current_screen is again.bookings
    assert again.size() == size
    assert again.bookings.table.columnWidth(Column.SHIPPER) == 333
    assert not again.bookings.table.isColumnHidden(Column.BOOKING)
    again.close()


def test_the_view_menu_switches_between_light_and_dark(
    qtbot: Any,
    worker: BackgroundWorker,
    bookings_db: Path,
    settings: QSettings,
    themes: Themes,
) -> None:
    window = shown_window(qtbot, worker, partial(open_data, bookings_db), settings, themes=themes)
    base = QPalette.ColorRole.Base
    window.actions_by_name["theme_dark"].trigger()
    assert QApplication.palette().color(base).name() == DARK[base]
    assert settings.value("view/theme") == Theme.DARK.value
    window.actions_by_name["theme_light"].trigger()
    assert QApplication.palette().color(base).name() == LIGHT[base]
    window.actions_by_name["theme_system"].trigger()
    expected = DARK if themes.is_dark else LIGHT
    assert QApplication.palette().color(base).name() == expected[base]
    window.close()


def test_only_the_first_screen_is_built_before_its_data_arrives(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    """Start-up pays for one screen; the others are built as the database opens."""
    window = MainWindow(worker, partial(open_data, bookings_db), settings)
    qtbot.addWidget(window)
    assert [s.objectName() for s in window.screens.built_screens()] == ["flights"]
    window.show()
    window.start()
    assert [s.objectName() for s in window.screens.built_screens()] == ["flights"]
    # The others once the flights have arrived: they never compete with the opening.
    qtbot.waitUntil(lambda: len(window.screens.built_screens()) == len(screen_names()))
    assert [s.objectName() for s in window.screens.built_screens()] == list(screen_names())
    qtbot.waitUntil(lambda: window.bookings.model.rowCount() == 6, timeout=LOAD_TIMEOUT_MS)
    window.close()


def test_a_screen_remembered_as_current_is_the_one_built_first(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    settings.setValue("window/screen", "bookings")
    window = MainWindow(worker, partial(open_data, bookings_db), settings)
    qtbot.addWidget(window)
    assert [s.objectName() for s in window.screens.built_screens()] == ["bookings"]
    assert window.navigation.currentRow() == 1
    window.close()
