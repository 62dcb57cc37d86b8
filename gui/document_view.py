"""Document preview inside the app: the pages in a scrolling view, zoom, Print and Save.

``show_document`` opens a non-modal dialog at once; ``make_pdf`` then runs on the jobs
worker (ARCHITECTURE.md, rule 6), and the pages are rasterised there too, with pypdfium2
(see gui.document_render for why not QtPdf), lazily: the pages in view first, then their
neighbours, at the screen's device pixel ratio and the current zoom. The UI thread only
turns finished images into pixmaps, so it never waits on the PDF. Printing renders each
page at the printer's resolution on the same worker with progress and Cancel (gui.jobs);
Save writes the very bytes shown, atomically. Errors reach the error presenter through the
jobs worker's ``failed``/``crashed`` (the presenter watches ``jobs``), and this dialog
says them in its status line and emits ``failed``.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.document_output import (
    ChoosePath,
    ChoosePrinter,
    choose_printer,
    choose_save_path,
    chosen_pages,
    pdf_name,
    prepare_printer,
    print_pages,
    save_pdf,
)
from gui.document_pages import PagesView
from gui.document_render import PdfPages
from gui.document_sheet import PageSheet
from gui.errors import error_text
from gui.jobs import CANCELLED, JobProgress, run_cancellable, start_job
from gui.worker import BackgroundWorker

__all__ = ["DocumentDialog", "show_document"]


def show_document(
    parent: QWidget,
    jobs: BackgroundWorker,
    *,
    title: str,
    make_pdf: Callable[[], bytes],
    file_name: str,
) -> DocumentDialog:
    """Open the preview of the PDF that ``make_pdf`` makes on ``jobs``; it shows at once."""
    dialog = DocumentDialog(parent, jobs, title=title, make_pdf=make_pdf, file_name=file_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class DocumentDialog(QDialog):
    """The preview. ``ready(pages)``: the document is made and its first page is on
    screen; ``failed(error)``: making or showing it failed (the presenter also has it)."""

    ready = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        jobs: BackgroundWorker,
        *,
        title: str,
        make_pdf: Callable[[], bytes],
        file_name: str,
        choose_path: ChoosePath = choose_save_path,
        choose_printer: ChoosePrinter = choose_printer,
    ) -> None:
        super().__init__(parent)
        self.jobs, self.title = jobs, title
        self.choose_path, self.choose_printer = choose_path, choose_printer
        self.file_name = pdf_name(file_name)
        self.pdf: bytes | None = None
        self.printing: JobProgress | None = None
        self._pages: PdfPages | None = None  # used by tasks on the jobs worker only
        self._viewing = JobProgress("preview")  # cancelled when the dialog closes
        self._tasks: set[int] = set()
        self._rendering = self._is_ready = self._released = False
        self._fit_width = True
        self._build()
        self.retranslate()
        self.resize(self._first_size())
        jobs.failed.connect(self._task_failed)
        jobs.crashed.connect(self._task_crashed)
        self.finished.connect(self._release)
        self._run(
            lambda: run_cancellable(lambda p: _open(make_pdf, p), self._viewing), self._opened
        )

    # --- what the clerk sees ---------------------------------------------------------------

    def _build(self) -> None:
        self.view = PagesView()
        self.view.changed.connect(self._view_changed)
        self.waiting = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(self.view)
        self.status = QLabel(wordWrap=True)
        self.page_label = QLabel()
        self.zoom_label = QLabel()
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(self._zoom_bar())
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._button_row())
        self._enable(False)

    def _make_actions(self) -> None:
        self.zoom_in_action = self._action(
            self.view.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+="
        )
        self.zoom_out_action = self._action(self.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.fit_action = self._action(self.view.fit_width, "Ctrl+0")
        self.fit_action.setCheckable(True)
        self.print_action = self._action(self.print_document, QKeySequence.StandardKey.Print)
        self.save_action = self._action(self.save, QKeySequence.StandardKey.Save)

    def _action(self, slot: Callable[[], object], *keys: Any) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _zoom_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
            if action is self.zoom_in_action:
                bar.insertWidget(1, self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        return bar

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        self.print_button, self.save_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.print_button.clicked.connect(self.print_action.trigger)
        self.save_button.clicked.connect(self.save_action.trigger)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter must not print by surprise
            row.addWidget(button)
        return row

    def retranslate(self) -> None:
        self.setWindowTitle(self.title)
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_in_action.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_out_action.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.fit_action.setText(self.tr("Fit &width"))
        self.fit_action.setToolTip(self.tr("Fit the page width to the window (Ctrl+0)"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save…"))
        self.close_button.setText(self.tr("&Close"))
        if not self._pages and not self.status.text():
            self.waiting.setText(self.tr("Preparing the document…"))
        self._show_position()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _first_size(self) -> QSize:
        """Tall enough for a page, and proportioned like one: not a fixed pixel size."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        height = int(free.height() * 0.85)
        return QSize(min(int(free.width() * 0.9), int(height * 0.8)), height)

    def _enable(self, on: bool) -> None:
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            action.setEnabled(on)
        for action in (self.print_action, self.save_action):
            action.setEnabled(on)
        self.print_button.setEnabled(on and self.printing is None)
        self.save_button.setEnabled(on)

    def _say(self, text: str) -> None:
        if not self._released:
            self.status.setText(text)

    # --- the document arrives ---------------------------------------------------------------

    def _opened(self, result: object) -> None:
        if result is CANCELLED:
            return
        pdf, pages = typing.cast(tuple[bytes, PdfPages], result)
        if self._released:
            self.jobs.submit(pages.close)
            return
        self.pdf, self._pages = pdf, pages
        self.stack.setCurrentWidget(self.view)
        self.view.set_pages(pages.sizes)
        self.view.setFocus()
        self._enable(bool(pages.sizes))
        if not pages.sizes:
            self._say(self.tr("The document has no pages."))
            self.ready.emit(0)

    @property
    def page_count(self) -> int:
        return self.view.page_count

    @property
    def current_page(self) -> int:
        return self.view.current_page

    @property
    def zoom(self) -> float:
        return self.view.zoom

    @property
    def sheet(self) -> PageSheet:
        return self.view.sheet

    def page_image(self, index: int) -> QPixmap | None:
        return self.view.page_image(index)

    @Slot()
    def _view_changed(self) -> None:
        self.fit_action.setChecked(self.view.fitting)
        self._show_position()
        self._schedule()

    def _show_position(self) -> None:
        if self.page_count:
            text = self.tr("Page {page} of {pages}").format(
                page=self.current_page, pages=self.page_count
            )
            self.page_label.setText(text)
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(self.zoom * 100)))

    # --- rendering, visible pages first -------------------------------------------------------

    def _schedule(self) -> None:
        """Render the next page that needs it; one at a time, so other long jobs interleave."""
        if self._pages is None or self._rendering or self._released:
            return
        wanted = self.view.next_to_render()
        if wanted is not None:
            self._render(*wanted)

    def _render(self, index: int, scale: float) -> None:
        pages, count = self._pages, self.page_count
        assert pages is not None

        def work(progress: JobProgress) -> tuple[int, float, Any]:
            progress.step(index, count)  # a queued render is dropped once the dialog closed
            return index, scale, pages.render(index, scale)

        self._rendering = True
        self._run(lambda: run_cancellable(work, self._viewing), self._rendered)

    def _rendered(self, result: object) -> None:
        self._rendering = False
        if result is CANCELLED or self._released:
            return
        index, scale, image = typing.cast(tuple[int, float, QImage], result)
        self.sheet.set_image(index, scale, QPixmap.fromImage(image))
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit(self.page_count)
        self._schedule()

    # --- print and save -----------------------------------------------------------------------

    def print_document(self) -> None:
        if self._pages is None or self.printing is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        prepare_printer(printer, self._pages.sizes[0])
        if not self.choose_printer(self, printer, self.page_count):
            return
        pages, indexes = self._pages, chosen_pages(printer, self.page_count)
        label = self.tr("Printing {title}…").format(title=self.title)
        self.printing = start_job(
            self,
            self.jobs,
            label,
            lambda progress: print_pages(pages, printer, indexes, progress),
            on_done=self._printed,
            on_cancelled=lambda: self._printed(None),
            what="print",
        )
        self._tasks.add(self.printing.task_id or 0)
        self.print_button.setEnabled(False)
        self._say(label)

    def _printed(self, count: int | None) -> None:
        if self.printing is not None:
            self._tasks.discard(self.printing.task_id or 0)
        self.printing = None
        if self._released:  # closed meanwhile: its widgets are gone
            return
        self.print_button.setEnabled(True)
        if count is None:
            self._say(self.tr("Printing cancelled."))
        else:
            self._say(self.tr("Sent %n page(s) to the printer.", "", count))

    def save(self) -> None:
        if self.pdf is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self.choose_path(self, str(Path(folder) / self.file_name))
        if not chosen:
            return
        path, pdf = Path(chosen), self.pdf
        if not path.suffix:
            path = path.with_suffix(".pdf")
        self._say(self.tr("Saving…"))
        saved = self.tr("Saved to {path}").format(path=path)
        self._run(lambda: save_pdf(path, pdf), lambda _result: self._say(saved))

    # --- tasks and their failures -------------------------------------------------------------

    def _run(self, fn: Callable[[], object], on_done: Callable[[Any], object]) -> None:
        task: list[int] = []

        def done(result: object) -> None:
            self._tasks.discard(task[0])
            on_done(result)

        task.append(self.jobs.submit(fn, on_done=done))
        self._tasks.add(task[0])

    @Slot(int, object)
    def _task_failed(self, task_id: int, error: object) -> None:
        self._task_ended_badly(task_id, error)

    @Slot(int, object, str)
    def _task_crashed(self, task_id: int, error: object, _details: str) -> None:
        self._task_ended_badly(task_id, error)

    def _task_ended_badly(self, task_id: int, error: object) -> None:
        if task_id not in self._tasks or self._released:
            return
        self._tasks.discard(task_id)
        if self.printing is not None and task_id == self.printing.task_id:
            self.printing = None
            self.print_button.setEnabled(self.pdf is not None)
        self._rendering = False
        text = error_text(error) if isinstance(error, BaseException) else str(error)
        self._say(text)
        if self._pages is None:
            self.waiting.setText(
                self.tr("The document could not be made.\n{error}").format(error=text)
            )
        self.failed.emit(error)

    @Slot()
    def _release(self) -> None:
        """Closed: stop queued renders and a running print; PDFium closes on its thread."""
        if self._released:
            return
        self._released = True
        self._viewing.cancel()
        if self.printing is not None:
            self.printing.cancel()
        pages, self._pages = self._pages, None
        if pages is not None and self.jobs.is_running:
            self.jobs.submit(pages.close)


def _open(make_pdf: Callable[[], bytes], progress: JobProgress) -> tuple[bytes, PdfPages]:
    pdf = bytes(make_pdf())
    progress.step(0, 1)  # closed while the PDF was being made: do not open it
    return pdf, PdfPages(pdf)
