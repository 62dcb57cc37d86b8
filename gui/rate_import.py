"""Importing a rate sheet: choose the file, read the report, then decide.

The sheet is first only read (on the long-job worker), and every problem listed as the
clerk finds it in Excel: row, column, the cell's value and why. "Import all" is offered
only when no row was refused (the import is all or nothing); "Import the valid rows" is
the clerk's explicit choice to leave the refused ones out. Cancel writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

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

from gui.errors import error_text
from gui.row_model import Field, RowModel
from gui.tables import fit_columns, make_table
from gui.tariff_editor import error_style
from gui.tariffs_data import check_sheet, import_sheet
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import Outcome
    from core.services.tariffs import RateSheetCheck, ReportLine, TariffImport
    from gui.data import DataAccess

CONTEXT = "RateImport"
ChooseFile = Callable[[QWidget], str | None]

REPORT_FIELDS: tuple[Field[ReportLine], ...] = (
    Field(QT_TRANSLATE_NOOP("RateImport", "Row"), lambda p: str(p.row), lambda p: p.row, True),
    Field(QT_TRANSLATE_NOOP("RateImport", "Column"), lambda p: p.column),
    Field(QT_TRANSLATE_NOOP("RateImport", "Value"), lambda p: p.value),
    Field(QT_TRANSLATE_NOOP("RateImport", "Reason"), lambda p: p.reason, tooltip=lambda p: p.code),
)


def choose_sheet(parent: QWidget) -> str | None:
    """The native open dialog; tests pass their own chooser instead."""
    title = QCoreApplication.translate(CONTEXT, "Import a rate sheet")
    kinds = QCoreApplication.translate(CONTEXT, "Rate sheets (*.xlsx *.csv)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


class RateImportDialog(QDialog):
    """Opened with ``start()``; ``imported(count)`` when tariffs were written."""

    imported = Signal(int)
    checked = Signal()  # the report is shown (or why the file could not be read)

    def __init__(
        self,
        data: DataAccess,
        jobs: BackgroundWorker,
        choose_file: ChooseFile = choose_sheet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rate_import")
        self._data, self._jobs, self._choose = data, jobs, choose_file
        self.path: Path | None = None
        self._importing = False
        self.check: RateSheetCheck | None = None
        self.file_label, self.summary = QLabel(), QLabel()
        self.summary.setWordWrap(True)
        self.model: RowModel[ReportLine] = RowModel(
            CONTEXT, REPORT_FIELDS, key=lambda p: (p.row, p.column), parent=self
        )
        self.table = make_table("rate_import_report")
        self.table.setModel(self.model)
        # In sheet order until the clerk sorts: no arrow over the narrow Row title.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.import_all, self.import_valid = QPushButton(), QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()
        self._retranslate()
        self._set_busy(True)
        self.resize(900, 480)

    def start(self) -> bool:
        """Ask for the file and read it; False (and nothing shown) when none was chosen."""
        chosen = self._choose(self)
        if not chosen:
            return False
        self.path = Path(chosen)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self._say(self.tr("Reading {file}…").format(file=self.path.name))
        self._jobs.submit(
            partial(check_sheet, self.path), on_done=self._on_checked, on_failed=self._on_failed
        )
        self.open()
        return True

    # -- the report ----------------------------------------------------------------------
    def _on_checked(self, result: object) -> None:
        if not isValid(self):  # cancelled while the sheet was being read
            return
        self.check = result  # type: ignore[assignment]
        assert self.check is not None
        self.model.set_rows(self.check.problems)
        fit_columns(self.table, elastic=(3,))
        self._set_busy(False)
        self._say(self._summary_text())
        self.checked.emit()

    def _summary_text(self) -> str:
        c = self.check
        if c is None:
            return ""
        if not c.problems:
            return self.tr(
                "%n rows read, all valid: %1 tariffs to import.", "", c.rows_read
            ).replace("%1", str(c.tariffs))
        refused = c.rows_read - c.valid_rows
        text = self.tr("%n rows read; %1 refused, %2 valid. Nothing is imported", "", c.rows_read)
        text = text.replace("%1", str(refused)).replace("%2", str(c.valid_rows))
        if c.valid_rows:
            return text + self.tr(" unless you choose to import the valid rows.")
        return text + self.tr(": correct the sheet and import it again.")

    def _on_failed(self, error: object) -> None:
        assert isinstance(error, Exception)
        if not isValid(self):
            return
        self._importing = False
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self._set_busy(False)
        self.import_all.setEnabled(False)
        self.import_valid.setEnabled(False)
        self._say(error_text(error), error=True)
        self.checked.emit()

    # -- the decision --------------------------------------------------------------------
    def _run_import(self, valid_rows_only: bool) -> None:
        assert self.path is not None
        self._set_busy(True)
        self._importing = True  # too late to cancel: the import runs in one transaction
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self._say(self.tr("Importing…"))
        self._jobs.submit(
            partial(import_sheet, self._data, self.path, valid_rows_only),
            on_done=self._on_imported,
            on_failed=self._on_failed,
        )

    def _on_imported(self, result: object) -> None:
        outcome: Outcome[TariffImport] = result  # type: ignore[assignment]
        report = outcome.value
        self._importing = False
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        if report.imported == 0 and report.problems and self.path is not None:  # file changed
            self._jobs.submit(
                partial(check_sheet, self.path), on_done=self._on_checked, on_failed=self._on_failed
            )
            return
        self.imported.emit(report.imported)
        self.accept()

    def reject(self) -> None:
        if not self._importing:  # Escape during the import: its result is on its way
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        c = self.check
        ready = not busy and c is not None
        self.import_all.setEnabled(ready and c is not None and not c.problems and c.tariffs > 0)
        self.import_valid.setEnabled(ready and c is not None and bool(c.problems) and c.tariffs > 0)
        default = self.import_all if self.import_all.isEnabled() else None
        for button in (self.import_all, self.import_valid):
            button.setDefault(button is default)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(error_style(self) if error else "")

    # -- layout and language -------------------------------------------------------------
    def _lay_out(self) -> None:
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.buttons.addButton(self.import_all, role)
        self.buttons.addButton(self.import_valid, role)
        self.import_all.clicked.connect(lambda: self._run_import(False))
        self.import_valid.clicked.connect(lambda: self._run_import(True))
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
        self.setWindowTitle(self.tr("Import a rate sheet"))
        self.import_all.setText(self.tr("Import &all"))
        self.import_valid.setText(self.tr("Import the &valid rows"))
        self.import_valid.setToolTip(self.tr("Leave the refused rows out and import the others"))
        self.model.retranslate()
        if self.check is not None:
            self._say(self._summary_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
