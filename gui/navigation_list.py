"""The list of screens down the window's left side: titles, icons, and a width that fits
the longest title in the current language (no sideways scrolling)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from gui import icons

STYLE = "QListWidget { outline: 0; } QListWidget::item { padding: 8px 10px; }"
ICON_SIZE = 20  # logical px
ITEM_PADDING = 2 * 10  # the style's item padding, left and right
ICON_GAP = 8  # between an item's icon and its text
SPARE = 12  # the frame, and room for a vertical scroll bar's edge
MINIMUM_WIDTH = 120


class NavigationList(QListWidget):
    def __init__(self, names: Sequence[str]) -> None:
        super().__init__()
        self.names = tuple(names)  # each item's screen name, for its icon
        self.setObjectName("navigation")
        self.setStyleSheet(STYLE)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _name in self.names:
            self.addItem(QListWidgetItem())

    def set_titles(self, titles: Sequence[str]) -> None:
        for row, title in enumerate(titles):
            self.item(row).setText(title)
        widest = max((self.fontMetrics().horizontalAdvance(t) for t in titles), default=0)
        self.setFixedWidth(max(MINIMUM_WIDTH, widest + ICON_SIZE + ICON_GAP + ITEM_PADDING + SPARE))

    def tint(self) -> None:
        """Icons in the palette's current colours (after a theme switch too)."""
        for row, name in enumerate(self.names):
            if name in icons.NAMES:
                self.item(row).setIcon(icons.icon(name))
