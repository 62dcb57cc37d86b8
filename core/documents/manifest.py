"""The flight cargo manifest (ICAO Annex 9 layout), rendered from plain data.

One manifest per flight: operator, flight number, date, points of loading and unloading,
aircraft registration when known, the forwarder; one row per AWB (number, pieces, gross
and chargeable weight, volume, nature of goods, SHCs, destination); totals; "Page N of M"
and the header on every page; a signature block (DOMAIN.md, "Documents").

The service decides what is manifested (only booked consignments with confirmed space:
DOMAIN, "Space") and hands over a :class:`ManifestData`; the renderer checks that it can
print it (lengths, printable scripts, numbers that fit their columns) and refuses with a
ValidationError naming the field otherwise. House AWBs of a consolidation are rows of
kind "house" following their master: drawn indented under it, and left out of the totals
(their pieces and weights are already in the master's).

Rows are drawn on the canvas by :mod:`.manifest_rows` (a 20,000-row manifest must cost
at most 3x a bare canvas); :mod:`.manifest_layout` holds the page design.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from core.documents.fonts import check_printable
from core.documents.manifest_layout import (
    CONFIRMED_ONLY_NOTE,
    ManifestNumbers,
    draw_manifest,
    manifest_furniture,
)
from core.documents.page import FurnishedCanvas
from core.domain.measures import MAX_PIECES
from core.domain.shc import MAX_SHCS
from core.domain.text import FIELD_LIMITS
from core.errors import ValidationError

__all__ = [
    "CONFIRMED_ONLY_NOTE",
    "MANIFEST_LIMITS",
    "ManifestData",
    "ManifestPoint",
    "ManifestRow",
    "ManifestTotals",
    "RenderedManifest",
    "RowKind",
    "build_manifest",
    "manifest_totals",
    "render_manifest",
    "validate_manifest",
]

RowKind = Literal["master", "house"]

# Maximum lengths of what the manifest prints, from core's limits and the columns' sizes.
MANIFEST_LIMITS: dict[str, int] = {
    "operator": FIELD_LIMITS["carrier_name"],
    "flight_number": FIELD_LIMITS["flight_number"],
    "registration": FIELD_LIMITS["aircraft_registration"],
    "aircraft_type": 10,
    "forwarder": FIELD_LIMITS["name"],
    "airport_code": 3,
    "airport_name": 100,  # airport.name
    "awb_number": 12,  # "PPP-SSSSSSSC"; a house AWB number is at most 12 too
    "nature_of_goods": FIELD_LIMITS["goods_description"],
    "shc_code": 3,
    "destination": 3,
    "note": 300,
}


@dataclass(frozen=True)
class ManifestPoint:
    """A point of loading or unloading: the airport's IATA code and name."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ManifestRow:
    awb_number: str
    pieces: int
    gross_weight_kg: Decimal
    chargeable_weight_kg: Decimal
    volume_m3: Decimal
    nature_of_goods: str
    shc: tuple[str, ...]
    destination: str
    kind: RowKind = "master"  # "house": listed indented under the master row before it


@dataclass(frozen=True)
class ManifestTotals:
    awbs: int  # master (or direct) AWBs; house AWBs are counted apart
    pieces: int
    gross_weight_kg: Decimal
    chargeable_weight_kg: Decimal
    volume_m3: Decimal
    houses: int = 0


@dataclass(frozen=True)
class ManifestData:
    operator: str  # the carrier operating the flight
    flight_number: str
    flight_date: datetime.date  # local departure date at the point of loading
    loading: ManifestPoint
    unloading: ManifestPoint
    registration: str | None  # aircraft registration when known; printed "—" otherwise
    forwarder: str | None  # the forwarder issuing the manifest (the seller setting)
    rows: Sequence[ManifestRow]
    aircraft_type: str | None = None
    note: str = field(default=CONFIRMED_ONLY_NOTE)


@dataclass(frozen=True)
class RenderedManifest:
    pdf: bytes
    pages: int
    totals: ManifestTotals


def render_manifest(data: ManifestData) -> bytes:
    """The PDF bytes of ``data``; byte-identical for the same data."""
    return build_manifest(data).pdf


def build_manifest(data: ManifestData) -> RenderedManifest:
    """Validate, then draw every page in one pass; "Page N of M" is added at save time by
    the furnished canvas, which keeps each finished page until the count is known."""
    validate_manifest(data)
    totals = manifest_totals(data.rows)
    numbers = ManifestNumbers.for_rows(data.rows)
    buffer = io.BytesIO()
    canvas = FurnishedCanvas(buffer, furniture=manifest_furniture(data, len(data.rows)))
    pages = draw_manifest(canvas, data, numbers, totals)
    canvas.save()
    return RenderedManifest(buffer.getvalue(), pages, totals)


def manifest_totals(rows: Sequence[ManifestRow]) -> ManifestTotals:
    """Sums over master rows only: a house's pieces and weights are part of its master's."""
    masters = [row for row in rows if row.kind == "master"]
    zero = Decimal(0)
    return ManifestTotals(
        awbs=len(masters),
        pieces=sum(row.pieces for row in masters),
        gross_weight_kg=sum((row.gross_weight_kg for row in masters), zero),
        chargeable_weight_kg=sum((row.chargeable_weight_kg for row in masters), zero),
        volume_m3=sum((row.volume_m3 for row in masters), zero),
        houses=len(rows) - len(masters),
    )


def validate_manifest(data: ManifestData) -> None:
    """Raise ValidationError for the first thing the manifest cannot print correctly."""
    checked: set[str] = set()  # texts already found printable (goods repeat on big flights)
    for name, value, limit in _header_texts(data):
        _check_text(value, name, limit, checked)
    for index, row in enumerate(data.rows):
        _check_row(index, row, checked)
    if data.rows and data.rows[0].kind == "house":
        raise ValidationError(
            "rows[0].kind",
            "manifest.house_without_master",
            "rows[0].kind: a house AWB is listed under its master; the master comes first",
        )


def _header_texts(data: ManifestData) -> Iterator[tuple[str, str, int]]:
    limits = MANIFEST_LIMITS
    yield "operator", data.operator, limits["operator"]
    yield "flight_number", data.flight_number, limits["flight_number"]
    for role, point in (("loading", data.loading), ("unloading", data.unloading)):
        yield f"{role}.code", point.code, limits["airport_code"]
        yield f"{role}.name", point.name, limits["airport_name"]
    for name in ("registration", "forwarder", "aircraft_type"):
        value = getattr(data, name)
        if value is not None:
            yield name, value, limits[name]
    yield "note", data.note, limits["note"]


def _check_row(index: int, row: ManifestRow, checked: set[str]) -> None:
    where = f"rows[{index}]"
    limits = MANIFEST_LIMITS
    _check_text(row.awb_number, f"{where}.awb_number", limits["awb_number"], checked)
    _check_text(row.nature_of_goods, f"{where}.nature_of_goods", limits["nature_of_goods"], checked)
    _check_text(row.destination, f"{where}.destination", limits["destination"], checked)
    if len(row.shc) > MAX_SHCS:
        raise ValidationError(
            f"{where}.shc",
            "shc.too_many",
            f"{where}.shc: at most {MAX_SHCS} codes",
            max_count=MAX_SHCS,
        )
    for code in row.shc:
        _check_text(code, f"{where}.shc", limits["shc_code"], checked)
    if row.kind not in ("master", "house"):
        raise ValidationError(f"{where}.kind", "manifest.kind", f"{where}.kind: master or house")
    if not isinstance(row.pieces, int) or not 1 <= row.pieces <= MAX_PIECES:
        raise ValidationError(
            f"{where}.pieces",
            "pieces.range",
            f"{where}.pieces: a whole number 1 to {MAX_PIECES}",
            maximum=MAX_PIECES,
        )


def _check_text(value: str, name: str, limit: int, checked: set[str]) -> None:
    if not isinstance(value, str):
        raise ValidationError(
            name, "text.type", f"{name}: expected text", type=type(value).__name__
        )
    if len(value) > limit:
        raise ValidationError(
            name,
            "text.too_long",
            f"{name}: at most {limit} characters (got {len(value)})",
            max_len=limit,
            length=len(value),
        )
    if value not in checked:
        check_printable(value, name)
        checked.add(value)
