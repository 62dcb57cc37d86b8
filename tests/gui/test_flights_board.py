"""The flights board and a flight's detail over a real database, driven as a clerk would."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core.services.booking import set_space_status
from core.services.database import open_database
from core.services.network import set_allotment
from gui.data import DataAccess
from gui.flight_detail import FlightDetail
from gui.flights_model import Column
from gui.flights_page import FlightsPage
from gui.space_bar import NEARLY_FULL_FILL
from gui.worker import BackgroundWorker
from tests.gui.bookings_db import BOOKINGS
from tests.gui.windows import LOAD_TIMEOUT_MS

WAIT = {"timeout": LOAD_TIMEOUT_MS}
FRA_BOOKINGS = [b for b in BOOKINGS if b.destination == "FRA"]


@pytest.fixture
def page(qtbot: Any, worker: BackgroundWorker, data: DataAccess) -> FlightsPage:
    board = FlightsPage(worker, jobs=worker)
    qtbot.addWidget(board)
    board.resize(1400, 700)
    board.show()
    carriers = board.controller.carriers_loaded
    with qtbot.waitSignal(carriers, **WAIT), qtbot.waitSignal(board.loaded, **WAIT):
        board.attach(data)
    return board


def flights(page: FlightsPage) -> list[Any]:
    return [page.model.flight_at(r) for r in range(page.model.rowCount())]


def booked_row(page: FlightsPage, destination: str = "FRA") -> int:
    return next(
        r for r, f in enumerate(flights(page)) if f.destination == destination and f.bookings
    )


def show_flights(qtbot: Any, page: FlightsPage) -> None:
    with qtbot.waitSignal(page.loaded, **WAIT):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)


def open_flight(qtbot: Any, page: FlightsPage, row: int) -> FlightDetail:
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, Column.FLIGHT))
    with qtbot.waitSignal(page.flight_opened, **WAIT):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = page.detail
    assert detail is not None
    qtbot.waitUntil(lambda: detail.model.rowCount() > 0, **WAIT)
    return detail


def pixel(page: FlightsPage, row: int, column: Column, x_offset: int) -> QColor:
    page.table.scrollTo(page.model.index(row, column))
    rect = page.table.visualRect(page.model.index(row, column))
    image = page.table.viewport().grab().toImage()
    return image.pixelColor(rect.left() + x_offset, rect.center().y())


def test_weight_and_volume_are_drawn_as_bars_amber_when_nearly_full(
    qtbot: Any, page: FlightsPage, bookings_db: Path
) -> None:
    row = booked_row(page)
    flight = page.model.flight_at(row)
    assert page.model.headerData(Column.BOOKED_M3, Qt.Orientation.Horizontal) == "Booked m³"
    opened = open_database(bookings_db)  # another workstation sells the flight down
    set_allotment(
        opened.uow(),
        flight_id=flight.id,
        weight_kg=str(flight.booked_weight_kg + Decimal(1)),
        volume_m3="100",
    )
    opened.uow.dispose()
    show_flights(qtbot, page)
    row = next(r for r, f in enumerate(flights(page)) if f.id == flight.id)
    assert page.model.index(row, Column.STATUS).data() == "Nearly full"
    width = page.table.columnWidth(Column.BOOKED_KG)
    amber = pixel(page, row, Column.BOOKED_KG, width // 3)
    assert abs(amber.hue() - NEARLY_FULL_FILL.hue()) < 12 and amber.saturation() > 60
    empty = next(r for r, f in enumerate(flights(page)) if not f.bookings and f.status == "open")
    track = pixel(page, empty, Column.BOOKED_KG, width // 2)
    assert track.saturation() < 30  # nothing booked: the bare track, no fill


def test_filters_by_carrier_and_last_date(qtbot: Any, page: FlightsPage) -> None:
    carriers = [page.carrier_combo.itemText(i) for i in range(page.carrier_combo.count())]
    assert carriers[0] == "Any carrier" and "CV" in carriers
    assert {f.carrier for f in flights(page)} > {"CV"}
    page.carrier_combo.setFocus()
    with qtbot.waitSignal(page.loaded, **WAIT):
        page.carrier_combo.setCurrentIndex(carriers.index("CV"))
        page.carrier_combo.activated.emit(carriers.index("CV"))
    assert flights(page) and {f.carrier for f in flights(page)} == {"CV"}

    page.carrier_combo.setCurrentIndex(0)
    last = date.today() + timedelta(days=3)
    qtbot.keyClicks(page.date_to_edit, last.isoformat())
    with qtbot.waitSignal(page.loaded, **WAIT):
        qtbot.keyClick(page.date_to_edit, Qt.Key.Key_Return)
    days = {f.departure_date for f in flights(page)}
    assert days and max(days) <= last


def test_a_first_date_after_the_last_is_refused(qtbot: Any, page: FlightsPage) -> None:
    qtbot.keyClicks(page.date_from_edit, "2026-12-10")
    qtbot.keyClicks(page.date_to_edit, "2026-12-01")
    qtbot.keyClick(page.date_to_edit, Qt.Key.Key_Return)
    assert page.status_is_error and page.status_text == "The first date comes after the last"


def test_opening_a_flight_lists_its_bookings(
    qtbot: Any, page: FlightsPage, qtmodeltester: Any
) -> None:
    row = booked_row(page)
    flight = page.model.flight_at(row)
    detail = open_flight(qtbot, page, row)
    assert detail.isVisible() and detail.flight.id == flight.id
    assert detail.model.rowCount() == flight.bookings == len(FRA_BOOKINGS)
    assert {detail.model.row_at(r).shipper for r in range(detail.model.rowCount())}
    first = [detail.model.index(0, c).data() for c in range(detail.model.columnCount())]
    assert first[0].count("-") == 1 and first[3] == "FRA" and first[-1] == "Requested"
    assert detail.bookings_label.text() == f"{len(FRA_BOOKINGS)} bookings on this flight"
    assert f"{flight.origin} → {flight.destination}" in detail.title.text()
    assert flight.departs_local in detail.facts.text()
    assert "kg booked" in detail.weight_bar.text and "m³ booked" in detail.volume_bar.text
    qtmodeltester.check(detail.model, force_py=True)
    with qtbot.waitSignal(detail.book_requested) as asked:
        qtbot.mouseClick(detail.book_button, Qt.MouseButton.LeftButton)
    assert asked.args[0].id == flight.id


def test_double_click_opens_the_flight_too(qtbot: Any, page: FlightsPage) -> None:
    row = booked_row(page)
    rect = page.table.visualRect(page.model.index(row, Column.ROUTE))
    viewport, left = page.table.viewport(), Qt.MouseButton.LeftButton
    with qtbot.waitSignal(page.flight_opened, timeout=5000) as opened:
        qtbot.mouseClick(viewport, left, pos=rect.center())  # a double click starts with one
        qtbot.mouseDClick(viewport, left, pos=rect.center())
    assert opened.args[0].id == page.model.flight_at(row).id


def test_allotment_below_what_is_booked_is_refused_next_to_the_field(
    qtbot: Any, page: FlightsPage
) -> None:
    detail = open_flight(qtbot, page, booked_row(page))
    qtbot.mouseClick(detail.allotment_button, Qt.MouseButton.LeftButton)
    editor = detail.allotment_dialog
    assert editor is not None and editor.isVisible()
    editor.weight_edit.clear()
    qtbot.keyClicks(editor.weight_edit, "1")
    qtbot.keyClick(editor.weight_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(editor.errors.text_of("allotment_weight_kg")), **WAIT)
    assert "already booked" in editor.errors.text_of("allotment_weight_kg")
    assert editor.isVisible() and editor.weight_edit.hasFocus()

    editor.weight_edit.clear()
    qtbot.keyClicks(editor.weight_edit, "5000")
    editor.volume_edit.clear()
    qtbot.keyClicks(editor.volume_edit, "abc")
    qtbot.keyClick(editor.volume_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(editor.errors.text_of("allotment_volume_m3")), **WAIT)
    assert editor.errors.text_of("allotment_weight_kg") == ""

    editor.volume_edit.clear()
    qtbot.keyClicks(editor.volume_edit, "40")
    with qtbot.waitSignal(editor.saved, **WAIT):
        qtbot.keyClick(editor.volume_edit, Qt.Key.Key_Return)
    assert detail.flight.allotment_weight_kg == Decimal("5000.000")
    assert "of 5,000.000 kg booked" in detail.weight_bar.text


def test_manifest_preview_is_ready(qtbot: Any, page: FlightsPage, bookings_db: Path) -> None:
    pytest.importorskip("gui.document_view")
    row = booked_row(page)
    opened = open_database(bookings_db)
    for planned_awb in _awbs(page, row):
        set_space_status(opened.uow(), booking=planned_awb, status="confirmed")
    opened.uow.dispose()
    detail = open_flight(qtbot, page, row)
    qtbot.mouseClick(detail.manifest_button, Qt.MouseButton.LeftButton)
    assert detail.document is not None
    ready = qtbot.waitSignal(detail.document.ready, **WAIT)
    ready.wait()
    assert ready.args[0] >= 1
    detail.document.close()


def _awbs(page: FlightsPage, row: int) -> list[str]:
    from gui import flight_data

    data = page.controller.data
    assert data is not None
    return [b.awb_number for b in flight_data.bookings(data, page.model.flight_at(row).id)]
