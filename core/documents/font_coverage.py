"""Which characters a TrueType font has, read straight from its 'cmap' table.

Deciding whether text can be printed needs only each font's character coverage, not the
whole font: reportlab's TTFont parses every table of the file (the 5 MB WenQuanYi
collection takes 0.2 s), while the cmap is a few kilobytes. This reader seeks to the table
directory and the cmap alone, so validating a customer or a parcel never imports reportlab.

It reads what reportlab reads: the Unicode subtables (platform 3 encodings 1 and 10,
platform 0), format 12 (full repertoire) before format 4 (BMP), and keeps the code points
mapped to a real glyph (not 0, ".notdef"). Like reportlab, a font with a space glyph also
prints U+00A0 NO-BREAK SPACE with it, and the other way round.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

__all__ = ["FontFormatError", "cmap_coverage", "read_coverage"]

_TTC_TAG = b"ttcf"
_SPACE, _NO_BREAK_SPACE = 0x20, 0xA0
# (platform, encoding) pairs whose subtables are keyed by Unicode code points. Platform 0
# encoding 5 is a variation-sequence table (format 14), not a character map.
_UNICODE_PLATFORMS = frozenset({(3, 1), (3, 10), (0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 6)})
# Formats read, best first: 12 covers every plane, 4 only the Basic Multilingual Plane.
_FORMATS = (12, 4)


class FontFormatError(ValueError):
    """The file is not a TrueType font (or collection) with a Unicode cmap we can read."""


def cmap_coverage(path: str, subfont_index: int = 0) -> frozenset[int]:
    """Code points the font at ``path`` maps to a glyph (``subfont_index`` for a .ttc)."""
    with open(path, "rb") as file:
        return read_coverage(file, subfont_index)


def read_coverage(file: BinaryIO, subfont_index: int = 0) -> frozenset[int]:
    """As :func:`cmap_coverage`, from an open binary file positioned anywhere."""
    cmap = _read_cmap_table(file, _sfnt_offset(file, subfont_index))
    codes = _subtable_codes(cmap, _best_subtable(cmap))
    if _SPACE in codes or _NO_BREAK_SPACE in codes:
        codes |= {_SPACE, _NO_BREAK_SPACE}
    return frozenset(codes)


def _read(file: BinaryIO, offset: int, size: int) -> bytes:
    file.seek(offset)
    data = file.read(size)
    if len(data) != size:
        raise FontFormatError(f"font file cut short at byte {offset + len(data)}")
    return data


def _sfnt_offset(file: BinaryIO, subfont_index: int) -> int:
    """Where the font's own header starts: 0, or the collection's entry for the index."""
    if _read(file, 0, 4) != _TTC_TAG:
        return 0
    (count,) = struct.unpack(">I", _read(file, 8, 4))
    if not 0 <= subfont_index < count:
        raise FontFormatError(f"font collection has no subfont {subfont_index} (has {count})")
    (offset,) = struct.unpack(">I", _read(file, 12 + 4 * subfont_index, 4))
    return int(offset)


def _read_cmap_table(file: BinaryIO, sfnt: int) -> bytes:
    (table_count,) = struct.unpack(">H", _read(file, sfnt + 4, 2))
    directory = _read(file, sfnt + 12, 16 * table_count)
    for tag, _checksum, offset, length in struct.iter_unpack(">4sIII", directory):
        if tag == b"cmap":
            return _read(file, offset, length)
    raise FontFormatError("font has no 'cmap' table")


def _best_subtable(cmap: bytes) -> int:
    """Offset (within the cmap) of the best Unicode subtable of a format we read."""
    _version, count = struct.unpack_from(">HH", cmap, 0)
    found: dict[int, int] = {}
    for platform, encoding, offset in struct.iter_unpack(">HHI", cmap[4 : 4 + 8 * count]):
        if (platform, encoding) in _UNICODE_PLATFORMS:
            (fmt,) = struct.unpack_from(">H", cmap, offset)
            found.setdefault(fmt, offset)
    for fmt in _FORMATS:
        if fmt in found:
            return found[fmt]
    raise FontFormatError("font has no Unicode cmap subtable in format 4 or 12")


def _subtable_codes(cmap: bytes, offset: int) -> set[int]:
    (fmt,) = struct.unpack_from(">H", cmap, offset)
    if fmt == 12:
        return _format_12(cmap, offset)
    return _format_4(cmap, offset)


def _format_12(cmap: bytes, offset: int) -> set[int]:
    """Segmented coverage: groups of consecutive codes mapped to consecutive glyphs."""
    (group_count,) = struct.unpack_from(">I", cmap, offset + 12)
    start = offset + 16
    groups = cmap[start : start + 12 * group_count]
    codes: set[int] = set()
    for first, last, first_glyph in struct.iter_unpack(">III", groups):
        # Only a group starting at glyph 0 maps a code to .notdef: its first one.
        codes.update(range(first + (first_glyph == 0), last + 1))
    return codes


def _format_4(cmap: bytes, offset: int) -> set[int]:
    """Segment mapping to delta values: the BMP in ranges, glyphs by delta or by array."""
    length, _language, double_segments = struct.unpack_from(">HHH", cmap, offset + 2)
    segments = double_segments // 2
    limit = min(len(cmap), offset + length)  # glyph ids past the subtable are not there
    ends_at = offset + 14
    starts_at = ends_at + 2 * segments + 2  # a reserved pad word follows the end codes
    deltas_at = starts_at + 2 * segments
    range_offsets_at = deltas_at + 2 * segments
    ends = struct.unpack_from(f">{segments}H", cmap, ends_at)
    starts = struct.unpack_from(f">{segments}H", cmap, starts_at)
    deltas = struct.unpack_from(f">{segments}h", cmap, deltas_at)
    range_offsets = struct.unpack_from(f">{segments}H", cmap, range_offsets_at)
    codes: set[int] = set()
    for n, (first, last, delta, range_offset) in enumerate(
        zip(starts, ends, deltas, range_offsets, strict=True)
    ):
        if first > last:
            continue
        if range_offset == 0:
            notdef = -delta & 0xFFFF  # the one code the delta would wrap to glyph 0
            codes.update(code for code in range(first, last + 1) if code != notdef)
            continue
        # idRangeOffset counts bytes from its own position to the segment's glyph ids.
        glyphs_at = range_offsets_at + 2 * n + range_offset
        count = min(last - first + 1, max(0, (limit - glyphs_at) // 2))
        glyphs = struct.unpack_from(f">{count}H", cmap, glyphs_at) if count else ()
        codes.update(
            code
            for code, glyph in zip(range(first, first + count), glyphs, strict=True)
            if glyph and (glyph + delta) & 0xFFFF
        )
    return codes
