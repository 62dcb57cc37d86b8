"""The Invoices screen: invoices and credit notes, filtered by customer, state and issue
date, with what each still has open; issue, open, preview, record a payment, credit.

It refreshes when a service reports a changed invoice (on_changes), never by polling.
The database work is in gui.invoices_data, run on the interactive worker; the PDF is made
on the long-job worker by the document viewer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import invoices_data
from gui.bookings_page import FilterBar
from gui.invoice_dialogs import money, state_text
from gui.invoice_issue import account_of, customer_completer
from gui.invoices_actions import ACTIONS, InvoiceActions, enabled, texts
from gui.row_model import Field, RowModel
from gui.screen import Screen
from gui.tables import fit_columns, make_table, restore_columns, save_columns
from gui.validators import IsoDateValidator, parse_iso_date
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from core.services.invoices import InvoiceRow
    from gui.data import DataAccess
    from gui.invoice_detail import InvoiceDetailDialog

CONTEXT = "InvoicesModel"
OVERDUE = QColor("#d9453b")  # readable on the light and the dark palette
BUYER = 4  # the long column: it takes the room the others leave


def _due(row: InvoiceRow) -> str:
    return row.due_date.isoformat() if row.kind == "invoice" else ""


def invoice_fields(today: Callable[[], date]) -> tuple[Field[InvoiceRow], ...]:
    def overdue(row: InvoiceRow) -> bool:
        return row.kind == "invoice" and row.open_amount > 0 and row.due_date < today()

    def amount(pick: Callable[[InvoiceRow], Decimal]) -> Callable[[InvoiceRow], str]:
        return lambda row: money(pick(row), row.currency)

    return (
        Field(QT_TRANSLATE_NOOP("InvoicesModel", "Number"), lambda r: r.number),
        Field(QT_TRANSLATE_NOOP("InvoicesModel", "Issued"), lambda r: r.issue_date.isoformat()),
        Field(
            QT_TRANSLATE_NOOP("InvoicesModel", "Due"),
            _due,
            foreground=lambda r: OVERDUE if overdue(r) else None,
        ),
        Field(QT_TRANSLATE_NOOP("InvoicesModel", "Customer"), lambda r: r.customer),
        Field(QT_TRANSLATE_NOOP("InvoicesModel", "Buyer"), lambda r: r.buyer_name),
        Field(
            QT_TRANSLATE_NOOP("InvoicesModel", "Total"),
            amount(lambda r: r.total),
            sort_key=lambda r: r.total,
            numeric=True,
        ),
        Field(
            QT_TRANSLATE_NOOP("InvoicesModel", "Paid"),
            amount(lambda r: r.paid),
            sort_key=lambda r: r.paid,
            numeric=True,
        ),
        Field(
            QT_TRANSLATE_NOOP("InvoicesModel", "Open"),
            amount(lambda r: r.open_amount),
            sort_key=lambda r: r.open_amount,
            numeric=True,
            foreground=lambda r: OVERDUE if overdue(r) else None,
        ),
        Field(
            QT_TRANSLATE_NOOP("InvoicesModel", "State"),
            lambda r: state_text(r.kind, r.state, r.original_number),
        ),
    )


class InvoicesPage(Screen, InvoiceActions):
    def __init__(
        self,
        worker: BackgroundWorker,
        jobs: BackgroundWorker,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoices")
        self.worker, self.jobs, self.today = worker, jobs, today
        self.data: DataAccess | None = None
        self.customers: list[Any] = []  # CustomerView, for the completers
        self.model: RowModel[InvoiceRow] = RowModel(
            CONTEXT, invoice_fields(today), key=lambda r: r.number, parent=self
        )
        self.table = make_table("invoices_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click: back to newest first
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.filters = FilterBar()
        self.customer_edit = QLineEdit()
        self.state_combo = QComboBox()
        self.date_from_edit, self.date_to_edit = self._date_edit(), self._date_edit()
        self.labels = {name: QLabel() for name in ("customer", "state", "dates", "to")}
        self.search_button, self.clear_button = QPushButton(), QPushButton()
        self.footer = QLabel()
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.commands: dict[str, tuple[QAction, QPushButton]] = {}
        self.detail_dialog: InvoiceDetailDialog | None = None
        self.form: QWidget | None = None  # the open issue/payment/credit form
        self.document: QWidget | None = None
        self._select_next: str | None = None
        self._fit_columns = True
        self._build_actions()
        self._lay_out()
        self._connect()
        self.retranslate()
        self._enable_actions()

    # -- Screen ---------------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        self.data = data
        self.worker.submit(partial(invoices_data.customers, data), on_done=self._set_customers)
        self.refresh()

    def refresh(self) -> None:
        query = self.current_query()
        if self.data is None or query is None:
            return
        self.say(lambda: self.tr("Loading invoices…"))
        self.worker.submit(partial(invoices_data.load_invoices, self.data, query),
                           on_done=self._on_loaded)  # fmt: skip

    def focus_search(self) -> None:
        self.customer_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.customer_edit.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        if Entity.INVOICE in changes:
            self.refresh()
            self._refresh_detail(changes.keys_of(Entity.INVOICE))
        if Entity.CUSTOMER in changes and self.data is not None:
            self.worker.submit(
                partial(invoices_data.customers, self.data), on_done=self._set_customers
            )

    def save_layout(self, settings: QSettings) -> None:
        save_columns(self.table, settings)

    def restore_layout(self, settings: QSettings) -> None:
        if restore_columns(self.table, settings):
            self._fit_columns = False  # the clerk's own widths win

    def retranslate(self) -> None:
        texts = {
            "customer": self.tr("C&ustomer:"),
            "state": self.tr("S&tate:"),
            "dates": self.tr("Issued &from:"),
            "to": self.tr("to"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.customer_edit.setPlaceholderText(self.tr("any customer"))
        self.customer_edit.setToolTip(self.tr("The customer's account; type part of a name"))
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_from_edit.setToolTip(self.tr("Issued on or after this date"))
        self.date_to_edit.setToolTip(self.tr("Issued on or before this date"))
        self.search_button.setText(self.tr("&Search"))
        self.clear_button.setText(self.tr("C&lear"))
        self._retranslate_states()
        self._retranslate_actions()
        self.model.retranslate()
        self._show_footer()

    # -- the list ---------------------------------------------------------------------------
    def current_query(self) -> invoices_data.InvoiceQuery | None:
        dates = (self.date_from_edit, self.date_to_edit)
        if not all(edit.hasAcceptableInput() for edit in dates):
            self.say(lambda: self.tr("Dates are written like 2026-12-01"), error=True)
            return None
        first, last = (parse_iso_date(edit.text()) for edit in dates)
        if first is not None and last is not None and first > last:
            self.say(lambda: self.tr("The first date comes after the last"), error=True)
            return None
        return invoices_data.InvoiceQuery(
            customer=account_of(self.customer_edit.text()) or None,
            state=self.state_combo.currentData(),
            date_from=first,
            date_to=last,
        )

    def clear(self) -> None:
        for edit in (self.customer_edit, self.date_from_edit, self.date_to_edit):
            edit.clear()
        self.state_combo.setCurrentIndex(0)
        self.refresh()

    def selected(self) -> InvoiceRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.row_at(index.row())

    def select(self, number: str) -> None:
        row = self.model.row_of(number)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_loaded(self, rows: object) -> None:
        chosen = self._select_next or (r.number if (r := self.selected()) else None)
        self._select_next = None
        self.model.set_rows(rows)  # type: ignore[arg-type]
        if self._fit_columns and self.model.rowCount():
            self._fit_columns = False  # once: afterwards the clerk's own widths win
            fit_columns(self.table, (BUYER,))
        if chosen is not None:
            self.select(chosen)
        count = self.model.rowCount()
        if count:
            self.say(lambda: self.tr("%n invoices and credit notes", "", count))
        else:
            self.say(lambda: self.tr("No invoices match"))
        self._show_footer()
        self._enable_actions()
        self.loaded.emit()

    def _show_footer(self) -> None:
        open_by_currency: dict[str, Decimal] = defaultdict(Decimal)
        for row in self.model.rows:
            if row.kind == "invoice":
                open_by_currency[row.currency] += row.open_amount
        amounts = " + ".join(money(a, c) for c, a in sorted(open_by_currency.items()) if a)
        text = self.tr("Open in this list: {amounts}").format(amounts=amounts)
        self.footer.setText(text if amounts else "")

    def _set_customers(self, found: object) -> None:
        self.customers = list(found)  # type: ignore[call-overload]
        customer_completer(self.customer_edit, self.customers)

    # -- building ------------------------------------------------------------------------
    def _date_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(10)
        edit.setValidator(IsoDateValidator(edit))
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 36)
        return edit

    def _build_actions(self) -> None:
        for name, keys in ACTIONS.items():
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, name))
            self.addAction(action)
            button = QPushButton()
            button.clicked.connect(action.trigger)
            self.commands[name] = (action, button)

    def _lay_out(self) -> None:
        self.customer_edit.setMaxLength(70)
        self.customer_edit.setClearButtonEnabled(True)
        self.customer_edit.setMinimumWidth(
            self.customer_edit.fontMetrics().horizontalAdvance("SH-CGO-0000  郑州豫通") + 36
        )
        first = QHBoxLayout()
        pairs = (
            ("customer", self.customer_edit),
            ("state", self.state_combo),
            ("dates", self.date_from_edit),
        )
        for name, field in pairs:
            self.labels[name].setBuddy(field)
            first.addWidget(self.labels[name])
            first.addWidget(field)
            first.addSpacing(12 if name != "dates" else 0)
        first.addWidget(self.labels["to"])
        first.addWidget(self.date_to_edit)
        first.addStretch(1)
        bar = QVBoxLayout(self.filters)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(first)
        buttons = QHBoxLayout()
        for _action, button in self.commands.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.search_button)
        # The open totals (one per currency) may be long: they never widen the window.
        self.footer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.footer)

    def _connect(self) -> None:
        self.filters.submitted.connect(self.refresh)
        self.search_button.clicked.connect(self.refresh)
        self.clear_button.clicked.connect(self.clear)
        self.state_combo.activated.connect(lambda _index: self.refresh())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_actions())
        self.model.modelReset.connect(self._enable_actions)

    def _retranslate_states(self) -> None:
        choices = (
            (None, self.tr("Any state")),
            (invoices_data.OPEN, self.tr("Open (unpaid or part-paid)")),
            ("issued", self.tr("Unpaid")),
            ("partly_paid", self.tr("Part-paid")),
            ("paid", self.tr("Paid")),
            ("credited", self.tr("Credited")),
        )
        chosen = max(self.state_combo.currentIndex(), 0)
        self.state_combo.clear()
        for code, text in choices:
            self.state_combo.addItem(text, code)
        self.state_combo.setCurrentIndex(chosen)

    def _retranslate_actions(self) -> None:
        for name, (text, tip) in texts().items():
            action, button = self.commands[name]
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            button.setText(text)
            button.setToolTip(f"{tip} ({keys})")

    def _enable_actions(self) -> None:
        row = self.selected()
        for name, (action, button) in self.commands.items():
            on = self.data is not None and enabled(name, row)
            action.setEnabled(on)
            button.setEnabled(on)
