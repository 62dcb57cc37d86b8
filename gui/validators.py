"""Input checks as the clerk types, before anything reaches core (which checks again)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QValidator

IATA_CODE_LENGTH = 3
ISO_DATE_LENGTH = 10  # 2026-12-01


class AirportCodeValidator(QValidator):
    """Letters only, upper-cased as typed; acceptable when blank (any) or three letters."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        code = text.upper()
        if not (code.isascii() and (code.isalpha() or not code)):
            return QValidator.State.Invalid, text, pos
        if len(code) in (0, IATA_CODE_LENGTH):
            return QValidator.State.Acceptable, code, pos
        return QValidator.State.Intermediate, code, pos


class IsoDateValidator(QValidator):
    """A date as 2026-12-01 (unambiguous in English and Chinese); blank means any."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text:
            return QValidator.State.Acceptable, text, pos
        if len(text) > ISO_DATE_LENGTH or any(ch not in "0123456789-" for ch in text):
            return QValidator.State.Invalid, text, pos
        if parse_iso_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


def parse_iso_date(text: str) -> date | None:
    if len(text) != ISO_DATE_LENGTH:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
