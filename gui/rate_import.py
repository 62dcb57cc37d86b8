"""Importing a rate sheet: choose the file, read the report, then decide (gui.import_report).

The import runs in one transaction and is quick (a sheet is small), so once started it is
not cancelled: Escape waits for its answer.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from shiboken6 import isValid

from gui.import_report import ChooseFile, ImportReportDialog, choose_file
from gui.row_model import Field
from gui.tariffs_data import check_sheet, import_sheet
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import Outcome
    from core.services.tariffs import RateSheetCheck, ReportLine, TariffImport
    from gui.data import DataAccess

CONTEXT = "RateImport"

REPORT_FIELDS: tuple[Field[ReportLine], ...] = (
    Field(QT_TRANSLATE_NOOP("RateImport", "Row"), lambda p: str(p.row), lambda p: p.row, True),
    Field(QT_TRANSLATE_NOOP("RateImport", "Column"), lambda p: p.column),
    Field(QT_TRANSLATE_NOOP("RateImport", "Value"), lambda p: p.value, tooltip=lambda p: p.value),
    Field(QT_TRANSLATE_NOOP("RateImport", "Reason"), lambda p: p.reason, tooltip=lambda p: p.code),
)


def choose_sheet(parent: QWidget) -> str | None:
    return choose_file(
        parent,
        QCoreApplication.translate(CONTEXT, "Import a rate sheet"),
        QCoreApplication.translate(CONTEXT, "Rate sheets (*.xlsx *.csv)"),
    )


class RateImportDialog(ImportReportDialog):
    """Opened with ``start()``; ``imported(count)`` when tariffs were written."""

    def __init__(
        self,
        data: DataAccess,
        jobs: BackgroundWorker,
        choose: ChooseFile = choose_sheet,
        parent: QWidget | None = None,
    ) -> None:
        self._data = data
        self._importing = False
        super().__init__(
            jobs,
            choose,
            name="rate_import",
            context=CONTEXT,
            fields=REPORT_FIELDS,
            key=lambda p: (p.row, p.column),
            parent=parent,
        )

    @property
    def check(self) -> RateSheetCheck | None:
        return self.report  # type: ignore[no-any-return]

    def read(self, path: Path) -> object:
        return check_sheet(path)

    def problems(self) -> Any:
        return self.report.problems

    def counts(self) -> tuple[int, int]:
        # Refused: any problem at all; valid: the tariffs the valid rows make.
        return len(self.report.problems), self.report.tariffs

    def title(self) -> str:
        return self.tr("Import a rate sheet")

    def summary_text(self) -> str:
        c = self.report
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

    def run_import(self, valid_only: bool) -> None:
        assert self.path is not None
        self.set_busy(True)
        self._importing = True  # too late to cancel: the import runs in one transaction
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.say(self.tr("Importing…"))
        self._jobs.submit(
            partial(import_sheet, self._data, self.path, valid_only),
            on_done=self._on_imported,
            on_failed=self.on_failed,
        )

    def on_failed(self, error: object) -> None:
        self._importing = False
        if isValid(self):
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        super().on_failed(error)

    def _on_imported(self, result: object) -> None:
        outcome: Outcome[TariffImport] = result  # type: ignore[assignment]
        report = outcome.value
        self._importing = False
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        if report.imported == 0 and report.problems:  # the file changed since it was read
            self.read_again()
            return
        self.imported.emit(report.imported)
        self.accept()

    def reject(self) -> None:
        if not self._importing:  # Escape during the import: its result is on its way
            super().reject()
