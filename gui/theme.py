"""Fusion, with a light and a dark palette; the system's colour scheme chooses by default.

Both palettes are spelt out rather than left to the platform, so the app looks the same
on every workstation and offscreen; the View menu overrides the system's choice.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#1f1f1f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f6f8",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1f1f1f",
    Role.PlaceholderText: "#6e6e6e",
    Role.Text: "#1f1f1f",
    Role.Button: "#efefef",
    Role.ButtonText: "#1f1f1f",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e3e3",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
    Role.Highlight: "#2f6fbf",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1f5fae",
    Role.LinkVisited: "#6a3fa0",
}
DARK = {
    Role.Window: "#2b2b2e",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1f1f22",
    Role.AlternateBase: "#27272b",
    Role.ToolTipBase: "#3a3a3e",
    Role.ToolTipText: "#e6e6e6",
    Role.PlaceholderText: "#9a9a9a",
    Role.Text: "#e6e6e6",
    Role.Button: "#34343a",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Light: "#4a4a50",
    Role.Midlight: "#3d3d42",
    Role.Mid: "#2a2a2e",
    Role.Dark: "#18181a",
    Role.Shadow: "#000000",
    Role.Highlight: "#3d7fd6",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#7fb2f0",
    Role.LinkVisited: "#b595e6",
}
DISABLED_TEXT = {False: "#a0a0a0", True: "#6c6c6c"}  # by dark


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def palette(dark: bool) -> QPalette:
    colours = DARK if dark else LIGHT
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    disabled = QColor(DISABLED_TEXT[dark])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(Group.Disabled, role, disabled)
    return result


class Themes(QObject):
    """The chosen theme; with SYSTEM, follows the system's colour scheme as it changes."""

    changed = Signal(str)

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.current = Theme.SYSTEM
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    @property
    def is_dark(self) -> bool:
        if self.current == Theme.SYSTEM:
            return self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.current == Theme.DARK

    def use(self, theme: Theme | str) -> None:
        self.current = Theme(theme)
        self._app.setPalette(palette(self.is_dark))
        self.changed.emit(self.current.value)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.current == Theme.SYSTEM:
            self.use(Theme.SYSTEM)


def repolish(root: QWidget) -> None:
    """After a palette change: a widget with a style sheet (tables, the navigation) keeps
    the palette it was first polished with until its sheet is set again."""
    for widget in (root, *root.findChildren(QWidget)):
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
