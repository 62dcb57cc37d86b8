"""Importing a parcel file into a consolidation: choose the file, read the report, decide
(gui.import_report). The import itself shows progress and can be cancelled: a cancelled
import leaves nothing."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from gui import consolidations_data
from gui.consolidations_data import ParcelReport, ReportLine
from gui.import_report import ChooseFile, ImportReportDialog, choose_file
from gui.jobs import JobProgress, start_job
from gui.row_model import Field
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from gui.data import DataAccess

CONTEXT = "ParcelImport"

REPORT_FIELDS: tuple[Field[ReportLine], ...] = (
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Row"), lambda p: str(p.row), lambda p: p.row, True),
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Column"), lambda p: p.column),
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Value"), lambda p: p.value, tooltip=lambda p: p.value),
    Field(QT_TRANSLATE_NOOP("ParcelImport", "Rule"), lambda p: p.rule, tooltip=lambda p: p.code),
)


def choose_parcel_file(parent: QWidget) -> str | None:
    return choose_file(
        parent,
        QCoreApplication.translate(CONTEXT, "Import parcels"),
        QCoreApplication.translate(CONTEXT, "Parcel files (*.xlsx *.csv)"),
    )


class ParcelImportDialog(ImportReportDialog):
    """Opened with ``start()``; ``imported(houses)`` once houses were written."""

    cancelled = Signal()  # the clerk cancelled the import: nothing was written

    def __init__(
        self,
        data: DataAccess,
        jobs: BackgroundWorker,
        consolidation: tuple[int, str],  # id and MAWB
        choose: ChooseFile = choose_parcel_file,
        parent: QWidget | None = None,
    ) -> None:
        self._data = data
        self.consolidation_id, self.mawb = consolidation
        self.progress: JobProgress | None = None  # the import under way
        super().__init__(
            jobs,
            choose,
            name="parcel_import",
            context=CONTEXT,
            fields=REPORT_FIELDS,
            key=lambda p: (p.row, p.column, p.code),
            parent=parent,
        )

    def read(self, path: Path) -> object:
        return consolidations_data.parcel_report(self._data, self.consolidation_id, path)

    def problems(self) -> Any:
        assert isinstance(self.report, ParcelReport)
        return self.report.problems

    def counts(self) -> tuple[int, int]:
        return self.report.refused, self.report.valid

    def title(self) -> str:
        return self.tr("Import parcels into {mawb}").format(mawb=self.mawb)

    def summary_text(self) -> str:
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

    # -- the import, with progress and Cancel --------------------------------------------
    def run_import(self, valid_only: bool) -> None:
        assert self.path is not None
        self.set_busy(True)
        self.say(self.tr("Importing…"))
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
        self.set_busy(False)
        self.say(self.tr("Import cancelled: nothing was imported."))
        self.cancelled.emit()

    def _on_job_ended(self) -> None:
        if isValid(self) and self.isVisible() and self.progress is not None:
            self.progress = None
            self.set_busy(False)

    def reject(self) -> None:
        if self.progress is not None:  # Escape during the import cancels the import
            self.progress.cancel()
            return
        super().reject()
