"""An import in two steps: the file is read and checked, the report shown, then the clerk
decides (the rate-sheet and the parcel imports are both this dialog).

The file is first only read (on the long-job worker), and every problem listed as the clerk
finds it in Excel: row, column, the cell's value and the rule; the table sorts by any of
them. "Import all" is offered only when no row was refused (an import is all or nothing);
"Import the valid rows" is the clerk's explicit choice to leave the refused ones out.
Cancel writes nothing. A subclass says how to read, how to import, and what the report says.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from gui.errors import error_text
from gui.row_model import Field, RowModel
from gui.tables import fit_columns, make_table
from gui.worker import BackgroundWorker

# The texts every import shares are translated in the context "ImportReportDialog",
# named literally at each call (lupdate reads it there; self.tr would look a text up in the
# subclass's context).
ChooseFile = Callable[[QWidget], str | None]
ERROR_STYLE = "color: #b3261e;"


def choose_file(parent: QWidget, title: str, kinds: str) -> str | None:
    """The native open dialog; tests pass their own chooser instead."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


class ImportReportDialog(QDialog):
    """Opened with ``start()``; ``imported(count)`` once rows were written."""

    imported = Signal(int)
    checked = Signal()  # the report is shown (or why the file could not be read)

    def __init__(
        self,
        jobs: BackgroundWorker,
        choose: ChooseFile,
        *,
        name: str,
        context: str,
        fields: Sequence[Field[Any]],
        key: Callable[[Any], Hashable],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._jobs, self._choose = jobs, choose
        self.path: Path | None = None
        self.report: Any = None  # what the subclass's read returned
        self.file_label, self.summary = QLabel(), QLabel()
        self.summary.setWordWrap(True)
        self.model: RowModel[Any] = RowModel(context, fields, key=key, parent=self)
        self.table = make_table(f"{name}_report")
        self.table.setModel(self.model)
        # In file order until the clerk sorts: no arrow over the narrow Row title.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # Fit Column and Value to a good sample of the report, not only the rows in view.
        self.table.horizontalHeader().setResizeContentsPrecision(500)
        self.import_all, self.import_valid = QPushButton(), QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()
        self.retranslate()
        self.set_busy(True)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 120, width * 60)

    # -- what each import says (its subclass overrides all of these) ----------------------
    def read(self, path: Path) -> object:
        """On the jobs worker: the report of ``path``, nothing written."""

    def problems(self) -> Sequence[Any]:
        """The report's refused cells, one line each."""
        return ()

    def counts(self) -> tuple[int, int]:
        """How many rows the report refused and how many are valid."""
        return 0, 0

    def summary_text(self) -> str:
        """The report in a sentence."""
        return ""

    def run_import(self, valid_only: bool) -> None:
        """Write what was read: all of it, or with ``valid_only`` the valid rows."""

    def title(self) -> str:
        return ""

    # -- the report ----------------------------------------------------------------------
    def start(self) -> bool:
        """Ask for the file and read it; False (and nothing shown) when none was chosen."""
        chosen = self._choose(self)
        if not chosen:
            return False
        self.path = Path(chosen)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.say(
            QCoreApplication.translate("ImportReportDialog", "Reading {file}…").format(
                file=self.path.name
            )
        )
        self.read_again()
        self.open()
        return True

    def read_again(self) -> None:
        assert self.path is not None
        self._jobs.submit(
            partial(self.read, self.path), on_done=self._on_checked, on_failed=self.on_failed
        )

    def _on_checked(self, result: object) -> None:
        if not isValid(self):  # closed while the file was being read
            return
        self.report = result
        self.model.set_rows(self.problems())
        fit_columns(self.table, elastic=(3,))
        # A long cell value is cut (its tooltip has it whole): the rule is what to read.
        longest = self.table.fontMetrics().averageCharWidth() * 28
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), longest))
        self.set_busy(False)
        self.say(self.summary_text())
        self.checked.emit()

    def on_failed(self, error: object) -> None:
        assert isinstance(error, Exception)
        if not isValid(self):
            return
        self.set_busy(False)
        self.import_all.setEnabled(False)
        self.import_valid.setEnabled(False)
        self.say(error_text(error), error=True)
        self.checked.emit()

    def set_busy(self, busy: bool) -> None:
        ready = not busy and self.report is not None
        refused, valid = self.counts() if ready else (0, 0)
        self.import_all.setEnabled(ready and not refused and valid > 0)
        self.import_valid.setEnabled(ready and refused > 0 and valid > 0)
        for button in (self.import_all, self.import_valid):
            button.setDefault(button is self.import_all and button.isEnabled())

    def say(self, text: str, *, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")

    # -- layout and language -------------------------------------------------------------
    def _lay_out(self) -> None:
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.buttons.addButton(self.import_all, role)
        self.buttons.addButton(self.import_valid, role)
        self.import_all.clicked.connect(lambda: self.run_import(False))
        self.import_valid.clicked.connect(lambda: self.run_import(True))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)

    def retranslate(self) -> None:
        self.setWindowTitle(self.title())
        self.import_all.setText(QCoreApplication.translate("ImportReportDialog", "Import &all"))
        self.import_valid.setText(
            QCoreApplication.translate("ImportReportDialog", "Import the &valid rows")
        )
        self.import_valid.setToolTip(
            QCoreApplication.translate(
                "ImportReportDialog", "Leave the refused rows out and import the others"
            )
        )
        self.model.retranslate()
        if self.report is not None:
            self.say(self.summary_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
