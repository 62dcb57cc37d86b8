"""Core's refusals shown under the field they name (ARCHITECTURE rule 5), for small forms:
the allotment editor and the settings page.

core names the field at fault (``ValidationError.field``); each field registers under that
name, so the message lands beside it and the cursor goes there. An error naming no known
field goes to the form's own line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.errors import field_message

if TYPE_CHECKING:
    from core.errors import FreightDeskError

ERROR_STYLE = "color: #d93025;"  # readable on the light and the dark palette


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    def __init__(self, form_name: str = "form_error") -> None:
        self.form = error_label(form_name)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def field(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        """``widget`` with its error line under it; ``aliases`` are other names core may
        give the same field (the seller's "seller.name" for the name edit)."""
        label = error_label(f"{name}_error")
        for key in (name, *aliases):
            self.labels[key], self.fields[key] = label, widget
        box = QWidget()
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        stack.addWidget(label)
        return box

    def show(self, error: FreightDeskError) -> None:
        name, text = field_message(error)
        label = self.labels.get(name or "")
        if label is None:
            self.form.setText(text)
            self.form.show()
            return
        label.setText(text)
        label.show()
        self.fields[name or ""].setFocus(Qt.FocusReason.OtherFocusReason)

    def text_of(self, name: str) -> str:
        """What is shown under ``name`` (empty when nothing is)."""
        label = self.labels.get(name, self.form)
        return label.text() if not label.isHidden() else ""

    def clear(self) -> None:
        for label in (*self.labels.values(), self.form):
            label.clear()
            label.hide()
