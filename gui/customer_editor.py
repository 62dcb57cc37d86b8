"""One customer, to add or to edit: every field core stores, and the agreed terms.

The dialog only shapes input (upper-case codes, digits in percents); core's rules decide,
on the worker, and a refusal is shown under the field it names (gui.errors.field_message).
Escape or Cancel with changes typed asks before throwing them away.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gui.customers_data import CustomerRecord, save_customer
from gui.errors import field_message
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.errors import FreightDeskError
    from core.services.views import CustomerView
    from gui.data import DataAccess

CONTEXT = "CustomerEditor"
ERROR_STYLE = "color: #d93025;"  # readable on the light and the dark palette
FIELD_MIN_CHARS = 34  # wide enough for a Chinese company name without scrolling


class Spec(NamedTuple):
    name: str  # core's field name: errors come back naming it
    label: str  # source text, with its mnemonic
    pattern: str = ""  # what may be typed at all; core still checks the whole value
    upper: bool = False
    max_length: int = 0


PERCENT = r"\d{0,3}(\.\d{0,2})?"
GROUPS: tuple[tuple[str, tuple[Spec, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("CustomerEditor", "Company"),
        (
            Spec(
                "account_number",
                QT_TRANSLATE_NOOP("CustomerEditor", "Acc&ount:"),
                "[A-Za-z0-9-]*",
                True,
                20,
            ),
            Spec("name", QT_TRANSLATE_NOOP("CustomerEditor", "&Name:")),
            Spec("address", QT_TRANSLATE_NOOP("CustomerEditor", "A&ddress:")),
            Spec("postcode", QT_TRANSLATE_NOOP("CustomerEditor", "&Postcode:")),
            Spec("city", QT_TRANSLATE_NOOP("CustomerEditor", "Ci&ty:")),
            Spec(
                "country",
                QT_TRANSLATE_NOOP("CustomerEditor", "Countr&y:"),
                "[A-Za-z]{0,2}",
                True,
                2,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("CustomerEditor", "Contact"),
        (
            Spec("phone", QT_TRANSLATE_NOOP("CustomerEditor", "P&hone:")),
            Spec("email", QT_TRANSLATE_NOOP("CustomerEditor", "E-&mail:")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("CustomerEditor", "Tax identifiers"),
        (
            Spec("uscc", QT_TRANSLATE_NOOP("CustomerEditor", "&USCC:"), "[A-Za-z0-9 -]*", True, 40),
            Spec("eu_vat", QT_TRANSLATE_NOOP("CustomerEditor", "EU &VAT:"), upper=True),
            Spec("eori", QT_TRANSLATE_NOOP("CustomerEditor", "&EORI:"), "[A-Za-z0-9 ]*", True, 24),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("CustomerEditor", "Agreed terms"),
        (
            Spec(
                "discount_pct",
                QT_TRANSLATE_NOOP("CustomerEditor", "D&iscount (%):"),
                PERCENT,
                max_length=6,
            ),
            Spec(
                "bubble_share_pct",
                QT_TRANSLATE_NOOP("CustomerEditor", "&Bubble share (%):"),
                PERCENT,
                max_length=6,
            ),
            Spec(
                "currency",
                QT_TRANSLATE_NOOP("CustomerEditor", "Billing &currency:"),
                "[A-Za-z]{0,3}",
                True,
                3,
            ),
        ),
    ),
)
TIPS = {
    "account_number": QT_TRANSLATE_NOOP(
        "CustomerEditor",
        "Letters, digits and hyphens, e.g. SH-CGO-010; it never changes once saved",
    ),
    "name": QT_TRANSLATE_NOOP("CustomerEditor", "As on the business licence, in its own script"),
    "city": QT_TRANSLATE_NOOP("CustomerEditor", "In Latin letters, as carriers print it"),
    "country": QT_TRANSLATE_NOOP("CustomerEditor", "ISO country code, e.g. CN, DE"),
    "phone": QT_TRANSLATE_NOOP("CustomerEditor", "e.g. +86 371 6817 2305"),
    "uscc": QT_TRANSLATE_NOOP(
        "CustomerEditor",
        "China's unified social credit code: 18 characters, the last a check character",
    ),
    "eori": QT_TRANSLATE_NOOP("CustomerEditor", "EU customs number, e.g. DE4262719"),
    "discount_pct": QT_TRANSLATE_NOOP(
        "CustomerEditor", "Percent off the freight; never below the minimum charge"
    ),
    "bubble_share_pct": QT_TRANSLATE_NOOP(
        "CustomerEditor",
        "分泡: percent of the volumetric excess billed; 100 is the IATA rule, 50 half",
    ),
    "currency": QT_TRANSLATE_NOOP(
        "CustomerEditor", "ISO code such as CNY or EUR; blank bills in the tariff's currency"
    ),
}
SPECS = {spec.name: spec for _title, specs in GROUPS for spec in specs}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _Shaped(QRegularExpressionValidator):
    """Only what the pattern admits, upper-cased as typed when asked."""

    def __init__(self, spec: Spec, parent: QLineEdit) -> None:
        super().__init__(QRegularExpression(spec.pattern or ".*"), parent)
        self._upper = spec.upper

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        shaped = text.upper() if self._upper else text
        state, _text, _pos = super().validate(shaped, pos)
        # Never "Intermediate" for Save's sake: core judges the whole value.
        return (QValidator.State.Invalid if state == QValidator.State.Invalid else
                QValidator.State.Acceptable), shaped, pos  # fmt: skip


class CustomerEditor(QDialog):
    """Add (``record`` None) or edit a customer; ``saved`` carries what core stored."""

    saved = Signal(object)  # CustomerView

    def __init__(
        self,
        worker: BackgroundWorker,
        data: DataAccess,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_editor")
        self._worker, self._data, self.record = worker, data, record
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: list[tuple[QGroupBox, str]] = []
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        self._label_columns: list[list[QLabel]] = []
        self.form_error = _error_label("form_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.discard_box: QMessageBox | None = None
        self._saving = False
        self._discarding = False
        self._lay_out()
        self._fill()
        self._initial = self.values()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        # Where the clerk starts typing: the account of a new customer, else its name.
        self.edits["name" if record else "account_number"].setFocus()

    # -- the form --------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    @property
    def is_changed(self) -> bool:
        return self.values() != self._initial

    def error_of(self, name: str) -> str:
        """The message shown under ``name`` ("" when none), as a test or a reader sees it."""
        form, row = self._error_rows[name]
        return self.errors[name].text() if form.isRowVisible(row) else ""

    def save(self) -> None:
        if self._saving:
            return
        self._clear_errors()
        self._saving = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        existing = self.record.customer.account_number if self.record else None
        self._worker.submit(
            partial(save_customer, self._data, self.values(), existing),
            on_done=self._on_saved,
            on_failed=self._on_refused,
        )

    def reject(self) -> None:
        """Escape, Cancel or the window's close: ask first if anything was typed."""
        if not self.is_changed or self._saving or self._discarding:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"), "", parent=self)
        box.setObjectName("discard_box")
        box.setText(self.tr("The changes to this customer have not been saved."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).clicked.connect(self._discard)
        self.discard_box = box
        box.open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _discard(self) -> None:
        self._discarding = True
        self.reject()

    def retranslate(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            account = self.record.customer.account_number
            self.setWindowTitle(self.tr("Customer {account}").format(account=account))
        for group, title in self.groups:
            group.setTitle(tr(title))
        for name, spec in SPECS.items():
            self.labels[name].setText(tr(spec.label))
            self.edits[name].setToolTip(tr(TIPS[name]) if name in TIPS else "")
        self.edits["currency"].setPlaceholderText(self.tr("as the tariff"))
        self.edits["discount_pct"].setPlaceholderText("0")
        self.edits["bubble_share_pct"].setPlaceholderText("100")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._align_labels()

    # -- results -----------------------------------------------------------------------------
    def _on_saved(self, outcome: object) -> None:
        from core.services.changes import Outcome

        assert isinstance(outcome, Outcome)
        view: CustomerView = outcome.value
        self._saving = False
        self._initial = self.values()
        self.saved.emit(view)
        self.accept()

    def _on_refused(self, error: object) -> None:
        self._saving = False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.show_error(error)  # type: ignore[arg-type]

    def show_error(self, error: FreightDeskError) -> None:
        """Under the field core named, and the cursor there; else above the form."""
        field, text = field_message(error)
        label = self.errors.get(field or "")
        if label is None:
            self.form_error.setText(text)
            self.form_error.show()
            return
        label.setText(text)
        self._show_error_row(field or "", True)
        edit = self.edits[field or ""]
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    def _clear_errors(self) -> None:
        self.form_error.clear()
        self.form_error.hide()
        for name, label in self.errors.items():
            label.clear()
            self._show_error_row(name, False)

    def _show_error_row(self, name: str, shown: bool) -> None:
        form, row = self._error_rows[name]
        form.setRowVisible(row, shown)

    # -- building ----------------------------------------------------------------------------
    def _fill(self) -> None:
        if self.record is None:
            return
        customer, terms = self.record.customer, self.record.agreement
        for name in SPECS:
            value = getattr(customer, name, None)
            if value is not None:
                self.edits[name].setText(str(value))
        self.edits["discount_pct"].setText(_percent_text(terms.discount_pct))
        self.edits["bubble_share_pct"].setText(_percent_text(terms.bubble_share_pct))
        self.edits["currency"].setText(terms.currency or "")
        self.edits["account_number"].setReadOnly(True)  # printed on bookings and invoices

    def _lay_out(self) -> None:
        columns = QHBoxLayout()
        for first in range(0, len(GROUPS), 2):  # company+contact left, tax ids+terms right
            column = QVBoxLayout()
            labels: list[QLabel] = []
            for title, specs in GROUPS[first : first + 2]:
                column.addWidget(self._group(title, specs, labels))
            column.addStretch(1)
            columns.addLayout(column, 1)
            self._label_columns.append(labels)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)

    def _group(self, title: str, specs: tuple[Spec, ...], labels: list[QLabel]) -> QGroupBox:
        group = QGroupBox()
        self.groups.append((group, title))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            label = QLabel()
            self.labels[spec.name] = label
            labels.append(label)
            form.addRow(label, self._field(spec))
            # The message goes on a row of its own under the field, hidden until needed,
            # so the label stays level with its field.
            error = _error_label(f"{spec.name}_error")
            self.errors[spec.name] = error
            form.addRow("", error)
            self._error_rows[spec.name] = (form, form.rowCount() - 1)
            form.setRowVisible(form.rowCount() - 1, False)
        return group

    def _field(self, spec: Spec) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(spec.name)
        if spec.pattern or spec.upper:
            edit.setValidator(_Shaped(spec, edit))
        if spec.max_length:
            edit.setMaxLength(spec.max_length)
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * FIELD_MIN_CHARS)
        self.edits[spec.name] = edit
        self.labels[spec.name].setBuddy(edit)
        return edit

    def _align_labels(self) -> None:
        """One label width per column, so the fields of its two groups line up."""
        for labels in self._label_columns:
            widest = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(widest)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _percent_text(value: object) -> str:
    """5.00 -> "5", 12.50 -> "12.5": as a clerk would type it."""
    text = f"{value}"
    return text.rstrip("0").rstrip(".") if "." in text else text
