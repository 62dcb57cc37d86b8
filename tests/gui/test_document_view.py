"""The document preview: opens at once, pages drawn on the jobs worker, zoom, save, print."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from core.errors import ValidationError
from gui.document_view import DocumentDialog, show_document
from gui.i18n import Languages
from gui.worker import BackgroundWorker

Opener = Callable[..., DocumentDialog]


@pytest.fixture(scope="module")
def invoice_pdf() -> bytes:
    from core.documents.invoice import render_invoice
    from core.documents.invoice_sample import sample_invoice

    return render_invoice(sample_invoice())


@pytest.fixture(scope="module")
def hundred_pages() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in range(1, 101):
        canvas.setFont("Helvetica-Bold", 48)
        canvas.drawString(72, 700, f"Manifest page {page}")
        canvas.rect(72, 72, 451, 600)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def open_document(qtbot: Any, worker: BackgroundWorker) -> Iterator[Opener]:
    """Opens previews on the test's jobs worker; closes them before the worker stops."""
    opened: list[DocumentDialog] = []

    def opener(make_pdf: Callable[[], bytes], **injected: Any) -> DocumentDialog:
        title, name = "Invoice CGO1-INV-000123", "Invoice CGO1/INV-000123"
        if injected:
            dialog = DocumentDialog(
                None, worker, title=title, make_pdf=make_pdf, file_name=name, **injected
            )
            dialog.show()
        else:
            dialog = show_document(None, worker, title=title, make_pdf=make_pdf, file_name=name)
        opened.append(dialog)
        return dialog

    yield opener
    for dialog in opened:
        if isValid(dialog):  # show_document's dialogs delete themselves on close
            dialog.close()
    done = threading.Event()
    worker.submit(done.set)  # the PDFs are closed on the worker before it stops
    qtbot.waitUntil(done.is_set)


def ready(qtbot: Any, dialog: DocumentDialog) -> int:
    if dialog.page_image(0) is None:
        signal = qtbot.waitSignal(dialog.ready, timeout=20_000)
        signal.wait()  # the pages arrive from the jobs worker through the event loop
        return int(signal.args[0])
    return dialog.page_count


def inked(pixmap: QPixmap | None) -> int:
    """How many sampled pixels are not paper-white."""
    assert pixmap is not None
    image = pixmap.toImage().scaled(120, 170)
    return sum(image.pixelColor(x, y).lightness() < 200 for x in range(120) for y in range(170))


def test_the_dialog_is_up_before_the_pdf_is_made(
    qtbot: Any, open_document: Opener, invoice_pdf: bytes
) -> None:
    go = threading.Event()

    def slow_pdf() -> bytes:
        assert go.wait(10)
        return invoice_pdf

    dialog = open_document(slow_pdf)
    assert dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.waiting.text() == "Preparing the document…"
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    go.set()
    assert ready(qtbot, dialog) == 1


def test_an_invoice_opens_with_its_page_drawn(
    qtbot: Any, open_document: Opener, invoice_pdf: bytes
) -> None:
    dialog = open_document(lambda: invoice_pdf)
    assert ready(qtbot, dialog) == 1
    assert dialog.page_count == 1
    assert dialog.page_label.text() == "Page 1 of 1"
    assert inked(dialog.page_image(0)) > 100
    assert dialog.file_name == "Invoice_CGO1_INV-000123.pdf"


def test_a_hundred_pages_open_lazily_and_scroll_to_the_end(
    qtbot: Any, open_document: Opener, hundred_pages: bytes
) -> None:
    dialog = open_document(lambda: hundred_pages)
    assert ready(qtbot, dialog) == 100
    assert dialog.page_label.text() == "Page 1 of 100"
    qtbot.waitUntil(lambda: dialog.page_image(1) is not None)
    assert sum(dialog.page_image(i) is not None for i in range(100)) <= 4
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_image(99) is not None)
    assert dialog.page_label.text() == "Page 100 of 100"
    assert inked(dialog.page_image(99)) > 50
    assert dialog.page_image(0) is None  # far pages let go of their pixels


def test_zoom_keys_change_the_page_size(
    qtbot: Any, open_document: Opener, invoice_pdf: bytes
) -> None:
    dialog = open_document(lambda: invoice_pdf)
    ready(qtbot, dialog)
    fitted = dialog.sheet.page_rect(0).width()
    qtbot.keyClick(dialog, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    larger = dialog.sheet.page_rect(0).width()
    assert larger > fitted
    assert not dialog.fit_action.isChecked()
    qtbot.waitUntil(lambda: _image_width(dialog) >= larger - 1)  # re-rendered sharp
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.sheet.page_rect(0).width() < larger
    assert dialog.zoom_label.text() == f"{round(dialog.zoom * 100)} %"
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.sheet.page_rect(0).width() == pytest.approx(fitted, abs=1)
    assert dialog.fit_action.isChecked()


def _image_width(dialog: DocumentDialog) -> int:
    image = dialog.page_image(0)
    return round(image.width() / dialog.devicePixelRatioF()) if image else 0


def test_save_writes_the_exact_bytes_under_a_safe_suggested_name(
    qtbot: Any, open_document: Opener, invoice_pdf: bytes, tmp_path: Path
) -> None:
    suggested: list[str] = []

    def choose(parent: QWidget, suggestion: str) -> str:
        suggested.append(suggestion)
        return str(tmp_path / "invoice-copy")

    dialog = open_document(lambda: invoice_pdf, choose_path=choose)
    ready(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved to"))
    assert (tmp_path / "invoice-copy.pdf").read_bytes() == invoice_pdf
    assert Path(suggested[0]).name == "Invoice_CGO1_INV-000123.pdf"


def test_a_failed_save_takes_the_failure_path(
    qtbot: Any, open_document: Opener, worker: BackgroundWorker, invoice_pdf: bytes, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "invoice.pdf"
    dialog = open_document(lambda: invoice_pdf, choose_path=lambda parent, name: str(target))
    ready(qtbot, dialog)
    errors: list[object] = []
    dialog.failed.connect(errors.append)
    with qtbot.waitSignals([dialog.failed, worker.failed]):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (error,) = errors
    assert isinstance(error, ValidationError) and error.code == "file.unwritable"
    assert "cannot write" in dialog.status.text()
    assert not target.exists()


def test_a_pdf_that_cannot_be_made_takes_the_failure_path(
    qtbot: Any, open_document: Opener, worker: BackgroundWorker
) -> None:
    def broken() -> bytes:
        raise ValidationError("flight", "flight.no_bookings", "the flight has no bookings")

    with qtbot.waitSignals([worker.failed]):
        dialog = open_document(broken)
    qtbot.waitUntil(lambda: "no bookings" in dialog.waiting.text())
    assert not dialog.save_button.isEnabled()


def print_to_pdf(path: Path, dpi: int) -> Callable[[QWidget, QPrinter, int], bool]:
    def choose(parent: QWidget, printer: QPrinter, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(dpi)
        return True

    return choose


def test_print_to_a_pdf_printer_prints_every_page(
    qtbot: Any,
    open_document: Opener,
    hundred_pages: bytes,
    tmp_path: Path,
    languages: Languages,  # English plural forms: "100 pages"
) -> None:
    from pypdf import PdfReader

    printed = tmp_path / "printed.pdf"
    dialog = open_document(lambda: hundred_pages, choose_printer=print_to_pdf(printed, 30))
    ready(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=60_000)
    assert dialog.status.text() == "Sent 100 pages to the printer."
    assert len(PdfReader(printed).pages) == 100
    assert dialog.print_button.isEnabled()


def test_cancel_in_the_progress_dialog_stops_the_print(
    qtbot: Any, open_document: Opener, hundred_pages: bytes, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    dialog = open_document(lambda: hundred_pages, choose_printer=print_to_pdf(printed, 200))
    ready(qtbot, dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.printing is not None
    pages_done: list[int] = []
    dialog.printing.progressed.connect(lambda done, total: pages_done.append(done))
    progress = dialog.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=10_000)  # shown once it takes > 300 ms
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=30_000)
    assert dialog.status.text() == "Printing cancelled."
    assert max(pages_done, default=0) < 99
    assert not printed.exists()  # no PDF with some of the pages left behind
    assert dialog.print_button.isEnabled()


def test_closing_before_the_pdf_is_made_drops_it_quietly(
    qtbot: Any, open_document: Opener, worker: BackgroundWorker, invoice_pdf: bytes
) -> None:
    go = threading.Event()
    dialog = open_document(lambda: invoice_pdf if go.wait(10) else b"")
    readies: list[int] = []
    dialog.ready.connect(readies.append)
    dialog.close()
    go.set()
    with qtbot.waitSignal(worker.succeeded):
        worker.submit(lambda: None)
    assert readies == []


def test_the_ui_thread_keeps_ticking_while_a_long_document_opens(
    qtbot: Any, open_document: Opener, hundred_pages: bytes, invoice_pdf: bytes
) -> None:
    """A 20 ms heartbeat on the UI thread; between two beats the UI thread's own CPU time
    says how long our code held it (wall time would also count the other processes on a
    shared machine, and waits for the GIL while the worker runs Python)."""
    ready(qtbot, open_document(lambda: invoice_pdf))  # Qt's and PySide's first-use costs
    busy: list[float] = []
    last = [time.thread_time()]

    def beat() -> None:
        now = time.thread_time()
        busy.append(now - last[0])
        last[0] = now

    heartbeat = QTimer(interval=20, timeout=beat)
    heartbeat.start()
    dialog = open_document(lambda: hundred_pages)
    ready(qtbot, dialog)
    bar = dialog.view.verticalScrollBar()
    for step in range(1, 6):
        bar.setValue(bar.maximum() * step // 5)
        qtbot.wait(60)
    qtbot.keyClick(dialog, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    heartbeat.stop()
    assert len(busy) > 10
    assert max(busy) < 0.1, busy


def test_the_print_dialogs_page_range_is_honoured() -> None:
    from gui.document_output import chosen_pages

    printer = QPrinter()
    assert chosen_pages(printer, 5) == range(5)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert chosen_pages(printer, 5) == range(1, 3)
    printer.setFromTo(4, 9)
    assert chosen_pages(printer, 5) == range(3, 5)
