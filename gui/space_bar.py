"""Space bars: how much of a flight's weight or volume allotment is booked, drawn as a bar
with the figure on it. One painter serves the flights board's cells (SpaceBarDelegate) and
the flight's detail (SpaceBar), so both read the same way.

Colours come from the palette (light and dark Fusion): the fill is the highlight colour,
amber when less than 10 % is left (the board's nearly-full mark), grey when the flight no
longer takes bookings. The fill is translucent so the text on it keeps the palette's contrast.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

NEARLY_FULL_FILL = QColor("#f0a020")  # the board's amber, readable under light and dark text
FILL_ALPHA = 110  # of 255: the text on the bar keeps the palette's contrast
MARGIN = 3  # px between the cell's edge and the bar
BAR_CHARS = 14  # a bar is at least as long as 14 digits


@dataclass(frozen=True)
class Space:
    """Booked of allotment, in one unit; ``short`` is the nearly-full rule's verdict."""

    booked: Decimal
    allotment: Decimal
    short: bool
    open: bool = True

    @property
    def fraction(self) -> float:
        # Only for drawing: the figures shown stay exact Decimals.
        if self.allotment <= 0:
            return 1.0
        return float(min(max(self.booked / self.allotment, Decimal(0)), Decimal(1)))

    @property
    def percent(self) -> int:
        return round(self.fraction * 100)


SPACE_ROLE = Qt.ItemDataRole.UserRole + 3  # a Space, in the columns that draw a bar


def fill_colour(space: Space, palette: QPalette) -> QColor:
    if not space.open:
        colour = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
    elif space.short:
        colour = QColor(NEARLY_FULL_FILL)
    else:
        colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(FILL_ALPHA if space.open and not space.short else FILL_ALPHA + 50)
    return colour


def paint_bar(painter: QPainter, rect: QRect, space: Space, palette: QPalette) -> None:
    """The track over ``rect`` and the booked part filled from the left."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    track = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    radius = min(4.0, track.height() / 3)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(track, radius, radius)
    if space.fraction > 0:
        filled = QRectF(track)
        filled.setWidth(max(track.width() * space.fraction, 2 * radius))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill_colour(space, palette))
        painter.drawRoundedRect(filled, radius, radius)
    painter.restore()


class SpaceBarDelegate(QStyledItemDelegate):
    """Draws the cell's Space (SPACE_ROLE) as a bar under its display text; other cells as
    usual. Selection and focus are drawn by the style first, so the row still reads as
    selected."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        space = index.data(SPACE_ROLE)
        if not isinstance(space, Space):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        bar = item.rect.adjusted(MARGIN + 2, MARGIN, -MARGIN - 2, -MARGIN)
        paint_bar(painter, bar, space, item.palette)
        painter.save()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(item.palette.color(role))
        painter.setFont(item.font)
        shown = bar.adjusted(6, 0, -6, 0)
        elided = item.fontMetrics.elidedText(text, Qt.TextElideMode.ElideLeft, shown.width())
        painter.drawText(shown, int(item.displayAlignment), elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if isinstance(index.data(SPACE_ROLE), Space):
            # Room for the bar's margins, and a bar long enough to read at a glance.
            least = option.fontMetrics.horizontalAdvance("0" * BAR_CHARS)
            hint.setWidth(max(hint.width() + 2 * (MARGIN + 2 + 6), least))
        return hint


class SpaceBar(QWidget):
    """A bar on its own, with ``text`` on it (the flight's detail)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.space = Space(Decimal(0), Decimal(0), short=False)
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 24))

    def set_space(self, space: Space, text: str) -> None:
        self.space, self.text = space, text
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text) + 24, metrics.height() + 12)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        paint_bar(painter, self.rect(), self.space, self.palette())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(
            self.rect().adjusted(8, 0, -8, 0),
            int(Qt.AlignmentFlag.AlignCenter),
            self.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, self.width()),
        )
        painter.end()
