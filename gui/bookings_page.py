"""The bookings list: a filter row (Enter searches) over a lazily paged table.

It holds layout only; searching and paging are the controller's (rule 8). Double-click or
Enter on a row opens the booking, read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.services.changes import ChangeSet, Entity
from gui.bookings_controller import BookingsController
from gui.bookings_model import (
    BOOKING_ROLE,
    DEFAULT_PAGE_SIZE,
    HEADERS,
    BookingsModel,
    Column,
)
from gui.bookings_model import tr as model_tr
from gui.data import BookingSearch, DataAccess
from gui.labels import BOOKING_STATUS, MILESTONES, label
from gui.screen import Screen
from gui.tables import fit_columns, make_table, restore_columns, save_columns
from gui.validators import IATA_CODE_LENGTH, AirportCodeValidator, IsoDateValidator, parse_iso_date
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.views import BookingView
    from gui.booking_actions import BookingActions
    from gui.booking_detail import BookingDetailDialog

# Shown until the clerk chooses otherwise (right click on the header): the AWB names a
# booking for people; the booking reference stays one click away.
HIDDEN_AT_FIRST = (Column.BOOKING,)
NAMES = (Column.SHIPPER, Column.CONSIGNEE)  # long: they share the room the rest leave


class FilterBar(QWidget):
    """The filter fields; Enter in any of them searches (line edits pass Enter on)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class BookingsPage(Screen):
    def __init__(
        self,
        worker: BackgroundWorker,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QWidget | None = None,
        *,
        jobs: BackgroundWorker | None = None,  # documents; None: the dialog only reads
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookings")
        self._worker, self._jobs = worker, jobs
        self.actions: BookingActions | None = None  # once the database is open
        self.model = BookingsModel(page_size, self)
        self.controller = BookingsController(worker, self.model, self)
        self.detail_dialog: BookingDetailDialog | None = None
        self.filters = FilterBar()
        self.awb_edit = self._edit(14, width_text="000-00000000")
        self.customer_edit = self._edit(70, width_text="郑州豫通跨境电子商务")
        self.destination_edit = self._edit(IATA_CODE_LENGTH, width_text="WWWWW")
        self.destination_edit.setValidator(AirportCodeValidator(self.destination_edit))
        self.date_from_edit = self._date_edit()
        self.date_to_edit = self._date_edit()
        self.status_combo = QComboBox()
        self._statuses: list[str | None] = []
        self._set_statuses(())
        self.search_button, self.clear_button = QPushButton(), QPushButton()
        self.labels = {name: QLabel() for name in ("awb", "customer", "dest", "status", "dates")}
        self.to_label = QLabel()
        self.sort_note = QLabel()
        self.sort_note.setWordWrap(True)
        self.sort_note.hide()
        self.table = self._build_table()
        self._fit_columns = True
        self._lay_out()
        self._connect()
        self.retranslate()

    # -- Screen -----------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        self.controller.attach(data)
        if self._jobs is not None and data.uow is not None:
            from gui.booking_actions import BookingActions

            self.actions = BookingActions(self._worker, self._jobs, data, self)
        self._set_statuses(data.milestones)
        self.refresh()

    def refresh(self) -> None:
        wanted = self.current_search()
        if wanted is not None:
            self.controller.search(wanted)

    def focus_search(self) -> None:
        self.awb_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.awb_edit.selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        if Entity.CONSIGNMENT in changes:
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        save_columns(self.table, settings)

    def restore_layout(self, settings: QSettings) -> None:
        if restore_columns(self.table, settings):
            self._fit_columns = False  # the clerk's own widths win

    def retranslate(self) -> None:
        texts = {
            "awb": self.tr("&AWB:"),
            "customer": self.tr("C&ustomer:"),
            "dest": self.tr("Dest&ination:"),
            "status": self.tr("S&tatus:"),
            "dates": self.tr("Flight &date:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.to_label.setText(self.tr("to"))
        self.awb_edit.setToolTip(self.tr("The air waybill number, or any part of its digits"))
        self.customer_edit.setPlaceholderText(self.tr("name or account"))
        self.customer_edit.setToolTip(
            self.tr("Part of the shipper's or consignee's name or account, e.g. 郑州")
        )
        self.destination_edit.setPlaceholderText(self.tr("any"))
        self.destination_edit.setToolTip(self.tr("Destination airport, e.g. FRA"))
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_from_edit.setToolTip(self.tr("Flights departing on or after this date"))
        self.date_to_edit.setToolTip(self.tr("Flights departing on or before this date"))
        self.search_button.setText(self.tr("&Search"))
        self.clear_button.setText(self.tr("C&lear"))
        self._retranslate_statuses()
        self.model.retranslate()
        self._show_sort_note()

    # -- the search ---------------------------------------------------------------------
    def current_search(self) -> BookingSearch | None:
        """The filter as typed, or None (and the reason in the status bar) if it is not valid."""
        dates = (self.date_from_edit, self.date_to_edit)
        if not all(edit.hasAcceptableInput() for edit in dates):
            self.say(lambda: self.tr("Dates are written like 2026-12-01"), error=True)
            return None
        if not self.destination_edit.hasAcceptableInput():
            self.say(lambda: self.tr("Airport codes have three letters"), error=True)
            return None
        first, last = (parse_iso_date(edit.text()) for edit in dates)
        if first is not None and last is not None and first > last:
            self.say(lambda: self.tr("The first date comes after the last"), error=True)
            return None
        return BookingSearch(
            awb=self.awb_edit.text().strip() or None,
            customer=self.customer_edit.text().strip() or None,
            destination=self.destination_edit.text() or None,
            date_from=first,
            date_to=last,
            status=self._statuses[self.status_combo.currentIndex()],
            limit=self.model.page_size,
        )

    def clear(self) -> None:
        for edit in (self.awb_edit, self.customer_edit, self.destination_edit):
            edit.clear()
        self.date_from_edit.clear()
        self.date_to_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.refresh()

    def open_row(self, row: int) -> None:
        booking = self.model.index(row, 0).data(BOOKING_ROLE)
        if booking is not None:
            self.say(lambda: self.tr("Opening booking {awb}…").format(awb=booking.awb_number))
            self.controller.open_booking(booking)

    # -- building -------------------------------------------------------------------------
    def _edit(self, max_length: int, *, width_text: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(width_text) + 36)
        return edit

    def _date_edit(self) -> QLineEdit:
        edit = self._edit(10, width_text="0000-00-00")
        edit.setValidator(IsoDateValidator(edit))
        return edit

    def _build_table(self) -> QTableView:
        table = make_table("bookings_table")
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click: back to newest first
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        for column in HIDDEN_AT_FIRST:
            table.setColumnHidden(column, True)
        return table

    def _lay_out(self) -> None:
        first = QHBoxLayout()
        pairs = (
            ("awb", self.awb_edit),
            ("customer", self.customer_edit),
            ("dest", self.destination_edit),
            ("status", self.status_combo),
        )
        for name, field in pairs:
            self.labels[name].setBuddy(field)
            first.addWidget(self.labels[name])
            first.addWidget(field)
            first.addSpacing(12)
        first.addStretch(1)
        second = QHBoxLayout()
        self.labels["dates"].setBuddy(self.date_from_edit)
        for widget in (self.labels["dates"], self.date_from_edit, self.to_label, self.date_to_edit):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        second.addWidget(self.search_button)
        bar = QVBoxLayout(self.filters)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(first)
        bar.addLayout(second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.sort_note)
        layout.addWidget(self.table)

    def _connect(self) -> None:
        self.filters.submitted.connect(self.refresh)
        self.search_button.clicked.connect(self.refresh)
        self.clear_button.clicked.connect(self.clear)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.controller.searching.connect(lambda: self.say(lambda: self.tr("Searching bookings…")))
        self.controller.page_loaded.connect(self._on_page_loaded)
        self.controller.booking_opened.connect(self._show_booking)
        self.model.layoutChanged.connect(self._show_sort_note)
        self.model.modelReset.connect(self._show_sort_note)

    # -- statuses -------------------------------------------------------------------------
    def _set_statuses(self, milestones: tuple[str, ...]) -> None:
        """Any status, live or cancelled bookings, then each milestone a booking reaches."""
        chosen = self._statuses[self.status_combo.currentIndex()] if self._statuses else None
        self._statuses = [None, "booked", "cancelled", *milestones]
        self.status_combo.clear()
        self.status_combo.addItems([""] * len(self._statuses))
        self._retranslate_statuses()
        self.status_combo.setCurrentIndex(self._statuses.index(chosen))

    def _retranslate_statuses(self) -> None:
        for row, code in enumerate(self._statuses):
            if code is None:
                text = self.tr("Any status")
            elif code == "booked":
                text = self.tr("Not cancelled")
            elif code in BOOKING_STATUS:
                text = label(BOOKING_STATUS, code)
            else:
                text = f"{label(MILESTONES, code)} ({code})"
            self.status_combo.setItemText(row, text)

    # -- results ----------------------------------------------------------------------------
    def _on_page_loaded(self, count: int) -> None:
        if self._fit_columns and count:  # once: afterwards the clerk's own widths win
            self._fit_columns = False
            fit_columns(self.table, NAMES)
        if count == 0 and self.model.is_complete:
            self.say(lambda: self.tr("No bookings match the search"))
        elif self.model.is_complete:
            self.say(lambda: self.tr("%n bookings", "", count))
        else:
            self.say(lambda: self.tr("%n bookings loaded; scroll down for more", "", count))
        self._show_sort_note()
        self.loaded.emit()

    def _show_sort_note(self) -> None:
        column = self.model.sort_column
        if column is None or not self.model.sorted_locally or self.model.is_complete:
            self.sort_note.hide()
            return
        count = self.model.rowCount()
        self.sort_note.setText(
            self.tr(
                "Sorted by {column} among the %n loaded bookings only; the database lists "
                "newest first. Narrow the search to sort all that match.",
                "",
                count,
            ).format(column=model_tr(HEADERS[column]))
        )
        self.sort_note.show()

    def _show_booking(self, view: BookingView) -> None:
        self.say(lambda: self.tr("Booking {awb}").format(awb=view.awb_number))
        from gui.booking_detail import BookingDetailDialog  # built on first use, not at start

        if self.detail_dialog is not None:
            self.detail_dialog.close()
        self.detail_dialog = BookingDetailDialog(view, self, self.actions)
        # Back to the list's window when it closes, so F5 and Ctrl+F work at once (a
        # platform without a window manager, offscreen, activates none by itself).
        self.detail_dialog.finished.connect(lambda _result: self.activateWindow())
        self.detail_dialog.open()
