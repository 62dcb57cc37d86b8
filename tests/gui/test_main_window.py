"""The main window over a real, freshly created database, driven as a clerk would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from core.errors import NotFound
from core.services.database import open_database
from core.services.flights import FlightFilter, list_flights
from core.services.views import FlightView
from gui.data import DataAccess, FlightQuery, open_data
from gui.flights_model import FLIGHT_ROLE, Column, format_quantity
from gui.main_window import MainWindow
from gui.worker import BackgroundWorker

REPO = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT_MS = 60_000
TODAY = date.today()


@pytest.fixture(scope="module")
def fresh_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A path with no database yet: the first window to open it migrates and seeds it."""
    return tmp_path_factory.mktemp("gui") / "fd.sqlite"


@pytest.fixture(scope="module")
def upcoming(fresh_db: Path) -> Callable[[], list[FlightView]]:
    """What the service says is upcoming, asked directly (after a window has opened the file)."""

    def ask() -> list[FlightView]:
        opened = open_database(fresh_db)
        try:
            query = FlightFilter(date_from=TODAY, upcoming_only=True)
            return list_flights(opened.uow.reading(), query)
        finally:
            opened.uow.dispose()

    return ask


def make_window(qtbot: Any, worker: BackgroundWorker, opener: Callable[[], DataAccess]) -> Any:
    window = MainWindow(worker, opener, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


@pytest.fixture
def window(qtbot: Any, worker: BackgroundWorker, fresh_db: Path) -> Iterator[MainWindow]:
    shown = make_window(qtbot, worker, partial(open_data, fresh_db))
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0, timeout=LOAD_TIMEOUT_MS)
    yield shown
    shown.close()  # queues the engine's disposal before the worker shuts down


def screen_rows(window: MainWindow, column: Column) -> list[str]:
    model = window.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_opens_the_database_off_the_ui_thread_and_lists_upcoming_flights(
    window: MainWindow, upcoming: Callable[[], list[FlightView]]
) -> None:
    expected = upcoming()
    assert window.windowTitle() == "FreightDesk"
    assert window.model.rowCount() == len(expected) > 0
    assert window.status_label.text() == f"{len(expected)} upcoming flights"
    assert str(window.location_label.text()).endswith("fd.sqlite")
    assert min(screen_rows(window, Column.DATE)) >= TODAY.isoformat()
    assert sorted(screen_rows(window, Column.FLIGHT)) == sorted(f.flight_number for f in expected)


def test_a_fresh_cgo_fra_flight_has_its_whole_allotment_left(window: MainWindow) -> None:
    model = window.table.model()
    rows = [
        r for r in range(model.rowCount()) if model.index(r, Column.ROUTE).data() == "CGO → FRA"
    ]
    assert rows
    for row in rows:
        flight = model.index(row, Column.FLIGHT).data(FLIGHT_ROLE)
        left = model.index(row, Column.LEFT_KG).data()
        assert left == format_quantity(flight.allotment_weight_kg)
        assert model.index(row, Column.BOOKED_KG).data() == "0.000"


def test_typing_a_destination_and_enter_leaves_only_its_flights(
    qtbot: Any, window: MainWindow
) -> None:
    everything = window.model.rowCount()
    qtbot.keyClicks(window.destination_edit, "fra")
    assert window.destination_edit.text() == "FRA"
    qtbot.keyClick(window.destination_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < everything, timeout=LOAD_TIMEOUT_MS)
    assert set(screen_rows(window, Column.ROUTE)) == {"CGO → FRA"}
    assert window.status_label.text() == f"{window.model.rowCount()} upcoming flights"


def test_f5_refreshes_with_the_filter_and_clearing_it_lists_all_again(
    qtbot: Any, window: MainWindow
) -> None:
    everything = window.model.rowCount()
    qtbot.keyClicks(window.origin_edit, "NNG")
    with qtbot.waitSignal(window.controller.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert {route.split(" ")[0] for route in screen_rows(window, Column.ROUTE)} == {"NNG"}
    window.origin_edit.clear()
    with qtbot.waitSignal(window.controller.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.model.rowCount() == everything


def test_a_two_letter_code_is_refused_in_the_status_bar(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClicks(window.origin_edit, "CG")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.status_label.text() == "Airport codes have three letters"


def test_clicking_a_header_sorts_by_that_column(qtbot: Any, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.LEFT_KG) + header.sectionSize(Column.LEFT_KG) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == Column.LEFT_KG
    flights = [window.model.flight_at(r) for r in range(window.model.rowCount())]
    left = [f.remaining_weight_kg for f in flights]
    assert left in (sorted(left), sorted(left, reverse=True))
    assert left != [f.remaining_weight_kg for f in sorted(flights, key=lambda f: f.departs_at_utc)]


def test_ctrl_q_closes_the_window(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_a_service_error_is_shown_in_the_status_bar(qtbot: Any, worker: BackgroundWorker) -> None:
    def no_flights(_query: FlightQuery) -> list[FlightView]:
        raise NotFound("route", "CGO-XXX")

    window = make_window(qtbot, worker, lambda: DataAccess("memory", no_flights, lambda: None))
    qtbot.waitUntil(lambda: window.status_label.text() == "no route CGO-XXX")
    assert window.location_label.text() == "Database: memory"


def test_starting_the_gui_leaves_sqlalchemy_for_the_worker() -> None:
    """Rule 6: heavy imports happen after the first paint, on the worker (gui.data)."""
    probe = "import sys, gui.app; print(sorted({'sqlalchemy', 'alembic'} & set(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_python_m_gui_saves_a_screenshot_and_exits(tmp_path: Path) -> None:
    shot = tmp_path / "out.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "gui", "--db", str(tmp_path / "fd.sqlite")]
    done = subprocess.run(
        [*command, "--screenshot", str(shot)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 0
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 800
