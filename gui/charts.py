"""Small charts drawn with QPainter (QtCharts is GPL-only): grouped bars by week, and
horizontal bars with a label and a value text per row.

Colours come from the palette (light and dark Fusion), sizes from the font's metrics (high
DPI, the app's font, so Chinese labels render), and the numbers arrive as text already
formatted for the current language: a chart only draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

WARN_PCT, FULL_PCT = 80.0, 95.0  # space use above these is drawn amber, then red
AMBER, RED = QColor("#d9822b"), QColor("#c62828")


def _earlier_colour(palette: QPalette) -> QColor:
    """The year-earlier bars: the highlight, faded towards the background."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlphaF(0.4)
    return colour


@dataclass(frozen=True)
class WeekBar:
    label: str  # "W48"
    current: float
    earlier: float
    tooltip: str = ""


class WeekBarsChart(QWidget):
    """Each week's bar beside the same week a year earlier, with a legend and a scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[WeekBar, ...] = ()
        self.legend = ("", "")
        self.scale_text: tuple[str, ...] = ()  # the scale's top value as text, formatted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(
        self, bars: Sequence[WeekBar], legend: tuple[str, str], top_text: str = ""
    ) -> None:
        self.bars = tuple(bars)
        self.legend = legend
        self.scale_text = (top_text,) if top_text else ()
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.tooltip}" for b in self.bars if b.tooltip)
        )
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 9)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, line * 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics, palette = self.fontMetrics(), self.palette()
        line = metrics.height()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        area = QRectF(self.rect()).adjusted(line * 0.5, line * 2, -line * 0.5, -line * 1.6)
        self._legend(painter, line, text_colour)
        top = max([*(b.current for b in self.bars), *(b.earlier for b in self.bars), 0.0])
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if self.scale_text:
            painter.drawLine(area.topLeft(), area.topRight())
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(area.left(), area.top() - line * 1.1, area.width(), line),
                Qt.AlignmentFlag.AlignRight,
                self.scale_text[0],
            )
        if not self.bars or top <= 0:
            return
        slot = area.width() / len(self.bars)
        bar = max(slot * 0.36, 1.0)
        current_colour = palette.color(QPalette.ColorRole.Highlight)
        earlier_colour = _earlier_colour(palette)
        every = max(1, int(metrics.horizontalAdvance("W00  ") // max(slot, 1)) + 1)
        for index, week in enumerate(self.bars):
            left = area.left() + slot * index + (slot - 2 * bar) / 2
            for offset, value, colour in (
                (0, week.earlier, earlier_colour),
                (bar, week.current, current_colour),
            ):
                height = area.height() * value / top
                painter.fillRect(QRectF(left + offset, area.bottom() - height, bar, height), colour)
            if index % every == 0:
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(area.left() + slot * index - slot, area.bottom() + 2, slot * 3, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    week.label,
                )

    def _legend(self, painter: QPainter, line: int, text_colour: QColor) -> None:
        palette, metrics = self.palette(), self.fontMetrics()
        x = line * 0.5
        swatches = (
            (self.legend[0], palette.color(QPalette.ColorRole.Highlight)),
            (self.legend[1], _earlier_colour(palette)),
        )
        for text, colour in swatches:
            if not text:
                continue
            painter.fillRect(QRectF(x, line * 0.3, line * 0.8, line * 0.8), colour)
            x += line
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x, 0, metrics.horizontalAdvance(text) + 4, line * 1.4),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += metrics.horizontalAdvance(text) + line


@dataclass(frozen=True)
class BarRow:
    label: str  # "CA1071 29 Nov NNG-BKK"
    value: float  # in units of ``maximum``
    text: str  # drawn after the bar: "42 %", "80.7 t"
    warn: bool = False  # capacity charts: colour the bar by how full the flight is


class HorizontalBarsChart(QWidget):
    """One row per item: its label, a bar against ``maximum``, and the value's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[BarRow, ...] = ()
        self.maximum = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_rows(self, rows: Sequence[BarRow], maximum: float) -> None:
        self.rows = tuple(rows)
        self.maximum = maximum if maximum > 0 else 1.0
        self.setAccessibleDescription("; ".join(f"{r.label}: {r.text}" for r in self.rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.5)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 28, max(1, len(self.rows)) * self._row_height() + line // 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 16, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics, palette = self.fontMetrics(), self.palette()
        row_height, line = self._row_height(), metrics.height()
        label_width = max((metrics.horizontalAdvance(r.label) for r in self.rows), default=0)
        text_width = max((metrics.horizontalAdvance(r.text) for r in self.rows), default=0)
        bar_left = label_width + line
        bar_width = max(self.width() - bar_left - text_width - line * 1.5, line)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.Midlight)
        for index, row in enumerate(self.rows):
            top = index * row_height
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, label_width, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                row.label,
            )
            bar = QRectF(bar_left, top + row_height * 0.2, bar_width, row_height * 0.6)
            painter.fillRect(bar, track)
            share = min(max(row.value / self.maximum, 0.0), 1.0)
            filled = QRectF(bar.left(), bar.top(), bar.width() * share, bar.height())
            painter.fillRect(filled, self._colour(row))
            painter.drawText(
                QRectF(bar.right() + line * 0.5, top, text_width + line, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                row.text,
            )

    def _colour(self, row: BarRow) -> QColor:
        if row.warn and row.value >= FULL_PCT:
            return RED
        if row.warn and row.value >= WARN_PCT:
            return AMBER
        return self.palette().color(QPalette.ColorRole.Highlight)
