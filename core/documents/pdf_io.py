"""Writing documents to disk, naming them, and the metadata every PDF carries."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from core.files import write_atomic

__all__ = [
    "AUTHOR",
    "DocumentInfo",
    "apply_info",
    "pdf_date",
    "safe_filename",
    "write_atomic",
]

AUTHOR = "FreightDesk"


# Characters Windows forbids in file names, path separators everywhere, and control chars.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_BLANKS = re.compile(r"\s+")
_UNDERSCORES = re.compile("_{2,}")
# Windows reserves these device names whatever the extension ("CON.pdf" cannot be opened).
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{n}" for n in range(1, 10)]
    + [f"LPT{n}" for n in range(1, 10)]
)
_MAX_CHARS = 80
# Most file systems allow 255 bytes per name; leave room for a suffix such as ".pdf".
_MAX_BYTES = 200


def safe_filename(text: str, *, default: str = "document") -> str:
    """A file name (without extension) built from user data, valid on Windows and POSIX.

    Keeps Chinese and other letters (every current file system stores Unicode names);
    separators, Windows-forbidden and control characters and blanks become one "_";
    leading dots and dashes go (hidden files, command-line options), so do trailing dots
    (Windows drops them); device names get a "_" prefix; the length is bounded.
    """
    name = unicodedata.normalize("NFC", text)
    name = _UNDERSCORES.sub("_", _BLANKS.sub("_", _FORBIDDEN.sub("_", name)))
    name = _bound(name.lstrip(".-_").rstrip(". _"))
    if not name:
        return default
    if name.split(".")[0].upper() in _RESERVED:
        return f"_{name}"
    return name


def _bound(name: str) -> str:
    name = name[:_MAX_CHARS]
    while len(name.encode("utf-8")) > _MAX_BYTES:
        name = name[:-1]
    return name.rstrip(". _")


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF says about itself (File > Properties), and its fixed creation date.

    ``created`` is a business date (e.g. the invoice's issue date), not the time of
    printing, so a reprint is byte-identical to the issued document.
    """

    title: str
    subject: str
    created: datetime.date
    keywords: str = ""


def pdf_date(day: datetime.date) -> str:
    """PDF date string (ISO 32000-1, 7.9.4) for midnight UTC of ``day``."""
    return f"D:{day:%Y%m%d}000000+00'00'"


def apply_info(canvas: Any, info: DocumentInfo) -> None:
    """Set title, author, subject, creator, keywords and dates on a reportlab canvas.

    The canvas must be made with ``invariant=1`` (fixed timestamp and document id); the
    date formatter then prints ``info.created`` as CreationDate and ModDate.
    """
    canvas.setTitle(info.title)
    canvas.setAuthor(AUTHOR)
    canvas.setSubject(info.subject)
    canvas.setCreator(AUTHOR)
    canvas.setKeywords(info.keywords)
    stamp = pdf_date(info.created)
    canvas.setDateFormatter(lambda *_parts: stamp)
