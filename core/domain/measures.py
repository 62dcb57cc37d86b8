"""Weights, dimensions and volume (DOMAIN.md, "Weights and volume").

Units: weights are Decimal kg in code and int grams in storage; volume is int cm3.
Never float: every rule here is exact (Decimal, int, or Fraction for the volumetric
divisor, since cm3 / 6000 has no finite decimal expansion).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from core.errors import ValidationError

MAX_CONSIGNMENT_KG = Decimal("150000")  # above a B747-8F's payload: a typo, not cargo
MAX_PIECES = 99999
MAX_DIMENSION_CM = 2000  # 20 m: longer than any main-deck position

VOLUMETRIC_DIVISOR_CM3_PER_KG = 6000  # IATA: 6000 cm3 = 1 kg
GRAM = Decimal("0.001")
LITRE_M3 = Decimal("0.001")

# Plain decimal text as typed: optional sign, digits, optional point, optional exponent.
# Stricter than Decimal(), which also takes "1_000", "NaN" or Arabic-Indic digits.
_DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
_DIMENSION_SEPARATORS = re.compile(r"[xX*×]")
_LINE_SEPARATORS = re.compile(r"[,;]")


def parse_decimal(value: str | int | Decimal, field: str, code: str, **params: object) -> Decimal:
    """A finite Decimal from typed text, an int or a Decimal; ``code`` names the failure.

    Floats are refused outright (TypeError): a float has already lost the exact value.
    """
    if isinstance(value, float):
        raise TypeError(f"{field}: pass str, int or Decimal, never float")
    number = _to_decimal(value)
    if number is None or not number.is_finite():
        shown = str(value).strip()
        raise ValidationError(field, code, f"{shown!r} is not a number", value=value, **params)
    return number


def _to_decimal(value: object) -> Decimal | None:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # exponent beyond what Decimal can hold
            return None
    return None


def parse_weight_kg(
    value: str | int | Decimal,
    field: str = "gross_weight_kg",
    *,
    maximum: Decimal = MAX_CONSIGNMENT_KG,
) -> Decimal:
    """A weight in kg: positive, at most ``maximum``, whole grams; returned to 0.001 kg."""
    kg = parse_decimal(value, field, "weight.not_a_number")
    if kg <= 0:
        raise ValidationError(field, "weight.not_positive", "weight must be above 0 kg", value=kg)
    if kg > maximum:
        raise ValidationError(
            field,
            "weight.too_large",
            f"weight must be at most {maximum} kg",
            value=kg,
            maximum=maximum,
        )
    # Storage holds int grams, so a finer weight could not be saved as typed.
    if kg != kg.quantize(GRAM):
        raise ValidationError(
            field, "weight.precision", "weight has at most 3 decimals (whole grams)", value=kg
        )
    return kg.quantize(GRAM)


def kg_to_g(kg: Decimal) -> int:
    """Exact grams; ValueError when the weight is not whole grams (never rounds silently)."""
    grams = kg.scaleb(3)
    if not grams.is_finite() or grams != grams.to_integral_value():
        raise ValueError(f"{kg} kg is not a whole number of grams")
    return int(grams)


def g_to_kg(g: int) -> Decimal:
    return Decimal(g).scaleb(-3).quantize(GRAM)


def cm3_to_m3(cm3: int, *, rounding: str = ROUND_HALF_UP) -> Decimal:
    """Volume in m3 to 0.001 m3 (one litre) for display; half up unless told otherwise.

    Pass ROUND_DOWN for space left and ROUND_UP for space needed, so a refusal never reads
    "2.101 m3 left, needs 2.101 m3".
    """
    return Decimal(cm3).scaleb(-6).quantize(LITRE_M3, rounding=rounding)


def m3_to_cm3(m3: Decimal) -> int:
    """Exact cm3; ValueError when the volume is not whole cm3."""
    cm3 = m3.scaleb(6)
    if not cm3.is_finite() or cm3 != cm3.to_integral_value():
        raise ValueError(f"{m3} m3 is not a whole number of cm3")
    return int(cm3)


def parse_pieces(value: str | int, field: str = "pieces") -> int:
    """A piece count: a whole number from 1 to MAX_PIECES (Cargo-IMP carries 5 digits)."""
    pieces = _to_int(value)
    if pieces is None:
        raise ValidationError(
            field,
            "pieces.not_an_integer",
            f"{str(value).strip()!r} is not a whole number",
            value=str(value).strip(),
        )
    if pieces < 1:
        raise ValidationError(field, "pieces.not_positive", "at least 1 piece", value=pieces)
    if pieces > MAX_PIECES:
        raise ValidationError(
            field,
            "pieces.too_many",
            f"at most {MAX_PIECES} pieces",
            value=pieces,
            maximum=MAX_PIECES,
        )
    return pieces


def _to_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER_TEXT.fullmatch(value.strip()):
        return int(value.strip())
    return None


@dataclass(frozen=True)
class DimensionLine:
    """One dimension line: pieces of the same size, in whole cm."""

    length_cm: int
    width_cm: int
    height_cm: int
    pieces: int

    @property
    def volume_cm3(self) -> int:
        # DOMAIN: volume per line = L x W x H (cm) x pieces.
        return self.length_cm * self.width_cm * self.height_cm * self.pieces


def _whole_cm(value: str | int | Decimal, field: str, side: str) -> int:
    """DOMAIN: dimensions are rounded to whole cm, 0.5 up; refused if that leaves 0 or less."""
    cm = parse_decimal(value, field, "dimension.not_a_number", side=side)
    # Compared before rounding, so quantize never meets an absurd exponent.
    if cm < Decimal("0.5"):
        raise ValidationError(
            field, "dimension.not_positive", f"{side} must be at least 1 cm", side=side, value=cm
        )
    if cm >= MAX_DIMENSION_CM + Decimal("0.5"):
        raise ValidationError(
            field,
            "dimension.too_large",
            f"{side} must be at most {MAX_DIMENSION_CM} cm",
            side=side,
            value=cm,
            maximum=MAX_DIMENSION_CM,
        )
    return int(cm.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_dimension_line(
    length: str | int | Decimal,
    width: str | int | Decimal,
    height: str | int | Decimal,
    pieces: str | int,
    field: str = "dimensions",
) -> DimensionLine:
    return DimensionLine(
        _whole_cm(length, field, "length"),
        _whole_cm(width, field, "width"),
        _whole_cm(height, field, "height"),
        parse_pieces(pieces, field),
    )


def parse_dimensions(text: str, field: str = "dimensions") -> list[DimensionLine]:
    """CLI text "60x40x35x3,120x80x100": LxWxH[xPieces] (pieces default 1), lines by , or ;."""
    entries = [entry.strip() for entry in _LINE_SEPARATORS.split(text)]
    entries = [entry for entry in entries if entry]  # tolerate a trailing separator
    if not entries:
        raise ValidationError(field, "dimension.empty", "enter at least one LxWxH line")
    return [_parse_dimension_entry(entry, field) for entry in entries]


def _parse_dimension_entry(entry: str, field: str) -> DimensionLine:
    parts = [part.strip() for part in _DIMENSION_SEPARATORS.split(entry)]
    if len(parts) not in (3, 4):
        raise ValidationError(
            field,
            "dimension.format",
            f"write dimensions as LxWxH or LxWxHxPieces in cm, not {entry!r}",
            text=entry,
        )
    pieces = parts[3] if len(parts) == 4 else 1
    return parse_dimension_line(parts[0], parts[1], parts[2], pieces, field)


def volume_cm3(lines: Iterable[DimensionLine]) -> int:
    return sum(line.volume_cm3 for line in lines)


def volumetric_weight_kg(volume_cm3: int) -> Decimal:
    """IATA cm3 / 6000, to the gram (half up) for display only.

    The chargeable and bubble rules never use this rounded figure: they compare the exact
    fraction, so 0.0005 kg of rounding can never move a weight across a 0.5 kg step.
    """
    # 6000 cm3 per kg is 6 cm3 per gram; (n + 3) // 6 is n / 6 rounded half up, in ints.
    return g_to_kg((_checked_volume(volume_cm3) + 3) // 6)


def _checked_volume(volume_cm3: int) -> int:
    if volume_cm3 < 0:
        raise ValueError(f"volume cannot be negative: {volume_cm3} cm3")
    return volume_cm3


def _exact_volumetric_kg(volume_cm3: int) -> Fraction:
    return Fraction(_checked_volume(volume_cm3), VOLUMETRIC_DIVISOR_CM3_PER_KG)


def _exact_kg(kg: Decimal) -> Fraction:
    if not kg.is_finite() or kg < 0:
        raise ValueError(f"weight must be a finite number of kg >= 0, not {kg}")
    return Fraction(kg)


def _round_up_half_kg(kg: Fraction) -> Decimal:
    """IATA: chargeable weight is rounded UP to the next 0.5 kg."""
    halves = math.ceil(kg * 2)
    return Decimal(halves) * Decimal("0.5")


def chargeable_weight_kg(gross_kg: Decimal, volume_cm3: int) -> Decimal:
    """IATA: max(gross, volumetric), rounded up to the next 0.5 kg (e.g. 42.0, 5.0)."""
    return _round_up_half_kg(max(_exact_kg(gross_kg), _exact_volumetric_kg(volume_cm3)))


def bubble_shared_weight_kg(gross_kg: Decimal, volume_cm3: int, share_pct: Decimal) -> Decimal:
    """Bubble sharing (分泡): actual + x% of (volumetric - actual) when volumetric is more.

    x = 100 is the plain IATA rule, 50 "half bubble"; the result is rounded up to 0.5 kg.
    """
    if not share_pct.is_finite() or not 0 <= share_pct <= 100:
        raise ValidationError(
            "bubble_share_pct",
            "bubble_share.out_of_range",
            "the bubble share is a percentage from 0 to 100",
            value=share_pct,
        )
    actual = _exact_kg(gross_kg)
    bubble = max(_exact_volumetric_kg(volume_cm3) - actual, Fraction(0))
    return _round_up_half_kg(actual + Fraction(share_pct) / 100 * bubble)
