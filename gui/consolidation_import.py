"""Importing a parcel file into a consolidation: choose the file, read the report, decide.

The file is first only read and checked (on the long-job worker): every refused row is
listed as the clerk finds it in Excel, row, column, the cell's value and the rule, and the
table sorts by any of them. "Import all" is offered only when no row was refused (the
import is all or nothing); "Import the valid rows" is the clerk's explicit choice. The
import itself shows progress and can be cancelled: a cancelled import leaves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
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

from gui import consolidations_data
from gui.consolidations_data import ParcelReport, ReportLine
from gui.errors import error_text
from gui.jobs import JobProgress, start_job
from gui.row_model import Field, RowModel
from gui.tables import fit_columns, make_table
from gui.tariff_editor import error_style
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from gui.data import DataAccess

CONTEXT = "ParcelImport"
ChooseFile = Callable[[QWidget], str | None]

REPORT_FIELDS: tuple[Field[ReportLine], ...] = (
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Row"), lambda p: str(p.row), lambda p: p.row, True),
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Column"), lambda p: p.column),
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Value"), lambda p: p.value, tooltip=lambda p: p.value),
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Rule"), lambda p: p.rule, tooltip=lambda p: p.code),
)


def choose_parcel_file(parent: QWidget) -> str | None:
    """The native open dialog; tests pass their own chooser instead."""
    title = QCoreApplication.translate(CONTEXT, "Import parcels")
    kinds = QCoreApplication.translate(CONTEXT, "Parcel files (*.xlsx *.csv)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


class ParcelImportDialog(QDialog):
    """Opened with ``start()``; ``imported(houses)`` once houses were written."""

    imported = Signal(int)
    checked = Signal()  # the report is shown (or why the file could not be read)
    cancelled = Signal()  # the clerk cancelled the import: nothing was written

    def __init__(
        self,
        data: DataAccess,
        jobs: BackgroundWorker,
        consolidation: tuple[int, str],  # id and MAWB
        choose_file: ChooseFile = choose_parcel_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parcel_import")
        self._data, self._jobs, self._choose = data, jobs, choose_file
        self.consolidation_id, self.mawb = consolidation
        self.path: Path | None = None
        self.report: ParcelReport | None = None
        self.progress: JobProgress | None = None  # the import under way
        self.file_label, self.summary = QLabel(), QLabel()
        self.summary.setWordWrap(True)
        self.model: RowModel[ReportLine] = RowModel(
            CONTEXT, REPORT_FIELDS, key=lambda p: (p.row, p.column, p.code), parent=self
        )
        self.table = make_table("parcel_import_report")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # Fit Column and Value to a good sample of the report, not only the rows in view.
        self.table.horizontalHeader().setResizeContentsPrecision(500)
        self.import_all, self.import_valid = QPushButton(), QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()
        self._retranslate()
        self._set_busy(True)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 120, width * 60)

    def start(self) -> bool:
        """Ask for the file and read it; False (and nothing shown) when none was chosen."""
        chosen = self._choose(self)
        if not chosen:
            return False
        self.path = Path(chosen)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self._say(self.tr("Reading {file}…").format(file=self.path.name))
        read = partial(consolidations_data.parcel_report, self._data, self.consolidation_id)
        self._jobs.submit(
            partial(read, self.path), on_done=self._on_checked, on_failed=self._on_failed
        )
        self.open()
        return True

    # -- the report ----------------------------------------------------------------------
    def _on_checked(self, result: object) -> None:
        if not isValid(self):  # closed while the file was being read
            return
        assert isinstance(result, ParcelReport)
        self.report = result
        self.model.set_rows(result.problems)
        fit_columns(self.table, elastic=(3,))
        # A long cell value is cut (its tooltip has it whole): the rule is what to read.
        longest = self.table.fontMetrics().averageCharWidth() * 28
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), longest))
        self._set_busy(False)
        self._say(self._summary_text())
        self.checked.emit()

    def _summary_text(self) -> str:
        r = self.report
        if r is None:
            return ""
        text = self.tr("%n rows read", "", r.rows)
        if r.duplicates:
            text += self.tr("; %n already imported (skipped)", "", r.duplicates)
        if not r.refused:
            if not r.valid:
                return text + self.tr(": nothing new to import.")
            return text + self.tr(": all valid, ready to import.")
        text += self.tr("; %n refused, so nothing is imported", "", r.refused)
        if r.valid:
            return text + self.tr(" unless you choose to import the valid rows.")
        return text + self.tr(": correct the file and import it again.")

    def _on_failed(self, error: object) -> None:
        assert isinstance(error, Exception)
        if not isValid(self):
            return
        self._set_busy(False)
        self.import_all.setEnabled(False)
        self.import_valid.setEnabled(False)
        self._say(error_text(error), error=True)
        self.checked.emit()

    # -- the decision --------------------------------------------------------------------
    def run_import(self, valid_only: bool) -> None:
        assert self.path is not None
        self._set_busy(True)
        self._say(self.tr("Importing…"))
        work = partial(
            consolidations_data.import_parcels,
            self._data,
            self.consolidation_id,
            self.path,
            valid_only,
        )
        self.progress = start_job(
            self,
            self._jobs,
            self.tr("Importing parcels into {mawb}…").format(mawb=self.mawb),
            lambda progress: work(progress),
            on_done=self._on_imported,
            on_cancelled=self._on_cancelled,
            what="parcel import",
        )
        # A failed import (the file changed, space ran out) goes to the presenter; the
        # dialog only needs its buttons back.
        self.progress.finished.connect(self._on_job_ended, Qt.ConnectionType.QueuedConnection)

    def _on_imported(self, outcome: Any) -> None:
        self.progress = None
        if not isValid(self):
            return
        self.imported.emit(consolidations_data.imported_count(outcome))
        self.accept()

    def _on_cancelled(self) -> None:
        self.progress = None
        if not isValid(self):
            return
        self._set_busy(False)
        self._say(self.tr("Import cancelled: nothing was imported."))
        self.cancelled.emit()

    def _on_job_ended(self) -> None:
        if isValid(self) and self.isVisible() and self.progress is not None:
            self.progress = None
            self._set_busy(False)

    def reject(self) -> None:
        if self.progress is not None:  # Escape during the import cancels the import
            self.progress.cancel()
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        r = self.report
        ready = not busy and r is not None
        self.import_all.setEnabled(ready and r is not None and not r.refused and r.valid > 0)
        self.import_valid.setEnabled(ready and r is not None and r.refused > 0 and r.valid > 0)
        for button in (self.import_all, self.import_valid):
            button.setDefault(button is self.import_all and button.isEnabled())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(error_style(self) if error else "")

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

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import parcels into {mawb}").format(mawb=self.mawb))
        self.import_all.setText(self.tr("Import &all"))
        self.import_valid.setText(self.tr("Import the &valid rows"))
        self.import_valid.setToolTip(self.tr("Leave the refused rows out and import the others"))
        self.model.retranslate()
        if self.report is not None:
            self._say(self._summary_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
