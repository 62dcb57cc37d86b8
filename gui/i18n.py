"""Languages: FreightDesk's own translations and Qt's, switched while the app runs.

The English source texts need no catalogue, except for plural forms ("1 booking",
"2 bookings"): freightdesk_en.qm carries only those. freightdesk_zh_CN.qm carries every
text, and qtbase_zh_CN.qm from the PySide6 wheel translates Qt's own dialogs and
buttons. Installing a translator sends every widget a LanguageChange event; each screen
then sets its texts again (Screen.retranslate).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

# Each language is named in itself, so a clerk finds their own in a foreign menu.
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"


def system_language() -> str:
    """zh_CN for a Chinese system (we ship Simplified Chinese), else English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Languages(QObject):
    changed = Signal(str)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = DEFAULT_LANGUAGE

    def use(self, language: str) -> None:
        """Switch to ``language`` (a key of LANGUAGES); unknown codes fall back to English."""
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = [t for t in self._translators(language) if t is not None]
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.current = language
        self.changed.emit(language)

    def _translators(self, language: str) -> list[QTranslator | None]:
        own = self._load_own(language)
        if language == DEFAULT_LANGUAGE:
            return [own]
        qt = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        return [own, qt if qt.load(f"qtbase_{language}", folder) else None]

    def _load_own(self, language: str) -> QTranslator | None:
        from importlib.resources import as_file, files  # ~9 ms: not before the first paint

        translator = QTranslator(self)
        resource = files("resources.translations") / f"freightdesk_{language}.qm"
        # After load() the catalogue is in memory (read, or mapped on Unix), so the
        # temporary copy a zipped install makes may go.
        with as_file(resource) as path:
            return translator if translator.load(str(path)) else None
