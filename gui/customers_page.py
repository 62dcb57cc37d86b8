"""The customers list: type to find (name, account or city), Enter to open, Alt+N to add.

Searching runs on the worker a moment after the clerk stops typing; an answer to an older
search than the latest is dropped, so fast typing never shows stale rows.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.customers_data import CONSIGNEE, SHIPPER, CustomerRow, load_customer, search_customers
from gui.row_model import Field, RowModel
from gui.screen import Screen
from gui.tables import fit_columns, make_table, restore_columns, save_columns
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from core.services.views import CustomerView
    from gui.customer_editor import CustomerEditor
    from gui.customers_data import CustomerRecord
    from gui.data import DataAccess

CONTEXT = "CustomersModel"
SEARCH_DELAY_MS = 250  # typing pauses longer than this between words, not between keys
LIMIT = 500  # a desk's customers fit; beyond, the status line asks to narrow the search


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


TEXTS = {
    "both": QT_TRANSLATE_NOOP("CustomersModel", "Shipper and consignee"),
    SHIPPER: QT_TRANSLATE_NOOP("CustomersModel", "Shipper"),
    CONSIGNEE: QT_TRANSLATE_NOOP("CustomersModel", "Consignee"),
    "none": QT_TRANSLATE_NOOP("CustomersModel", "Not on any booking yet"),
    "vat": QT_TRANSLATE_NOOP("CustomersModel", "VAT {number}"),
    "eori": QT_TRANSLATE_NOOP("CustomersModel", "EORI {number}"),
}


def role_text(row: CustomerRow) -> str:
    if row.roles == {SHIPPER, CONSIGNEE}:
        return tr(TEXTS["both"])
    return next((tr(TEXTS[role]) for role in (SHIPPER, CONSIGNEE) if role in row.roles), "")


def tax_ids(row: CustomerRow) -> str:
    """The identifiers customs and invoices need: the USCC in China, VAT and EORI in the EU."""
    c = row.customer
    parts = [
        c.uscc or "",
        tr(TEXTS["vat"]).format(number=c.eu_vat) if c.eu_vat else "",
        tr(TEXTS["eori"]).format(number=c.eori) if c.eori else "",
    ]
    return "  ".join(part for part in parts if part)


FIELDS: tuple[Field[CustomerRow], ...] = (
    Field(QT_TRANSLATE_NOOP("CustomersModel", "Account"), lambda r: r.customer.account_number),
    Field(QT_TRANSLATE_NOOP("CustomersModel", "Name"), lambda r: r.customer.name,
          tooltip=lambda r: r.customer.address),
    Field(QT_TRANSLATE_NOOP("CustomersModel", "City"), lambda r: r.customer.city),
    Field(QT_TRANSLATE_NOOP("CustomersModel", "Country"), lambda r: r.customer.country),
    Field(QT_TRANSLATE_NOOP("CustomersModel", "Role"), role_text,
          tooltip=lambda r: None if r.roles else tr(TEXTS["none"])),
    Field(QT_TRANSLATE_NOOP("CustomersModel", "USCC / tax ids"), tax_ids),
    Field(QT_TRANSLATE_NOOP("CustomersModel", "Phone"), lambda r: r.customer.phone or ""),
    Field(QT_TRANSLATE_NOOP("CustomersModel", "E-mail"), lambda r: r.customer.email or ""),
)  # fmt: skip
NAME, PHONE, EMAIL = 1, 6, 7
HIDDEN_AT_FIRST = (PHONE, EMAIL)  # one right click on the header away


class SearchEdit(QLineEdit):
    """Down goes to the list, as in a browser's address bar."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class CustomersPage(Screen):
    def __init__(self, worker: BackgroundWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customers")
        self._worker = worker
        self._data: DataAccess | None = None
        self._search_id = 0  # the latest search; older answers are dropped
        self._select_after: str | None = None  # account to select once the list is back
        self._fit_columns = True
        self.editor: CustomerEditor | None = None
        self.model: RowModel[CustomerRow] = RowModel(
            CONTEXT, FIELDS, key=lambda r: r.customer.account_number, parent=self
        )
        self.search_label, self.search_edit = QLabel(), SearchEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.table = make_table("customers_table")
        self.table.setModel(self.model)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        for column in HIDDEN_AT_FIRST:
            self.table.setColumnHidden(column, True)
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._lay_out()
        self._connect()
        self.retranslate()

    # -- Screen -----------------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        self._data = data
        self.refresh()

    def refresh(self) -> None:
        self._typing.stop()
        if self._data is None:
            return
        self._search_id += 1
        text = self.search_edit.text().strip()
        self.say(lambda: self.tr("Searching customers…"))
        self._worker.submit(
            partial(search_customers, self._data, text, LIMIT),
            on_done=partial(self._on_found, self._search_id),
        )

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        # A new or edited customer; a booking may give a customer its first role.
        if Entity.CUSTOMER in changes or Entity.CONSIGNMENT in changes:
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        save_columns(self.table, settings)

    def restore_layout(self, settings: QSettings) -> None:
        if restore_columns(self.table, settings):
            self._fit_columns = False  # the clerk's own widths win

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("F&ind:"))
        self.search_edit.setPlaceholderText(self.tr("name, account or city, e.g. 郑州"))
        self.search_edit.setToolTip(self.tr("The list narrows as you type"))
        self.new_button.setText(self.tr("&New customer…"))
        self.new_button.setToolTip(self.tr("Add a shipper or consignee (Alt+N)"))
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setToolTip(self.tr("Open the selected customer (Enter)"))
        self.model.retranslate()

    # -- opening the editor -----------------------------------------------------------------
    def new_customer(self) -> None:
        if self._data is not None:
            self._show_editor(None)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> None:
        if self._data is None:
            return
        account = self.model.row_at(row).customer.account_number
        self.say(lambda: self.tr("Opening customer {account}…").format(account=account))
        self._worker.submit(partial(load_customer, self._data, account), on_done=self._show_editor)

    def _show_editor(self, record: object) -> None:
        from gui.customer_editor import CustomerEditor  # built on first use, not at start

        assert self._data is not None
        if self.editor is not None:
            self.editor.close()
        chosen: CustomerRecord | None = record  # type: ignore[assignment]
        self.editor = CustomerEditor(self._worker, self._data, chosen, self)
        self.editor.saved.connect(self._on_saved)
        # Back to the list's window when it closes, so shortcuts work at once (offscreen
        # and some window managers activate nothing by themselves).
        self.editor.finished.connect(lambda _result: self.activateWindow())
        self.editor.open()

    def _on_saved(self, view: CustomerView) -> None:
        self._select_after = view.account_number
        self._say_saved(view.account_number)
        row = self.model.row_of(view.account_number)
        if row is not None:  # an unchanged save refreshes nothing: select it now
            self._select(row)

    # -- results -----------------------------------------------------------------------------
    def _on_found(self, search_id: int, found: object) -> None:
        if search_id != self._search_id:
            return  # the clerk typed on; a newer search is on its way
        assert isinstance(found, list)
        rows: list[CustomerRow] = found
        self.model.set_rows(rows)
        if self._fit_columns and rows:  # once: afterwards the clerk's own widths win
            self._fit_columns = False
            fit_columns(self.table, (NAME,))
        saved = self._select_remembered()
        if saved is None:
            self._say_count(len(rows))
        else:  # the list came back because of the save: that is the news
            self._say_saved(saved)
        self.loaded.emit()

    def _say_count(self, count: int) -> None:
        if count >= LIMIT:
            self.say(lambda: self.tr("The first %n customers; type to narrow", "", count))
        elif count == 0 and self.search_edit.text().strip():
            self.say(lambda: self.tr("No customer matches; Alt+N adds one"))
        else:
            self.say(lambda: self.tr("%n customers", "", count))

    def _say_saved(self, account: str) -> None:
        self.say(lambda: self.tr("Customer {account} saved").format(account=account))

    def _select_remembered(self) -> str | None:
        """Select the customer just saved, if listed (its account), else keep a selection."""
        account, self._select_after = self._select_after, None
        row = self.model.row_of(account) if account else None
        if row is not None:
            self._select(row)
            return account
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        return None

    def _select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    # -- building ----------------------------------------------------------------------------
    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        self.search_label.setBuddy(self.search_edit)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search_edit, 1)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        # Find, then the list, then what to do with it.
        QWidget.setTabOrder(self.search_edit, self.table)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_button)

    def _go_to_list(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        self.search_edit.returnPressed.connect(self.refresh)  # no need to wait
        self.search_edit.down.connect(self._go_to_list)
        self._typing.timeout.connect(self.refresh)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.new_button.clicked.connect(self.new_customer)
        self.open_button.clicked.connect(self.open_selected)
