"""The bundled fonts, registered with Qt so Chinese renders without system CJK fonts.

DejaVu Sans covers Latin, Greek, Cyrillic and Vietnamese (the consignees' names);
WenQuanYi Micro Hei covers Chinese and Japanese kana. The application font keeps the
system's own family first (the clerk's usual UI font) and falls back to the bundled ones,
glyph by glyph (QFont.setFamilies), so a workstation without CJK fonts still shows every
shipper's name, and so do screenshots taken offscreen.

The fallbacks are named before the files are registered: Qt resolves families when it
lays text out, so an English window on a machine with fonts of its own may paint first
and register the bundled ones right after (~10 ms), before any data (a Chinese name)
arrives; a Chinese window, or a machine with no font at all, registers them first.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc")
FAMILIES = ("DejaVu Sans", "WenQuanYi Micro Hei")  # what FONT_FILES bring


def register_bundled_fonts(keep: ExitStack) -> list[str]:
    """Register the bundled font files; returns the families they bring.

    ``keep`` holds the files open for as long as the app runs: Qt reads a registered file
    when it draws, and from an installed zip the file exists only inside ``as_file``.
    """
    from importlib.resources import as_file, files  # ~9 ms: not before the first paint

    families: list[str] = []
    folder = files("resources.fonts")
    for name in FONT_FILES:
        path = keep.enter_context(as_file(folder / name))
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def system_draws_latin(app: QGuiApplication) -> bool:
    """Has the machine a font of its own for the window's Latin text? (Only a bare system,
    or a test's empty fontconfig, has none: the bundled fonts must then come first.)"""
    return QFontMetrics(app.font()).inFontUcs4(ord("A"))


def use_fallbacks(app: QGuiApplication, families: Sequence[str] = FAMILIES) -> QFont:
    """The application font: the system's family first, then the bundled ones."""
    font = app.font()
    first = font.family()
    font.setFamilies([first, *[f for f in families if f != first]])
    app.setFont(font)
    return font
