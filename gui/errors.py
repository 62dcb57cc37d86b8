"""The one place the GUI turns errors into words for the clerk (ARCHITECTURE rule 5).

A FreightDeskError is translated by its stable code (context "errors"; the codes are
listed for lupdate in gui.error_codes), its params filling the template's {placeholders};
until a translation exists for the code, its English default text is shown. It goes to the status
bar, unless the form that ran the task claims it to show next to the field at fault
(``BackgroundWorker.submit(on_failed=...)`` and ``field_message``). Anything else is a bug:
the clerk gets a dialog with the details, and the traceback goes to the log file.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from core.errors import FreightDeskError

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def error_text(error: BaseException) -> str:
    from core.errors import FreightDeskError

    if isinstance(error, FreightDeskError):
        return _translated(error)
    return QCoreApplication.translate("errors", "Unexpected error: {error}").format(
        error=str(error) or type(error).__name__
    )


def field_message(error: FreightDeskError) -> tuple[str | None, str]:
    """The field at fault and the text to show beside it (without the "field:" prefix)."""
    text = error_text(error)
    prefix = f"{error.field}: "
    if error.field and text.startswith(prefix):
        text = text[len(prefix) :]
    return error.field, text


def _translated(error: FreightDeskError) -> str:
    text = QCoreApplication.translate("errors", error.code)
    if text == error.code:
        return error.message
    try:
        text = text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message
    # Templates never name the field (it sits beside it); like core's English text, the
    # status-bar line says which field it is about, and field_message strips it again.
    return f"{error.field}: {text}" if error.field else text


class ErrorPresenter(QObject):
    """Status-bar messages for core's errors, a dialog and the log for unexpected ones."""

    message = Signal(str)  # a FreightDeskError in the clerk's words, for the status bar

    def __init__(self, log_file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog_parent = parent  # the window the dialog belongs to
        self.log_file = log_file
        self.dialog: QMessageBox | None = None

    def watch(self, worker: BackgroundWorker) -> None:
        worker.failed.connect(lambda _task, error: self.show_error(error))
        worker.crashed.connect(lambda _task, error, details: self.show_crash(error, details))

    def show_error(self, error: BaseException) -> None:
        self.message.emit(error_text(error))

    def show_crash(self, error: BaseException, details: str) -> None:
        """The clerk's dialog for a bug; non-modal, so work can go on behind it."""
        from PySide6.QtWidgets import QMessageBox  # rarely needed: not at start

        if self.dialog is not None:
            self.dialog.close()
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setText(self.tr("Something went wrong that FreightDesk did not expect."))
        info = error_text(error)
        if self.log_file is not None:
            info += "\n\n" + self.tr("The details are in the log file:\n{path}").format(
                path=self.log_file
            )
        box.setInformativeText(info)
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setModal(False)
        self.dialog = box
        box.show()

    def handle_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """sys.excepthook for the UI thread: log the traceback, then show the dialog."""
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error on the UI thread\n%s", details)
        self.show_crash(error, details)

    def install_excepthook(self) -> Callable[[], None]:
        """Route uncaught UI-thread exceptions here; returns how to put the old hook back."""
        previous = sys.excepthook
        sys.excepthook = self.handle_exception

        def restore() -> None:
            sys.excepthook = previous

        return restore
