"""One invoice or credit note, read-only: who and when, its lines, totals, the payments and
credit notes against it, and what is still open. The buttons ask the Invoices screen to
preview, record a payment or credit it (the screen owns those forms and the workers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The booking dialog's layout helpers: the two dialogs look alike on purpose.
from gui.booking_detail import RIGHT, form_box, selectable, table_box
from gui.flights_model import format_quantity
from gui.invoice_dialogs import money, state_text

if TYPE_CHECKING:
    from core.services.invoices import InvoiceView


class InvoiceDetailDialog(QDialog):
    """Esc or Close leaves it; ``show_view`` fills it again after a payment or a credit."""

    preview_wanted = Signal(str)
    payment_wanted = Signal(str)
    credit_wanted = Signal(str)

    def __init__(self, view: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_detail")
        self.view = view
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton()
        self.payment_button = QPushButton()
        self.credit_button = QPushButton()
        for button in (self.preview_button, self.payment_button, self.credit_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self.preview_wanted.emit(self.view.number))
        self.payment_button.clicked.connect(lambda: self.payment_wanted.emit(self.view.number))
        self.credit_button.clicked.connect(lambda: self.credit_wanted.emit(self.view.number))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll)
        layout.addWidget(self.buttons)
        self.show_view(view)
        self.resize(900, 600)

    def show_view(self, view: InvoiceView) -> None:
        self.view = view
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def texts(self) -> list[str]:
        """Everything the dialog says, for tests that read the screen."""
        return [label.text() for label in self.findChildren(QLabel)]

    def _fill(self) -> None:
        v = self.view
        is_invoice = v.kind == "invoice"
        title = self.tr("Invoice {number}") if is_invoice else self.tr("Credit note {number}")
        self.setWindowTitle(title.format(number=v.number))
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_button.setToolTip(self.tr("Show and print the issued PDF (Ctrl+P)"))
        self.payment_button.setText(self.tr("&Record payment…"))
        self.payment_button.setEnabled(is_invoice and v.open_amount > 0)
        self.credit_button.setText(self.tr("Credit &note…"))
        self.credit_button.setEnabled(is_invoice and v.state != "credited")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._heading())
        column.addWidget(self._lines())
        if is_invoice:
            column.addWidget(self._balance())
        column.addStretch(1)
        self._scroll.setWidget(body)

    def _heading(self) -> QWidget:
        v = self.view
        rows = [
            (self.tr("Customer"), f"{v.customer}  {v.buyer_name}"),
            (self.tr("Tax ID"), v.buyer_tax_id),
            (self.tr("Address"), v.buyer_address),
            (self.tr("Issued"), v.issue_date.isoformat()),
            (self.tr("Due"), v.due_date.isoformat() if v.kind == "invoice" else None),
            (self.tr("Terms"), v.payment_terms),
            (self.tr("Credits invoice"), v.original_number),
            (self.tr("Reason"), v.reason),
            (self.tr("Exchange rate"), _rate(v)),
            (self.tr("State"), state_text(v.kind, v.state, v.original_number)),
        ]
        return form_box(v.number, rows)

    def _lines(self) -> QWidget:
        v = self.view
        headers = [
            self.tr("#"),
            self.tr("AWB"),
            self.tr("Code"),
            self.tr("Description"),
            self.tr("Amount"),
            self.tr("Tax %"),
            self.tr("Tax"),
        ]
        rows = [
            [
                str(ln.seq),
                ln.awb_number or "",
                ln.code,
                ln.description.removeprefix(f"{ln.awb_number} "),  # the AWB has its column
                format_quantity(ln.amount),
                str(ln.tax_rate_pct),
                format_quantity(ln.tax),
            ]
            for ln in v.lines
        ]
        total = selectable(
            self.tr("Subtotal {subtotal} · tax {tax} · total {total}").format(
                subtotal=money(v.subtotal, v.currency),
                tax=money(v.tax, v.currency),
                total=money(v.total, v.currency),
            )
        )
        total.setAlignment(RIGHT)
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        title = self.tr("Lines ({currency})").format(currency=v.currency)
        return table_box(title, headers, rows, numeric={0, 4, 5, 6}, stretch=3, footer=total)

    def _balance(self) -> QWidget:
        v = self.view
        open_text = selectable(
            self.tr("Paid {paid} · credited {credited} · open {open}").format(
                paid=money(v.paid, v.currency),
                credited=money(v.credited, v.currency),
                open=money(v.open_amount, v.currency),
            )
        )
        open_text.setObjectName("balance")
        open_text.setAlignment(RIGHT)
        headers = [self.tr("Paid on"), self.tr("Amount"), self.tr("Method"), self.tr("Reference")]
        rows = [
            [p.paid_on.isoformat(), money(p.amount, p.currency), p.method, p.reference or ""]
            for p in v.payments
        ]
        if v.credit_notes:
            notes = self.tr("Credit notes: {numbers}").format(numbers=", ".join(v.credit_notes))
            open_text.setText(f"{notes}\n{open_text.text()}")
        return table_box(self.tr("Payments"), headers, rows, numeric={1}, footer=open_text)


def _rate(v: InvoiceView) -> str | None:
    if v.exchange_base is None or v.exchange_date is None:
        return None
    return f"1 {v.exchange_base} = {v.exchange_rate} {v.currency} ({v.exchange_date.isoformat()})"
