"""Issue an invoice: choose the customer, tick its bookings not yet billed, see what the
invoice will come to in its billing currency, set the dates, Issue.

The total is core's preview (core.services.invoice_candidates.preview_bill): the same
conversion, rounding and tax as issuing, and the same refusals, shown before Issue.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import invoices_data
from gui.invoice_dialogs import InvoiceForm, date_edit, error_label, money
from gui.row_model import Field, RowModel
from gui.tables import fit_columns, make_table
from gui.validators import parse_iso_date
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.invoice_candidates import BillPreview, InvoiceCandidate, InvoiceCandidates
    from core.services.views import CustomerView
    from gui.data import DataAccess

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "InvoiceBookings"
MAX_DUE_DAYS = 365
SELLER_TERMS = -1  # the due-days box's "seller's terms": the service's default


NO_PRICE = QT_TRANSLATE_NOOP("InvoiceBookings", "no price")
BEFORE_TAX = QT_TRANSLATE_NOOP("InvoiceBookings", "before tax, in the booking's currency")
UNPRICED = QT_TRANSLATE_NOOP("InvoiceBookings", "Booked without a price: it cannot be invoiced")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _total(c: InvoiceCandidate) -> str:
    return _tr(NO_PRICE) if c.total is None or c.currency is None else money(c.total, c.currency)


CANDIDATE_FIELDS: tuple[Field[InvoiceCandidate], ...] = (
    Field(QT_TRANSLATE_NOOP("InvoiceBookings", "AWB"), lambda c: c.awb_number),
    Field(QT_TRANSLATE_NOOP("InvoiceBookings", "Booking"), lambda c: c.booking_ref),
    Field(
        QT_TRANSLATE_NOOP("InvoiceBookings", "Flight"),
        lambda c: f"{c.flight_number} {c.departure_date.isoformat()}",
        sort_key=lambda c: (c.departure_date, c.flight_number),
    ),
    Field(QT_TRANSLATE_NOOP("InvoiceBookings", "Route"), lambda c: f"{c.origin} → {c.destination}"),
    Field(QT_TRANSLATE_NOOP("InvoiceBookings", "Pays as"), lambda c: f"{c.payment} {c.billed_as}"),
    Field(
        QT_TRANSLATE_NOOP("InvoiceBookings", "Charges"),
        _total,
        sort_key=lambda c: c.total,
        numeric=True,
        tooltip=lambda c: _tr(BEFORE_TAX if c.total is not None else UNPRICED),
    ),
)


class TickedRows(RowModel["InvoiceCandidate"]):
    """The candidates, each with a tick box in the first column; an unpriced booking can
    be seen but not ticked."""

    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTEXT, CANDIDATE_FIELDS, key=lambda c: c.booking_ref, parent=parent)
        self._ticked: set[Hashable] = set()

    def set_rows(self, rows: Sequence[InvoiceCandidate]) -> None:
        self._ticked = {c.booking_ref for c in rows if c.total is not None}  # all, to start
        super().set_rows(rows)
        self.ticks_changed.emit()

    def ticked(self) -> list[InvoiceCandidate]:
        return [c for c in self.rows if c.booking_ref in self._ticked]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            if self.row_at(index.row()).total is None:
                return flags & ~Qt.ItemFlag.ItemIsEnabled
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            ticked = self.row_at(index.row()).booking_ref in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        row = self.row_at(index.row())
        if row.total is None:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(row.booking_ref)
        else:
            self._ticked.discard(row.booking_ref)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True


def customer_completer(edit: QLineEdit, customers: Sequence[CustomerView]) -> QCompleter:
    """Account numbers and names, matched anywhere in "ACCOUNT  Name"; choosing one puts
    the account in the field."""
    completer = QCompleter([f"{c.account_number}  {c.name}" for c in customers], edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    edit.setCompleter(completer)
    completer.activated.connect(lambda text: edit.setText(account_of(text)))
    return completer


def account_of(text: str) -> str:
    """The account number at the start of what the clerk typed or chose."""
    return text.strip().split(maxsplit=1)[0].upper() if text.strip() else ""


class IssueInvoiceDialog(InvoiceForm):
    def __init__(
        self,
        worker: BackgroundWorker,
        data: DataAccess,
        customers: Sequence[CustomerView],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, data, parent)
        self.setObjectName("issue_invoice_dialog")
        self.setWindowTitle(self.tr("Issue invoice"))
        self._previews = 0  # the latest preview asked for; older answers are dropped
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("account or name"))
        self.customer_edit.setToolTip(self.tr("The customer who pays: PP shipper, CC consignee"))
        customer_completer(self.customer_edit, customers)
        self.load_button = QPushButton(self.tr("&Show bookings"))
        self.customer_name = QLabel()
        self.model = TickedRows(self)
        self.table = make_table("invoice_candidates_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # oldest flight first
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6)
        self.total_label = QLabel()
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.date_edit = date_edit(today)
        self.due_spin = QSpinBox()
        self.due_spin.setRange(SELLER_TERMS, MAX_DUE_DAYS)
        self.due_spin.setSpecialValueText(self.tr("seller's terms"))
        self.due_spin.setSuffix(self.tr(" days"))
        self.due_spin.setValue(SELLER_TERMS)
        self.ok_button.setText(self.tr("&Issue"))
        self.ok_button.setEnabled(False)
        self._lay_out()
        self._connect()
        self.resize(900, 560)

    def _lay_out(self) -> None:
        who = QHBoxLayout()
        label = QLabel(self.tr("&Customer:"))
        label.setBuddy(self.customer_edit)
        customer_error = error_label()
        self.errors.add("customer", self.customer_edit, customer_error)
        for widget in (label, self.customer_edit, self.load_button):
            who.addWidget(widget)
        who.addWidget(self.customer_name, 1)
        bookings_error = error_label()
        self.errors.add("bookings", self.table, bookings_error)
        when = QHBoxLayout()
        when_error = error_label()  # one line under both fields
        for text, field, widget in (
            (self.tr("Issue &date:"), "issue_date", self.date_edit),
            (self.tr("D&ue after:"), "due_days", self.due_spin),
        ):
            shown = QLabel(text)
            shown.setBuddy(widget)
            when.addWidget(shown)
            when.addWidget(widget)
            when.addSpacing(12)
            self.errors.add(field, widget, when_error)
        when.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addWidget(customer_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(bookings_error)
        layout.addWidget(self.total_label)
        layout.addLayout(when)
        layout.addWidget(when_error)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.customer_edit.returnPressed.connect(self.load_candidates)
        self.load_button.clicked.connect(self.load_candidates)
        self.model.ticks_changed.connect(self.update_total)
        self.date_edit.editingFinished.connect(self.update_total)

    # -- the customer's bookings ---------------------------------------------------------
    def load_candidates(self) -> None:
        account = account_of(self.customer_edit.text())
        if not account:
            return
        self.customer_edit.setText(account)
        self.errors.clear()
        self.worker.submit(
            partial(invoices_data.candidates, self.data, account),
            on_done=self._show_candidates,
            on_failed=self._failed,
        )

    def _show_candidates(self, found: object) -> None:
        listed: InvoiceCandidates = found  # type: ignore[assignment]
        self.customer_name.setText(listed.customer_name)
        self.model.set_rows(listed.bookings)
        fit_columns(self.table)
        if not listed.bookings:
            self.total_label.setText(self.tr("No bookings of {account} are waiting for an invoice")
                                     .format(account=listed.customer))  # fmt: skip
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def update_total(self) -> None:
        chosen = [c.awb_number for c in self.model.ticked()]
        day = parse_iso_date(self.date_edit.text())
        self._previews += 1
        if not chosen or day is None:
            self.ok_button.setEnabled(False)
            if self.model.rowCount():
                self.total_label.setText(self.tr("Tick the bookings to invoice"))
            return
        self.total_label.setText(self.tr("Adding up…"))
        self.worker.submit(
            partial(invoices_data.preview, self.data, chosen, day),
            on_done=partial(self._show_total, self._previews),
            on_failed=partial(self._preview_failed, self._previews),
        )

    def _show_total(self, asked: int, found: object) -> None:
        if asked != self._previews:
            return
        bill: BillPreview = found  # type: ignore[assignment]
        text = self.tr("Total {total} (before tax {subtotal}, tax {tax}) · %n line(s)", "",
                       bill.lines)  # fmt: skip
        text = text.format(
            total=money(bill.total, bill.currency),
            subtotal=money(bill.subtotal, bill.currency),
            tax=money(bill.tax, bill.currency),
        )
        if bill.exchange_text:
            text += "\n" + bill.exchange_text
        self.total_label.setText(text)
        self.errors.clear()
        self.ok_button.setEnabled(True)

    def _preview_failed(self, asked: int, error: object) -> None:
        if asked != self._previews:
            return
        self.total_label.clear()
        self.ok_button.setEnabled(False)
        self._failed(error)
        self.ok_button.setEnabled(False)

    # -- issuing -------------------------------------------------------------------------
    def submit(self) -> None:
        day = parse_iso_date(self.date_edit.text())
        if day is None:
            self.local_error("issue_date", self.tr("a date like 2026-12-01"))
            return
        chosen = [c.awb_number for c in self.model.ticked()]
        due = None if self.due_spin.value() == SELLER_TERMS else self.due_spin.value()
        self.run(partial(invoices_data.issue, self.data, chosen, day, due))
