"""The flights board inside the main window, over a real database, driven as a clerk would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage

from core.errors import NotFound
from core.services.database import open_database
from core.services.flights import FlightFilter, list_flights
from core.services.views import FlightView
from gui.data import DataAccess, FlightQuery, open_data
from gui.flights_model import FLIGHT_ROLE, Column, format_quantity
from gui.main_window import MainWindow
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS, TODAY, make_window, shown_window

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def upcoming(bookings_db: Path) -> Callable[[], list[FlightView]]:
    """What the service says is upcoming, asked directly."""

    def ask() -> list[FlightView]:
        opened = open_database(bookings_db)
        try:
            query = FlightFilter(date_from=TODAY, upcoming_only=True)
            return list_flights(opened.uow.reading(), query)
        finally:
            opened.uow.dispose()

    return ask


@pytest.fixture
def window(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> Iterator[MainWindow]:
    shown = shown_window(qtbot, worker, partial(open_data, bookings_db), settings)
    yield shown
    shown.close()  # queues the engine's disposal before the worker shuts down


def screen_rows(window: MainWindow, column: Column) -> list[str]:
    model = window.flights.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_opens_the_database_off_the_ui_thread_and_lists_upcoming_flights(
    window: MainWindow, upcoming: Callable[[], list[FlightView]]
) -> None:
    expected = upcoming()
    assert window.windowTitle() == "FreightDesk"
    assert window.current_screen is window.flights
    assert window.flights.model.rowCount() == len(expected) > 0
    assert window.status_label.text() == f"{len(expected)} upcoming flights"
    assert min(screen_rows(window, Column.DATE)) >= TODAY.isoformat()
    assert sorted(screen_rows(window, Column.FLIGHT)) == sorted(f.flight_number for f in expected)


def test_the_status_bar_names_office_database_and_user(window: MainWindow) -> None:
    assert window.office_label.text() == "Office: CGO"
    assert window.location_label.text().startswith("Database: ")
    assert window.location_label.text().endswith("fd.sqlite")
    assert window.user_label.text() == "User: clerk"


def test_an_unbooked_cgo_fra_flight_has_its_whole_allotment_left(window: MainWindow) -> None:
    model = window.flights.table.model()
    rows = [
        r
        for r in range(model.rowCount())
        if model.index(r, Column.ROUTE).data() == "CGO → FRA"
        and model.index(r, Column.BOOKINGS).data() == "0"
    ]
    assert rows
    for row in rows:
        flight = model.index(row, Column.FLIGHT).data(FLIGHT_ROLE)
        assert model.index(row, Column.LEFT_KG).data() == format_quantity(
            flight.allotment_weight_kg
        )
        assert model.index(row, Column.BOOKED_KG).data() == "0.000"


def test_a_booked_flight_shows_what_is_booked(window: MainWindow) -> None:
    model = window.flights.table.model()
    booked = [
        model.index(r, Column.FLIGHT).data(FLIGHT_ROLE)
        for r in range(model.rowCount())
        if model.index(r, Column.BOOKINGS).data() != "0"
    ]
    assert {f.origin for f in booked} == {"CGO", "HGH"}
    assert all(f.remaining_weight_kg < f.allotment_weight_kg for f in booked)


def test_typing_a_destination_and_enter_leaves_only_its_flights(
    qtbot: Any, window: MainWindow
) -> None:
    page = window.flights
    everything = page.model.rowCount()
    qtbot.keyClicks(page.destination_edit, "fra")
    assert page.destination_edit.text() == "FRA"
    qtbot.keyClick(page.destination_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everything, timeout=LOAD_TIMEOUT_MS)
    assert set(screen_rows(window, Column.ROUTE)) == {"CGO → FRA"}
    assert window.status_label.text() == f"{page.model.rowCount()} upcoming flights"


def test_f5_refreshes_with_the_filter_and_clearing_it_lists_all_again(
    qtbot: Any, window: MainWindow
) -> None:
    page = window.flights
    everything = page.model.rowCount()
    qtbot.keyClicks(page.origin_edit, "NNG")
    with qtbot.waitSignal(page.controller.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert {route.split(" ")[0] for route in screen_rows(window, Column.ROUTE)} == {"NNG"}
    page.origin_edit.clear()
    with qtbot.waitSignal(page.controller.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.model.rowCount() == everything


def test_a_two_letter_code_is_refused_in_the_status_bar(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClicks(window.flights.origin_edit, "CG")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.status_label.text() == "Airport codes have three letters"


def test_clicking_a_header_sorts_by_that_column(qtbot: Any, window: MainWindow) -> None:
    table, model = window.flights.table, window.flights.model
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(Column.LEFT_KG) + header.sectionSize(Column.LEFT_KG) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == Column.LEFT_KG
    flights = [model.flight_at(r) for r in range(model.rowCount())]
    left = [f.remaining_weight_kg for f in flights]
    assert left in (sorted(left), sorted(left, reverse=True))
    assert left != [f.remaining_weight_kg for f in sorted(flights, key=lambda f: f.departs_at_utc)]


def test_ctrl_q_closes_the_window(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_a_service_error_is_shown_in_the_status_bar(
    qtbot: Any, worker: BackgroundWorker, settings: QSettings
) -> None:
    def no_flights(_query: FlightQuery) -> list[FlightView]:
        raise NotFound("route", "CGO-XXX")

    data = DataAccess("memory", no_flights, lambda: None, office_airport="NNG")
    window = make_window(qtbot, worker, lambda: data, settings)
    qtbot.waitUntil(lambda: window.status_label.text() == "no route CGO-XXX")
    assert window.location_label.text() == "Database: memory"
    assert window.office_label.text() == "Office: NNG"


def test_starting_the_gui_leaves_sqlalchemy_for_the_worker() -> None:
    """Rule 6: heavy imports happen after the first paint, on the worker (gui.data)."""
    heavy = "{'sqlalchemy', 'alembic', 'reportlab', 'babel'}"
    probe = f"import sys, gui.app; print(sorted({heavy} & set(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_python_m_gui_saves_a_screenshot_of_the_chosen_screen_and_exits(
    tmp_path: Path, bookings_db: Path
) -> None:
    shot = tmp_path / "out.png"
    # The log directory follows XDG_STATE_HOME: the test's own, not the user's.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "gui", "--db", str(bookings_db), "--lang", "zh_CN"]
    done = subprocess.run(
        [*command, "--screen", "bookings", "--size", "1000x600", "--screenshot", str(shot)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1000, 600)
    assert (tmp_path / "FreightDesk" / "log").is_dir()  # the rotating log's home
