"""The Tariffs screen over a seeded database, driven as a clerk would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from gui.data import DataAccess, open_data
from gui.rate_import import RateImportDialog
from gui.tariffs_page import TariffsPage
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS

SEEDED = 21  # resources/reference/tariffs.csv: one tariff per seeded route
BAD_SHEET = (
    "origin,destination,carrier,currency,valid_from,valid_to,M,N,Q45,Q100\n"
    "CGO,FRA,LH,CNY,2027-01-01,2027-06-30,320,45,34,30\n"
    "CGO,LUX,,CNY,2027-01-01,,320,abc,34,30\n"
)


@pytest.fixture
def data(worker: BackgroundWorker, bookings_db: Path, qtbot: Any) -> Iterator[DataAccess]:
    opened: list[DataAccess] = []
    worker.submit(lambda: open_data(bookings_db), on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=LOAD_TIMEOUT_MS)
    yield opened[0]
    worker.submit(opened[0].close)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "rates.csv"
    path.write_text(BAD_SHEET, encoding="utf-8")
    return path


@pytest.fixture
def page(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess, sheet: Path
) -> TariffsPage:
    shown = TariffsPage(worker, jobs, choose_import=lambda _parent: str(sheet))
    qtbot.addWidget(shown)
    # As the main window does: what either worker changed reaches the screen.
    worker.changed.connect(shown.on_changes)
    jobs.changed.connect(shown.on_changes)
    shown.resize(1200, 700)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=LOAD_TIMEOUT_MS):
        shown.attach(data)
    return shown


def lanes(page: TariffsPage) -> list[str]:
    return [f"{v.tariff.origin}-{v.tariff.destination}" for v in page.tariffs.rows]


def select_lane(page: TariffsPage, lane: str) -> None:
    page.tariff_table.selectRow(lanes(page).index(lane))


def rate_of(page: TariffsPage, rate_class: str) -> str:
    row = next(n for n, r in enumerate(page.rates.rows) if r.rate_class == rate_class)
    return str(page.rates.index(row, 2).data())


def test_lists_the_seeded_tariffs_with_the_selected_ones_rates(
    qtbot: Any, page: TariffsPage, qtmodeltester: Any
) -> None:
    assert page.tariffs.rowCount() == SEEDED
    assert "CGO-FRA" in lanes(page) and "HGH-NRT" in lanes(page)
    select_lane(page, "CGO-FRA")
    assert [r.rate_class for r in page.rates.rows] == [
        "M",
        "N",
        "Q45",
        "Q100",
        "Q300",
        "Q500",
        "Q1000",
    ]
    assert rate_of(page, "Q45") == "34.0000"
    assert page.status_text == f"{SEEDED} tariffs"
    assert page.charges.rowCount() > 0  # the seeded other charges
    qtbot.keyClicks(page.destination_edit, "nrt")
    assert lanes(page) == ["HGH-NRT"]
    for model in (page.tariffs, page.rates, page.scrs, page.charges, page.fx):
        qtmodeltester.check(model)


def test_edit_a_break_rate_and_see_it(qtbot: Any, page: TariffsPage) -> None:
    select_lane(page, "CGO-FRA")
    dialog = page.edit_selected()
    assert dialog is not None
    q45 = dialog.fields["Q45"]
    q45.selectAll()
    qtbot.keyClicks(q45, "0")  # above 0 is the rule: shown beside the field, nothing saved
    qtbot.keyClick(q45, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors["Q45"].isVisible())
    assert "above 0" in dialog.errors["Q45"].text()
    assert dialog.isVisible()
    q45.selectAll()
    qtbot.keyClicks(q45, "33.5")
    assert not dialog.errors["Q45"].isVisible()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):  # refreshed by the ChangeSet
        qtbot.keyClick(q45, Qt.Key.Key_Return)
    assert not isValid(dialog) or not dialog.isVisible()
    assert page.selected() is not None and lanes(page)[page.tariff_table.currentIndex().row()] == (
        "CGO-FRA"
    )
    assert rate_of(page, "Q45") == "33.5000"


def test_a_half_typed_date_is_caught_before_saving(qtbot: Any, page: TariffsPage) -> None:
    dialog = page.edit_selected()
    assert dialog is not None
    valid_to = dialog.fields["valid_to"]
    qtbot.keyClicks(valid_to, "2026-1")
    qtbot.keyClick(valid_to, Qt.Key.Key_Return)
    assert dialog.errors["valid_to"].isVisible() and dialog.isVisible()
    dialog.reject()


def report_rows(dialog: RateImportDialog) -> list[tuple[str, ...]]:
    m = dialog.model
    return [
        tuple(str(m.index(r, c).data()) for c in range(m.columnCount()))
        for r in range(m.rowCount())
    ]


def test_the_report_of_a_sheet_with_a_bad_row_and_cancel_writes_nothing(
    qtbot: Any, page: TariffsPage, qtmodeltester: Any
) -> None:
    dialog = page.import_sheet()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=LOAD_TIMEOUT_MS)
    assert report_rows(dialog) == [("3", "N", "abc", "'abc' is not a number")]
    assert [dialog.model.title(c) for c in range(4)] == ["Row", "Column", "Value", "Reason"]
    assert "1 refused, 1 valid" in dialog.summary.text()
    assert not dialog.import_all.isEnabled()
    assert dialog.import_valid.isEnabled()
    qtmodeltester.check(dialog.model)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    page.refresh()
    qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS).wait()
    assert page.tariffs.rowCount() == SEEDED


def test_import_the_valid_rows(qtbot: Any, page: TariffsPage) -> None:
    dialog = page.import_sheet()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_valid.isEnabled(), timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.import_valid, Qt.MouseButton.LeftButton)
    assert page.tariffs.rowCount() == SEEDED + 1
    assert page.status_text == f"{SEEDED + 1} tariffs"
    lufthansa = [v for v in page.tariffs.rows if v.tariff.carrier == "LH"]
    assert [v.tariff.destination for v in lufthansa] == ["FRA"]


def test_import_all_when_the_sheet_is_clean(qtbot: Any, page: TariffsPage, sheet: Path) -> None:
    sheet.write_text(BAD_SHEET.splitlines()[0] + "\n" + BAD_SHEET.splitlines()[1] + "\n")
    dialog = page.import_sheet()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_all.isEnabled(), timeout=LOAD_TIMEOUT_MS)
    assert dialog.model.rowCount() == 0 and not dialog.import_valid.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Import all is the default button
    assert page.tariffs.rowCount() == SEEDED + 1


def test_export_to_the_chosen_file(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess, tmp_path: Path
) -> None:
    target = tmp_path / "out.xlsx"
    page = TariffsPage(worker, jobs, choose_export=lambda _parent: str(target))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.attach(data)
    page.export_sheet()
    qtbot.waitUntil(lambda: "exported" in page.status_text, timeout=LOAD_TIMEOUT_MS)
    assert target.stat().st_size > 0
    assert page.status_text == f"{SEEDED} tariffs exported to out.xlsx"


def test_delete_asks_first(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> None:
    answers = [False, True]
    page = TariffsPage(worker, jobs, confirm=lambda _parent, _question: answers.pop(0))
    qtbot.addWidget(page)
    worker.changed.connect(page.on_changes)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.attach(data)
    page.delete_selected()  # the clerk said no
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.delete_selected()
    assert page.tariffs.rowCount() == SEEDED - 1
