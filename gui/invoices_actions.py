"""What the clerk can do on the Invoices screen, with their shortcuts: issue, open,
preview, record a payment, credit. Mixed into InvoicesPage (gui.invoices_page), which
holds the list; the forms are in gui.invoice_issue and gui.invoice_dialogs.

Each form's result comes back through the worker's ChangeSet: the page refreshes on
Entity.INVOICE like every other screen, and selects what the form issued.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from gui import invoices_data

if TYPE_CHECKING:
    from core.services.invoices import InvoiceRow, InvoiceView
    from gui.data import DataAccess
    from gui.invoice_detail import InvoiceDetailDialog
    from gui.worker import BackgroundWorker

# Method of the page -> its shortcut. Enter opens the selected invoice (the table's own
# activation); Ctrl+P is print/preview as everywhere; Ctrl+R records (a payment).
ACTIONS = {
    "issue": "Ctrl+I",
    "open_selected": "Ctrl+O",
    "preview": "Ctrl+P",
    "record_payment": "Ctrl+R",
    "credit": "Ctrl+Shift+C",
}


PAGE = "InvoicesPage"  # translated in the page's context
TEXTS = {
    "issue": (
        QT_TRANSLATE_NOOP("InvoicesPage", "&Issue invoice…"),
        QT_TRANSLATE_NOOP("InvoicesPage", "Invoice a customer's bookings"),
    ),
    "open_selected": (
        QT_TRANSLATE_NOOP("InvoicesPage", "&Open"),
        QT_TRANSLATE_NOOP("InvoicesPage", "Lines, payments and balance of the invoice (Enter)"),
    ),
    "preview": (
        QT_TRANSLATE_NOOP("InvoicesPage", "&Preview"),
        QT_TRANSLATE_NOOP("InvoicesPage", "Show and print the issued PDF"),
    ),
    "record_payment": (
        QT_TRANSLATE_NOOP("InvoicesPage", "&Record payment…"),
        QT_TRANSLATE_NOOP("InvoicesPage", "Record a payment on the selected invoice"),
    ),
    "credit": (
        QT_TRANSLATE_NOOP("InvoicesPage", "Credit &note…"),
        QT_TRANSLATE_NOOP("InvoicesPage", "Credit the selected invoice, whole or some lines"),
    ),
}
INVOICE_TITLE = QT_TRANSLATE_NOOP("InvoicesPage", "Invoice {number}")


def texts() -> dict[str, tuple[str, str]]:
    """Button text (with its mnemonic) and tooltip of each action, in the language now."""
    return {name: (_tr(text), _tr(tip)) for name, (text, tip) in TEXTS.items()}


def _tr(text: str) -> str:
    return QCoreApplication.translate(PAGE, text)


def enabled(name: str, row: InvoiceRow | None) -> bool:
    if name == "issue":
        return True
    if row is None:
        return False
    if name == "record_payment":
        return row.kind == "invoice" and row.open_amount > 0
    if name == "credit":
        return row.kind == "invoice" and row.state != "credited"
    return True


class InvoiceActions:
    """The page's actions; expects the page's worker, jobs, data, today and list."""

    worker: BackgroundWorker
    jobs: BackgroundWorker
    data: DataAccess | None
    today: Callable[[], date]
    customers: list[Any]
    detail_dialog: InvoiceDetailDialog | None
    form: QWidget | None
    document: QWidget | None
    _select_next: str | None

    if TYPE_CHECKING:

        def selected(self) -> InvoiceRow | None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    # -- issue -------------------------------------------------------------------------------
    def issue(self) -> None:
        if self.data is None:
            return
        from gui.invoice_issue import IssueInvoiceDialog

        dialog = IssueInvoiceDialog(
            self.worker, self.data, self.customers, self.today(), self._widget()
        )
        self._open_form(dialog)

    # -- open --------------------------------------------------------------------------------
    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_invoice(row.number)

    def open_invoice(self, number: str) -> None:
        if self.data is None:
            return
        self.worker.submit(partial(invoices_data.get_invoice, self.data, number),
                           on_done=self._show_detail)  # fmt: skip

    def _show_detail(self, found: object) -> None:
        from gui.invoice_detail import InvoiceDetailDialog

        view: InvoiceView = found  # type: ignore[assignment]
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        dialog = InvoiceDetailDialog(view, self._widget())
        dialog.preview_wanted.connect(self.preview_invoice)
        dialog.payment_wanted.connect(lambda _number: self._pay(view_of(dialog)))
        dialog.credit_wanted.connect(self.credit_invoice)
        dialog.finished.connect(lambda _result: self._widget().activateWindow())
        self.detail_dialog = dialog
        dialog.open()

    def _refresh_detail(self, numbers: frozenset[int | str]) -> None:
        dialog = self.detail_dialog
        if self.data is None or dialog is None or not dialog.isVisible():
            return
        if dialog.view.number in numbers:
            self.worker.submit(partial(invoices_data.get_invoice, self.data, dialog.view.number),
                               on_done=lambda view: dialog.show_view(view))  # fmt: skip

    # -- preview -----------------------------------------------------------------------------
    def preview(self) -> None:
        row = self.selected()
        if row is not None:
            self.preview_invoice(row.number)

    def preview_invoice(self, number: str) -> None:
        if self.data is None:
            return
        from gui.document_view import show_document

        self.document = show_document(
            self._widget(),
            self.jobs,
            title=_tr(INVOICE_TITLE).format(number=number),
            make_pdf=partial(invoices_data.invoice_pdf, self.data, number),
            file_name=f"{number}.pdf",
        )

    # -- payment -----------------------------------------------------------------------------
    def record_payment(self) -> None:
        row = self.selected()
        if row is not None and enabled("record_payment", row):
            self._pay(row)

    def _pay(self, invoice: InvoiceRow | InvoiceView) -> None:
        if self.data is None:
            return
        from gui.invoice_dialogs import PaymentDialog

        parent = self.detail_dialog if self._detail_shows(invoice.number) else self._widget()
        dialog = PaymentDialog(self.worker, self.data, invoice, self.today(), parent)
        self._open_form(dialog)

    # -- credit ------------------------------------------------------------------------------
    def credit(self) -> None:
        row = self.selected()
        if row is not None and enabled("credit", row):
            self.credit_invoice(row.number)

    def credit_invoice(self, number: str) -> None:
        if self.data is None:
            return
        self.worker.submit(partial(invoices_data.credit_choices, self.data, number),
                           on_done=self._show_credit)  # fmt: skip

    def _show_credit(self, found: object) -> None:
        from gui.invoice_dialogs import CreditNoteDialog

        assert self.data is not None
        view: InvoiceView = found[0]  # type: ignore[index]
        credited: frozenset[int] = found[1]  # type: ignore[index]
        parent = self.detail_dialog if self._detail_shows(view.number) else self._widget()
        self._open_form(CreditNoteDialog(self.worker, self.data, view, credited, self.today(),
                                         parent))  # fmt: skip

    # -- forms -------------------------------------------------------------------------------
    def _open_form(self, dialog: Any) -> None:
        if self.form is not None:
            self.form.close()
        self.form = dialog
        dialog.completed.connect(self._form_done)
        # Back to the window it came from, so the shortcuts work at once (a platform
        # without a window manager, offscreen, activates none by itself).
        dialog.finished.connect(lambda _result: dialog.parentWidget().activateWindow())
        dialog.open()

    def _form_done(self, view: object) -> None:
        number = getattr(view, "number", None)
        if isinstance(number, str):
            self._select_next = number  # the list refreshes on the ChangeSet, then selects

    def _detail_shows(self, number: str) -> bool:
        dialog = self.detail_dialog
        return dialog is not None and dialog.isVisible() and dialog.view.number == number


def view_of(dialog: InvoiceDetailDialog) -> InvoiceView:
    return dialog.view
