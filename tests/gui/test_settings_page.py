"""The settings page over a real database, driven as a clerk would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.services.database import open_database
from core.services.seller import get_seller
from core.services.settings import read_setting
from gui.data import DataAccess
from gui.i18n import Languages
from gui.settings_page import SettingsPage
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS

WAIT = {"timeout": LOAD_TIMEOUT_MS}
SELLER = {
    "name": "郑州航空港货运代理有限公司",
    "uscc": "91410100MA2Y29N116",
    "address": "新港大道 88 号",
    "city": "Zhengzhou",
    "country": "cn",
    "bank": "中国银行 2548 6690 1234",
}


@pytest.fixture
def page(
    qtbot: Any, worker: BackgroundWorker, data: DataAccess, languages: Languages
) -> SettingsPage:
    settings = SettingsPage(worker, languages)
    qtbot.addWidget(settings)
    settings.resize(1200, 640)
    settings.show()
    with qtbot.waitSignal(settings.loaded, **WAIT):
        settings.attach(data)
    return settings


def retype(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def save(qtbot: Any, page: SettingsPage) -> None:
    with qtbot.waitSignal(page.loaded, **WAIT):
        qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def stored(bookings_db: Path, key: str) -> str:
    opened = open_database(bookings_db)
    try:
        return read_setting(opened.uow.reading(), key)
    finally:
        opened.uow.dispose()


def test_shows_what_is_stored(page: SettingsPage) -> None:
    texts = {name: edit.text() for name, edit in page.edits.items()}
    assert texts["office_airport"] == "CGO"
    assert texts["workstation_prefix"] == "CGO1"
    assert texts["default_currency"] == "CNY"
    assert texts["payment_days"] == "30"
    assert texts["name"] == ""  # never set: issuing an invoice will ask for it
    assert page.language_combo.currentText() == "English"


def test_saves_the_workstation_and_says_the_prefix_starts_the_next_numbers(
    qtbot: Any, page: SettingsPage, bookings_db: Path
) -> None:
    retype(qtbot, page.edits["workstation_prefix"], "cgo2")
    retype(qtbot, page.edits["default_currency"], "eur")
    save(qtbot, page)
    assert stored(bookings_db, "workstation_prefix") == "CGO2"
    assert stored(bookings_db, "default_currency") == "EUR"
    assert page.edits["workstation_prefix"].text() == "CGO2"  # as core cleaned it
    assert page.status_text.startswith("Settings saved.")
    assert "numbers already issued keep CGO1" in page.status_text


def test_saves_the_company_on_invoices(qtbot: Any, page: SettingsPage, bookings_db: Path) -> None:
    for name, value in SELLER.items():
        page.edits[name].setText(value)  # Chinese arrives from an input method
    retype(qtbot, page.edits["tax_rate"], "6")
    save(qtbot, page)
    opened = open_database(bookings_db)
    seller = get_seller(opened.uow.reading())
    opened.uow.dispose()
    assert (seller.name, seller.uscc, seller.country) == (
        SELLER["name"],
        SELLER["uscc"],
        "CN",
    )
    assert str(seller.tax_rate("FRT")) == "6.00"
    assert page.edits["tax_rate"].text() == "6.00"


@pytest.mark.parametrize(
    ("field", "text", "says"),
    [
        ("office_airport", "XQZ", "no airport XQZ"),
        ("workstation_prefix", "CGO-1", "expected a prefix"),
        ("default_currency", "EURO", "not a known currency"),
        ("uscc", "91410100MA2Y29N11X", ""),
        ("payment_days", "400", "0 to 365"),
        ("tax_rate", "120", "0 to 100"),
    ],
)
def test_a_refused_value_is_shown_under_its_field(
    qtbot: Any, page: SettingsPage, bookings_db: Path, field: str, text: str, says: str
) -> None:
    retype(qtbot, page.edits[field], text)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.errors.text_of(field)), **WAIT)
    assert says in page.errors.text_of(field)
    assert page.edits[field].hasFocus() and page.status_is_error
    assert stored(bookings_db, "office_airport") == "CGO"
    others = [n for n in page.edits if n != field]
    assert all(page.errors.text_of(n) == "" for n in others)


def test_nothing_changed_nothing_saved_and_revert_puts_back(qtbot: Any, page: SettingsPage) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status_text == "Nothing to save"
    retype(qtbot, page.edits["office_airport"], "HGH")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.edits["office_airport"].text() == "CGO"


def test_choosing_a_language_applies_it_at_once(
    qtbot: Any, page: SettingsPage, languages: Languages
) -> None:
    row = page.language_combo.findData("zh_CN")
    assert page.language_combo.itemText(row) == "简体中文"
    with qtbot.waitSignal(page.language_chosen) as chosen:
        page.language_combo.setCurrentIndex(row)
        page.language_combo.activated.emit(row)
    assert chosen.args == ["zh_CN"] and languages.current == "zh_CN"
    languages.use("en")  # the View menu switches back: the page follows
    assert page.language_combo.currentData() == "en"
    assert page.save_button.text() == "&Save"
