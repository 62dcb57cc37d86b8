"""The dimension lines of a booking, typed like a small spreadsheet.

Each line is length x width x height in cm and how many pieces have that size. Tab walks
the cells (and leaves the grid after the last one); Enter on the last line adds a line.
The model keeps the text as typed: core judges it (``dimensions`` errors), the dialog
shows the volume the lines make as they are typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from gui.tables import CELL_STYLE

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "DimensionsModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("DimensionsModel", "Length cm"),
    QT_TRANSLATE_NOOP("DimensionsModel", "Width cm"),
    QT_TRANSLATE_NOOP("DimensionsModel", "Height cm"),
    QT_TRANSLATE_NOOP("DimensionsModel", "Pieces"),
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BLANK = ("", "", "", "")
VISIBLE_LINES = 5


class DimensionsModel(QAbstractTableModel):
    """Lines of four texts; there is always at least one line to type in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[list[str]] = [list(BLANK)]

    # -- the lines -------------------------------------------------------------------------
    def lines(self) -> list[tuple[str, str, str, str]]:
        """The lines with something typed in them."""
        return [(a, b, c, d) for a, b, c, d in self._lines if any(x.strip() for x in (a, b, c, d))]

    def text(self) -> str:
        """As core reads dimensions: "60x40x35x3,120x80x100" (no pieces: one)."""
        parts = []
        for length, width, height, pieces in self.lines():
            sides = "x".join(s.strip() for s in (length, width, height))
            parts.append(f"{sides}x{pieces.strip()}" if pieces.strip() else sides)
        return ",".join(parts)

    def set_lines(self, lines: list[tuple[str, str, str, str]]) -> None:
        self.beginResetModel()
        self._lines = [list(line) for line in lines] or [list(BLANK)]
        self.endResetModel()

    def add_line(self) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(list(BLANK))
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        if len(self._lines) == 1:
            self.set_lines([])
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- Qt's model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(CONTEXT, COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._lines) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._lines[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or role != Qt.ItemDataRole.EditRole:
            return False
        self._lines[index.row()][index.column()] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._lines)
            and 0 <= index.column() < len(COLUMNS)
        )


class DimensionsGrid(QTableView):
    """Type a number to edit a cell; Tab walks the cells; Enter moves on to the next cell
    and, after the pieces of the last line, adds a line. Delete clears a cell, Ctrl+Delete
    removes the line."""

    edited = Signal()  # a line changed, was added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dimensions_grid")
        self.lines = DimensionsModel(self)
        self.setModel(self.lines)
        # The lists' cell padding, without their wider header padding: four titles must
        # fit in the cargo box unclipped.
        self.setStyleSheet(CELL_STYLE.split(" QHeaderView")[0])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().hide()  # the columns need the room more than line numbers
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lines.dataChanged.connect(lambda *_: self.edited.emit())
        self.lines.rowsInserted.connect(lambda *_: self.edited.emit())
        self.lines.rowsRemoved.connect(lambda *_: self.edited.emit())
        self.lines.modelReset.connect(lambda *_: self.edited.emit())

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by Tab: the first cell is current, so typing starts right there."""
        super().focusInEvent(event)
        if not self.currentIndex().isValid():
            self.setCurrentIndex(self.lines.index(0, 0))

    def sizeHint(self) -> QSize:
        """Room for five lines; more scroll."""
        rows = self.verticalHeader().defaultSectionSize() * VISIBLE_LINES
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def clear(self) -> None:
        self.lines.set_lines([])

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter (the delegate's SubmitModelCache) moves on, as in a spreadsheet row; Tab
        past the last cell (or Shift+Tab before the first) leaves the grid."""
        hints = QAbstractItemDelegate.EndEditHint
        leaving = (hint == hints.EditNextItem and self._at_end()) or (
            hint == hints.EditPreviousItem and self._at_start()
        )
        super().closeEditor(editor, hints.NoHint if leaving else hint)
        if leaving:
            QWidget.focusNextPrevChild(self, hint == hints.EditNextItem)
        elif hint == hints.SubmitModelCache:
            self._advance()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self._advance()
            return
        if key == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.lines.remove_line(self.currentIndex().row())
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            current = self.currentIndex()
            if current.isValid():
                self.lines.setData(current, "")
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the cells, then leaves the grid instead of trapping the clerk."""
        current = self.currentIndex()
        if (next and self._at_end()) or (not next and (self._at_start() or not current.isValid())):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _at_end(self) -> bool:
        current = self.currentIndex()
        last = self.lines.rowCount() - 1, self.lines.columnCount() - 1
        return current.isValid() and (current.row(), current.column()) == last

    def _at_start(self) -> bool:
        current = self.currentIndex()
        return current.isValid() and (current.row(), current.column()) == (0, 0)

    def _advance(self) -> None:
        """The next cell of the line; after its pieces, the next line (added at the end)."""
        current = self.currentIndex()
        row, column = max(current.row(), 0), current.column()
        if column < self.lines.columnCount() - 1:
            target = self.lines.index(row, column + 1)
            self.setCurrentIndex(target)
            self.edit(target)
            return
        if row == self.lines.rowCount() - 1:
            if not any(self.lines.data(self.lines.index(row, c)) for c in range(4)):
                return  # an empty last line is where the clerk types already
            row = self.lines.add_line()
        else:
            row += 1
        target = self.lines.index(row, 0)
        self.setCurrentIndex(target)
        self.edit(target)
