"""The office dashboard: growth against the same weeks a year earlier, chargeable tonnes and
bookings by week, space used on the coming flights, and tonnage by route.

The figures are computed by core.services.dashboard on the worker; the page reloads them
when a service reports a change to bookings, flights or invoices (no polling).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.charts import BarRow, HorizontalBarsChart, WeekBar, WeekBarsChart
from gui.screen import Screen
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from core.services.dashboard import DashboardView, Growth
    from gui.data import DataAccess

DEFAULT_WEEKS, MAX_WEEKS = 12, 104
WEEKS_KEY = "dashboard/weeks"


def locale_name() -> str:
    return QLocale().name()  # the language chosen in View > Language (gui.i18n sets it)


def number_text(value: Decimal, places: int = 0) -> str:
    from babel.numbers import format_decimal  # not before the first paint

    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(value, format=pattern, locale=locale_name()))


def money_text(amount: Decimal, currency: str) -> str:
    from babel.numbers import format_currency

    return str(format_currency(amount, currency, locale=locale_name()))


def change_text(change: Decimal) -> str:
    from babel.numbers import format_decimal

    return f"{format_decimal(change, format='+#,##0.0;-#,##0.0', locale=locale_name())} %"


class FigureCard(QFrame):
    """A measure, its value in the period, and its change against a year earlier."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title, self.value, self.change = QLabel(), QLabel(), QLabel()
        self.change.setObjectName(f"growth_{name}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.change.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.change):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)


class DashboardPage(Screen):
    def __init__(
        self,
        worker: BackgroundWorker,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._worker, self._today = worker, today
        self._data: DataAccess | None = None
        self._loading = self._again = False
        self.view: DashboardView | None = None
        self.weeks_label, self.period_label = QLabel(), QLabel()
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, MAX_WEEKS)
        self.weeks_spin.setValue(DEFAULT_WEEKS)
        self.refresh_button = QPushButton()
        self.cards = {name: FigureCard(name) for name in ("bookings", "tonnes", "revenue")}
        self.tonnes_chart, self.bookings_chart = WeekBarsChart(), WeekBarsChart()
        self.capacity_chart, self.routes_chart = HorizontalBarsChart(), HorizontalBarsChart()
        self.headings = {key: QLabel() for key in ("tonnes", "bookings", "capacity", "routes")}
        self._lay_out()
        self.retranslate()

    # --- Screen ---------------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        self._data = data
        self.refresh()

    def refresh(self) -> None:
        """Load the figures; a refresh asked for while one runs follows it, once."""
        if self._data is None:
            return
        if self._loading:
            self._again = True
            return
        from gui.dashboard_data import load_dashboard

        self._loading = True
        self.say(lambda: self.tr("Loading the dashboard…"))
        self._worker.submit(
            partial(load_dashboard, self._data, self._today(), self.weeks_spin.value()),
            on_done=self._on_loaded,
            on_failed=self._on_failed,
        )

    def focus_search(self) -> None:
        self.weeks_spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.weeks_spin.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        if any(e in changes for e in (Entity.CONSIGNMENT, Entity.FLIGHT, Entity.INVOICE)):
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(WEEKS_KEY, self.weeks_spin.value())

    def restore_layout(self, settings: QSettings) -> None:
        weeks = settings.value(WEEKS_KEY)
        if weeks is not None and str(weeks).isdigit():
            self.weeks_spin.setValue(int(str(weeks)))

    def retranslate(self) -> None:
        self.weeks_label.setText(self.tr("&Weeks:"))
        self.weeks_spin.setToolTip(self.tr("How many weeks up to today the figures cover"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.cards["bookings"].title.setText(self.tr("Bookings"))
        self.cards["tonnes"].title.setText(self.tr("Chargeable tonnes"))
        self.cards["revenue"].title.setText(self.tr("Revenue booked"))
        self.headings["tonnes"].setText(self.tr("Chargeable tonnes by week"))
        self.headings["bookings"].setText(self.tr("Bookings by week"))
        self.headings["capacity"].setText(
            self.tr("Space used on the flights of the next 14 days (weight / volume)")
        )
        self.headings["routes"].setText(self.tr("Chargeable tonnes by route"))
        self._show()

    # --- loading --------------------------------------------------------------------------
    def _on_loaded(self, view: object) -> None:
        self._loading = False
        self.view = view  # type: ignore[assignment]  # a DashboardView from the worker
        self._show()
        self.say(
            lambda: self.tr("Dashboard up to {day}").format(day=self._day(self._shown_today()))
        )
        self.loaded.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _on_failed(self, error: object) -> None:
        from gui.errors import error_text

        self._loading = self._again = False
        self.say(lambda: error_text(error), error=True)  # type: ignore[arg-type]

    def _shown_today(self) -> date:
        return self.view.today if self.view is not None else self._today()

    # --- showing --------------------------------------------------------------------------
    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        self.period_label.setText(
            self.tr("Weeks {first} to {last}, against the same weeks a year earlier").format(
                first=view.weeks[0].iso_week, last=view.weeks[-1].iso_week
            )
        )
        by_measure = {(g.measure, g.currency): g for g in view.growth}
        self._card("bookings", by_measure[("bookings", None)], lambda v: number_text(v))
        tonnes = by_measure[("chargeable_tonnes", None)]
        self._card(
            "tonnes", tonnes, lambda v: self.tr("{tonnes} t").format(tonnes=number_text(v, 1))
        )
        self._revenue_card([g for g in view.growth if g.measure == "revenue"])
        self._week_charts(view)
        self._capacity_chart(view)
        self._routes_chart(view)

    def _card(self, name: str, growth: Growth, text: Callable[[Decimal], str]) -> None:
        card = self.cards[name]
        card.value.setText(text(growth.current))
        card.change.setText(self._change(growth, text(growth.earlier)))

    def _change(self, growth: Growth, earlier: str) -> str:
        if growth.change_pct is None:
            return self.tr("nothing in the same weeks last year")
        return self.tr("{change} vs same weeks last year ({earlier})").format(
            change=change_text(growth.change_pct), earlier=earlier
        )

    def _revenue_card(self, revenue: list[Growth]) -> None:
        card = self.cards["revenue"]
        if not revenue:
            card.value.setText(self.tr("none"))
            card.change.setText(self.tr("no priced bookings in these weeks"))
            return
        card.value.setText("\n".join(money_text(g.current, g.currency or "") for g in revenue))
        card.change.setText(
            "\n".join(self._change(g, money_text(g.earlier, g.currency or "")) for g in revenue)
        )

    def _week_charts(self, view: DashboardView) -> None:
        legend = (self.tr("These weeks"), self.tr("A year earlier"))
        pairs = list(zip(view.weeks, view.earlier_weeks, strict=True))
        tonnes = [
            WeekBar(
                "W" + now.iso_week[-2:],
                float(now.chargeable_tonnes),
                float(then.chargeable_tonnes),
                self.tr("{now} t, a year earlier {then} t").format(
                    now=number_text(now.chargeable_tonnes, 1),
                    then=number_text(then.chargeable_tonnes, 1),
                ),
            )
            for now, then in pairs
        ]
        top = max([*(w.current for w in tonnes), *(w.earlier for w in tonnes), 0.0])
        self.tonnes_chart.set_bars(
            tonnes,
            legend,
            self.tr("{tonnes} t").format(tonnes=number_text(Decimal(str(round(top, 1))), 1)),
        )
        bookings = [
            WeekBar(
                "W" + now.iso_week[-2:],
                float(now.bookings),
                float(then.bookings),
                self.tr("{now}, a year earlier {then}").format(
                    now=now.bookings, then=then.bookings
                ),
            )
            for now, then in pairs
        ]
        most = max([*(w.current for w in bookings), *(w.earlier for w in bookings), 0.0])
        self.bookings_chart.set_bars(bookings, legend, number_text(Decimal(int(most))))

    def _capacity_chart(self, view: DashboardView) -> None:
        rows = [
            BarRow(
                f"{f.flight_number}  {f.departure_date:%m-%d}  {f.origin}-{f.destination}",
                float(max(f.weight_use_pct, f.volume_use_pct)),
                f"{number_text(f.weight_use_pct, 1)} % / {number_text(f.volume_use_pct, 1)} %",
                warn=True,
            )
            for f in view.capacity
        ]
        self.capacity_chart.set_rows(rows, 100.0)

    def _routes_chart(self, view: DashboardView) -> None:
        rows = [
            BarRow(
                f"{r.origin}-{r.destination}",
                float(r.chargeable_tonnes),
                self.tr("{tonnes} t").format(tonnes=number_text(r.chargeable_tonnes, 1)),
            )
            for r in view.by_route
        ]
        most = max((row.value for row in rows), default=0.0)
        self.routes_chart.set_rows(rows, most)

    @staticmethod
    def _day(day: date) -> str:
        from PySide6.QtCore import QDate

        return QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    # --- layout ---------------------------------------------------------------------------
    def _lay_out(self) -> None:
        top = QHBoxLayout()
        self.weeks_label.setBuddy(self.weeks_spin)
        self.weeks_spin.editingFinished.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        for widget in (self.weeks_label, self.weeks_spin, self.refresh_button):
            top.addWidget(widget)
        top.addSpacing(self.fontMetrics().height())
        top.addWidget(self.period_label, 1)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        grid = QGridLayout()
        grid.addWidget(self._titled("tonnes", self.tonnes_chart), 0, 0)
        grid.addWidget(self._titled("bookings", self.bookings_chart), 0, 1)
        grid.addWidget(self._titled("capacity", self._scrolled(self.capacity_chart)), 1, 0)
        grid.addWidget(self._titled("routes", self._scrolled(self.routes_chart)), 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)

    def _titled(self, key: str, body: QWidget) -> QWidget:
        box = QWidget()
        heading = self.headings[key]
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        return box

    @staticmethod
    def _scrolled(chart: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(chart)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area
