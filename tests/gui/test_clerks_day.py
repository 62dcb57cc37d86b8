"""A clerk's day through the real main window, from the keyboard where a clerk would use it:
a new customer, a booking with a live quote and an error beside its field, a flight filled
until it refuses, a cancellation, an invoice issued and previewed, then the desk in Chinese.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from core.services.database import open_database
from core.services.seller import set_seller
from gui.booking_editor import BookingEditor
from gui.bookings_model import Column
from gui.customers_page import CustomersPage
from gui.data import open_data
from gui.i18n import Languages
from gui.invoices_page import InvoicesPage
from gui.main_window import MainWindow
from gui.navigation import screen_names
from gui.worker import BackgroundWorker
from tests.gui.test_booking_editor import fill_cargo, pick_first, type_text
from tests.gui.test_invoices_page import SELLER
from tests.gui.windows import LOAD_TIMEOUT_MS, shown_window

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
CUSTOMER = {
    "account_number": "SH-CGO-088",
    "name": "郑州港汇通电子商务有限公司",
    "address": "航空港区新港大道 18 号",
    "postcode": "451162",
    "city": "Zhengzhou",
    "country": "CN",
    "phone": "+86 371 5555 0188",
}


@pytest.fixture
def window(
    qtbot: Any,
    worker: BackgroundWorker,
    bookings_db: Path,
    settings: QSettings,
    languages: Languages,
) -> MainWindow:
    opened = open_database(bookings_db)
    set_seller(opened.uow(), **SELLER)
    opened.uow.dispose()
    shown = shown_window(
        qtbot, worker, partial(open_data, bookings_db), settings, languages=languages
    )
    shown.resize(1280, 760)
    return shown


def go_to(qtbot: Any, window: MainWindow, name: str) -> Any:
    n = screen_names().index(name) + 1
    window.activateWindow()  # a dialog just closed: offscreen, nothing activates by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), CTRL)
    assert window.current_screen.objectName() == name
    return window.current_screen


def create_customer(qtbot: Any, window: MainWindow) -> None:
    page = go_to(qtbot, window, "customers")
    assert isinstance(page, CustomersPage)
    qtbot.keyClick(page, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor is not None
    for name, text in CUSTOMER.items():
        assert editor.focusWidget() is editor.edits[name], name
        type_text(qtbot, editor.edits[name], text)
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(editor.edits["phone"], Qt.Key.Key_Return)
    assert page.status_text == "Customer SH-CGO-088 saved"


def open_editor_on_lane(qtbot: Any, window: MainWindow) -> BookingEditor:
    """Ctrl+N, the lane typed (Frankfurt found by its city), the first flight taken."""
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.booking_editor
    assert editor is not None
    qtbot.waitExposed(editor)
    f = editor.fields
    type_text(qtbot, f.origin, "CGO")
    qtbot.keyClick(f.origin, Qt.Key.Key_Tab)
    type_text(qtbot, f.destination, "frankfurt")
    pick_first(qtbot, editor, "destination")
    assert f.destination.text() == "FRA"
    qtbot.waitUntil(lambda: f.flight.count() > 0, timeout=LOAD_TIMEOUT_MS)
    f.flight.setFocus()
    qtbot.keyClick(f.flight, Qt.Key.Key_Down)
    assert f.flight.chosen() is not None
    return editor


def book(qtbot: Any, editor: BookingEditor) -> str:
    with qtbot.waitSignal(editor.booked, timeout=LOAD_TIMEOUT_MS) as booked:
        qtbot.keyClick(editor.fields.goods, Qt.Key.Key_S, CTRL)
    awb: str = booked.args[0].awb_number
    assert editor.summary.text().startswith(f"Booked: AWB {awb}")
    return awb


def book_with_quote_and_an_error(qtbot: Any, editor: BookingEditor) -> str:
    f, panel = editor.fields, editor.quote
    fill_cargo(qtbot, editor)
    f.shipper.clear()
    type_text(qtbot, f.shipper, "SH-CGO-088")  # the customer made this morning
    qtbot.waitUntil(lambda: panel.total_text().endswith("CNY"), timeout=LOAD_TIMEOUT_MS)
    first = panel.total_text()
    f.weight.selectAll()
    type_text(qtbot, f.weight, "120")
    qtbot.waitUntil(lambda: panel.total_text() not in ("", first), timeout=LOAD_TIMEOUT_MS)
    f.hs_code.clear()
    type_text(qtbot, f.hs_code, "851")
    qtbot.waitUntil(lambda: "hs_code" in f.errors(), timeout=LOAD_TIMEOUT_MS)
    assert f.slots["hs_code"].error.isVisible() and "851830" in f.errors()["hs_code"]
    f.hs_code.selectAll()
    type_text(qtbot, f.hs_code, "851830")
    qtbot.waitUntil(lambda: "hs_code" not in f.errors(), timeout=LOAD_TIMEOUT_MS)
    return book(qtbot, editor)


def fill_the_flight(qtbot: Any, editor: BookingEditor, booked_before: int) -> None:
    """What is left less 10 kg books; 20 kg more is refused beside the flight picker."""
    f = editor.fields
    editor.new_booking()

    def reloaded() -> bool:  # the picker reloads the space left after each booking
        chosen = f.flight.chosen()
        return chosen is not None and chosen.bookings > booked_before

    qtbot.waitUntil(reloaded, timeout=LOAD_TIMEOUT_MS)
    chosen = f.flight.chosen()
    assert chosen is not None
    left = chosen.remaining_weight_kg
    fill_cargo(qtbot, editor, pieces="1", weight=str(left - 10), dims=(("100", "100", "100", "1"),))
    book(qtbot, editor)
    editor.new_booking()
    fill_cargo(qtbot, editor, pieces="1", weight="20", dims=(("100", "100", "100", "1"),))
    qtbot.keyClick(f.goods, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "flight" in f.errors(), timeout=LOAD_TIMEOUT_MS)
    assert "needs 20.0 kg" in f.errors()["flight"] and f.flight.hasFocus()


def cancel_booking(qtbot: Any, window: MainWindow, awb: str) -> None:
    page = go_to(qtbot, window, "bookings")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClicks(page.awb_edit, awb)
        qtbot.keyClick(page.awb_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    page.open_row(0)
    qtbot.waitUntil(lambda: page.detail_dialog is not None, timeout=LOAD_TIMEOUT_MS)
    dialog = page.detail_dialog
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancel"), Qt.MouseButton.LeftButton)
    asked = page.actions.cancel_dialog
    qtbot.waitUntil(asked.isVisible)
    qtbot.keyClick(asked.reason, Qt.Key.Key_Return)  # no reason: refused beside the field
    qtbot.waitUntil(asked.error.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert asked.error.text() and asked.isVisible()
    qtbot.keyClicks(asked.reason, "shipper withdrew the cargo")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(asked.reason, Qt.Key.Key_Return)
    assert page.model.index(0, Column.STATUS).data() == "Cancelled"


def issue_and_preview_invoice(qtbot: Any, window: MainWindow) -> None:
    page = go_to(qtbot, window, "invoices")
    assert isinstance(page, InvoicesPage)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_I, CTRL)
    dialog = page.form
    qtbot.keyClicks(dialog.customer_edit, "SH-CGO-001")
    qtbot.keyClick(dialog.customer_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    number = dialog.result_view.number
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=LOAD_TIMEOUT_MS)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    document = page.document
    assert document is not None
    qtbot.waitUntil(lambda: document.page_count >= 1, timeout=LOAD_TIMEOUT_MS)
    assert number in document.windowTitle()
    document.close()


def test_a_clerks_day(qtbot: Any, window: MainWindow, languages: Languages) -> None:
    create_customer(qtbot, window)
    editor = open_editor_on_lane(qtbot, window)
    flight = editor.fields.flight.chosen()
    assert flight is not None
    awb = book_with_quote_and_an_error(qtbot, editor)
    fill_the_flight(qtbot, editor, flight.bookings)
    qtbot.keyClick(editor.fields.goods, Qt.Key.Key_Escape)  # what was typed is let go
    box = editor.discard_question
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: window.booking_editor is None, timeout=LOAD_TIMEOUT_MS)
    cancel_booking(qtbot, window, awb)
    issue_and_preview_invoice(qtbot, window)

    window.actions_by_name["language_zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "航班", timeout=LOAD_TIMEOUT_MS)
    titles = [window.navigation.item(n).text() for n in range(window.navigation.count())]
    assert {"订舱", "发票", "客户", "运价", "看板", "设置"} <= set(titles)
    invoices = window.screens.get(screen_names().index("invoices"))
    assert invoices.model.headerData(5, Qt.Orientation.Horizontal) == "合计"
    window.close()
