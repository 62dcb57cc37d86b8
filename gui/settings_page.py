"""Settings: this workstation (office airport, number prefix, default currency), the company
on its invoices, and the language. Save sends only what changed; core checks every value and
its refusal shows under the field it names (gui.field_errors).

The number series stay core's: a new prefix only changes how the next numbers start, the
counters run on, so invoices stay gapless (core.services.workstation).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import settings_data
from gui.field_errors import FieldErrors
from gui.i18n import LANGUAGES, Languages
from gui.screen import Screen
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from core.services.views import AirportView
    from gui.completers import Lookup
    from gui.data import DataAccess
    from gui.settings_data import SettingsSnapshot

CONTEXT = "SettingsPage"
# (core's field name, label, widest text expected); the label's & picks its Alt key.
WORKSTATION = (
    ("office_airport", QT_TRANSLATE_NOOP("SettingsPage", "&Office airport:"), "WWWWWW"),
    ("workstation_prefix", QT_TRANSLATE_NOOP("SettingsPage", "Number &prefix:"), "WWWWWWWWWW"),
    ("default_currency", QT_TRANSLATE_NOOP("SettingsPage", "Default &currency:"), "WWWWWW"),
)
SELLER = (
    ("name", QT_TRANSLATE_NOOP("SettingsPage", "Company &name:"), ""),
    ("uscc", QT_TRANSLATE_NOOP("SettingsPage", "&USCC:"), "91410100MA2Y29N116WW"),
    ("address", QT_TRANSLATE_NOOP("SettingsPage", "&Address:"), ""),
    ("city", QT_TRANSLATE_NOOP("SettingsPage", "Cit&y:"), ""),
    ("country", QT_TRANSLATE_NOOP("SettingsPage", "Coun&try:"), "WWWW"),
    ("bank", QT_TRANSLATE_NOOP("SettingsPage", "&Bank account:"), ""),
    ("payment_terms", QT_TRANSLATE_NOOP("SettingsPage", "Payment ter&ms:"), ""),
    ("payment_days", QT_TRANSLATE_NOOP("SettingsPage", "Payment &days:"), "00000"),
    ("tax_rate", QT_TRANSLATE_NOOP("SettingsPage", "Ta&x rate %:"), "000.00"),
)
HINTS = {
    "office_airport": QT_TRANSLATE_NOOP("SettingsPage", "Where this office books from, e.g. CGO"),
    "workstation_prefix": QT_TRANSLATE_NOOP(
        "SettingsPage", "Starts every number issued here: CGO1-I000001. Counters never restart."
    ),
    "default_currency": QT_TRANSLATE_NOOP(
        "SettingsPage", "Offered first where a currency is chosen"
    ),
    "uscc": QT_TRANSLATE_NOOP("SettingsPage", "Unified Social Credit Code, 18 characters"),
    "country": QT_TRANSLATE_NOOP("SettingsPage", "Two letters, e.g. CN"),
    "payment_days": QT_TRANSLATE_NOOP("SettingsPage", "Days from the invoice to its due date"),
    "tax_rate": QT_TRANSLATE_NOOP("SettingsPage", "VAT on charges without a rate of their own"),
}
WIDE_CHARS = 40  # a company name or an address at a glance


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SettingsPage(Screen):
    def __init__(
        self,
        worker: BackgroundWorker,
        languages: Languages | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._worker, self._languages = worker, languages
        self._data: DataAccess | None = None
        self.snapshot: SettingsSnapshot | None = None
        self.lookup: Lookup | None = None
        self.errors = FieldErrors("settings_error")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.airport_name = QLabel()
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each in its own language
        self.language_label = QLabel()
        self.groups: list[tuple[QGroupBox, str]] = []
        self.save_button, self.revert_button = QPushButton(), QPushButton()
        self._lay_out()
        self._connect()
        self.retranslate()

    # -- Screen -----------------------------------------------------------------------
    def attach(self, data: DataAccess) -> None:
        from gui.completers import airport_lookup

        self._data = data
        self.lookup = airport_lookup(self.edits["office_airport"], self._worker, data)
        self.lookup.chosen.connect(self._airport_chosen)
        self.refresh()

    def refresh(self) -> None:
        if self._data is None:
            return
        self.say(lambda: self.tr("Loading settings…"))
        self._worker.submit(partial(settings_data.load, self._data), on_done=self._fill)

    def focus_search(self) -> None:
        self.edits["office_airport"].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edits["office_airport"].selectAll()

    def on_changes(self, changes: ChangeSet) -> None:
        from core.services.changes import Entity

        # Changed elsewhere (the command line, another screen): show it, unless the clerk
        # is in the middle of editing here.
        if Entity.SETTINGS in changes and not self.form().workstation and not self._dirty():
            self.refresh()

    def retranslate(self) -> None:
        for name, text, _width in (*WORKSTATION, *SELLER):
            self.labels[name].setText(tr(text))
        for name, hint in HINTS.items():
            self.edits[name].setToolTip(tr(hint))
        for group, title in self.groups:
            group.setTitle(tr(title))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setToolTip(self.tr("Applies at once, and at the next start"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Put back what is saved"))

    # -- the form ---------------------------------------------------------------------
    def form(self) -> settings_data.SettingsForm:
        """What the clerk changed since the settings were loaded or saved."""
        if self.snapshot is None:
            return settings_data.SettingsForm()
        shown = _shown(self.snapshot)
        now = {name: edit.text().strip() for name, edit in self.edits.items()}
        changed = {name: now[name] for name in now if now[name] != shown.get(name, "")}
        tax = changed.pop("tax_rate", None)
        workstation = {k: v for k, v in changed.items() if k in self.snapshot.workstation}
        seller = {k: v for k, v in changed.items() if k not in workstation}
        return settings_data.SettingsForm(workstation, seller, tax)

    def save(self) -> None:
        if self._data is None or self.snapshot is None:
            return
        wanted = self.form()
        self.errors.clear()
        if not self._dirty():
            self.say(lambda: self.tr("Nothing to save"))
            return
        self.save_button.setEnabled(False)
        self.say(lambda: self.tr("Saving settings…"))
        task = partial(settings_data.save, self._data, wanted)
        self._worker.submit(task, on_done=self._saved, on_failed=self._refused)

    def revert(self) -> None:
        self.errors.clear()
        if self.snapshot is not None:
            self._fill(self.snapshot)

    def choose_language(self, row: int) -> None:
        code = self.language_combo.itemData(row)
        if self._languages is not None and code != self._languages.current:
            self._languages.use(code)
        self.language_chosen.emit(code)

    # -- results ----------------------------------------------------------------------
    def _fill(self, snapshot: Any) -> None:
        self.snapshot = snapshot
        for name, value in _shown(snapshot).items():
            self.edits[name].setText(value)
        self.airport_name.clear()
        self.save_button.setEnabled(True)
        self.say(lambda: self.tr("Settings"))
        self.loaded.emit()

    def _saved(self, outcome: Any) -> None:
        self._fill(outcome.value)
        notices = [n.message for n in outcome.notices]
        self.say(lambda: " ".join([self.tr("Settings saved."), *notices]))

    def _refused(self, error: Any) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(error)
        self.say(lambda: self.tr("Not saved: see the field marked in red"), error=True)

    def _airport_chosen(self, airport: AirportView) -> None:
        self.airport_name.setText(f"{airport.name}, {airport.city}")

    def _dirty(self) -> bool:
        wanted = self.form()
        return bool(wanted.workstation or wanted.seller or wanted.default_tax_pct is not None)

    def _sync_language(self, code: str) -> None:
        """The View menu switched the language: show it here too, without switching again."""
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(code), 0))
        self.language_combo.blockSignals(False)

    # -- building ---------------------------------------------------------------------
    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(
            self._group(QT_TRANSLATE_NOOP("SettingsPage", "This workstation"), WORKSTATION)
        )
        display = self._box(QT_TRANSLATE_NOOP("SettingsPage", "Display"))
        self.language_label.setBuddy(self.language_combo)
        display.addRow(self.language_label, self.language_combo)
        left.addWidget(display.parentWidget())
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        company = self._group(QT_TRANSLATE_NOOP("SettingsPage", "Company on invoices"), SELLER)
        columns.addWidget(company, 3, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors.form, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _box(self, title: str) -> QFormLayout:
        group = QGroupBox()
        self.groups.append((group, title))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels at the top of their row, so a message under a field leaves them in place.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def _group(self, title: str, fields: tuple[tuple[str, str, str], ...]) -> QGroupBox:
        form = self._box(title)
        for name, _text, width_text in fields:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.returnPressed.connect(self.save)
            chars = edit.fontMetrics().averageCharWidth()
            if width_text:
                edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance(width_text) + 24)
            else:
                edit.setMinimumWidth(chars * WIDE_CHARS)
            self.edits[name] = edit
            self.labels[name] = label = QLabel()
            label.setBuddy(edit)
            # As tall as the field, so a message under the field leaves the label in place.
            label.setFixedHeight(edit.sizeHint().height())
            form.addRow(
                label, self.errors.field(name, self._with_note(name, edit), *_aliases(name))
            )
        group = form.parentWidget()
        assert isinstance(group, QGroupBox)
        return group

    def _with_note(self, name: str, edit: QLineEdit) -> QWidget:
        if name != "office_airport":
            return edit
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(self.airport_name, 1)
        line.setFocusProxy(edit)
        return line

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.language_combo.activated.connect(self.choose_language)
        if self._languages is not None:
            self._sync_language(self._languages.current)
            self._languages.changed.connect(self._sync_language)


def _aliases(name: str) -> tuple[str, ...]:
    """The names core gives a field in its errors: "seller.uscc", "tax_rate"."""
    if name in {n for n, _t, _w in WORKSTATION}:
        return ()
    return (f"seller.{name}",)


def _shown(snapshot: SettingsSnapshot) -> dict[str, str]:
    """Every field's text as stored (a seller field never set is blank)."""
    seller = snapshot.seller
    texts = {name: getattr(seller, name) or "" for name in settings_data.SELLER_FIELDS}
    texts["payment_days"] = str(seller.payment_days)
    texts["tax_rate"] = str(seller.tax_rate("default"))
    workstation = {name: snapshot.workstation.get(name, "") for name, _t, _w in WORKSTATION}
    return {**workstation, **texts}
