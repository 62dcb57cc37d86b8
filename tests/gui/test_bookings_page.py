"""The bookings list over a real database with bookings, driven as a clerk would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from core.services.booking import book, cancel
from core.services.database import open_database
from gui.bookings_model import Column
from gui.bookings_page import BookingsPage
from gui.data import BookingSearch, DataAccess, open_data
from gui.main_window import MainWindow
from gui.worker import BackgroundWorker
from tests.gui.bookings_db import BOOKINGS, ZHENGZHOU_SHIPPERS, Planned, request
from tests.gui.windows import LOAD_TIMEOUT_MS, shown_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> Iterator[MainWindow]:
    shown = shown_window(qtbot, worker, partial(open_data, bookings_db), settings)
    qtbot.keyClick(shown, Qt.Key.Key_2, CTRL)
    yield shown
    shown.close()


def rows(page: BookingsPage, which: Column) -> list[str]:
    return [page.model.index(r, which).data() for r in range(page.model.rowCount())]


def type_text(qtbot: Any, field: QWidget, text: str) -> None:
    """Keys for ASCII; Chinese arrives as an input method's commit, as from a clerk's IME
    (QTest can only press keys that exist on a keyboard)."""
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    committed = QInputMethodEvent("", [])
    committed.setCommitString(text)
    QApplication.sendEvent(field, committed)


def search_for(qtbot: Any, page: BookingsPage, field: Any, text: str) -> None:
    field.clear()
    type_text(qtbot, field, text)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_lists_the_bookings_newest_first(window: MainWindow) -> None:
    page = window.bookings
    assert window.current_screen is page
    assert page.model.rowCount() == len(BOOKINGS)
    assert window.status_label.text() == f"{len(BOOKINGS)} bookings"
    refs = [page.model.booking_at(r).booking_ref for r in range(page.model.rowCount())]
    assert refs == sorted(refs, reverse=True)
    assert page.table.isColumnHidden(Column.BOOKING)  # one right click away


def test_a_customer_fragment_in_chinese_filters_the_list(qtbot: Any, window: MainWindow) -> None:
    page = window.bookings
    search_for(qtbot, page, page.customer_edit, "郑州")
    shippers = rows(page, Column.SHIPPER)
    assert len(shippers) == ZHENGZHOU_SHIPPERS
    assert all("郑州" in name for name in shippers)
    assert window.status_label.text() == f"{ZHENGZHOU_SHIPPERS} bookings"


def test_a_search_for_nothing_says_so(qtbot: Any, window: MainWindow) -> None:
    page = window.bookings
    search_for(qtbot, page, page.destination_edit, "JFK")
    assert page.model.rowCount() == 0
    assert window.status_label.text() == "No bookings match the search"


def test_destination_and_dates_narrow_the_search(qtbot: Any, window: MainWindow) -> None:
    page = window.bookings
    search_for(qtbot, page, page.destination_edit, "nrt")
    assert set(rows(page, Column.ROUTE)) == {"HGH → NRT"}
    flown = rows(page, Column.DATE)[0]
    search_for(qtbot, page, page.date_from_edit, flown)
    search_for(qtbot, page, page.date_to_edit, flown)
    assert set(rows(page, Column.DATE)) == {flown} and page.model.rowCount() == 2


def test_a_bad_date_is_refused_in_the_status_bar(qtbot: Any, window: MainWindow) -> None:
    page = window.bookings
    qtbot.keyClicks(page.date_from_edit, "2026-13")
    qtbot.keyClick(page.date_from_edit, Qt.Key.Key_Return)
    assert window.status_label.text() == "Dates are written like 2026-12-01"
    assert page.model.rowCount() == len(BOOKINGS)


def test_pages_are_fetched_as_the_list_needs_them(
    qtbot: Any, worker: BackgroundWorker, bookings_db: Path, settings: QSettings
) -> None:
    asked: list[BookingSearch] = []

    def opener() -> DataAccess:
        data = open_data(bookings_db)

        def search(wanted: BookingSearch) -> list[Any]:
            asked.append(wanted)
            return data.search_bookings(wanted)

        return replace(data, search_bookings=search)

    window = shown_window(qtbot, worker, opener, settings, page_size=2)
    page = window.bookings
    assert page.model.rowCount() >= 2  # the first page
    page.table.scrollToBottom()  # the view asks for more until it is full or all are in
    qtbot.waitUntil(lambda: page.model.is_complete, timeout=LOAD_TIMEOUT_MS)
    assert page.model.rowCount() == len(BOOKINGS)
    assert [(a.offset, a.limit) for a in asked] == [(0, 2), (2, 2), (4, 2), (6, 2)]
    ids = [page.model.booking_at(r).id for r in range(page.model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    window.close()


def test_double_click_opens_the_booking_read_only(qtbot: Any, window: MainWindow) -> None:
    page = window.bookings
    row = rows(page, Column.SHIPPER).index("郑州豫通跨境电子商务有限公司")  # the lithium one
    awb = page.model.booking_at(row).awb_number
    rect = page.table.visualRect(page.model.index(row, Column.AWB))
    page.table.viewport().setFocus()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail_dialog is not None, timeout=LOAD_TIMEOUT_MS)
    dialog = page.detail_dialog
    assert dialog is not None and dialog.isVisible()
    said = "\n".join(dialog.texts())
    assert dialog.windowTitle() == f"Booking {awb}"
    for expected in (
        awb,
        "郑州豫通跨境电子商务有限公司",
        "Rhein-Main Fulfilment GmbH",
        "36.900 kg",
        "PI967",
        "Booked (BKD)",
        "Bluetooth earphones",
        "Total: ",
    ):
        assert expected in said, expected
    assert "+08:00" in said  # the milestone, in the station's local time
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the keys are the list's
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_enter_on_a_row_opens_it_too(qtbot: Any, window: MainWindow) -> None:
    page = window.bookings
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_dialog is not None, timeout=LOAD_TIMEOUT_MS)
    assert page.detail_dialog.view.awb_number == page.model.booking_at(0).awb_number


def test_a_booking_made_through_the_worker_refreshes_the_list(
    qtbot: Any, window: MainWindow, worker: BackgroundWorker, bookings_db: Path
) -> None:
    page = window.bookings
    db = open_database(bookings_db)
    try:
        extra = request(db, Planned("SH-CGO-009", "CN-LUX-001", "CGO", "LUX", 1, "9"), 99)
        with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
            worker.submit(partial(book, db.uow(), extra))
        assert page.model.rowCount() == len(BOOKINGS) + 1
        assert page.model.booking_at(0).shipper == "南阳玉润珠宝有限公司"
        newest = page.model.booking_at(0).awb_number
        with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
            worker.submit(partial(cancel, db.uow(), booking=newest, reason="shipper withdrew"))
        assert page.model.index(0, Column.STATUS).data() == "Cancelled"
    finally:
        db.uow.dispose()
    page.status_combo.setCurrentIndex(page.status_combo.findText("Cancelled"))
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(page.status_combo, Qt.Key.Key_Return)
    assert rows(page, Column.AWB) == [newest]


def test_clicking_a_header_sorts_the_loaded_bookings(qtbot: Any, window: MainWindow) -> None:
    page = window.bookings
    page.table.sortByColumn(Column.GROSS_KG, Qt.SortOrder.AscendingOrder)
    weights = [page.model.booking_at(r).gross_weight_kg for r in range(page.model.rowCount())]
    assert weights == sorted(weights)
    assert page.sort_note.isHidden()  # every match is loaded: the sort is complete
    page.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    ids = [page.model.booking_at(r).id for r in range(page.model.rowCount())]
    assert ids == sorted(ids, reverse=True)
