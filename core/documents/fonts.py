"""The fonts embedded in every document, and which one prints each run of text.

reportlab has no automatic font fallback: a character missing from the current font prints
as an empty box. So text is split into runs and each run gets a font that has its glyphs:
DejaVu Sans for Latin (with Romanian, Turkish and Uzbek letters), Greek and Cyrillic;
WenQuanYi Micro Hei for Chinese. Both are TrueType, embedded as subsets, so a PDF looks the
same on a workstation without any CJK font (the built-in STSong-Light is never embedded,
and Noto CJK's CFF outlines are refused by reportlab: neither is used).

Characters neither font can print correctly are refused at input by :func:`check_printable`
with advice to transliterate, so nothing silently prints as boxes. That check reads only the
fonts' cmap tables (:mod:`.font_coverage`), so validating text never imports reportlab nor
parses whole fonts (0.2 s per process for the CJK collection); documents register them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from core.documents.font_coverage import cmap_coverage
from core.errors import ValidationError

__all__ = [
    "CJK",
    "FONT_PACKAGE",
    "SANS",
    "SANS_BOLD",
    "check_printable",
    "font_runs",
    "is_printable",
    "register_fonts",
    "script_name",
]

FONT_PACKAGE = "resources.fonts"
SANS = "FD-DejaVuSans"
SANS_BOLD = "FD-DejaVuSans-Bold"
CJK = "FD-WenQuanYiMicroHei"


@dataclass(frozen=True)
class _FontFile:
    name: str
    file: str
    subfont_index: int = 0


# wqy-microhei.ttc holds two faces: 0 is the proportional Micro Hei, 1 the Mono variant.
_FONT_FILES = (
    _FontFile(SANS, "DejaVuSans.ttf"),
    _FontFile(SANS_BOLD, "DejaVuSans-Bold.ttf"),
    _FontFile(CJK, "wqy-microhei.ttc", subfont_index=0),
)

# Fonts tried in order for each character. WenQuanYi has no bold face: bold Chinese prints
# in the regular weight (faking bold by stroking would blur small print).
_REGULAR_CHAIN = (SANS, CJK)
_BOLD_CHAIN = (SANS_BOLD, SANS, CJK)

# Unicode bidi classes of right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko...)
# and Arabic-Indic digits: DejaVu has some of these glyphs, but reportlab here does no
# bidi reordering or Arabic joining, so they would print reversed and unjoined.
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
# Emoji and pictograph blocks: DejaVu has a few faces, not the rest; refusing the whole
# range keeps the rule predictable for a clerk (a name never needs them).
_EMOJI_FIRST, _EMOJI_LAST = 0x1F000, 0x1FAFF
# Words that end a script's name in a Unicode character name ("THAI CHARACTER KO KAI").
_NAME_KINDS = frozenset(
    {"LETTER", "CHARACTER", "SIGN", "DIGIT", "SYLLABLE", "VOWEL", "MARK", "LIGATURE", "SYMBOL"}
)
_MAX_SHOWN = 10


@cache
def register_fonts() -> None:
    """Register the packaged fonts with reportlab, once per process.

    The files are read through importlib.resources, so this works from a source tree, an
    installed wheel or a frozen bundle (as_file extracts a zipped resource for the read).
    """
    # Imported here: validating text (is_printable) must not pay for importing reportlab.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    package = resources.files(FONT_PACKAGE)
    for font in _FONT_FILES:
        with resources.as_file(package / font.file) as path:
            # TTFont reads the whole file here; the path is not needed afterwards.
            ttf = TTFont(font.name, str(path), subfontIndex=font.subfont_index)
        pdfmetrics.registerFont(ttf)


@cache
def _coverage(font_name: str) -> frozenset[int]:
    """Code points the font's cmap maps to a glyph: the keys of reportlab's charToGlyph."""
    font = next(font for font in _FONT_FILES if font.name == font_name)
    with resources.as_file(resources.files(FONT_PACKAGE) / font.file) as path:
        return cmap_coverage(str(path), font.subfont_index)


def font_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into ``(run, font_name)`` pairs, each run printable in its font.

    Letters take the first font of the chain that has them (DejaVu before WenQuanYi, so
    Latin and Cyrillic look the same everywhere). Spaces, digits, punctuation and combining
    marks stay in the current run when its font has them, so "郑州 2 号" is one run rather
    than five. A character no font has goes to the first font (it prints as a box):
    :func:`check_printable` is what keeps such text out.
    """
    register_fonts()  # callers measure the runs next: the fonts must be known by then
    chain = _BOLD_CHAIN if bold else _REGULAR_CHAIN
    if text.isascii():  # DejaVu has every ASCII character: the common case in one step
        return [(text, chain[0])] if text else []
    runs: list[tuple[str, str]] = []
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        first, followers = _choice(char, chain)
        if current is not None and current in followers:
            continue
        font = first or current or chain[0]
        if font != current:
            if current is not None:
                runs.append((text[start:index], current))
            current, start = font, index
    if current is not None:
        runs.append((text[start:], current))
    return runs


@cache
def _choice(char: str, chain: tuple[str, ...]) -> tuple[str | None, frozenset[str]]:
    """The first font of ``chain`` with ``char``, and the fonts a run may keep it in.

    Letters (L*) choose their font; anything else (spaces, digits, punctuation, marks) may
    stay in the current run when that run's font has it.
    """
    code = ord(char)
    covering = [font for font in chain if code in _coverage(font)]
    neutral = not unicodedata.category(char).startswith("L")
    return (covering[0] if covering else None), frozenset(covering if neutral else ())


@cache  # per character (bounded by Unicode): names and addresses repeat their letters
def is_printable(char: str) -> bool:
    """True when the embedded fonts print ``char`` correctly (see module docstring)."""
    code = ord(char)
    if char in " \n":
        return True
    if _EMOJI_FIRST <= code <= _EMOJI_LAST:
        return False
    if unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
        return False
    return any(code in _coverage(font) for font in _REGULAR_CHAIN)


def check_printable(text: str, field: str) -> None:
    """Raise ValidationError ``text.script`` when ``text`` has characters we cannot print.

    The advice is to transliterate: carriers and customs read Latin script anyway.
    """
    if text.isascii() and text.isprintable():  # DejaVu has every printable ASCII character
        return
    if all(map(is_printable, text)):  # the common case, without building a list
        return
    bad = [char for char in text if not is_printable(char)]
    if not bad:
        return
    script = script_name(bad[0])
    shown = "".join(dict.fromkeys(bad))[:_MAX_SHOWN]
    raise ValidationError(
        field,
        "text.script",
        f"{field}: characters of {script} cannot be printed on documents; transliterate to Latin",
        script=script,
        characters=shown,
    )


def script_name(char: str) -> str:
    """A readable script name from the Unicode character name, e.g. "Thai", "Arabic"."""
    code = ord(char)
    if _EMOJI_FIRST <= code <= _EMOJI_LAST:
        return "emoji"
    name = unicodedata.name(char, "")
    if not name:
        return f"U+{code:04X}"
    words: list[str] = []
    for word in name.split():
        if word in _NAME_KINDS:
            break
        words.append(word)
    return " ".join(words or name.split()[:1]).title()
