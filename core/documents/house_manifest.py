"""The house (consolidation) manifest of one master AWB, rendered from plain data.

DOMAIN.md, "Documents": MAWB, flight and date, origin and destination, the consolidator and
totals; one line per HAWB with its number, origin–destination, pieces, weight, shipper,
consignee, goods description, HS code, declared value and currency, customs mode and SHCs.
After the lines come the totals, by customs mode and by destination country (what the
broker and China customs reconcile against). A4 landscape; the header and "Page N of M" are
the furniture of :class:`.page.FurnishedCanvas`, the rows are drawn straight on the canvas
by :class:`.manifest_rows.RowPainter` like the flight manifest's, so a 20,000-house
manifest keeps to the same performance bound (:mod:`.house_manifest_layout`).
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.documents.fonts import check_printable
from core.documents.house_manifest_layout import draw_house_manifest, house_furniture
from core.documents.manifest import ManifestPoint
from core.documents.page import FurnishedCanvas
from core.domain.money import Money
from core.errors import ValidationError

__all__ = [
    "GroupTotal",
    "HouseLine",
    "HouseManifestData",
    "HouseManifestTotals",
    "RenderedHouseManifest",
    "build_house_manifest",
    "house_totals",
]

_LIMITS = {
    "house_number": 24,
    "route": 12,
    "shipper": 70,
    "consignee": 160,  # name, city and country
    "goods": 600,  # several items' descriptions
    "hs_code": 120,
    "customs_mode": 4,
    "country": 2,
}


@dataclass(frozen=True, slots=True)
class HouseLine:
    house_number: str
    route: str  # origin–destination: "CGO–DE"
    pieces: int
    gross_weight_kg: Decimal
    shipper: str
    consignee: str  # name, city and country
    goods: str  # the items' descriptions, "; " between them
    hs_code: str  # the items' codes, " " between them
    values: tuple[Money, ...]  # declared value per currency
    customs_mode: str | None
    shc: tuple[str, ...]
    country: str  # the consignee's country, for the totals


@dataclass(frozen=True)
class HouseManifestData:
    mawb: str
    carrier: str
    flight_number: str
    flight_date: datetime.date
    origin: ManifestPoint
    destination: ManifestPoint
    consolidator: str | None  # the forwarder (seller setting)
    tendered_pieces: int | None  # what went to the airline (bags, pallets)
    lines: Sequence[HouseLine]


@dataclass(frozen=True)
class GroupTotal:
    key: str  # customs mode or country code ("—" when not given)
    houses: int
    pieces: int
    gross_weight_kg: Decimal
    values: tuple[Money, ...]


@dataclass(frozen=True)
class HouseManifestTotals:
    houses: int
    pieces: int
    gross_weight_kg: Decimal
    values: tuple[Money, ...]
    by_mode: tuple[GroupTotal, ...]
    by_country: tuple[GroupTotal, ...]


@dataclass(frozen=True)
class RenderedHouseManifest:
    pdf: bytes
    pages: int
    totals: HouseManifestTotals


def build_house_manifest(data: HouseManifestData) -> RenderedHouseManifest:
    """Validate, then draw every page in one pass (byte-identical for the same data)."""
    _validate(data)
    totals = house_totals(data.lines)
    buffer = io.BytesIO()
    canvas = FurnishedCanvas(buffer, furniture=house_furniture(data))
    pages = draw_house_manifest(canvas, data, totals)
    canvas.save()
    return RenderedHouseManifest(buffer.getvalue(), pages, totals)


def house_totals(lines: Sequence[HouseLine]) -> HouseManifestTotals:
    everything = _group(lines, "")
    return HouseManifestTotals(
        houses=everything.houses,
        pieces=everything.pieces,
        gross_weight_kg=everything.gross_weight_kg,
        values=everything.values,
        by_mode=_groups(lines, lambda line: line.customs_mode or "—"),
        by_country=_groups(lines, lambda line: line.country or "—"),
    )


def _groups(lines: Sequence[HouseLine], key: Callable[[HouseLine], str]) -> tuple[GroupTotal, ...]:
    grouped: dict[str, list[HouseLine]] = {}
    for line in lines:
        grouped.setdefault(key(line), []).append(line)
    return tuple(_group(members, name) for name, members in sorted(grouped.items()))


def _group(lines: Iterable[HouseLine], key: str) -> GroupTotal:
    houses = pieces = 0
    weight = Decimal(0)
    values: dict[str, Decimal] = {}
    for line in lines:
        houses += 1
        pieces += line.pieces
        weight += line.gross_weight_kg
        for value in line.values:
            values[value.currency] = values.get(value.currency, Decimal(0)) + value.amount
    money = tuple(Money(amount, currency) for currency, amount in sorted(values.items()))
    return GroupTotal(key, houses, pieces, weight, money)


def _validate(data: HouseManifestData) -> None:
    """The first thing the manifest cannot print correctly, as a ValidationError."""
    checked: set[str] = set()
    for name, value in (
        ("mawb", data.mawb),
        ("carrier", data.carrier),
        ("flight_number", data.flight_number),
        ("origin.name", data.origin.name),
        ("destination.name", data.destination.name),
        ("consolidator", data.consolidator or ""),
    ):
        _check_text(value, name, 120, checked)
    for index, line in enumerate(data.lines):
        where = f"lines[{index}]"
        for name, limit in _LIMITS.items():
            _check_text(getattr(line, name) or "", f"{where}.{name}", limit, checked)
        if line.pieces < 1 or line.gross_weight_kg <= 0:
            raise ValidationError(
                f"{where}.pieces", "number.range", f"{where}: pieces and weight above 0"
            )


def _check_text(value: str, name: str, limit: int, checked: set[str]) -> None:
    if len(value) > limit:
        raise ValidationError(
            name, "text.too_long", f"{name}: at most {limit} characters (got {len(value)})"
        )
    if value not in checked:  # names and goods repeat across thousands of parcels
        check_printable(value, name)
        checked.add(value)
