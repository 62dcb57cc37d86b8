"""The Tariffs screen: the stored tariffs with the selected one's rates beside them, the
other-charge rules and the exchange rates; edit a tariff, import and export rate sheets.

Everything is read in one worker task (a few hundred rows at most) and filtered in memory.
Imports and exports run on the long-job worker (``jobs``); file dialogs are injectable so
tests never open a native one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.rate_import import ChooseFile, RateImportDialog, choose_sheet
from gui.row_model import ROW_ROLE, RowModel
from gui.screen import Screen
from gui.tables import fit_columns, make_table, restore_columns, save_columns
from gui.tariff_editor import TariffEditorDialog
from gui.tariffs_data import PriceLists, delete_tariff, export_sheet, load_price_lists
from gui.tariffs_fields import (
    CHARGE_FIELDS,
    CONTEXT,
    FX_FIELDS,
    RATE_FIELDS,
    SCR_FIELDS,
    TARIFF_FIELDS,
    rate_lines,
)
from gui.validators import IATA_CODE_LENGTH, AirportCodeValidator
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from pathlib import Path

    from core.domain.fx import ExchangeRate
    from core.domain.rating import CommodityRate
    from core.services.changes import ChangeSet
    from core.services.pricing import ChargeRuleView
    from core.services.tariffs import TariffView
    from gui.data import DataAccess
    from gui.tariffs_fields import RateLine

Confirm = Callable[[QWidget, str], bool]


def choose_export(parent: QWidget) -> str | None:
    title = QCoreApplication.translate(CONTEXT, "Export the tariffs")
    path, _ = QFileDialog.getSaveFileName(parent, title, "tariffs.xlsx", "Excel (*.xlsx)")
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path or None


def confirm_delete(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.windowTitle() or "FreightDesk", question)
    return answer == QMessageBox.StandardButton.Yes


class TariffsPage(Screen):
    def __init__(
        self,
        worker: BackgroundWorker,
        jobs: BackgroundWorker,
        choose_import: ChooseFile = choose_sheet,
        choose_export: ChooseFile = choose_export,
        confirm: Confirm = confirm_delete,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tariffs")
        self._worker, self._jobs = worker, jobs
        self._choose_import, self._choose_export, self._confirm = (
            choose_import,
            choose_export,
            confirm,
        )
        self._data: DataAccess | None = None
        self._lists: PriceLists | None = None
        self._fitted: set[str] = set()
        self.tariffs: RowModel[TariffView] = RowModel(CONTEXT, TARIFF_FIELDS, lambda v: v.id, self)
        self.rates: RowModel[RateLine] = RowModel(CONTEXT, RATE_FIELDS, lambda r: r.key, self)
        self.scrs: RowModel[CommodityRate] = RowModel(
            CONTEXT, SCR_FIELDS, lambda c: (c.code, c.min_weight_kg), self
        )
        self.charges: RowModel[ChargeRuleView] = RowModel(
            CONTEXT, CHARGE_FIELDS, lambda v: v.id, self
        )
        self.fx: RowModel[ExchangeRate] = RowModel(
            CONTEXT, FX_FIELDS, lambda r: (r.base, r.quote, r.valid_on), self
        )
        self.tariff_table = self._table("tariffs_table", self.tariffs)
        self.rates_table = self._table("tariff_rates_table", self.rates)
        self.scr_table = self._table("tariff_scr_table", self.scrs)
        self.charges_table = self._table("charge_rules_table", self.charges)
        self.fx_table = self._table("exchange_rates_table", self.fx)
        self.origin_edit, self.destination_edit = self._code_edit(), self._code_edit()
        self.origin_label, self.destination_label = QLabel(), QLabel()
        self.rates_label, self.scr_label = QLabel(), QLabel()
        self.edit_button, self.delete_button = QPushButton(), QPushButton()
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.tabs = QTabWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self._lay_out()
        self.tariff_table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.tariff_table.activated.connect(lambda _index: self.edit_selected())
        self.retranslate()
        self._show_selected()

    # -- Screen ----------------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        self._data = data
        self.refresh()

    def refresh(self) -> None:
        if self._data is None:
            return
        self.say(lambda: self.tr("Loading tariffs…"))
        self._worker.submit(partial(load_price_lists, self._data), on_done=self._on_loaded)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.origin_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.origin_edit.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        if Entity.TARIFF in changes:  # tariffs, other charges and exchange rates alike
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        for table in self._tables():
            save_columns(table, settings)
        settings.setValue("tariffs/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        for table in self._tables():
            if restore_columns(table, settings):
                self._fitted.add(table.objectName())  # the clerk's own widths win
        state = settings.value("tariffs/splitter")
        if state:
            self.splitter.restoreState(state)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.origin_label.setText(self.tr("Ori&gin:"))
        self.destination_label.setText(self.tr("&Destination:"))
        for edit in (self.origin_edit, self.destination_edit):
            edit.setPlaceholderText(self.tr("any"))
        self.rates_label.setText(self.tr("Rates"))
        self.scr_label.setText(self.tr("Specific commodity rates"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("De&lete…"))
        self.import_button.setText(self.tr("&Import rate sheet…"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        for index, title in enumerate(
            (self.tr("&Tariffs"), self.tr("Other &charges"), self.tr("Exchange &rates"))
        ):
            self.tabs.setTabText(index, title)
        for model in (self.tariffs, self.rates, self.scrs, self.charges, self.fx):
            model.retranslate()

    # -- loading and showing ---------------------------------------------------------------
    def _on_loaded(self, lists: object) -> None:
        assert isinstance(lists, PriceLists)
        self._lists = lists
        self.charges.set_rows(lists.charge_rules)
        self.fx.set_rows(lists.exchange_rates)
        self._filter()
        for table in self._tables():
            if table.objectName() not in self._fitted:
                self._fitted.add(table.objectName())
                fit_columns(table)
        self.loaded.emit()

    def _filter(self) -> None:
        """The loaded tariffs of the lane typed in the filter; the selection stays."""
        if self._lists is None:
            return
        chosen = self.selected()
        origin = self.origin_edit.text().strip().upper()
        destination = self.destination_edit.text().strip().upper()
        shown = [
            v
            for v in self._lists.tariffs
            if v.tariff.origin.startswith(origin) and v.tariff.destination.startswith(destination)
        ]
        self.tariffs.set_rows(shown)
        row = self.tariffs.row_of(chosen.id) if chosen else None
        self.tariff_table.selectRow(row if row is not None else 0)
        self._show_selected()
        count = len(shown)
        self.say(lambda: self.tr("%n tariffs", "", count))

    def selected(self) -> TariffView | None:
        index = self.tariff_table.selectionModel().currentIndex()
        view = index.data(ROW_ROLE) if index.isValid() else None
        return view  # type: ignore[no-any-return]

    def _show_selected(self, *_args: object) -> None:
        view = self.selected()
        self.rates.set_rows(rate_lines(view.tariff) if view else [])
        self.scrs.set_rows(view.tariff.commodity_rates if view else [])
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(view is not None and self._data is not None)

    # -- actions ---------------------------------------------------------------------------
    def edit_selected(self) -> TariffEditorDialog | None:
        view = self.selected()
        if view is None or self._data is None:
            return None
        dialog = TariffEditorDialog(view, self._data, self._worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        view = self.selected()
        if view is None or self._data is None:
            return
        t = view.tariff
        lane = f"{t.origin}–{t.destination} {t.carrier or ''}".strip()
        question = self.tr(
            "Delete the tariff {lane} valid from {day}? "
            "Bookings keep the price they were made with."
        ).format(lane=lane, day=t.valid_from.isoformat())
        if self._confirm(self, question):
            self._worker.submit(partial(delete_tariff, self._data, view.id))

    def import_sheet(self) -> RateImportDialog | None:
        if self._data is None:
            return None
        dialog = RateImportDialog(self._data, self._jobs, self._choose_import, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(
            lambda count: self.say(lambda: self.tr("%n tariffs imported", "", count))
        )
        return dialog if dialog.start() else None

    def export_sheet(self) -> None:
        chosen = self._choose_export(self) if self._data is not None else None
        if not chosen or self._data is None:
            return
        from pathlib import Path

        path = Path(chosen)
        self.say(lambda: self.tr("Exporting to {file}…").format(file=path.name))
        self._jobs.submit(
            partial(export_sheet, self._data, path), on_done=partial(self._on_exported, path)
        )

    def _on_exported(self, path: Path, count: object) -> None:
        n = int(count)  # type: ignore[call-overload]
        self.say(lambda: self.tr("%n tariffs exported to {file}", "", n).format(file=path.name))

    # -- layout ----------------------------------------------------------------------------
    def _tables(self) -> list[QTableView]:
        return [
            self.tariff_table,
            self.rates_table,
            self.scr_table,
            self.charges_table,
            self.fx_table,
        ]

    def _table(self, name: str, model: RowModel[object]) -> QTableView:  # type: ignore[type-var]
        table = make_table(name)
        table.setModel(model)
        return table

    def _code_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setValidator(AirportCodeValidator(edit))
        edit.setMaxLength(IATA_CODE_LENGTH)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("WWWWWW") + 24)
        edit.textChanged.connect(lambda _text: self._filter())
        return edit

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for label, edit in (
            (self.origin_label, self.origin_edit),
            (self.destination_label, self.destination_edit),
        ):
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
            bar.addSpacing(12)
        bar.addStretch(1)
        for button, action in (
            (self.edit_button, self.edit_selected),
            (self.delete_button, self.delete_selected),
            (self.import_button, self.import_sheet),
            (self.export_button, self.export_sheet),
        ):
            button.clicked.connect(action)
            bar.addWidget(button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in (
            (self.rates_label, 0),
            (self.rates_table, 3),
            (self.scr_label, 0),
            (self.scr_table, 2),
        ):
            column.addWidget(widget, stretch)
        self.rates_label.setBuddy(self.rates_table)
        self.scr_label.setBuddy(self.scr_table)
        self.splitter.addWidget(self.tariff_table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        tariffs_tab = QWidget()
        tab = QVBoxLayout(tariffs_tab)
        tab.addLayout(bar)
        tab.addWidget(self.splitter, 1)
        for widget in (tariffs_tab, self.charges_table, self.fx_table):
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
