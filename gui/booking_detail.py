"""One booking, read-only, laid out for people: parties, flight, cargo, dimensions, lithium,
milestones in local time, and the price lines it was booked with."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.services.views import BookingView, ChargeView, CustomerView, LithiumView
from gui.flights_model import format_quantity

if TYPE_CHECKING:
    from gui.booking_actions import BookingActions
from gui.labels import MILESTONES, PAYMENT, SECURITY, SPACE, booking_state, label

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def money(amount: Decimal, currency: str) -> str:
    return f"{format_quantity(amount)} {currency}"


def local_time(moment: datetime) -> str:
    """In this workstation's zone, with the offset, like the milestones' station times."""
    local = moment.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}"


def totals(charges: Sequence[ChargeView]) -> list[str]:
    """The sum of the price lines per currency, "4,368.00 CNY"."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for charge in charges:
        sums[charge.currency] += charge.amount
    return [money(amount, currency) for currency, amount in sums.items()]


class BookingDetailDialog(QDialog):
    """Read-only; Esc or Close leaves it. Opened with ``open()``: never blocks the loop."""

    def __init__(
        self,
        view: BookingView,
        parent: QWidget | None = None,
        actions: BookingActions | None = None,  # print and cancel; None: only reading
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("booking_detail")
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        if actions is not None:
            foot.addWidget(actions.buttons_for(view, self), 1)
        foot.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll)
        layout.addLayout(foot)
        self._fill()
        self.resize(960, 720)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()  # every text again, in the new language
        super().changeEvent(event)

    def _fill(self) -> None:
        view = self.view
        self.setWindowTitle(self.tr("Booking {awb}").format(awb=view.awb_number))
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._heading(), 0, 0, 1, 2)
        grid.addWidget(self._party(self.tr("Shipper"), view.shipper), 1, 0)
        grid.addWidget(self._party(self.tr("Consignee"), view.consignee), 1, 1)
        grid.addWidget(self._flight(), 2, 0)
        grid.addWidget(self._cargo(), 2, 1)
        row = 3
        for section in (self._dimensions(), self._lithium(), self._milestones(), self._prices()):
            if section is not None:
                grid.addWidget(section, row, 0, 1, 2)
                row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._scroll.setWidget(body)  # the previous body, if any, is deleted

    def texts(self) -> list[str]:
        """Everything the dialog says, for tests that read the screen."""
        said = [label.text() for label in self.findChildren(QLabel)]
        said += [box.title() for box in self.findChildren(QGroupBox)]
        for table in self.findChildren(QTableWidget):
            cells = [(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
            items = [table.item(r, c) for r, c in cells]
            said += [item.text() for item in items if item is not None]
        return said

    # -- sections -----------------------------------------------------------------------
    def _heading(self) -> QWidget:
        v = self.view
        title = QLabel(f"{v.awb_number}  ·  {v.origin} → {v.destination}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setTextInteractionFlags(SELECTABLE)
        state = booking_state(v.status, v.milestone)
        facts = self.tr("Booking {ref} · {state} · space {space} · booked {when}").format(
            ref=v.booking_ref,
            state=state,
            space=label(SPACE, v.space_status),
            when=local_time(v.created_at_utc),
        )
        lines = [title, selectable(facts)]
        if v.cancel_reason:
            lines.append(selectable(self.tr("Cancelled: {reason}").format(reason=v.cancel_reason)))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 6)
        for line in lines:
            layout.addWidget(line)
        return box

    def _party(self, title: str, c: CustomerView) -> QGroupBox:
        place = ", ".join(part for part in (c.postcode, c.city, c.country) if part)
        rows = [
            (self.tr("Name"), c.name),
            (self.tr("Account"), c.account_number),
            (self.tr("Address"), c.address),
            (self.tr("City"), place),
            (self.tr("Phone"), c.phone),
            (self.tr("E-mail"), c.email),
            (self.tr("USCC"), c.uscc),
            (self.tr("EU VAT"), c.eu_vat),
            (self.tr("EORI"), c.eori),
        ]
        return form_box(title, rows)

    def _flight(self) -> QGroupBox:
        f = self.view.flight
        rows = [
            (self.tr("Flight"), f"{f.flight_number}  {f.departure_date.isoformat()}"),
            (self.tr("Route"), f"{f.origin} → {f.destination}"),
            (self.tr("Departs"), f.departs_local),
            (self.tr("Arrives"), f.arrives_local),
            (self.tr("Aircraft"), " ".join(p for p in (f.aircraft_type, f.registration) if p)),
        ]
        return form_box(self.tr("Flight"), rows)

    def _cargo(self) -> QGroupBox:
        v = self.view
        rows = [
            (self.tr("Goods"), v.goods_description),
            (self.tr("Pieces"), format_quantity(v.pieces)),
            (
                self.tr("Gross weight"),
                self.tr("{kg} kg").format(kg=format_quantity(v.gross_weight_kg)),
            ),
            (self.tr("Volume"), self.tr("{m3} m³").format(m3=format_quantity(v.volume_m3))),
            (
                self.tr("Chargeable weight"),
                self.tr("{kg} kg").format(kg=format_quantity(v.chargeable_weight_kg)),
            ),
            (self.tr("HS code"), v.hs_code),
            (self.tr("Handling codes"), " ".join(v.shc)),
            (self.tr("Security"), label(SECURITY, v.security_status)),
            (self.tr("Declared value"), v.declared_value),
            (self.tr("Payment"), label(PAYMENT, v.payment)),
        ]
        return form_box(self.tr("Cargo"), rows)

    def _dimensions(self) -> QGroupBox | None:
        if not self.view.dimensions:
            return None
        headers = [
            self.tr("Length cm"),
            self.tr("Width cm"),
            self.tr("Height cm"),
            self.tr("Pieces"),
        ]
        rows = [
            [str(d.length_cm), str(d.width_cm), str(d.height_cm), str(d.pieces)]
            for d in self.view.dimensions
        ]
        return table_box(self.tr("Dimensions"), headers, rows, numeric={0, 1, 2, 3})

    def _lithium(self) -> QGroupBox | None:
        li: LithiumView | None = self.view.lithium
        if li is None:
            return None
        rows = [
            (self.tr("Packing instruction"), li.packing_instruction),
            (self.tr("Cell"), _amounts(li.cell_wh, li.cell_lithium_g)),
            (self.tr("Battery"), _amounts(li.battery_wh, li.battery_lithium_g)),
            (
                self.tr("State of charge"),
                None if li.state_of_charge_pct is None else f"{li.state_of_charge_pct} %",
            ),
            (self.tr("Statement"), li.statement),
        ]
        return form_box(self.tr("Lithium batteries"), rows)

    def _milestones(self) -> QGroupBox | None:
        if not self.view.milestones:
            return None
        headers = [self.tr("Milestone"), self.tr("Station"), self.tr("Local time"), self.tr("Note")]
        rows = [
            [f"{label(MILESTONES, m.code)} ({m.code})", m.station, m.occurred_local, m.note or ""]
            for m in self.view.milestones
        ]
        return table_box(self.tr("Milestones"), headers, rows, stretch=3)

    def _prices(self) -> QGroupBox:
        charges = self.view.charges
        if not charges:
            box = QGroupBox(self.tr("Price"))
            layout = QVBoxLayout(box)
            layout.addWidget(QLabel(self.tr("Booked without a price: no tariff covers this lane.")))
            return box
        due = {"C": self.tr("Carrier"), "A": self.tr("Agent")}
        headers = [
            self.tr("Code"),
            self.tr("Due to"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Rate"),
            self.tr("Amount"),
        ]
        rows = [
            [
                c.code,
                due.get(c.due, c.due),
                c.description,
                format_quantity(c.quantity),
                "" if c.rate is None else format_quantity(c.rate),
                money(c.amount, c.currency),
            ]
            for c in charges
        ]
        total = selectable(self.tr("Total: {amounts}").format(amounts=" + ".join(totals(charges))))
        total.setAlignment(RIGHT)
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        return table_box(
            self.tr("Price"), headers, rows, numeric={3, 4, 5}, stretch=2, footer=total
        )


def _amounts(wh: Decimal | None, grams: Decimal | None) -> str | None:
    parts = [f"{wh} Wh" if wh is not None else "", f"{grams} g Li" if grams is not None else ""]
    text = "  ".join(p for p in parts if p)
    return text or None


def selectable(text: str) -> QLabel:
    shown = QLabel(text)
    shown.setTextInteractionFlags(SELECTABLE)
    shown.setWordWrap(True)
    return shown


def form_box(title: str, rows: Sequence[tuple[str, str | None]]) -> QGroupBox:
    """A titled box of "label: value" lines; a line with no value is left out."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for name, value in rows:
        if value:
            form.addRow(name, selectable(value))
    return box


def table_box(
    title: str,
    headers: list[str],
    rows: list[list[str]],
    *,
    numeric: frozenset[int] | set[int] = frozenset(),
    stretch: int | None = None,
    footer: QWidget | None = None,
) -> QGroupBox:
    """A titled, read-only table as tall as its rows, and a ``footer`` under it. With a
    ``stretch`` column it spans the box; without, it is as wide as its columns, on the left."""
    box = QGroupBox(title)
    table = QTableWidget(len(rows), len(headers))
    for c, text in enumerate(headers):
        heading = QTableWidgetItem(text)
        heading.setTextAlignment(RIGHT if c in numeric else LEFT)
        table.setHorizontalHeaderItem(c, heading)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in numeric:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    frame = 2 * table.frameWidth()
    height = header.sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(height + frame)
    line = QHBoxLayout()
    line.addWidget(table)
    if stretch is None:
        table.setFixedWidth(sum(table.columnWidth(c) for c in range(len(headers))) + frame)
        line.addStretch(1)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    layout = QVBoxLayout(box)
    layout.addLayout(line)
    if footer is not None:
        layout.addWidget(footer)
    return box
