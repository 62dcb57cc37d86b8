"""The Consolidations screen over a real database: a master with thousands of houses, the
parcel import with its report, the check, closing and reopening (issue 6, GUI)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.services.consolidations import add_houses, list_houses
from core.services.database import open_database
from core.services.house_input import HouseItemInput
from gui.consolidation_check import CheckDialog
from gui.consolidation_import import ParcelImportDialog
from gui.consolidations_page import ConsolidationsPage
from gui.data import DataAccess, open_data
from gui.houses_model import HouseColumn, HousesModel
from gui.worker import BackgroundWorker
from tests.integration.consolidation_builders import eur_rates
from tests.integration.consolidation_helpers import flight, house, master
from tests.integration.parcel_files import parcel_rows, with_bad_rows, write_csv

HOUSES = 3000
PAGE = 200
BLOCKED = house(HOUSES, items=(HouseItemInput("gift", "851830", 1, "5.00", "EUR", "CN"),))


@pytest.fixture(scope="module")
def consol_template(bookings_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A master on a CGO-FRA flight with HOUSES houses, the last one blocked (vague goods)."""
    path = tmp_path_factory.mktemp("consol") / "consol.sqlite"
    shutil.copyfile(bookings_template, path)
    db = open_database(path)
    try:
        eur_rates(db)  # the 9610 and IOSS limits convert with them
        view = master(db, flight(db), gross_weight_kg="4000", volume_m3="30")
        houses = [house(n) for n in range(HOUSES - 1)] + [BLOCKED]
        add_houses(db.uow(), view.id, houses)
    finally:
        db.uow.dispose()
    return path


@pytest.fixture
def consol_data(consol_template: Path, tmp_path: Path) -> Iterator[DataAccess]:
    path = tmp_path / "consol.sqlite"
    shutil.copyfile(consol_template, path)
    opened = open_data(path)
    yield opened
    opened.close()


@pytest.fixture
def page(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, consol_data: DataAccess
) -> ConsolidationsPage:
    files: list[str] = []
    screen = ConsolidationsPage(worker, jobs, page_size=PAGE, choose_file=lambda _p: files.pop())
    screen.files = files  # type: ignore[attr-defined]
    worker.changed.connect(screen.on_changes)
    jobs.changed.connect(screen.on_changes)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.attach(consol_data)
    qtbot.waitUntil(lambda: screen.houses.model.rowCount() > 0, timeout=10_000)
    return screen


def stored_houses(data: DataAccess, consolidation_id: int) -> int:
    return len(list_houses(data.units().reading(), consolidation_id, limit=5000))


def test_a_few_thousand_houses_page_in_on_demand(qtbot: Any, page: ConsolidationsPage) -> None:
    model = page.houses.model
    assert model.rowCount() == PAGE  # the first page only
    assert page.model.rowCount() == 1 and page.selected() is not None
    assert f"{HOUSES:,} houses" in page.detail.text()
    page.houses.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE, timeout=5000)
    assert model.rowCount() < HOUSES


def test_a_sort_asks_sql_for_the_whole_list(qtbot: Any, page: ConsolidationsPage) -> None:
    model = page.houses.model
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        page.houses.table.sortByColumn(HouseColumn.HOUSE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE, timeout=5000)
    assert not model.sorted_locally
    assert model.row_at(0).house_number == last_house_number(page)


def last_house_number(page: ConsolidationsPage) -> str:
    data = page.data
    assert data is not None and page.selected() is not None
    rows = list_houses(data.units().reading(), page.selected().id, sort="house_number",
                       descending=True, limit=1)  # fmt: skip
    return rows[0].house_number


def test_the_filter_searches_the_houses_in_sql(qtbot: Any, page: ConsolidationsPage) -> None:
    qtbot.keyClicks(page.houses.filter_edit, "TM-000042")
    qtbot.keyClick(page.houses.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.houses.model.rowCount() == 1, timeout=5000)
    assert page.houses.model.row_at(0).platform_order_number == "TM-000042"


def test_models_pass_the_qt_model_tester(qtmodeltester: Any, page: ConsolidationsPage) -> None:
    qtmodeltester.check(page.model, force_py=True)
    loaded = [page.houses.model.row_at(r) for r in range(page.houses.model.rowCount())]
    qtmodeltester.check(HousesModel(), force_py=True)
    houses = HousesModel(page_size=PAGE)
    houses.add_page(houses.restart(), loaded)
    houses.sort(HouseColumn.VALUE, Qt.SortOrder.DescendingOrder)  # not in SQL: the loaded rows
    assert houses.sorted_locally
    qtmodeltester.check(houses, force_py=True)


def _import(qtbot: Any, page: ConsolidationsPage, path: Path) -> ParcelImportDialog:
    page.files.append(str(path))  # type: ignore[attr-defined]
    page.buttons["import_parcels"].click()
    dialog = page.import_dialog
    assert isinstance(dialog, ParcelImportDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    return dialog


def bad_file(tmp_path: Path) -> Path:
    rows, _bad = with_bad_rows(parcel_rows(60, seed=7), every=1)
    return write_csv(tmp_path / "parcels.csv", rows)


def test_bad_rows_show_the_report_and_nothing_is_written(
    qtbot: Any, page: ConsolidationsPage, tmp_path: Path
) -> None:
    dialog = _import(qtbot, page, bad_file(tmp_path))
    report = dialog.report
    assert report is not None and report.refused > 0 and report.valid > 0
    assert not dialog.import_all.isEnabled() and dialog.import_valid.isEnabled()
    assert dialog.model.rowCount() == len(report.problems) >= 17  # one per kind of mistake
    columns = {dialog.model.row_at(r).column for r in range(dialog.model.rowCount())}
    assert {"consignee_country", "gross_weight_kg"} <= columns
    assert "refused" in dialog.summary.text()
    dialog.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by column: the clerk's choice
    shown = [dialog.model.row_at(r).column for r in range(dialog.model.rowCount())]
    assert shown == sorted(shown)
    dialog.grab().save(str(tmp_path / "report.png"))
    dialog.reject()
    assert stored_houses(page.data, page.selected().id) == HOUSES  # type: ignore[arg-type, union-attr]


def test_import_the_valid_rows(qtbot: Any, page: ConsolidationsPage, tmp_path: Path) -> None:
    dialog = _import(qtbot, page, bad_file(tmp_path))
    valid = dialog.report.valid  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_valid.click()
    assert stored_houses(page.data, page.selected().id) > HOUSES  # type: ignore[arg-type, union-attr]
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().houses > HOUSES)  # type: ignore[union-attr]
    assert valid > 0


def test_a_cancelled_import_leaves_nothing(
    qtbot: Any, page: ConsolidationsPage, jobs: BackgroundWorker, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "good.csv", parcel_rows(50, seed=9))
    dialog = _import(qtbot, page, path)
    assert dialog.import_all.isEnabled()
    gate = threading.Event()
    jobs.submit(gate.wait)  # the jobs worker is busy: the import waits behind it
    dialog.import_all.click()
    assert dialog.progress is not None
    dialog.reject()  # Escape: cancels the import
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.summary.text(), timeout=10_000)
    assert stored_houses(page.data, page.selected().id) == HOUSES  # type: ignore[arg-type, union-attr]


def test_check_shows_the_blocked_house_and_close_waits_for_it(
    qtbot: Any, page: ConsolidationsPage
) -> None:
    page.buttons["check"].click()
    qtbot.waitUntil(lambda: isinstance(page.check_dialog, CheckDialog), timeout=10_000)
    check = page.check_dialog
    assert check is not None and "1 blocked" in check.summary.text()
    first = check.model.row_at(0)
    assert first.severity == "blocking" and first.finding.field.startswith("items")
    assert check.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    check.close()
    blocked_number = first.house
    page.buttons["close_consolidation"].click()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
    assert page.selected().state == "open"  # type: ignore[union-attr]
    # The clerk finds the blocked house and removes it; closing is then allowed.
    page.houses.filter_edit.setText(blocked_number)
    qtbot.keyClick(page.houses.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.houses.model.rowCount() == 1, timeout=5000)
    page.houses.table.selectRow(0)
    assert page.buttons["remove_houses"].isEnabled()
    page.buttons["remove_houses"].click()
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().houses == HOUSES - 1,
                    timeout=10_000)  # fmt: skip
    page.buttons["close_consolidation"].click()
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().state == "closed",
                    timeout=10_000)  # fmt: skip
    assert not page.error_label.isVisible()
    assert page.buttons["reopen"].isEnabled() and not page.buttons["import_parcels"].isEnabled()
    page.reopen_with(page.selected(), "  ")  # type: ignore[arg-type]
    assert "reason" in page.error_label.text()
    page.reopen_with(page.selected(), "a late parcel")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().state == "open",
                    timeout=10_000)  # fmt: skip


def test_tendered_pieces_error_shows_beside_the_field(qtbot: Any, page: ConsolidationsPage) -> None:
    page.tendered_edit.setText("zero")
    page.tendered_button.click()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=5000)
    page.tendered_edit.setText("12")
    page.tendered_button.click()
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().tendered_pieces == 12,
                    timeout=5000)  # fmt: skip
    assert not page.error_label.isVisible()


def test_new_consolidation_offers_the_lanes_flights(qtbot: Any, page: ConsolidationsPage) -> None:
    page.buttons["new_consolidation"].click()
    form = page.form
    form.destination_edit.setText("FRA")
    with qtbot.waitSignal(form.flights_loaded, timeout=5000):
        form.load_flights()
    assert form.flight.count() > 0
    form.flight.setCurrentIndex(0)
    form.shipper_edit.setText("SH-CGO-001")
    form.consignee_edit.setText("CN-FRA-001")
    form.weight_edit.setText("-5")
    form.volume_edit.setText("1")
    form.submit()
    qtbot.waitUntil(lambda: form.errors.text_of("gross_weight_kg") != "", timeout=5000)
    form.weight_edit.setText("500")
    with qtbot.waitSignal(form.created, timeout=5000):
        form.submit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
