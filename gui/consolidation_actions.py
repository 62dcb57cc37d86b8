"""What the clerk can do on the Consolidations screen, with their shortcuts. Mixed into
ConsolidationsPage (gui.consolidations_page), which holds the lists.

Results come back through the worker's ChangeSet (Entity.CONSOLIDATION): the page
refreshes itself like every screen. A refusal the clerk can act on (tendered pieces, a
close refused for blocked houses) is shown beside the field or the actions, not in a box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from gui import consolidations_data
from gui.errors import error_text, field_message

if TYPE_CHECKING:
    from core.services.consolidation_views import ConsolidationView
    from gui.consolidation_check import CheckDialog
    from gui.consolidation_houses import HousesPanel
    from gui.consolidation_import import ChooseFile
    from gui.data import DataAccess
    from gui.worker import BackgroundWorker

ExportChooser = Callable[[QWidget, str], str | None]  # parent, suggested name -> path

PAGE = "ConsolidationsPage"
# Method of the page -> its shortcut ("" none). Ctrl+N stays the booking editor's.
ACTIONS = {
    "new_consolidation": "Ctrl+Shift+N",
    "import_parcels": "Ctrl+I",
    "check": "Ctrl+K",
    "house_manifest": "Ctrl+P",
    "export_customs": "Ctrl+E",
    "close_consolidation": "",
    "reopen": "",
    "remove_houses": "Del",
}
TEXTS = {
    "new_consolidation": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "&New consolidation…"),
        QT_TRANSLATE_NOOP(
            "ConsolidationsPage", "Book a master AWB on a flight for e-commerce houses"
        ),
    ),
    "import_parcels": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "&Import parcels…"),
        QT_TRANSLATE_NOOP("ConsolidationsPage", "Add houses from a CSV or XLSX parcel file"),
    ),
    "check": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "Chec&k"),
        QT_TRANSLATE_NOOP("ConsolidationsPage", "Customs and lithium checks, house by house"),
    ),
    "house_manifest": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "House &manifest"),
        QT_TRANSLATE_NOOP("ConsolidationsPage", "The house manifest PDF of this master AWB"),
    ),
    "export_customs": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "&Export customs data…"),
        QT_TRANSLATE_NOOP("ConsolidationsPage", "The broker's file, CSV or XLSX"),
    ),
    "close_consolidation": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "C&lose"),
        QT_TRANSLATE_NOOP("ConsolidationsPage", "Documents final: no more changes"),
    ),
    "reopen": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "&Reopen…"),
        QT_TRANSLATE_NOOP("ConsolidationsPage", "Reopen a closed consolidation, saying why"),
    ),
    "remove_houses": (
        QT_TRANSLATE_NOOP("ConsolidationsPage", "Remove &house"),
        QT_TRANSLATE_NOOP("ConsolidationsPage", "Take the selected house off the consolidation"),
    ),
}
NEEDS_OPEN = frozenset({"import_parcels", "close_consolidation", "remove_houses"})


def texts() -> dict[str, tuple[str, str]]:
    return {name: (_tr(text), _tr(tip)) for name, (text, tip) in TEXTS.items()}


def _tr(text: str) -> str:
    return QCoreApplication.translate(PAGE, text)


def choose_export(parent: QWidget, suggested: str) -> str | None:
    """The native save dialog; tests pass their own chooser instead."""
    kinds = _tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export customs data"), suggested, kinds)
    return path or None


class ConsolidationActions:
    """The page's actions; expects the page's worker, jobs, data, lists and choosers."""

    worker: BackgroundWorker
    jobs: BackgroundWorker
    data: DataAccess | None
    today: Callable[[], date]
    houses: HousesPanel
    tendered_edit: QLineEdit
    choose_file: ChooseFile
    choose_export: Callable[[QWidget, str], str | None] | None
    _select_next: int | None
    check_dialog: CheckDialog | None = None
    import_dialog: Any = None
    form: Any = None
    document: Any = None
    exported: Any = None  # the last export's report

    if TYPE_CHECKING:

        def selected(self) -> ConsolidationView | None: ...
        def show_error(self, text: str | None) -> None: ...
        def say(self, text: Callable[[], str], *, error: bool = False) -> None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def enabled(self, name: str, c: ConsolidationView | None) -> bool:
        if name == "new_consolidation":
            return self.data is not None
        if c is None:
            return False
        if name == "reopen":
            return c.state == "closed"
        if name == "remove_houses":
            return c.state == "open" and bool(self.houses.selected_houses())
        return c.state == "open" if name in NEEDS_OPEN else True

    def make_shortcuts(self) -> None:
        for name, keys in ACTIONS.items():
            if keys:
                shortcut = QShortcut(QKeySequence(keys), self._widget())
                # The page's own keys: Ctrl+I also issues an invoice on the Invoices page.
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(partial(self._if_enabled, name))

    def _if_enabled(self, name: str) -> None:
        if self.enabled(name, self.selected()):
            getattr(self, name)()

    # -- new ---------------------------------------------------------------------------------
    def new_consolidation(self) -> None:
        if self.data is None:
            return
        from gui.consolidation_new import NewConsolidationDialog

        dialog = NewConsolidationDialog(self.worker, self.data, self._widget())
        dialog.created.connect(lambda view: setattr(self, "_select_next", view.id))
        self.form = dialog
        dialog.finished.connect(lambda _r: self._widget().activateWindow())
        dialog.open()

    # -- import ------------------------------------------------------------------------------
    def import_parcels(self) -> None:
        c = self.selected()
        if self.data is None or c is None:
            return
        from gui.consolidation_import import ParcelImportDialog

        dialog = ParcelImportDialog(
            self.data, self.jobs, (c.id, c.mawb), self.choose_file, self._widget()
        )
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.start()

    def _imported(self, count: int) -> None:
        self.say(lambda: QCoreApplication.translate(PAGE, "%n houses imported", "", count))

    # -- check -------------------------------------------------------------------------------
    def check(self) -> None:
        c = self.selected()
        if self.data is None or c is None:
            return
        self.say(lambda: _tr("Checking {mawb}…").format(mawb=c.mawb))
        self.worker.submit(
            partial(consolidations_data.check, self.data, c.id, c.flight_date),
            on_done=partial(self._show_check, c.mawb),
        )

    def _show_check(self, mawb: str, result: object) -> None:
        from gui.consolidation_check import CheckDialog

        if self.check_dialog is not None:
            self.check_dialog.close()
        self.check_dialog = CheckDialog(mawb, result, self._widget())  # type: ignore[arg-type]
        self.say(lambda: self.check_dialog.summary_text() if self.check_dialog else "")
        self.check_dialog.show()

    # -- documents and exports ---------------------------------------------------------------
    def house_manifest(self) -> None:
        c = self.selected()
        if self.data is None or c is None:
            return
        from gui.document_view import show_document

        self.document = show_document(
            self._widget(),
            self.jobs,
            title=_tr("House manifest {mawb}").format(mawb=c.mawb),
            make_pdf=partial(consolidations_data.house_manifest_pdf, self.data, c.id),
            file_name=f"house-manifest-{c.mawb}.pdf",
        )

    def export_customs(self) -> None:
        c = self.selected()
        if self.data is None or c is None:
            return
        from gui.consolidation_actions import choose_export as native

        chooser = self.choose_export or native
        chosen = chooser(self._widget(), f"customs-{c.mawb}.xlsx")
        if not chosen:
            return
        path = Path(chosen)
        self.say(lambda: _tr("Exporting {file}…").format(file=path.name))
        self.jobs.submit(
            partial(consolidations_data.export_customs, self.data, c.id, path),
            on_done=self._exported,
            on_failed=lambda e: self.say(lambda: error_text(e), error=True),
        )

    def _exported(self, report: Any) -> None:
        self.exported = report
        self.say(
            lambda: _tr("{houses} houses, {rows} lines written to {file}").format(
                houses=report.houses, rows=report.rows, file=Path(report.path).name
            )
        )

    # -- tendered pieces, close, reopen, remove ----------------------------------------------
    def set_tendered_pieces(self) -> None:
        c = self.selected()
        if self.data is None or c is None:
            return
        self._select_next = c.id
        self.worker.submit(
            partial(consolidations_data.set_tendered_pieces, self.data, c.id,
                    self.tendered_edit.text()),
            on_done=lambda _o: self.show_error(None),
            on_failed=self._refused,
        )  # fmt: skip

    def close_consolidation(self) -> None:
        c = self.selected()
        if self.data is None or c is None:
            return
        self._select_next = c.id
        self.worker.submit(
            partial(consolidations_data.close, self.data, c.id),
            on_done=lambda _o: self.show_error(None),
            on_failed=self._refused,
        )

    def reopen(self) -> None:
        c = self.selected()
        if self.data is None or c is None:
            return
        reason, ok = QInputDialog.getText(
            self._widget(),
            _tr("Reopen {mawb}").format(mawb=c.mawb),
            _tr("Why is it reopened? (kept with your name)"),
        )
        self.reopen_with(c, reason) if ok else None

    def reopen_with(self, c: ConsolidationView, reason: str) -> None:
        """Reopen ``c`` for ``reason``; a blank reason is refused beside the actions."""
        if self.data is None:
            return
        if not reason.strip():
            self.show_error(_tr("A reason is required to reopen a consolidation"))
            return
        self._select_next = c.id
        self.worker.submit(
            partial(consolidations_data.reopen, self.data, c.id, reason),
            on_done=lambda _o: self.show_error(None),
            on_failed=self._refused,
        )

    def remove_houses(self) -> None:
        rows = self.houses.selected_houses()
        c = self.selected()
        if self.data is None or c is None or not rows:
            return
        self._select_next = c.id
        self.worker.submit(
            partial(consolidations_data.remove_houses, self.data, [r.id for r in rows]),
            on_done=lambda _o: self.show_error(None),
            on_failed=self._refused,
        )

    def _refused(self, error: object) -> None:
        """Shown beside the tendered pieces and the actions; the field at fault takes focus."""
        field, text = field_message(error)  # type: ignore[arg-type]
        self.show_error(text)
        if field == "tendered_pieces":
            self.tendered_edit.setFocus()
            self.tendered_edit.selectAll()
