"""Editing one tariff: its validity, currency, minimum charge, normal rate and breaks.

The lane, carrier and customer are shown, not edited (a different lane is another
tariff). The form checks the shape of what is typed; core checks it again with the rate
sheet's own rules and names the field at fault, whose message appears under it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from gui.errors import field_message
from gui.tariffs_data import TariffForm, save_tariff
from gui.validators import ISO_DATE_LENGTH, IsoDateValidator
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.errors import FreightDeskError
    from core.services.tariffs import TariffView
    from gui.data import DataAccess

BREAKS = (45, 100, 300, 500, 1000)  # IATA weight breaks (core.domain.rating.BREAKS)
# Up to 9 digits and 4 decimals: the precision core keeps for rates (DOMAIN, Precision).
NUMBER = QRegularExpression(r"\d{0,9}([.]\d{0,4})?")
CURRENCY = QRegularExpression(r"[A-Za-z]{0,3}")
MNEMONICS = {45: "Q&45", 100: "Q&100", 300: "Q&300", 500: "Q&500", 1000: "Q100&0"}  # Alt+digit


def error_style(widget: QWidget) -> str:
    """Red text that reads on the light and the dark palette."""
    dark = widget.palette().window().color().lightness() < 128
    return f"color: {'#ff8a80' if dark else '#b3261e'};"


class TariffEditorDialog(QDialog):
    """Opened with ``open()``; ``saved(view)`` once core accepted the change."""

    saved = Signal(object)  # the TariffView as stored

    def __init__(
        self,
        view: TariffView,
        data: DataAccess,
        worker: BackgroundWorker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tariff_editor")
        self.view, self._data, self._worker = view, data, worker
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.general = QLabel()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self._fill()
        self._retranslate()
        # Room for a one-line message under a field, in any font size (no fixed pixels).
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)

    # -- the form ------------------------------------------------------------------------
    def _lay_out(self) -> None:
        form = QFormLayout()
        names = ["valid_from", "valid_to", "currency", "M", "N", *(f"Q{kg}" for kg in BREAKS)]
        for name in names:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setValidator(self._validator(name, edit))
            edit.textEdited.connect(partial(self._clear_error, name))
            error = QLabel()
            error.setObjectName(f"{name}_error")
            error.setWordWrap(True)
            error.setStyleSheet(error_style(self))
            error.hide()
            label = QLabel()
            label.setBuddy(edit)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.fields[name], self.errors[name], self.labels[name] = edit, error, label
        self.general.setStyleSheet(error_style(self))
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _validator(name: str, edit: QLineEdit) -> QRegularExpressionValidator | IsoDateValidator:
        if name in ("valid_from", "valid_to"):
            edit.setMaxLength(ISO_DATE_LENGTH)
            return IsoDateValidator(edit)
        return QRegularExpressionValidator(CURRENCY if name == "currency" else NUMBER, edit)

    def _fill(self) -> None:
        t = self.view.tariff
        self.fields["valid_from"].setText(t.valid_from.isoformat())
        self.fields["valid_to"].setText(t.valid_to.isoformat() if t.valid_to else "")
        self.fields["currency"].setText(t.currency)
        self.fields["M"].setText(f"{t.minimum:f}")
        self.fields["N"].setText(f"{t.normal:f}")
        for kg in BREAKS:
            rate = t.breaks.get(kg)
            self.fields[f"Q{kg}"].setText("" if rate is None else f"{rate:f}")

    def form(self) -> TariffForm:
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        return TariffForm(
            currency=text["currency"].upper(),
            valid_from=text["valid_from"],
            valid_to=text["valid_to"],
            minimum=text["M"],
            normal=text["N"],
            breaks={kg: text[f"Q{kg}"] for kg in BREAKS},
        )

    # -- saving --------------------------------------------------------------------------
    def _save(self) -> None:
        for name in self.fields:
            self._clear_error(name)
        if not self._dates_complete():
            return
        self.buttons.setEnabled(False)
        self._worker.submit(
            partial(save_tariff, self._data, self.view.id, self.form()),
            on_done=self._on_saved,
            on_failed=self._on_failed,
        )

    def _dates_complete(self) -> bool:
        """A half-typed date is caught here, before a round trip to core."""
        for name in ("valid_from", "valid_to"):
            if not self.fields[name].hasAcceptableInput():
                self.show_error(name, self.tr("a date like 2026-12-01"))
                return False
        return True

    def _on_saved(self, outcome: object) -> None:
        if not isValid(self):  # cancelled and closed while core was saving
            return
        self.buttons.setEnabled(True)
        self.saved.emit(getattr(outcome, "value", None))
        self.accept()

    def _on_failed(self, error: object) -> None:
        if not isValid(self):
            return
        self.buttons.setEnabled(True)
        failure: FreightDeskError = error  # type: ignore[assignment]
        field, text = field_message(failure)
        if field == "breaks":  # a break core refused as a whole: beside the first one
            field = "Q45"
        self.show_error(field, text)

    def show_error(self, field: str | None, text: str) -> None:
        """Under the field at fault, focused; else below the form."""
        label = self.errors.get(field or "")
        if label is None:
            self.general.setText(text)
            self.general.show()
            return
        label.setText(text)
        label.show()
        edit = self.fields[field or ""]
        edit.setFocus()
        edit.selectAll()

    def _clear_error(self, name: str, *_args: object) -> None:
        self.errors[name].hide()
        self.general.hide()

    # -- language ------------------------------------------------------------------------
    def _retranslate(self) -> None:
        t, v = self.view.tariff, self.view
        self.setWindowTitle(
            self.tr("Edit tariff {lane}").format(lane=f"{t.origin}–{t.destination}")
        )
        self.heading.setText(
            self.tr("{lane} · carrier {carrier} · customer {customer}").format(
                lane=f"{t.origin} → {t.destination}",
                carrier=t.carrier or self.tr("any"),
                customer=v.customer or self.tr("all"),
            )
        )
        texts = {
            "valid_from": self.tr("Valid &from:"),
            "valid_to": self.tr("Valid &to:"),
            "currency": self.tr("C&urrency:"),
            "M": self.tr("&Minimum charge (M):"),
            "N": self.tr("&Normal rate (N) per kg:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for kg, marked in MNEMONICS.items():
            self.labels[f"Q{kg}"].setText(
                self.tr("{weight_break} per kg:").format(weight_break=marked)
            )
        self.fields["valid_to"].setPlaceholderText(self.tr("open-ended"))
        for kg in BREAKS:
            self.fields[f"Q{kg}"].setPlaceholderText(self.tr("no break"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
