"""Print and Save for the document preview: the clerk's choices on the UI thread, the work
on the jobs worker.

Printing paints each page, rendered by PDFium at the printer's resolution (bounded), on the
QPrinter from the jobs worker: Qt allows QPainter on a QPrinter outside the GUI thread, and
a 400-page manifest must not hold the UI. The choosers are injectable so tests can print to
a PDF file and save without a native dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from core.files import safe_file_name
from gui.document_render import POINTS_PER_INCH, PdfPages

if TYPE_CHECKING:
    from core.progress import Progress

__all__ = [
    "MAX_PRINT_DPI",
    "ChoosePath",
    "ChoosePrinter",
    "choose_printer",
    "choose_save_path",
    "chosen_pages",
    "pdf_name",
    "prepare_printer",
    "print_pages",
    "save_pdf",
]

# A page at 1200 dpi is a 560 MB image; 600 dpi is finer than any office laser prints text.
MAX_PRINT_DPI: Final = 600

ChoosePath = Callable[[QWidget, str], "str | None"]  # (parent, suggested path) -> path
ChoosePrinter = Callable[[QWidget, QPrinter, int], bool]  # sets up the printer; False: no


def choose_save_path(parent: QWidget, suggested: str) -> str | None:
    caption = QCoreApplication.translate("DocumentDialog", "Save document")
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, "PDF (*.pdf)")
    return path or None


def choose_printer(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def pdf_name(suggestion: str) -> str:
    name = safe_file_name(suggestion)
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def chosen_pages(printer: QPrinter, count: int) -> range:
    """The pages the clerk chose in the print dialog (1-based there), else all."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QPrinter.PrintRange.PageRange and first > 0:
        return range(first - 1, min(max(last, first), count))
    return range(count)


def prepare_printer(printer: QPrinter, first_page: QSizeF) -> None:
    """Paper and orientation from the document's first page, before the print dialog.

    Full-page mode: the document carries its own margins, so it is placed on the paper as
    a whole instead of being shrunk into the printer's margins a second time.
    """
    size = QPageSize(
        first_page, QPageSize.Unit.Point, matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    landscape = first_page.width() > first_page.height()
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)
    printer.setFullPage(True)


# --- on the jobs worker ------------------------------------------------------------------------


def save_pdf(path: Path, pdf: bytes) -> None:
    from core.errors import ValidationError
    from core.files import write_atomic

    try:
        write_atomic(path, pdf)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ValidationError(
            "file", "file.unwritable", f"cannot write {path}: {reason}", path=str(path)
        ) from None


def print_pages(
    pages: PdfPages, printer: QPrinter, indexes: Sequence[int], progress: Progress
) -> int:
    """Paint ``indexes`` on ``printer`` (jobs worker: Qt allows QPainter on a QPrinter in a
    thread); returns the pages printed. On Cancelled the print job is aborted."""
    from core.errors import Cancelled, InvalidState

    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise InvalidState("print.not_started", "the printer could not start printing")
    cancelled = False
    try:
        for done, index in enumerate(indexes):
            progress.step(done, len(indexes))
            if done:
                printer.newPage()
            image = pages.render(index, dpi / POINTS_PER_INCH)
            painter.drawImage(_placed(image, painter), image)
        progress.step(len(indexes), len(indexes))
    except Cancelled:
        cancelled = True
        printer.abort()
        raise
    finally:
        painter.end()
        if cancelled:
            _drop_partial_file(printer)
    return len(indexes)


def _drop_partial_file(printer: QPrinter) -> None:
    """Printing to a PDF file and cancelled: leave no file with some of the pages."""
    name = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and name:
        Path(name).unlink(missing_ok=True)


def _placed(image: QImage, painter: QPainter) -> QRectF:
    """The image's rectangle on the paper: as large as fits, aspect kept, centred."""
    paper = QRectF(painter.viewport())
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    size = QSizeF(image.width() * scale, image.height() * scale)
    left = paper.left() + (paper.width() - size.width()) / 2
    top = paper.top() + (paper.height() - size.height()) / 2
    return QRectF(left, top, size.width(), size.height())
