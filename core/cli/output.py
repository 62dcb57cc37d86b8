"""Text for people: aligned tables and label blocks that measure what a terminal shows.

A Chinese character takes two terminal columns (Unicode East Asian Width W or F), a
combining mark or a zero-width joiner none; len() would misalign every column after a
Chinese shipper's name.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from core.services.views import to_jsonable

Align = Literal["left", "right"]
ELLIPSIS = "…"
GAP = "  "


def char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(char) for char in text)


def truncate(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` columns, marking the cut with an ellipsis."""
    if display_width(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        if used + char_width(char) > width - 1:
            break
        kept.append(char)
        used += char_width(char)
    return "".join(kept) + ELLIPSIS


def pad(text: str, width: int, align: Align = "left") -> str:
    room = " " * max(width - display_width(text), 0)
    return room + text if align == "right" else text + room


@dataclass(frozen=True)
class Column:
    header: str
    align: Align = "left"
    max_width: int | None = None  # long names are cut so the row stays on one line


def table(columns: Sequence[Column], rows: Iterable[Sequence[str]]) -> str:
    """Rows under a header, each column as wide as its widest cell; numbers right-aligned."""
    cells = [
        [
            truncate(cell, col.max_width) if col.max_width else cell
            for cell, col in zip(row, columns, strict=True)
        ]
        for row in rows
    ]
    widths = [
        max([display_width(col.header), *(display_width(row[i]) for row in cells)])
        for i, col in enumerate(columns)
    ]
    lines = [_line([c.header for c in columns], columns, widths)]
    lines.extend(_line(row, columns, widths) for row in cells)
    return "\n".join(lines)


def _line(cells: Sequence[str], columns: Sequence[Column], widths: Sequence[int]) -> str:
    padded = (pad(cell, w, col.align) for cell, col, w in zip(cells, columns, widths, strict=True))
    return GAP.join(padded).rstrip()


def labelled(pairs: Iterable[tuple[str, str | None]]) -> str:
    """A block of "label   value" lines; empty values are left out."""
    shown = [(label, value) for label, value in pairs if value not in (None, "")]
    width = max((display_width(label) for label, _ in shown), default=0)
    return "\n".join(f"{pad(label, width)}{GAP}{value}" for label, value in shown)


def kg(value: Decimal) -> str:
    return f"{value} kg"


def m3(value: Decimal) -> str:
    return f"{value} m3"


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def json_text(document: Any) -> str:
    """One JSON document: Decimals and dates as exact strings (views.to_jsonable)."""
    return json.dumps(to_jsonable(document), ensure_ascii=False, indent=2)
