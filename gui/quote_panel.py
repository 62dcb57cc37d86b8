"""The booking's weights and price as the clerk types: volume, chargeable weight, quote.

The weights are computed on the UI thread by core's pure rules (exact, cheap); the quote
comes from the rating service on the worker and is shown here line by line.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QLabel, QVBoxLayout, QWidget

from gui.flights_model import format_quantity

if TYPE_CHECKING:
    from core.domain.money import Money
    from core.services.pricing import QuoteView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def money(m: Money) -> str:
    return f"{format_quantity(m.amount)} {m.currency}"


def _figure(bold: bool = False) -> QLabel:
    shown = QLabel()
    shown.setAlignment(RIGHT)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = shown.font()
        font.setBold(True)
        shown.setFont(font)
    return shown


class QuotePanel(QGroupBox):
    """Weights above, the quote's lines and total below; a note when there is no price."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_panel")
        self.volume, self.volumetric = _figure(), _figure()
        self.chargeable = _figure(bold=True)
        self.chargeable.setObjectName("chargeable_weight")
        self.weights = QFormLayout()
        self.weights.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._weight_labels = [QLabel(), QLabel(), QLabel()]
        for name, value in zip(
            self._weight_labels, (self.volume, self.volumetric, self.chargeable), strict=True
        ):
            self.weights.addRow(name, value)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.lines = QFormLayout()
        self.note = QLabel()
        self.note.setObjectName("quote_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.weights)
        layout.addWidget(rule)
        layout.addLayout(self.lines)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._shown: QuoteView | None = None
        self._note_source = self._no_quote_yet
        self.retranslate()
        self.show_measures(None, None, None)

    # -- what is shown ---------------------------------------------------------------------
    def show_measures(
        self,
        volume_m3: Decimal | None,
        volumetric_kg: Decimal | None,
        chargeable_kg: Decimal | None,
    ) -> None:
        self.volume.setText("" if volume_m3 is None else f"{format_quantity(volume_m3)} m³")
        self.volumetric.setText(self._kg(volumetric_kg))
        self.chargeable.setText(self._kg(chargeable_kg))

    def show_quote(self, quoted: QuoteView) -> None:
        self._shown = quoted
        self._clear_lines()
        priced = quoted.priced
        self._line(priced.freight.label, money(priced.freight.amount))
        if priced.discount is not None:
            self._line(self.tr("Discount"), "-" + money(priced.discount))
        for charge in priced.charges:
            self._line(f"{charge.code} {charge.description}", money(charge.amount))
        self._line(self.tr("Total"), money(priced.total), bold=True, name="quote_total")
        if priced.converted_total is not None:
            self._line(self.tr("Billed"), money(priced.converted_total), bold=True)
        self._say(str)

    def show_problem(self, text: str) -> None:
        """No price: what is missing or wrong, in the clerk's words."""
        self._shown = None
        self._clear_lines()
        self._say(lambda: text)

    def clear_quote(self) -> None:
        self._shown = None
        self._clear_lines()
        self._say(self._no_quote_yet)

    def total_text(self) -> str:
        total = self.findChild(QLabel, "quote_total")
        return total.text() if total is not None else ""

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Weight and price"))
        for label, text in zip(
            self._weight_labels,
            (self.tr("Volume"), self.tr("Volumetric weight"), self.tr("Chargeable weight")),
            strict=True,
        ):
            label.setText(text)
        if self._shown is not None:
            self.show_quote(self._shown)
        self.note.setText(self._note_source())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- parts -----------------------------------------------------------------------------
    def _no_quote_yet(self) -> str:
        return self.tr("The price shows once the lane, pieces, weight and dimensions are in.")

    def _say(self, source: object) -> None:
        self._note_source = source if callable(source) else str
        text = self._note_source()
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _kg(self, kg: Decimal | None) -> str:
        return "" if kg is None else self.tr("{kg} kg").format(kg=format_quantity(kg))

    def _line(self, text: str, amount: str, *, bold: bool = False, name: str = "") -> None:
        figure = _figure(bold)
        figure.setText(amount)
        figure.setObjectName(name)
        title = QLabel(text)
        title.setFont(figure.font())
        self.lines.addRow(title, figure)

    def _clear_lines(self) -> None:
        while self.lines.rowCount():
            self.lines.removeRow(0)
