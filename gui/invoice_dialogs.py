"""Record a payment and issue a credit note: small forms whose errors, claimed from the
worker, are shown beside the field at fault (gui.errors.field_message). Core checks every
value again; the forms only keep the clerk from typing what cannot be a number or a date.

The issue-invoice form is in gui.invoice_issue; both share ``FieldErrors`` from here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui import invoices_data
from gui.errors import field_message
from gui.flights_model import format_quantity
from gui.validators import ISO_DATE_LENGTH, IsoDateValidator, parse_iso_date
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.errors import FreightDeskError
    from core.services.invoices import InvoiceLineView, InvoiceRow, InvoiceView
    from gui.data import DataAccess

ERROR_STYLE = "color: #ffffff; background: #b3261e; padding: 2px 6px;"  # as the status bar's
AMOUNT_PATTERN = r"[0-9]{0,13}([.][0-9]{0,4})?"
PAYMENT_METHODS = ("bank transfer", "cash", "cheque", "card")  # stored as typed: core's words


LABELS = "InvoiceStates"
STATES = {
    "issued": QT_TRANSLATE_NOOP("InvoiceStates", "Unpaid"),
    "partly_paid": QT_TRANSLATE_NOOP("InvoiceStates", "Part-paid"),
    "paid": QT_TRANSLATE_NOOP("InvoiceStates", "Paid"),
    "credited": QT_TRANSLATE_NOOP("InvoiceStates", "Credited"),
}
CREDIT_NOTE_FOR = QT_TRANSLATE_NOOP("InvoiceStates", "Credit note for {number}")


def state_text(kind: str, state: str, original: str | None) -> str:
    """The clerk's word for an invoice's derived state; a credit note names its invoice."""
    if kind != "invoice":
        return QCoreApplication.translate(LABELS, CREDIT_NOTE_FOR).format(number=original or "")
    text = STATES.get(state)
    return state if text is None else QCoreApplication.translate(LABELS, text)


def money(amount: Decimal, currency: str) -> str:
    """An exact amount with thousands separators and its currency: "1,849.40 CNY"."""
    return f"{format_quantity(amount)} {currency}"


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("field_error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """The labels beside a form's fields: an error claimed from the worker goes to its
    field's label (and the focus to the field); one about no field here, to ``general``."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)

    def show(self, error: FreightDeskError) -> None:
        self.clear()
        field, text = field_message(error)
        widget, label = self._fields.get(field or "", (None, self.general))
        label.setText(text)
        label.show()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        _make_room(label)

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            label.hide()
        self.general.hide()

    def text(self, field: str | None = None) -> str:
        """What is shown for ``field`` (None: the form's general line), "" if nothing."""
        label = self._fields[field][1] if field else self.general
        return label.text() if not label.isHidden() else ""


def _make_room(label: QLabel) -> None:
    """Grow the window to the height the wrapped message needs (never shrink it)."""
    window = label.window()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.sizeHint().expandedTo(window.size())
    window.resize(window.width(), wanted.height())


def date_edit(day: date) -> QLineEdit:
    edit = QLineEdit(day.isoformat())
    edit.setMaxLength(ISO_DATE_LENGTH)
    edit.setValidator(IsoDateValidator(edit))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
    return edit


class InvoiceForm(QDialog):
    """A form submitted to the worker: OK is disabled while the task runs; ``done`` carries
    the service's InvoiceView once it succeeded."""

    completed = Signal(object)  # the InvoiceView the service returned

    def __init__(self, worker: BackgroundWorker, data: DataAccess, parent: QWidget | None):
        super().__init__(parent)
        self.worker, self.data = worker, data
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.result_view: InvoiceView | None = None

    def field_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QLabel:
        """A row "label: widget", and under the widget the label for its errors."""
        shown = QLabel(label)
        shown.setBuddy(widget)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        error = error_label()
        column.addWidget(error)
        form.addRow(shown, box)
        self.errors.add(field, widget, error)
        return shown

    def run(self, task: Callable[[], object]) -> None:
        self.errors.clear()
        self.ok_button.setEnabled(False)
        self.worker.submit(task, on_done=self._succeeded, on_failed=self._failed)

    def local_error(self, field: str, text: str) -> None:
        """A value the form can refuse before asking core (a date not yet complete)."""
        from core.errors import ValidationError

        self.errors.show(ValidationError(field, "form.invalid", f"{field}: {text}"))

    def submit(self) -> None:
        raise NotImplementedError

    def _succeeded(self, outcome: object) -> None:
        self.ok_button.setEnabled(True)
        self.result_view = getattr(outcome, "value", None)
        self.completed.emit(self.result_view)
        self.accept()

    def _failed(self, error: object) -> None:
        self.ok_button.setEnabled(True)
        from core.errors import FreightDeskError

        if isinstance(error, FreightDeskError):
            self.errors.show(error)


class PaymentDialog(InvoiceForm):
    """Amount (the open balance to start with), date, method and reference of a payment."""

    def __init__(
        self,
        worker: BackgroundWorker,
        data: DataAccess,
        view: InvoiceView | InvoiceRow,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, data, parent)
        self.setObjectName("payment_dialog")
        self.view = view
        self.setWindowTitle(self.tr("Record payment on {number}").format(number=view.number))
        self.amount_edit = QLineEdit(str(view.open_amount))
        self.amount_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self.amount_edit)
        )
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setToolTip(
            self.tr("In {currency}; at most the {open} still open").format(
                currency=view.currency, open=money(view.open_amount, view.currency)
            )
        )
        self.paid_on_edit = date_edit(today)
        self.method_combo = QComboBox()
        self.method_combo.setEditable(True)
        self.method_combo.addItems(list(PAYMENT_METHODS))
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(70)
        self.reference_edit.setPlaceholderText(self.tr("bank or receipt reference"))
        self.ok_button.setText(self.tr("&Record"))
        self._lay_out()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.amount_edit.selectAll()

    def _lay_out(self) -> None:
        v = self.view
        facts = QLabel(
            self.tr("Total {total} · paid {paid} · open {open}").format(
                total=money(v.total, v.currency),
                paid=money(v.paid, v.currency),
                open=money(v.open_amount, v.currency),
            )
        )
        form = QFormLayout()
        self.field_row(form, self.tr("&Amount ({currency}):").format(currency=v.currency),
                       "amount", self.amount_edit)  # fmt: skip
        self.field_row(form, self.tr("&Paid on:"), "paid_on", self.paid_on_edit)
        self.field_row(form, self.tr("&Method:"), "method", self.method_combo)
        self.field_row(form, self.tr("R&eference:"), "reference", self.reference_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        paid_on = parse_iso_date(self.paid_on_edit.text())
        if paid_on is None:
            self.local_error("paid_on", self.tr("a date like 2026-12-01"))
            return
        payment = invoices_data.PaymentInput(
            invoice=self.view.number,
            amount=self.amount_edit.text().strip(),
            currency=self.view.currency,
            paid_on=paid_on,
            method=self.method_combo.currentText().strip(),
            reference=self.reference_edit.text().strip() or None,
        )
        self.run(partial(invoices_data.pay, self.data, payment))


class CreditNoteDialog(InvoiceForm):
    """Credit the whole invoice (every line not credited yet) or the lines ticked, with the
    reason printed on the credit note."""

    def __init__(
        self,
        worker: BackgroundWorker,
        data: DataAccess,
        view: InvoiceView,
        credited: frozenset[int],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, data, parent)
        self.setObjectName("credit_dialog")
        self.view = view
        self.setWindowTitle(self.tr("Credit note for {number}").format(number=view.number))
        self.whole_radio = QRadioButton(self.tr("&Whole invoice (every line not yet credited)"))
        self.chosen_radio = QRadioButton(self.tr("C&hosen lines:"))
        self.whole_radio.setChecked(True)
        self.lines_list = QListWidget()
        self.lines_list.setEnabled(False)
        self._fill_lines(view.lines, credited)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(70)
        self.reason_edit.setPlaceholderText(self.tr("printed on the credit note"))
        self.date_edit = date_edit(max(today, view.issue_date))
        self.total_label = QLabel()
        self.ok_button.setText(self.tr("&Issue credit note"))
        self._lay_out()
        self.chosen_radio.toggled.connect(self.lines_list.setEnabled)
        self.chosen_radio.toggled.connect(self._show_total)
        self.lines_list.itemChanged.connect(self._show_total)
        self._show_total()
        self.reason_edit.setFocus()

    def _fill_lines(self, lines: Sequence[InvoiceLineView], credited: frozenset[int]) -> None:
        for line in lines:
            text = f"{line.seq:>3}  {line.code:<3}  {line.description}  " + money(
                line.amount, self.view.currency
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.seq)
            if line.seq in credited:
                item.setText(self.tr("{line}  (credited)").format(line=text))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.lines_list.addItem(item)

    def _lay_out(self) -> None:
        form = QFormLayout()
        self.field_row(form, self.tr("&Reason:"), "reason", self.reason_edit)
        self.field_row(form, self.tr("Issue &date:"), "issue_date", self.date_edit)
        lines_error = error_label()
        self.errors.add("lines", self.lines_list, lines_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.whole_radio)
        layout.addWidget(self.chosen_radio)
        layout.addWidget(self.lines_list)
        layout.addWidget(lines_error)
        layout.addWidget(self.total_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        lines_width = self.lines_list.sizeHintForColumn(0) + 4 * self.lines_list.frameWidth()
        self.resize(max(self.sizeHint().width(), lines_width + 40), self.sizeHint().height())

    def chosen_lines(self) -> list[int] | None:
        """The ticked line numbers, or None for the whole invoice."""
        if self.whole_radio.isChecked():
            return None
        items = [self.lines_list.item(n) for n in range(self.lines_list.count())]
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _show_total(self) -> None:
        chosen = self.chosen_lines()
        items = [self.lines_list.item(n) for n in range(self.lines_list.count())]
        can = [i for i in items if i.flags() != Qt.ItemFlag.NoItemFlags]
        open_seqs = {int(i.data(Qt.ItemDataRole.UserRole)) for i in can}
        seqs = open_seqs if chosen is None else set(chosen)
        zero = self.view.total * 0  # 0.00 in the invoice currency's places
        amount = sum((ln.amount + ln.tax for ln in self.view.lines if ln.seq in seqs), zero)
        self.total_label.setText(
            self.tr("Credit note total: {amount}").format(
                amount=money(-amount if amount else amount, self.view.currency)
            )
        )

    def submit(self) -> None:
        day = parse_iso_date(self.date_edit.text())
        if day is None:
            self.local_error("issue_date", self.tr("a date like 2026-12-01"))
            return
        task = partial(
            invoices_data.credit,
            self.data,
            self.view.number,
            self.reason_edit.text(),
            self.chosen_lines(),
            day,
        )
        self.run(task)
