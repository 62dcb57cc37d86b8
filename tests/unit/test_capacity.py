"""The flight guards its space: weight AND volume (ARCHITECTURE.md rule 2)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.capacity import FlightSpace, allotment_from_share
from core.errors import CapacityExceeded, InvalidState, ValidationError


def flight(**changes: object) -> FlightSpace:
    space = FlightSpace(
        flight_label="CV9741 2026-12-01",
        allotment_weight_g=10_000_000,  # 10 t
        allotment_volume_cm3=60_000_000,  # 60 m3
        booked_weight_g=9_687_500,
        booked_volume_cm3=57_900_000,
    )
    return replace(space, **changes)  # type: ignore[arg-type]


def test_remaining_space() -> None:
    space = flight()
    assert space.remaining_weight_g == 312_500
    assert space.remaining_volume_cm3 == 2_100_000


def test_remaining_is_never_negative_when_overbooked() -> None:
    space = flight(booked_weight_g=11_000_000, booked_volume_cm3=61_000_000)
    assert (space.remaining_weight_g, space.remaining_volume_cm3) == (0, 0)
    with pytest.raises(CapacityExceeded):
        space.accept(0, 0)


def test_accepts_what_fits_and_exactly_filling() -> None:
    space = flight()
    space.accept(100_000, 1_000_000)
    space.accept(312_500, 2_100_000)


def test_refusal_says_what_is_left() -> None:
    with pytest.raises(CapacityExceeded) as caught:
        flight().accept(400_000, 1_000_000)
    error = caught.value
    assert error.code == "flight.capacity"
    assert error.message == (
        "flight CV9741 2026-12-01 has 312.5 kg and 2.100 m3 left; "
        "this booking needs 400.0 kg and 1.000 m3"
    )
    assert error.params["remaining_weight_kg"] == Decimal("312.5")
    assert error.params["remaining_volume_m3"] == Decimal("2.1")
    assert error.params["requested_weight_kg"] == Decimal("400")
    assert error.params["requested_volume_m3"] == Decimal("1")
    assert error.params["exceeds"] == "weight"


@pytest.mark.parametrize(
    ("weight_g", "volume_cm3", "exceeds"),
    [
        (312_501, 1, "weight"),
        (1, 2_100_001, "volume"),
        (312_501, 2_100_001, "weight,volume"),
    ],
)
def test_either_weight_or_volume_refuses(weight_g: int, volume_cm3: int, exceeds: str) -> None:
    with pytest.raises(CapacityExceeded) as caught:
        flight().accept(weight_g, volume_cm3)
    assert caught.value.params["exceeds"] == exceeds


def test_volume_figures_never_read_equal_when_refused() -> None:
    # 1 cm3 over: space left rounds down, space needed rounds up.
    space = flight(booked_volume_cm3=57_899_400)  # 2.100600 m3 left
    with pytest.raises(CapacityExceeded) as caught:
        space.accept(1000, 2_100_601)
    assert "2.100 m3 left" in caught.value.message
    assert "needs 1.0 kg and 2.101 m3" in caught.value.message


def test_closed_flight_refuses() -> None:
    with pytest.raises(InvalidState) as caught:
        flight(is_open=False).accept(1000, 1000)
    assert caught.value.code == "flight.closed"


@pytest.mark.parametrize(("weight_g", "volume_cm3"), [(-1, 0), (0, -1)])
def test_negative_request_is_a_programming_error(weight_g: int, volume_cm3: int) -> None:
    with pytest.raises(ValueError):
        flight().accept(weight_g, volume_cm3)


def test_negative_space_cannot_be_built() -> None:
    with pytest.raises(ValueError):
        flight(booked_weight_g=-1)


quantities = st.integers(min_value=0, max_value=200_000_000)


@given(
    allotment_weight=quantities,
    allotment_volume=quantities,
    requests=st.lists(st.tuples(quantities, quantities), max_size=20),
)
def test_never_accepts_beyond_either_allotment(
    allotment_weight: int, allotment_volume: int, requests: list[tuple[int, int]]
) -> None:
    space = FlightSpace("TK6500 2026-12-02", allotment_weight, allotment_volume, 0, 0)
    for weight_g, volume_cm3 in requests:
        fits = weight_g <= space.remaining_weight_g and volume_cm3 <= space.remaining_volume_cm3
        try:
            space.accept(weight_g, volume_cm3)
        except CapacityExceeded:
            assert not fits
            continue
        assert fits
        space = replace(
            space,
            booked_weight_g=space.booked_weight_g + weight_g,
            booked_volume_cm3=space.booked_volume_cm3 + volume_cm3,
        )
        assert space.booked_weight_g <= allotment_weight
        assert space.booked_volume_cm3 <= allotment_volume


def test_allotment_from_share_rounds_down() -> None:
    # A330-200F, 65 t and 475 m3; a 25 % share.
    assert allotment_from_share(65_000_000, 475_000_000, 2500) == (16_250_000, 118_750_000)
    # 1 % of 123,456.789 kg is 1,234.56789 kg: whole kg down; 1 % of 1,234,567 cm3 likewise.
    assert allotment_from_share(123_456_789, 1_234_567_000, 100) == (1_234_000, 12_345_000)
    assert allotment_from_share(123_456_789, 1_234_567, 100) == (1_234_000, 12_000)
    assert allotment_from_share(5, 5, 10_000) == (0, 0)
    assert allotment_from_share(65_000_000, 475_000_000, 0) == (0, 0)


@pytest.mark.parametrize("share_bp", [-1, 10_001])
def test_allotment_share_out_of_range(share_bp: int) -> None:
    with pytest.raises(ValidationError) as caught:
        allotment_from_share(65_000_000, 475_000_000, share_bp)
    assert caught.value.code == "allotment.share_out_of_range"


@given(payload=quantities, volume=quantities, share_bp=st.integers(0, 10_000))
def test_allotment_never_exceeds_the_share(payload: int, volume: int, share_bp: int) -> None:
    weight_g, volume_cm3 = allotment_from_share(payload, volume, share_bp)
    assert weight_g % 1000 == 0 and volume_cm3 % 1000 == 0
    assert weight_g * 10_000 <= payload * share_bp < (weight_g + 1000) * 10_000
    assert volume_cm3 * 10_000 <= volume * share_bp < (volume_cm3 + 1000) * 10_000
