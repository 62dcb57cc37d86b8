"""The one place the GUI turns errors into words for the clerk (ARCHITECTURE rule 5).

A FreightDeskError is translated by its stable code (context "errors"); until a
translation exists for the code, its English default text is shown. Anything else is a
bug: the clerk gets a short line, the traceback went to the log where it was caught.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import FreightDeskError


def error_text(error: BaseException) -> str:
    if isinstance(error, FreightDeskError):
        return _translated(error)
    return QCoreApplication.translate("errors", "Unexpected error: {error}").format(
        error=str(error) or type(error).__name__
    )


def _translated(error: FreightDeskError) -> str:
    text = QCoreApplication.translate("errors", error.code)
    if text == error.code:
        return error.message
    try:
        return text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message
