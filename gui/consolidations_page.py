"""The Consolidations screen: master AWBs of e-commerce cargo and, below, the chosen one's
houses (tens of thousands, paged in SQL by gui.consolidation_houses).

The actions (new, import parcels, check, house manifest, customs export, tendered pieces,
close and reopen, remove houses) are in gui.consolidation_actions. The screen refreshes
when a service reports a changed consolidation (on_changes), never by polling.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import consolidations_data
from gui.consolidation_actions import ACTIONS, ConsolidationActions, ExportChooser, texts
from gui.consolidation_houses import HousesPanel
from gui.consolidation_import import ChooseFile, choose_parcel_file
from gui.flights_model import format_quantity
from gui.paged_model import DEFAULT_PAGE_SIZE
from gui.row_model import Field, RowModel
from gui.screen import Screen
from gui.tables import fit_columns, make_table, restore_columns, save_columns
from gui.tariff_editor import error_style
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from core.services.consolidation_views import ConsolidationView
    from gui.data import DataAccess

CONTEXT = "ConsolidationsModel"
CLOSED = QColor("#7a7a7a")
STATES = {
    "open": QT_TRANSLATE_NOOP("ConsolidationsModel", "Open"),
    "closed": QT_TRANSLATE_NOOP("ConsolidationsModel", "Closed"),
}


def _state(row: ConsolidationView) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, STATES.get(row.state, row.state))


def _quantity(value: object) -> str:
    return "" if value is None else format_quantity(value)  # type: ignore[arg-type]


FIELDS: tuple[Field[ConsolidationView], ...] = (
    Field(QT_TRANSLATE_NOOP("ConsolidationsModel", "MAWB"), lambda r: r.mawb),
    Field(QT_TRANSLATE_NOOP("ConsolidationsModel", "Flight"), lambda r: r.flight_number),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "Date"),
        lambda r: r.flight_date.isoformat(),
        sort_key=lambda r: r.flight_date,
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "Route"), lambda r: f"{r.origin} → {r.destination}"
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "State"),
        _state,
        foreground=lambda r: CLOSED if r.state == "closed" else None,
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "Houses"),
        lambda r: _quantity(r.houses),
        sort_key=lambda r: r.houses,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "Pcs"),
        lambda r: _quantity(r.pieces),
        sort_key=lambda r: r.pieces,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "Gross kg"),
        lambda r: _quantity(r.gross_weight_kg),
        sort_key=lambda r: r.gross_weight_kg,
        numeric=True,
        tooltip=lambda r: _booked_tip(r),
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "m³"),
        lambda r: _quantity(r.volume_m3),
        sort_key=lambda r: r.volume_m3,
        numeric=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationsModel", "Tendered pcs"),
        lambda r: _quantity(r.tendered_pieces),
        sort_key=lambda r: r.tendered_pieces or 0,
        numeric=True,
    ),
)


def _booked_tip(row: ConsolidationView) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        CONTEXT, "Booked with the airline: {kg} kg, {m3} m³; the master holds {held} kg"
    ).format(
        kg=format_quantity(row.booked_weight_kg),
        m3=format_quantity(row.booked_volume_m3),
        held=format_quantity(row.master_weight_kg),
    )


class ConsolidationsPage(ConsolidationActions, Screen):
    def __init__(
        self,
        worker: BackgroundWorker,
        jobs: BackgroundWorker,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        choose_file: ChooseFile = choose_parcel_file,
        choose_export: ExportChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consolidations")
        self.worker, self.jobs, self.today = worker, jobs, today
        self.choose_file = choose_file
        self.choose_export = choose_export
        self.data: DataAccess | None = None
        self._select_next: int | None = None
        self.model: RowModel[ConsolidationView] = RowModel(
            CONTEXT, FIELDS, key=lambda r: r.id, parent=self
        )
        self.table = make_table("consolidations_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.houses = HousesPanel(worker, page_size)
        self.buttons = {name: QPushButton() for name in ACTIONS}
        self.detail = QLabel()
        self.tendered_label = QLabel()
        self.tendered_edit = QLineEdit()
        self.tendered_edit.setObjectName("tendered_pieces")
        self.tendered_edit.setMaxLength(6)
        self.tendered_edit.setFixedWidth(
            self.tendered_edit.fontMetrics().horizontalAdvance("0") * 8 + 24
        )
        self.tendered_label.setBuddy(self.tendered_edit)
        self.tendered_button = QPushButton()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style(self))
        self.error_label.hide()
        self._fitted = False
        self._lay_out()
        self._connect()
        self.retranslate()
        self._enable()

    # -- Screen ----------------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        self.data = data
        self.worker.submit(
            consolidations_data.house_sorts,
            on_done=lambda sorts: self.houses.controller.attach(data, sorts),
        )
        self.refresh()

    def refresh(self) -> None:
        if self.data is None:
            return
        self.say(lambda: self.tr("Loading consolidations…"))
        self.worker.submit(
            lambda: consolidations_data.list_consolidations(self.data),  # type: ignore[arg-type]
            on_done=self._on_listed,
        )

    def focus_search(self) -> None:
        self.houses.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.houses.filter_edit.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        if Entity.CONSOLIDATION in changes or Entity.CONSIGNMENT in changes:
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        save_columns(self.table, settings)
        save_columns(self.houses.table, settings)
        settings.setValue("consolidations/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        if restore_columns(self.table, settings):
            self._fitted = True
        if restore_columns(self.houses.table, settings):
            self.houses._fitted = True
        state = settings.value("consolidations/splitter")
        if state:
            self.splitter.restoreState(state)

    def retranslate(self) -> None:
        for name, (text, tip) in texts().items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(f"{tip} ({ACTIONS[name]})" if ACTIONS[name] else tip)
        self.tendered_label.setText(self.tr("&Tendered pieces:"))
        self.tendered_edit.setToolTip(
            self.tr("Bags or pallets handed to the airline, not the number of parcels")
        )
        self.tendered_button.setText(self.tr("&Set"))
        self.model.retranslate()
        self.houses.retranslate()
        self._show_detail()

    # -- the list ----------------------------------------------------------------------------
    def selected(self) -> ConsolidationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, consolidation_id: int) -> None:
        row = self.model.row_of(consolidation_id)
        if row is not None:
            self.table.selectRow(row)

    def _on_listed(self, rows: object) -> None:
        assert isinstance(rows, list)
        chosen = self._select_next or (self.selected().id if self.selected() else None)
        self._select_next = None
        self.model.set_rows(rows)
        if not self._fitted and rows:
            self._fitted = True
            fit_columns(self.table)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self._on_selection()
        self.say(lambda: self.tr("%n consolidations", "", len(rows)))
        self.loaded.emit()

    def _on_selection(self) -> None:
        chosen = self.selected()
        shown = self.houses.controller.consolidation_id
        if chosen is None or chosen.id != shown:
            self.houses.show_houses(chosen.id if chosen else None)
        else:
            self.houses.search()  # the same consolidation, changed: its houses again
        self.tendered_edit.setText("" if chosen is None else str(chosen.tendered_pieces or ""))
        self.show_error(None)
        self._show_detail()
        self._enable()

    def _show_detail(self) -> None:
        c = self.selected()
        if c is None:
            self.detail.setText(self.tr("No consolidation chosen"))
            return
        self.detail.setText(
            self.tr(
                "{mawb} on {flight}: {houses} houses, {kg} kg of {booked} kg booked, {state}"
            ).format(
                mawb=c.mawb,
                flight=c.flight_label,
                houses=format_quantity(c.houses),
                kg=format_quantity(c.gross_weight_kg),
                booked=format_quantity(c.booked_weight_kg),
                state=_state(c),
            )
        )

    def show_error(self, text: str | None) -> None:
        """Beside the tendered pieces and the actions: what the last action was refused for."""
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))

    def _enable(self) -> None:
        c = self.selected()
        is_open = c is not None and c.state == "open"
        for name, button in self.buttons.items():
            button.setEnabled(self.enabled(name, c))
        self.tendered_edit.setEnabled(is_open)
        self.tendered_button.setEnabled(is_open)

    # -- building ----------------------------------------------------------------------------
    def _lay_out(self) -> None:
        # Two rows, so the page fits a narrow window: making and reading, then changing.
        names = list(ACTIONS)
        half = (len(names) + 1) // 2
        bar = QVBoxLayout()
        for part in (names[:half], names[half:]):
            row = QHBoxLayout()
            for name in part:
                row.addWidget(self.buttons[name])
            row.addStretch(1)
            bar.addLayout(row)
        # A long detail line elides rather than widening the window.
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        strip = QHBoxLayout()
        strip.addWidget(self.detail, 1)
        strip.addWidget(self.tendered_label)
        strip.addWidget(self.tendered_edit)
        strip.addWidget(self.tendered_button)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(strip)
        column.addWidget(self.error_label)
        column.addWidget(self.houses, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        for name, button in self.buttons.items():
            button.clicked.connect(partial(self._if_enabled, name))
        self.make_shortcuts()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.model.modelReset.connect(self._enable)
        self.tendered_edit.returnPressed.connect(self.set_tendered_pieces)
        self.tendered_button.clicked.connect(self.set_tendered_pieces)
        self.houses.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.houses.model.modelReset.connect(self._enable)
