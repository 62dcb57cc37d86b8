"""The flight that guards its space (ARCHITECTURE.md rule 2; DOMAIN.md, "Space").

A forwarder sells only its allotment on a flight: block space agreed with the airline,
in weight AND volume. A booking must fit both; either one running out refuses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_UP, Decimal

from core.domain.measures import cm3_to_m3, g_to_kg
from core.errors import CapacityExceeded, InvalidState, ValidationError

FULL_SHARE_BP = 10_000  # basis points: 2500 = 25 %
GRAMS_PER_KG = 1000
CM3_PER_DM3 = 1000


@dataclass(frozen=True)
class FlightSpace:
    """What a forwarder holds on one flight, and what it has booked against it."""

    flight_label: str  # e.g. "CV9741 2026-12-01"
    allotment_weight_g: int
    allotment_volume_cm3: int
    booked_weight_g: int
    booked_volume_cm3: int
    is_open: bool = True

    def __post_init__(self) -> None:
        _require_not_negative(
            allotment_weight_g=self.allotment_weight_g,
            allotment_volume_cm3=self.allotment_volume_cm3,
            booked_weight_g=self.booked_weight_g,
            booked_volume_cm3=self.booked_volume_cm3,
        )

    @property
    def remaining_weight_g(self) -> int:
        # An allotment cut below what is booked shows 0 left, never a negative figure.
        return max(0, self.allotment_weight_g - self.booked_weight_g)

    @property
    def remaining_volume_cm3(self) -> int:
        return max(0, self.allotment_volume_cm3 - self.booked_volume_cm3)

    def accept(self, weight_g: int, volume_cm3: int) -> None:
        """Refuse a booking unless the flight is open and it fits weight AND volume.

        Exactly filling the allotment is accepted. Raises InvalidState ("flight.closed")
        or CapacityExceeded ("flight.capacity"); returns nothing when the booking fits.
        """
        _require_not_negative(weight_g=weight_g, volume_cm3=volume_cm3)
        if not self.is_open:
            raise InvalidState(
                "flight.closed",
                f"flight {self.flight_label} is closed for booking",
                flight_label=self.flight_label,
            )
        too_heavy = self.booked_weight_g + weight_g > self.allotment_weight_g
        too_bulky = self.booked_volume_cm3 + volume_cm3 > self.allotment_volume_cm3
        if too_heavy or too_bulky:
            raise self._exceeded(weight_g, volume_cm3, too_heavy, too_bulky)

    def _exceeded(
        self, weight_g: int, volume_cm3: int, too_heavy: bool, too_bulky: bool
    ) -> CapacityExceeded:
        # Space left rounds down and space needed rounds up, so the figures never read
        # "2.101 m3 left, needs 2.101 m3".
        left_kg = g_to_kg(self.remaining_weight_g)
        left_m3 = cm3_to_m3(self.remaining_volume_cm3, rounding=ROUND_DOWN)
        need_kg = g_to_kg(weight_g)
        need_m3 = cm3_to_m3(volume_cm3, rounding=ROUND_UP)
        return CapacityExceeded(
            "flight.capacity",
            f"flight {self.flight_label} has {_kg(left_kg)} kg and {left_m3} m3 left; "
            f"this booking needs {_kg(need_kg)} kg and {need_m3} m3",
            flight_label=self.flight_label,
            remaining_weight_kg=left_kg,
            remaining_volume_m3=left_m3,
            requested_weight_kg=need_kg,
            requested_volume_m3=need_m3,
            exceeds=",".join(
                name for name, hit in (("weight", too_heavy), ("volume", too_bulky)) if hit
            ),
        )


def _kg(kg: Decimal) -> str:
    """A weight as clerks write it: "312.5", "400.0", "312.456"; exact, never rounded."""
    text = f"{kg.normalize():f}"
    return text if "." in text else f"{text}.0"


def _require_not_negative(**quantities: int) -> None:
    for name, quantity in quantities.items():
        if quantity < 0:
            raise ValueError(f"{name} cannot be negative: {quantity}")


def allotment_from_share(payload_g: int, volume_cm3: int, share_bp: int) -> tuple[int, int]:
    """The default allotment: a share of the aircraft's payload and volume (DOMAIN "Space").

    ``share_bp`` is in basis points (2500 = 25 %). Both figures round DOWN, weight to the
    whole kg and volume to the whole dm3 (litre): rounding up would promise the clerk
    space the airline never gave.
    """
    if isinstance(share_bp, bool) or not 0 <= share_bp <= FULL_SHARE_BP:
        raise ValidationError(
            "allotment_share_bp",
            "allotment.share_out_of_range",
            "the allotment share is from 0 to 10000 basis points (0 to 100 %)",
            value=share_bp,
        )
    _require_not_negative(payload_g=payload_g, volume_cm3=volume_cm3)
    weight_g = payload_g * share_bp // (FULL_SHARE_BP * GRAMS_PER_KG) * GRAMS_PER_KG
    volume = volume_cm3 * share_bp // (FULL_SHARE_BP * CM3_PER_DM3) * CM3_PER_DM3
    return weight_g, volume
