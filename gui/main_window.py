"""The main window: a filter row over the upcoming flights, and a status bar.

It holds layout only; opening the database and loading flights is the controller's
(rule 8). Everything it needs is handed in: the worker, how to open the data, a clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.data import DataAccess
from gui.errors import error_text
from gui.flights_controller import FlightsController
from gui.flights_model import Column, FlightsModel
from gui.worker import BackgroundWorker

IATA_CODE_LENGTH = 3
ROW_PADDING = 8  # px above and below the text of a row
# Room between a right-aligned number and the left-aligned text beside it; the header
# padding lines its titles up with the text of the cells below.
CELL_STYLE = (
    "QTableView::item { padding: 0 8px; } QHeaderView::section { padding: 2px 10px 2px 12px; }"
)
ERROR_STYLE = "color: palette(bright-text); background: #b3261e; padding: 0 6px;"


class AirportCodeValidator(QValidator):
    """Letters only, upper-cased as typed; acceptable when blank (any) or three letters."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        code = text.upper()
        if not (code.isascii() and (code.isalpha() or not code)):
            return QValidator.State.Invalid, text, pos
        if len(code) in (0, IATA_CODE_LENGTH):
            return QValidator.State.Acceptable, code, pos
        return QValidator.State.Intermediate, code, pos


class MainWindow(QMainWindow):
    def __init__(
        self,
        worker: BackgroundWorker,
        open_data: Callable[[], DataAccess],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FreightDesk"))
        self.model = FlightsModel(self)
        self.controller = FlightsController(worker, open_data, self.model, today, self)
        self.origin_edit = self._code_edit(self.tr("Origin airport, e.g. CGO"))
        self.destination_edit = self._code_edit(self.tr("Destination airport, e.g. FRA"))
        self.table = self._build_table()
        self.setCentralWidget(self._build_centre())
        self.status_label, self.location_label = self._build_status_bar()
        self._build_menu()
        self._connect(worker)
        self._fitted = False
        self.resize(1120, 680)

    def start(self) -> None:
        """Open the database on the worker; flights load once it is open."""
        self._say(self.tr("Opening database…"))
        self.controller.open()

    def refresh(self) -> None:
        edits = (self.origin_edit, self.destination_edit)
        if not all(edit.hasAcceptableInput() for edit in edits):
            self._say(self.tr("Airport codes have three letters"), error=True)
            return
        self.controller.refresh(self.origin_edit.text(), self.destination_edit.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.close()
        super().closeEvent(event)

    def _code_edit(self, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setValidator(AirportCodeValidator(edit))
        edit.setMaxLength(IATA_CODE_LENGTH)
        edit.setPlaceholderText(self.tr("any"))
        edit.setToolTip(tip)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("WWWWWW") + 24)
        edit.returnPressed.connect(self.refresh)
        return edit

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.DEPARTS, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setStyleSheet(CELL_STYLE)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _build_centre(self) -> QWidget:
        filters = QHBoxLayout()
        for text, edit in (
            (self.tr("Ori&gin:"), self.origin_edit),
            (self.tr("&Destination:"), self.destination_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            filters.addWidget(label)
            filters.addWidget(edit)
            filters.addSpacing(12)
        show = QPushButton(self.tr("&Show flights"))
        show.clicked.connect(self.refresh)
        filters.addWidget(show)
        filters.addStretch(1)
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        return centre

    def _build_status_bar(self) -> tuple[QLabel, QLabel]:
        status, location = QLabel(), QLabel()
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(status, 1)
        self.statusBar().addPermanentWidget(location)
        return status, location

    def _build_menu(self) -> None:
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh)
        quit_ = QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(refresh)
        menu.addSeparator()
        menu.addAction(quit_)

    def _connect(self, worker: BackgroundWorker) -> None:
        self.controller.opened.connect(self._on_opened)
        self.controller.loading.connect(lambda: self._say(self.tr("Loading flights…")))
        self.controller.loaded.connect(self._on_loaded)
        worker.failed.connect(self._on_error)
        worker.crashed.connect(self._on_error)

    def _on_opened(self, location: str) -> None:
        self.location_label.setText(self.tr("Database: {location}").format(location=location))
        self.location_label.setToolTip(location)
        self.refresh()

    def _on_loaded(self, count: int) -> None:
        self.table.resizeColumnsToContents()
        if not self._fitted:  # once: afterwards the clerk's own window size wins
            self._fitted = True
            self._widen_to_fit_columns()
        self._say(self.tr("%n upcoming flights", "", count))

    def _widen_to_fit_columns(self) -> None:
        """Grow the window so every column shows whole, as far as the screen allows."""
        table, header = self.table, self.table.horizontalHeader()
        last = self.model.columnCount() - 1  # stretched, so its width says nothing
        wanted = sum(table.columnWidth(c) for c in range(last))
        wanted += max(table.sizeHintForColumn(last), header.sectionSizeHint(last))
        wanted += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        grow = wanted - table.width()
        screen = self.screen().availableGeometry().width()
        width = min(self.width() + grow, max(screen, self.width()))
        if grow > 0 and width > self.width():
            self.resize(width, self.height())

    def _on_error(self, _task_id: int, error: BaseException) -> None:
        self._say(error_text(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
