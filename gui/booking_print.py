"""Print a booking's documents: the AWB, its labels and its invoice, each previewed in the
document dialog and drawn on the long-job worker."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gui import booking_data
from gui.errors import field_message
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from gui.data import DataAccess


class BookingPrinter(QObject):
    """Shows one booking's documents over ``parent``; an invoice is issued once."""

    def __init__(
        self,
        worker: BackgroundWorker,
        jobs: BackgroundWorker,
        data: DataAccess,
        parent: QWidget,
        say_problem: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._worker, self._jobs, self._data = worker, jobs, data
        self._window, self._say_problem = parent, say_problem
        self._invoices: dict[str, str] = {}  # AWB -> the invoice issued for it here

    def awb(self, awb: str) -> None:
        self._show(self.tr("AWB {awb}").format(awb=awb), booking_data.awb_pdf, awb, "awb")

    def labels(self, awb: str) -> None:
        title = self.tr("Labels {awb}").format(awb=awb)
        self._show(title, booking_data.labels_pdf, awb, "labels")

    def invoice(self, awb: str) -> None:
        """Issue the invoice (a change: on the interactive worker, so open lists hear of
        it), then show it; asked again, show the same one."""
        if awb in self._invoices:
            self._show_invoice(awb, self._invoices[awb])
            return
        self._worker.submit(
            partial(booking_data.issue_invoice, self._data, awb),
            on_done=lambda outcome: self._show_invoice(awb, outcome.value.number),
            on_failed=lambda error: self._say_problem(field_message(error)[1]),
        )

    def _show_invoice(self, awb: str, number: str) -> None:
        self._invoices[awb] = number
        title = self.tr("Invoice {number}").format(number=number)
        self._show(title, booking_data.invoice_pdf, number, "invoice")

    def _show(self, title: str, make: Callable[..., bytes], key: str, kind: str) -> Any:
        from gui.document_view import show_document

        return show_document(
            self._window,
            self._jobs,
            title=title,
            make_pdf=partial(make, self._data, key),
            file_name=f"{kind}-{key}.pdf",
        )
