"""The customers screen over a real database, driven from the keyboard as a clerk would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from core.services.customers import get_customer
from gui.customer_editor import CustomerEditor
from gui.customers_page import CustomersPage
from gui.data import DataAccess
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS

ALT = Qt.KeyboardModifier.AltModifier
NEW = {
    "account_number": "sh-cgo-088",
    "name": "郑州港汇通电子商务有限公司",
    "address": "航空港区新港大道 18 号",
    "postcode": "451162",
    "city": "Zhengzhou",
    "country": "cn",
    "phone": "+86 371 5555 0188",
}


@pytest.fixture
def page(qtbot: Any, worker: BackgroundWorker, data: DataAccess) -> CustomersPage:
    shown = CustomersPage(worker)
    qtbot.addWidget(shown)
    worker.changed.connect(shown.on_changes)  # as the main window does
    shown.resize(1100, 600)
    shown.show()
    shown.activateWindow()
    with qtbot.waitSignal(shown.loaded, timeout=LOAD_TIMEOUT_MS):
        shown.attach(data)
    return shown


def type_text(qtbot: Any, field: QWidget, text: str) -> None:
    """Keys for ASCII; Chinese arrives as an input method's commit, as from an IME."""
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    committed = QInputMethodEvent("", [])
    committed.setCommitString(text)
    QApplication.sendEvent(field, committed)


def column(page: CustomersPage, title: str) -> list[str]:
    n = next(c for c in range(page.model.columnCount()) if page.model.title(c) == title)
    return [page.model.index(r, n).data() for r in range(page.model.rowCount())]


def find(qtbot: Any, page: CustomersPage, text: str) -> None:
    """Type, and let the list follow by itself (no Enter): the search is debounced."""
    page.focus_search()
    page.search_edit.clear()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        type_text(qtbot, page.search_edit, text)


def open_editor(qtbot: Any, page: CustomersPage, account: str) -> CustomerEditor:
    find(qtbot, page, account)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)  # to the list, first row selected
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor is not None
    return page.editor


def save(qtbot: Any, page: CustomersPage, editor: CustomerEditor) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Return)  # Enter: the default Save
    assert not editor.isVisible()


def test_lists_the_customers_with_their_roles(page: CustomersPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)
    accounts = column(page, "Account")
    assert "SH-CGO-001" in accounts and "CN-FRA-001" in accounts
    roles = dict(zip(accounts, column(page, "Role"), strict=True))
    assert (roles["SH-CGO-001"], roles["CN-FRA-001"], roles["CN-BKK-001"]) == (
        "Shipper", "Consignee", "",
    )  # fmt: skip
    ids = dict(zip(accounts, column(page, "USCC / tax ids"), strict=True))
    assert ids["SH-CGO-001"] == "91410100MA2Y29N116"
    assert ids["CN-FRA-001"] == "VAT DE128184481  EORI DE4262719"
    assert page.status_text == f"{len(accounts)} customers"


def test_create_a_customer_from_the_keyboard(qtbot: Any, page: CustomersPage) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, ALT)  # the New customer button's mnemonic
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor is not None and editor.windowTitle() == "New customer"
    assert editor.focusWidget() is editor.edits["account_number"]
    for name in ("account_number", "name", "address", "postcode", "city", "country", "phone"):
        assert editor.focusWidget() is editor.edits[name], name
        type_text(qtbot, editor.edits[name], NEW[name])
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    assert editor.edits["country"].text() == "CN"  # upper-cased as typed
    save(qtbot, page, editor)
    assert page.status_text == "Customer SH-CGO-088 saved"
    chosen = page.model.row_at(page.table.currentIndex().row()).customer
    assert (chosen.account_number, chosen.name) == ("SH-CGO-088", NEW["name"])
    find(qtbot, page, "港汇通")  # a Chinese fragment of the name
    assert column(page, "Account") == ["SH-CGO-088"]
    assert column(page, "Name") == [NEW["name"]]


def test_edit_a_customers_city(qtbot: Any, page: CustomersPage, data: DataAccess) -> None:
    editor = open_editor(qtbot, page, "SH-CGO-005")
    assert editor.edits["account_number"].isReadOnly()
    assert editor.edits["bubble_share_pct"].text() == "100"  # the defaults, no agreement yet
    city = editor.edits["city"]
    city.setFocus()
    city.selectAll()
    type_text(qtbot, city, "Changge")
    qtbot.keyClicks(editor.edits["bubble_share_pct"], "")  # untouched
    save(qtbot, page, editor)
    assert column(page, "City") == ["Changge"]
    assert get_customer(data.units().reading(), "SH-CGO-005").city == "Changge"


def test_a_bad_uscc_is_shown_next_to_the_uscc_field(
    qtbot: Any, page: CustomersPage, data: DataAccess
) -> None:
    before = get_customer(data.units().reading(), "SH-CGO-002")
    editor = open_editor(qtbot, page, "SH-CGO-002")
    editor.edits["city"].setText("Xinzheng")
    uscc = editor.edits["uscc"]
    uscc.clear()
    qtbot.keyClicks(uscc, "91410105mawb5e115x")  # upper-cased; the check character is wrong
    assert uscc.text() == "91410105MAWB5E115X"
    qtbot.keyClick(uscc, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.error_of("uscc") != "")
    assert "check character" in editor.error_of("uscc")
    assert not editor.error_of("uscc").startswith("uscc")  # the field is named by its place
    assert editor.errors["uscc"].isVisibleTo(editor)
    assert all(editor.error_of(name) == "" for name in editor.errors if name != "uscc")
    assert editor.focusWidget() is uscc and editor.isVisible()
    assert get_customer(data.units().reading(), "SH-CGO-002") == before  # nothing written


def test_escape_asks_before_discarding(qtbot: Any, page: CustomersPage) -> None:
    editor = open_editor(qtbot, page, "CN-FRA-001")
    qtbot.keyClick(editor.edits["name"], Qt.Key.Key_Escape)  # nothing typed: just closes
    assert not editor.isVisible()
    editor = open_editor(qtbot, page, "CN-FRA-001")
    editor.edits["phone"].setFocus()
    qtbot.keyClicks(editor.edits["phone"], "9")
    qtbot.keyClick(editor.edits["phone"], Qt.Key.Key_Escape)
    box = editor.discard_box
    assert box is not None and box.isVisible() and editor.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Keep editing
    assert editor.isVisible() and editor.edits["phone"].text().endswith("9")
    qtbot.keyClick(editor.edits["phone"], Qt.Key.Key_Escape)
    assert editor.discard_box is not None
    from PySide6.QtWidgets import QMessageBox

    editor.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible()


def test_a_refused_term_names_its_field(qtbot: Any, page: CustomersPage) -> None:
    editor = open_editor(qtbot, page, "SH-CGO-003")
    bubble = editor.edits["bubble_share_pct"]
    bubble.setText("150")
    qtbot.keyClick(bubble, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.error_of("bubble_share_pct") != "")
    assert "0 to 100" in editor.error_of("bubble_share_pct")


def test_columns_are_remembered(qtbot: Any, page: CustomersPage, settings: Any) -> None:
    page.table.setColumnHidden(2, True)
    page.save_layout(settings)
    again = CustomersPage(page._worker)
    qtbot.addWidget(again)
    again.restore_layout(settings)
    assert again.table.isColumnHidden(2)
