"""The weights a booking form shows as the clerk types, by core's pure rules (exact, fast
enough for every key): volume, volumetric and chargeable weight. A figure that cannot be
worked out yet (a half-typed weight) is None; core's validation says why."""

from __future__ import annotations

from decimal import Decimal

from core.domain.measures import (
    chargeable_weight_kg,
    cm3_to_m3,
    parse_dimensions,
    parse_weight_kg,
    volume_cm3,
    volumetric_weight_kg,
)
from core.errors import ValidationError

Figures = tuple[Decimal | None, Decimal | None, Decimal | None]


def measures(gross_weight_kg: str, dimensions: str) -> Figures:
    """(volume m3, volumetric kg, chargeable kg) of what is typed so far."""
    volume = _volume(dimensions)
    gross = _weight(gross_weight_kg)
    volumetric = None if volume is None else volumetric_weight_kg(volume)
    chargeable = None if gross is None else chargeable_weight_kg(gross, volume or 0)
    return (None if volume is None else cm3_to_m3(volume), volumetric, chargeable)


def _volume(text: str) -> int | None:
    if not text.strip():
        return None
    try:
        return volume_cm3(parse_dimensions(text))
    except ValidationError:
        return None


def _weight(text: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        return parse_weight_kg(text)
    except ValidationError:
        return None
