"""How every list in the app looks and remembers its columns (QSettings, per table)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView

ROW_PADDING = 8  # px above and below the text of a row
# Room between a right-aligned number and the left-aligned text beside it; the header
# padding lines its titles up with the text of the cells below.
CELL_STYLE = (
    "QTableView::item { padding: 0 6px; } QHeaderView::section { padding: 2px 8px 2px 10px; }"
)
HEADER_PADDING = 24  # the section's padding above, and its frame
SORT_ARROW = 16


def make_table(name: str) -> QTableView:
    """A read-only list of rows: one selected row at a time, no grid, alternating rows."""
    table = QTableView()
    table.setObjectName(name)
    table.setSortingEnabled(True)
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
    table.horizontalHeader().setHighlightSections(False)
    # Fit columns to the rows in view, not to every loaded row (491 flights: 170 ms).
    table.horizontalHeader().setResizeContentsPrecision(0)
    offer_column_choice(table)
    return table


def save_columns(table: QTableView, settings: QSettings) -> None:
    settings.setValue(_key(table), table.horizontalHeader().saveState())


def restore_columns(table: QTableView, settings: QSettings) -> bool:
    """Width, order and sort of the columns as the clerk left them; False if none saved."""
    state = settings.value(_key(table))
    if not isinstance(state, QByteArray | bytes) or not state:
        return False
    return table.horizontalHeader().restoreState(QByteArray(state))


def _key(table: QTableView) -> str:
    return f"tables/{table.objectName()}/header"


def fit_columns(table: QTableView, elastic: Sequence[int] = (), minimum: int = 120) -> None:
    """Size the columns to their contents and titles, then share what room is left between
    the ``elastic`` ones (long names), each at least ``minimum`` px and at most its contents.

    Qt's own fit reserves room for a sort arrow in every title (~30 px a column); only
    the sorted column shows one, so a title gets just its text here and elides under
    its arrow when it is the sorted one.
    """
    model, header = table.model(), table.horizontalHeader()
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    for column in columns:
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        titled = header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            titled += SORT_ARROW
        table.setColumnWidth(column, max(table.sizeHintForColumn(column), titled))
    shown = [c for c in elastic if c in columns]
    if not shown:
        return
    fixed = sum(table.columnWidth(c) for c in columns if c not in elastic)
    room = table.viewport().width()
    scroll_bar = table.verticalScrollBar()
    if not scroll_bar.isVisible():  # it may appear once the rows are laid out
        room -= scroll_bar.sizeHint().width()
    share = max(minimum, (room - fixed) // len(shown))
    for column in shown:
        table.setColumnWidth(column, min(share, table.columnWidth(column)))


def offer_column_choice(table: QTableView) -> None:
    """A right click on the header lists the columns to show or hide (remembered with the
    header's state)."""
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: _column_menu(table).exec(header.mapToGlobal(pos))
    )


def _column_menu(table: QTableView) -> QMenu:
    menu = QMenu(table)
    model = table.model()
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    for column in range(model.columnCount()):
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(column in shown)
        action.setEnabled(shown != [column])  # the last visible column stays
        action.toggled.connect(lambda on, c=column: table.setColumnHidden(c, not on))
    return menu
