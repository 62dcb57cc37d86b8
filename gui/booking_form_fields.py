"""The booking dialog's fields, in three boxes, each with room for its error beneath it.

Fields are named by the names core's ValidationErrors use (``gross_weight_kg``,
``lithium.cell_wh``), so an error lands next to the field at fault without a table of
translations between the two. ``values()`` reads them all as typed into a BookingForm.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.booking_data import BookingForm, LithiumForm
from gui.dimensions_grid import DimensionsGrid
from gui.flight_picker import FlightPicker
from gui.labels import PAYMENT, SECURITY, SPACE, label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ERROR_STYLE = "color: #c62828;"  # readable on the light and the dark palette
CURRENCIES = ("", "CNY", "EUR", "USD", "HKD", "GBP", "JPY")
PACKING_INSTRUCTIONS = ("PI966", "PI967", "PI969", "PI970")
# Errors about something the form shows elsewhere: the flight's date, its carrier's AWB
# stock or its space belong to the flight picker; a stated volume to the dimensions.
ALIASES = {
    "flight_id": "flight",
    "flight_number": "flight",
    "flight_date": "flight",
    "carrier": "flight",
    "volume_m3": "dimensions",
    "lithium": "lithium.packing_instruction",
}


@dataclass
class Slot:
    """A field, the widget that takes the focus for it, and its error line beneath."""

    field: QWidget
    error: QLabel
    note: QLabel  # a quiet line under the field (the customer's name)
    box: QWidget


def _slot(field: QWidget, focus: QWidget | None = None) -> Slot:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    note, error = QLabel(), QLabel()
    note.setEnabled(False)  # the palette's quiet colour, in light and dark
    note.setWordWrap(True)
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    for line in (note, error):
        line.hide()
        layout.addWidget(line)
    return Slot(focus or field, error, note, box)


def _number() -> QLineEdit:
    line = QLineEdit()
    line.setAlignment(RIGHT)
    return line


def _codes(table: Mapping[str, object] | tuple[str, ...]) -> QComboBox:
    box = QComboBox()
    for code in table:
        box.addItem(code, code)
    return box


class BookingFields(QWidget):
    """Parties and flight, cargo, lithium: every field the clerk fills to book."""

    edited = Signal(str)  # the field the clerk changed, by core's name
    lane_edited = Signal()  # origin or destination finished: the flights change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._captions: list[tuple[QLabel | QGroupBox, Callable[[], str]]] = []
        self.slots: dict[str, Slot] = {}
        self._make_fields()
        self.route = self._route_box()
        self.cargo = self._cargo_box()
        self.lithium = self._lithium_box()
        self._connect()
        self.retranslate()

    # -- building ----------------------------------------------------------------------------
    def _make_fields(self) -> None:
        self.shipper, self.consignee = QLineEdit(), QLineEdit()
        self.origin, self.destination = QLineEdit(), QLineEdit()
        self.flight = FlightPicker()
        self.space = _codes(SPACE)
        self.goods, self.hs_code, self.shc = QLineEdit(), QLineEdit(), QLineEdit()
        self.pieces, self.weight, self.declared_value = _number(), _number(), _number()
        self.dimensions = DimensionsGrid()
        self.currency = _codes(CURRENCIES)
        self.currency.setEditable(True)
        self.security, self.payment = _codes(SECURITY), _codes(PAYMENT)
        self.packing = _codes(PACKING_INSTRUCTIONS)
        self.cell_wh, self.battery_wh = _number(), _number()
        self.cell_g, self.battery_g, self.soc = _number(), _number(), _number()

    def _row(
        self,
        form: QFormLayout,
        name: str,
        field: QWidget,
        caption: Callable[[], str],
        focus: QWidget | None = None,
    ) -> None:
        slot = self.slots[name] = _slot(field, focus)
        slot.field.setObjectName(name)
        title = QLabel()
        title.setBuddy(slot.field)
        self._captions.append((title, caption))
        form.addRow(title, slot.box)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def _route_box(self) -> QGroupBox:
        box = QGroupBox()
        self._captions.append((box, lambda: self.tr("Parties and flight")))
        form = self._form(box)
        self._row(form, "shipper", self.shipper, lambda: self.tr("Shi&pper"))
        self._row(form, "consignee", self.consignee, lambda: self.tr("C&onsignee"))
        self._row(form, "origin", self.origin, lambda: self.tr("Or&igin"))
        self._row(form, "destination", self.destination, lambda: self.tr("&Destination"))
        self._row(form, "flight", self.flight, lambda: self.tr("&Flight"))
        self._row(form, "space_status", self.space, lambda: self.tr("Sp&ace with airline"))
        return box

    def _cargo_box(self) -> QGroupBox:
        box = QGroupBox()
        self._captions.append((box, lambda: self.tr("Cargo")))
        form = self._form(box)
        self._row(form, "goods_description", self.goods, lambda: self.tr("&Goods"))
        self._row(form, "pieces", self.pieces, lambda: self.tr("Pie&ces"))
        self._row(form, "gross_weight_kg", self.weight, lambda: self.tr("Gross &weight kg"))
        self._row(form, "dimensions", self.dimensions, lambda: self.tr("Di&mensions"))
        self._row(form, "hs_code", self.hs_code, lambda: self.tr("&HS code"))
        value = QWidget()
        line = QHBoxLayout(value)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.declared_value, 3)
        line.addWidget(self.currency, 1)
        self._row(
            form,
            "declared_value",
            value,
            lambda: self.tr("Declared &value"),
            focus=self.declared_value,
        )
        self.currency.setObjectName("declared_currency")
        self.slots["declared_currency"] = Slot(
            self.currency, self.slots["declared_value"].error, QLabel(), value
        )
        self._row(form, "shc", self.shc, lambda: self.tr("Hand&ling codes"))
        self._row(form, "security_status", self.security, lambda: self.tr("S&ecurity"))
        self._row(form, "payment", self.payment, lambda: self.tr("Pa&yment"))
        return box

    def _lithium_box(self) -> QGroupBox:
        box = QGroupBox()
        box.setCheckable(True)
        box.setChecked(False)
        self._captions.append((box, lambda: self.tr("Lithium &batteries (Section II)")))
        form = self._form(box)
        rows = (
            ("packing_instruction", self.packing, lambda: self.tr("Pac&king instruction")),
            ("cell_wh", self.cell_wh, lambda: self.tr("Cell Wh")),
            ("battery_wh", self.battery_wh, lambda: self.tr("Battery Wh")),
            ("cell_lithium_g", self.cell_g, lambda: self.tr("Cell lithium g")),
            ("battery_lithium_g", self.battery_g, lambda: self.tr("Battery lithium g")),
            ("state_of_charge_pct", self.soc, lambda: self.tr("State of charge %")),
        )
        for name, field, caption in rows:
            self._row(form, f"lithium.{name}", field, caption)
        return box

    def _connect(self) -> None:
        for name, slot in self.slots.items():
            field = slot.field
            if isinstance(field, QLineEdit):
                field.textEdited.connect(lambda _t, n=name: self.edited.emit(n))
            elif isinstance(field, QComboBox):
                field.currentIndexChanged.connect(lambda _i, n=name: self.edited.emit(n))
        self.currency.editTextChanged.connect(lambda _t: self.edited.emit("declared_currency"))
        self.dimensions.edited.connect(lambda: self.edited.emit("dimensions"))
        self.lithium.toggled.connect(lambda _on: self.edited.emit("lithium.packing_instruction"))
        for lane in (self.origin, self.destination):
            lane.editingFinished.connect(self.lane_edited)

    # -- reading and showing -----------------------------------------------------------------
    def values(self) -> BookingForm:
        flight = self.flight.chosen()
        lithium = None
        if self.lithium.isChecked():
            lithium = LithiumForm(
                self.packing.currentData() or "",
                self.cell_wh.text(),
                self.battery_wh.text(),
                self.cell_g.text(),
                self.battery_g.text(),
                self.soc.text(),
            )
        return BookingForm(
            shipper=self.shipper.text().strip(),
            consignee=self.consignee.text().strip(),
            origin=self.origin.text().strip().upper(),
            destination=self.destination.text().strip().upper(),
            flight_id=None if flight is None else flight.id,
            carrier=flight.carrier if flight else "",
            departure=flight.departure_date if flight else None,
            pieces=self.pieces.text(),
            gross_weight_kg=self.weight.text(),
            dimensions=self.dimensions.lines.text(),
            goods_description=self.goods.text(),
            hs_code=self.hs_code.text(),
            shc=self.shc.text(),
            security_status=self.security.currentData() or "",
            declared_value=self.declared_value.text(),
            declared_currency=self.currency.currentText().strip().upper(),
            payment=self.payment.currentData() or "",
            space_status=self.space.currentData() or "",
            lithium=lithium,
        )

    def slot(self, field: str | None) -> Slot | None:
        name = ALIASES.get(field or "", field or "")
        return self.slots.get(name)

    def show_error(self, field: str | None, text: str) -> bool:
        """Show ``text`` under the field at fault; False when the form has no such field."""
        slot = self.slot(field)
        if slot is None:
            return False
        slot.error.setText(text)
        slot.error.show()
        return True

    def clear_error(self, field: str) -> None:
        slot = self.slot(field)
        if slot is not None:
            slot.error.clear()
            slot.error.hide()

    def errors(self) -> dict[str, str]:
        """The errors shown, by field: what the clerk reads."""
        return {n: s.error.text() for n, s in self.slots.items() if s.error.isVisible()}

    def set_note(self, field: str, text: str) -> None:
        slot = self.slots[field]
        slot.note.setText(text)
        slot.note.setVisible(bool(text))

    def clear_parties_and_cargo(self) -> None:
        """A new booking on the same lane and flight."""
        for line in (self.shipper, self.consignee, self.goods, self.pieces, self.weight):
            line.clear()
        for line in (self.hs_code, self.shc, self.declared_value):
            line.clear()
        for line in (self.cell_wh, self.battery_wh, self.cell_g, self.battery_g, self.soc):
            line.clear()
        self.set_note("shipper", "")
        self.set_note("consignee", "")
        self.currency.setCurrentIndex(0)
        self.lithium.setChecked(False)
        self.dimensions.clear()
        for slot in self.slots.values():
            slot.error.hide()

    def has_typed(self) -> bool:
        lines = (self.shipper, self.consignee, self.goods, self.pieces, self.weight, self.hs_code)
        return any(line.text().strip() for line in lines) or bool(self.dimensions.lines.lines())

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for widget, caption in self._captions:
            if isinstance(widget, QGroupBox):
                widget.setTitle(caption())
            else:
                widget.setText(caption())
        for box, table in ((self.space, SPACE), (self.security, SECURITY), (self.payment, PAYMENT)):
            for n in range(box.count()):
                box.setItemText(n, label(table, box.itemData(n)))
        self.dimensions.lines.retranslate()
        self.shipper.setPlaceholderText(self.tr("Name, account or city"))
        self.consignee.setPlaceholderText(self.tr("Name, account or city"))
        self.origin.setPlaceholderText(self.tr("Code, city or airport"))
        self.destination.setPlaceholderText(self.tr("Code, city or airport"))
        self.shc.setPlaceholderText(self.tr("e.g. ECM ELI"))
        self.hs_code.setPlaceholderText(self.tr("6 to 10 digits"))

    def changeEvent(self, event: QEvent) -> None:
        # A language switch may reach the form while its dialog is being torn down (closed
        # with WA_DeleteOnClose): its group boxes may already be gone then.
        if event.type() == QEvent.Type.LanguageChange and all(
            shiboken6.isValid(widget) for widget, _caption in self._captions
        ):
            self.retranslate()
        super().changeEvent(event)
