"""User text into reportlab Paragraphs, as text and never as markup.

reportlab obeys markup in Paragraph text: ``<img src="/etc/passwd"/>`` reads a local file,
``<a href="http://...">`` makes a link, ``<font color=...>`` is evaluated. A customer's name
comes from a clerk, a spreadsheet or a marketplace export, so every piece of it is escaped
(``& < > " '``) and wrapped in ``<font name=...>`` tags that we build from the per-run font
choice of :mod:`.fonts`. No caller passes user text to ``Paragraph`` directly: they call
:func:`paragraph` or :func:`markup`. (Documents mostly avoid Paragraph altogether: the
flowables of :mod:`.flowables` and :mod:`.rows` draw runs with no markup parser at all.)

:func:`lock_down_reportlab` is defence in depth for the URL side: with no trusted host and
no trusted scheme, reportlab refuses to fetch any ``http:``, ``file:`` or ``data:`` URL.
(It opens plain local paths without asking those settings, which is why escaping is the
rule and the lock-down only a second wall.)
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from core.documents.fonts import font_runs, register_fonts

__all__ = ["escape_text", "lock_down_reportlab", "markup", "paragraph"]

# Quotes too: our markup puts font names in attributes, and an escaped quote can never
# close one.
_ENTITIES = {'"': "&quot;", "'": "&#39;"}


@cache
def lock_down_reportlab() -> None:
    """Trust no host and no URL scheme; colours only by name or hex, never evaluated.

    Process-wide reportlab settings (rl_settings.py, reportlab 5.1): ``trustedHosts`` None
    and ``trustedSchemes`` empty make every URL fetch raise; ``toColorCanUse`` None stops
    colour strings from being parsed as Python literals.
    """
    rl_config.trustedHosts = None
    rl_config.trustedSchemes = []
    rl_config.toColorCanUse = None


def escape_text(text: str) -> str:
    """``text`` with ``& < > " '`` as entities: Paragraph prints it literally."""
    return escape(text, _ENTITIES)


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup printing ``text`` exactly, each run in a font that has its glyphs.

    Line breaks (in a multi-line address) become ``<br/>``; nothing else of the text is
    ever interpreted.
    """
    return "<br/>".join(_line_markup(line, bold) for line in text.split("\n"))


def _line_markup(line: str, bold: bool) -> str:
    return "".join(
        f'<font name="{font}">{escape_text(run)}</font>' for run, font in font_runs(line, bold=bold)
    )


def paragraph(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A Paragraph printing user ``text`` literally (see module docstring)."""
    lock_down_reportlab()
    register_fonts()
    return Paragraph(markup(text, bold=bold), style)
