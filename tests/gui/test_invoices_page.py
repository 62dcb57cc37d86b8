"""The Invoices screen over a real database with bookings, driven as a clerk would: issue an
invoice for a customer's bookings, pay it in two parts (and once too much), credit one."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.services.database import open_database
from core.services.invoices import issue_invoice
from core.services.seller import set_seller
from gui.data import DataAccess, open_data
from gui.invoice_dialogs import CreditNoteDialog, PaymentDialog
from gui.invoice_issue import IssueInvoiceDialog
from gui.invoices_page import InvoicesPage
from gui.worker import BackgroundWorker
from tests.gui.windows import LOAD_TIMEOUT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
STATE, TOTAL, OPEN = 8, 5, 7  # columns
SELLER = {
    "name": "郑州航空港货运代理有限公司",
    "uscc": "91410100MA2Y29N116",
    "address": "河南省郑州市航空港区新港大道 88 号",
    "city": "Zhengzhou",
    "country": "CN",
    "bank": "中国银行郑州航空港支行 2548 6690 1234 5678 901",
}
# In tests/gui/bookings_db.py every booking is prepaid: its shipper pays. SH-CGO-001's
# one booking (020-10000001) is priced 1,849.40 CNY; the seller charges no VAT.
PAYER, AWB, TOTAL_CNY = "SH-CGO-001", "020-10000001", "1,849.40 CNY"


@pytest.fixture
def data(bookings_db: Path) -> Iterator[DataAccess]:
    opened = open_database(bookings_db)
    set_seller(opened.uow(), **SELLER)
    opened.uow.dispose()
    access = open_data(bookings_db)
    yield access
    access.close()


@pytest.fixture
def page(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, data: DataAccess
) -> InvoicesPage:
    shown = InvoicesPage(worker, jobs)
    qtbot.addWidget(shown)
    worker.changed.connect(shown.on_changes)  # as the main window routes ChangeSets
    shown.resize(1200, 600)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=LOAD_TIMEOUT_MS):
        shown.attach(data)
    shown.table.setFocus()
    return shown


def cell(page: InvoicesPage, number: str, column: int) -> str:
    row = page.model.row_of(number)
    assert row is not None, f"{number} is not listed"
    return str(page.model.index(row, column).data())


def issue_for(qtbot: Any, page: InvoicesPage, account: str) -> str:
    """Ctrl+I, the customer, its bookings ticked, Issue; the number of the new invoice."""
    qtbot.keyClick(page.table, Qt.Key.Key_I, CTRL)
    dialog = page.form
    assert isinstance(dialog, IssueInvoiceDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.customer_edit, account)
    qtbot.keyClick(dialog.customer_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    assert "Total" in dialog.total_label.text()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result_view is not None
    number = dialog.result_view.number
    assert page.selected() is not None and page.selected().number == number  # type: ignore[union-attr]
    return number


def back_to(qtbot: Any, page: InvoicesPage) -> None:
    """A closed dialog gives the page back its window (activation arrives as an event)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=LOAD_TIMEOUT_MS)


def pay(qtbot: Any, page: InvoicesPage, amount: str | None) -> PaymentDialog:
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    dialog = page.form
    assert isinstance(dialog, PaymentDialog) and dialog.isVisible()
    if amount is not None:
        dialog.amount_edit.clear()
        qtbot.keyClicks(dialog.amount_edit, amount)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_issue_then_pay_in_two_parts(qtbot: Any, page: InvoicesPage, tmp_path: Path) -> None:
    assert page.model.rowCount() == 0
    number = issue_for(qtbot, page, PAYER)
    assert cell(page, number, 3) == PAYER
    assert cell(page, number, TOTAL) == TOTAL_CNY and cell(page, number, STATE) == "Unpaid"
    assert page.model.headerData(TOTAL, Qt.Orientation.Horizontal) == "Total"

    too_much = pay(qtbot, page, "2000")
    qtbot.waitUntil(lambda: too_much.errors.text("amount") != "", timeout=LOAD_TIMEOUT_MS)
    assert "still open" in too_much.errors.text("amount")
    assert too_much.isVisible() and too_much.amount_edit.hasFocus()
    too_much.reject()
    back_to(qtbot, page)

    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        pay(qtbot, page, "1000")
    assert cell(page, number, STATE) == "Part-paid" and cell(page, number, OPEN) == "849.40 CNY"
    assert "849.40 CNY" in page.footer.text()

    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        rest = pay(qtbot, page, None)  # the open amount is offered
    assert rest.result_view is not None and rest.result_view.state == "paid"
    assert cell(page, number, STATE) == "Paid" and cell(page, number, OPEN) == "0.00 CNY"
    assert not page.commands["record_payment"][1].isEnabled()
    page.grab().save(str(tmp_path / "invoices.png"))


def test_enter_opens_the_invoice_and_ctrl_p_previews_its_pdf(
    qtbot: Any, page: InvoicesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = issue_for(qtbot, page, PAYER)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_dialog is not None, timeout=LOAD_TIMEOUT_MS)
    detail = page.detail_dialog
    assert detail is not None and detail.isVisible() and detail.view.number == number
    said = "\n".join(detail.texts())
    assert "1,849.40 CNY" in said and "open 1,849.40 CNY" in said
    detail.reject()
    back_to(qtbot, page)

    shown: dict[str, Any] = {}
    viewer = types.ModuleType("gui.document_view")
    viewer.show_document = lambda parent, jobs, **kw: shown.update(kw, jobs=jobs)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gui.document_view", viewer)
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    assert shown["file_name"] == f"{number}.pdf" and shown["jobs"] is page.jobs
    assert number in shown["title"]
    assert shown["make_pdf"]().startswith(b"%PDF")


def test_credit_note_for_the_whole_invoice(
    qtbot: Any, page: InvoicesPage, data: DataAccess
) -> None:
    issued = issue_invoice(data.units()(), bookings=["CGO1-B000002"]).value  # SH-CGO-003
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.refresh()
    page.select(issued.number)
    qtbot.keyClick(page.table, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(page.form, CreditNoteDialog), timeout=LOAD_TIMEOUT_MS)
    dialog = page.form
    assert isinstance(dialog, CreditNoteDialog)
    assert dialog.lines_list.count() == len(issued.lines)
    assert dialog.total_label.text().endswith(f"-{issued.total:,} CNY")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
    qtbot.waitUntil(lambda: dialog.errors.text("reason") != "", timeout=LOAD_TIMEOUT_MS)
    assert dialog.reason_edit.hasFocus()
    qtbot.keyClicks(dialog.reason_edit, "booking cancelled by shipper")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    note = dialog.result_view
    assert note is not None and note.kind == "credit_note"
    assert cell(page, issued.number, STATE) == "Credited"
    assert cell(page, note.number, STATE) == f"Credit note for {issued.number}"
    assert cell(page, note.number, TOTAL) == f"-{issued.total:,} CNY"
    assert page.selected() is not None and page.selected().number == note.number  # type: ignore[union-attr]
    assert not page.commands["credit"][1].isEnabled()  # a credit note is not credited


def test_filters_by_state_and_customer(qtbot: Any, page: InvoicesPage, data: DataAccess) -> None:
    for ref in ("CGO1-B000001", "CGO1-B000002"):
        issue_invoice(data.units()(), bookings=[ref])
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.customer_edit, "sh-cgo-003")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClick(page.customer_edit, Qt.Key.Key_Return)
    assert [r.customer for r in page.model.rows] == ["SH-CGO-003"]
    page.state_combo.setCurrentIndex(page.state_combo.findData("paid"))
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.refresh()
    assert page.model.rowCount() == 0 and page.status_text == "No invoices match"


def test_models_pass_the_model_tester(
    qtbot: Any, qtmodeltester: Any, page: InvoicesPage, data: DataAccess
) -> None:
    issue_invoice(data.units()(), bookings=["CGO1-B000001"])
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.refresh()
    qtmodeltester.check(page.model)
    qtbot.keyClick(page.table, Qt.Key.Key_I, CTRL)
    dialog = page.form
    assert isinstance(dialog, IssueInvoiceDialog)
    qtbot.keyClicks(dialog.customer_edit, "SH-CGO-004")
    qtbot.keyClick(dialog.customer_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    qtmodeltester.check(dialog.model)
    first = dialog.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.model.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.model.ticked() == [] and not dialog.ok_button.isEnabled()
    dialog.reject()
    QApplication.processEvents()


def test_remembers_the_columns(
    qtbot: Any, worker: BackgroundWorker, jobs: BackgroundWorker, page: InvoicesPage, settings: Any
) -> None:
    page.table.setColumnHidden(4, True)  # the clerk hides Buyer (right click on the header)
    page.table.sortByColumn(TOTAL, Qt.SortOrder.DescendingOrder)
    page.save_layout(settings)
    again = InvoicesPage(worker, jobs)
    qtbot.addWidget(again)
    again.restore_layout(settings)
    assert again.table.isColumnHidden(4)
    assert again.table.horizontalHeader().sortIndicatorSection() == TOTAL
    for name, (action, button) in again.commands.items():
        keys = action.shortcut().toString()
        assert keys and keys in button.toolTip(), name  # every shortcut said in its tooltip


def test_ctrl_p_shows_the_stored_pdf_in_the_document_viewer(
    qtbot: Any, page: InvoicesPage, data: DataAccess
) -> None:
    pytest.importorskip("gui.document_view")
    issued = issue_invoice(data.units()(), bookings=["CGO1-B000001"]).value
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.refresh()
    page.select(issued.number)
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    viewer = page.document
    assert viewer is not None
    pages = qtbot.waitSignal(viewer.ready, timeout=LOAD_TIMEOUT_MS)  # type: ignore[attr-defined]
    pages.wait()
    assert pages.args[0] >= 1 and issued.number in viewer.windowTitle()
    viewer.close()
