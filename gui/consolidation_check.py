"""The customs and dangerous-goods check of a consolidation, house by house.

Blocking findings come first, in red, then warnings in amber, then information: what
stops the consolidation from being manifested or closed, and why, is read at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gui.row_model import Field, RowModel
from gui.tables import fit_columns, make_table

if TYPE_CHECKING:
    from core.domain.customs import ConsolidationCheck, Finding

CONTEXT = "ConsolidationCheck"
SEVERITY_TEXT = {
    "blocking": QT_TRANSLATE_NOOP("ConsolidationCheck", "Blocking"),
    "warning": QT_TRANSLATE_NOOP("ConsolidationCheck", "Warning"),
    "info": QT_TRANSLATE_NOOP("ConsolidationCheck", "Information"),
}
RANK = {"blocking": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class FindingLine:
    house: str
    order: int  # the house's place in the consolidation
    finding: Finding

    @property
    def severity(self) -> str:
        return str(self.finding.severity)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_text(finding: Finding) -> str:
    """The rule in the clerk's language, by its code (context "findings"), else English."""
    text = QCoreApplication.translate("findings", finding.code)
    if text == finding.code:
        return finding.message
    try:
        return text.format(**finding.params)
    except (KeyError, IndexError, ValueError):
        return finding.message


def _dark() -> bool:
    return QGuiApplication.palette().base().color().lightness() < 128


def severity_colour(line: FindingLine) -> QColor | None:
    if line.severity == "blocking":
        return QColor("#ff8a80" if _dark() else "#b71c1c")
    if line.severity == "warning":
        return QColor("#ffd180" if _dark() else "#8a5a00")
    return None


FIELDS: tuple[Field[FindingLine], ...] = (
    Field(
        QT_TRANSLATE_NOOP("ConsolidationCheck", "Severity"),
        lambda f: _tr(SEVERITY_TEXT.get(f.severity, f.severity)),
        sort_key=lambda f: (RANK.get(f.severity, 9), f.order),
        foreground=severity_colour,
    ),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationCheck", "House"),
        lambda f: f.house,
        sort_key=lambda f: (f.order, RANK.get(f.severity, 9)),
    ),
    Field(QT_TRANSLATE_NOOP("ConsolidationCheck", "Field"), lambda f: f.finding.field),
    Field(
        QT_TRANSLATE_NOOP("ConsolidationCheck", "Rule"),
        lambda f: rule_text(f.finding),
        tooltip=lambda f: f"{f.finding.code}: {rule_text(f.finding)}",
    ),
)


def finding_lines(check: ConsolidationCheck) -> list[FindingLine]:
    """Every finding, blocking first, house by house within each severity."""
    lines = [
        FindingLine(house.house_awb, order, finding)
        for order, house in enumerate(check.houses)
        for finding in house.findings
    ]
    return sorted(lines, key=lambda f: (RANK.get(f.severity, 9), f.order))


class CheckDialog(QDialog):
    """Non-modal: the clerk fixes houses on the screen behind it, then checks again."""

    def __init__(self, mawb: str, check: ConsolidationCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consolidation_check")
        self.mawb = mawb
        self.check = check
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model: RowModel[FindingLine] = RowModel(
            CONTEXT, FIELDS, key=lambda f: (f.order, f.finding.code, f.finding.field), parent=self
        )
        self.table = make_table("consolidation_check_findings")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 120, width * 55)
        self.show_check(check)

    def show_check(self, check: ConsolidationCheck) -> None:
        self.check = check
        self.model.set_rows(finding_lines(check))
        fit_columns(self.table, elastic=(3,))
        self._retranslate()

    def summary_text(self) -> str:
        c = self.check
        if not c.houses:
            return self.tr("No houses to check.")
        if c.can_proceed and not c.warning_count:
            return self.tr("All %n houses pass: nothing blocks.", "", len(c.houses))
        blocked = len(c.blocked_houses)
        text = self.tr("%n houses checked", "", len(c.houses))
        text += self.tr("; %n blocked", "", blocked) if blocked else self.tr("; none blocked")
        text += self.tr(" (%n blocking findings", "", c.blocking_count)
        text += self.tr(", %n warnings).", "", c.warning_count)
        if not c.can_proceed:
            text += " " + self.tr(
                "The consolidation cannot be manifested or closed until the blocked houses "
                "are corrected or removed."
            )
        return text

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check of {mawb}").format(mawb=self.mawb))
        self.summary.setText(self.summary_text())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
