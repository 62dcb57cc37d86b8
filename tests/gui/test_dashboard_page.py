"""The dashboard page on a database with demo history: figures, charts, both languages."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from gui.charts import BarRow, HorizontalBarsChart, WeekBar, WeekBarsChart
from gui.dashboard_page import DashboardPage
from gui.data import DataAccess, open_data
from gui.i18n import Languages
from gui.theme import Themes
from gui.worker import BackgroundWorker


@pytest.fixture(scope="session")
def history_template(bookings_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bookings database with fifteen months of demo history, made once."""
    from core.services.database import open_database
    from core.services.demo_history import add_demo_history

    path = tmp_path_factory.mktemp("dashboard") / "history.sqlite"
    shutil.copyfile(bookings_template, path)
    opened = open_database(path)
    add_demo_history(opened.uow(), today=date.today())
    opened.uow.dispose()
    return path


@pytest.fixture
def data(history_template: Path, tmp_path: Path) -> Iterator[DataAccess]:
    path = tmp_path / "history.sqlite"
    shutil.copyfile(history_template, path)
    opened = open_data(path)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, worker: BackgroundWorker, data: DataAccess) -> DashboardPage:
    shown = DashboardPage(worker, date.today)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=20_000):
        shown.attach(data)
    return shown


def test_growth_against_the_same_weeks_last_year_shows_a_figure(
    page: DashboardPage, tmp_path: Path
) -> None:
    change = page.cards["bookings"].change.text()
    assert "vs same weeks last year" in change and "%" in change
    assert change.startswith("+")  # the demo history grows about 92 % a year
    assert page.cards["tonnes"].value.text().endswith(" t")
    assert page.cards["revenue"].value.text()  # CN¥… in English
    assert len(page.tonnes_chart.bars) == 12 and page.tonnes_chart.bars[-1].earlier > 0
    assert page.routes_chart.rows and page.capacity_chart.rows
    assert page.grab().save(str(tmp_path / "dashboard-en.png"))


def test_fewer_weeks_reload_on_enter(page: DashboardPage, qtbot: QtBot) -> None:
    page.focus_search()
    qtbot.keyClicks(page.weeks_spin, "4")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.weeks_spin.editingFinished.emit()
    assert len(page.bookings_chart.bars) == 4


def test_a_booking_change_reloads_without_polling(page: DashboardPage, qtbot: QtBot) -> None:
    from core.services.changes import ChangeSet, Entity

    changes = ChangeSet()
    changes.add(Entity.CONSIGNMENT, 1)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.on_changes(changes)
    untouched = ChangeSet()
    untouched.add(Entity.TARIFF, "all")
    page.on_changes(untouched)
    assert not page._loading


def test_chinese_language_redraws_the_page(
    page: DashboardPage, languages: Languages, qtbot: QtBot, tmp_path: Path
) -> None:
    languages.use("zh_CN")  # the LanguageChange event redraws with Chinese number formats
    qtbot.waitUntil(lambda: page.cards["revenue"].value.text().startswith("¥"))
    assert page.grab().save(str(tmp_path / "dashboard-zh.png"))


@pytest.mark.parametrize("dark", [False, True])
def test_charts_paint_without_data_and_with_it(qtbot: QtBot, themes: Themes, dark: bool) -> None:
    themes.use("dark" if dark else "light")
    weeks, bars = WeekBarsChart(), HorizontalBarsChart()
    for chart in (weeks, bars):
        qtbot.addWidget(chart)
        chart.resize(400, 240)
        assert not chart.grab().isNull()  # nothing to draw yet
    weeks.set_bars([WeekBar("W01", 3, 1, "3, 1"), WeekBar("W02", 0, 2)], ("now", "then"), "3")
    bars.set_rows([BarRow("郑州-FRA", 97, "97 %", warn=True), BarRow("CGO-LUX", 10, "10 %")], 100)
    for chart in (weeks, bars):
        image: QImage = chart.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in (15, 120)}
        assert len(colours) > 2
