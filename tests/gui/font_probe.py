"""Can the application font draw Chinese, Japanese, Cyrillic and Vietnamese? Run as its
own process, under a fontconfig that knows no fonts at all (a workstation without CJK
fonts, at worst).

Prints one JSON object: the glyph checks before and after registering the bundled fonts.
"""

from __future__ import annotations

import json
import os
from contextlib import ExitStack

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFontMetrics, QGuiApplication

from gui.fonts import register_bundled_fonts, use_fallbacks

SAMPLES = {"chinese": "郑", "cyrillic": "Ж", "vietnamese": "ệ", "japanese": "グ"}


def can_draw(app: QGuiApplication) -> dict[str, bool]:
    metrics = QFontMetrics(app.font())
    return {name: metrics.inFontUcs4(ord(text)) for name, text in SAMPLES.items()}


if __name__ == "__main__":
    app = QGuiApplication([])
    use_fallbacks(app)  # named first, registered later: as an English window starts
    before = can_draw(app)
    with ExitStack() as keep:
        families = register_bundled_fonts(keep)
        print(json.dumps({"before": before, "after": can_draw(app), "families": families}))
