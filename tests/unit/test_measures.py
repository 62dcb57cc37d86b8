"""Weights and volume (DOMAIN.md, "Weights and volume"): exact, IATA 6000 cm3/kg, 0.5 kg up."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.measures import (
    MAX_DIMENSION_CM,
    MAX_PIECES,
    DimensionLine,
    bubble_shared_weight_kg,
    chargeable_weight_kg,
    cm3_to_m3,
    g_to_kg,
    kg_to_g,
    m3_to_cm3,
    parse_dimension_line,
    parse_dimensions,
    parse_pieces,
    parse_weight_kg,
    volume_cm3,
    volumetric_weight_kg,
)
from core.errors import ValidationError

grams = st.integers(min_value=1, max_value=150_000_000)
weights_kg = grams.map(lambda g: Decimal(g).scaleb(-3))
volumes = st.integers(min_value=0, max_value=2_000_000_000)
lines = st.builds(
    DimensionLine,
    st.integers(1, MAX_DIMENSION_CM),
    st.integers(1, MAX_DIMENSION_CM),
    st.integers(1, MAX_DIMENSION_CM),
    st.integers(1, MAX_PIECES),
)


# --- DOMAIN worked examples -------------------------------------------------------------


def test_example_three_cartons() -> None:
    cartons = parse_dimensions("60x40x35x3")
    gross = parse_weight_kg("12.3") * 3
    assert volume_cm3(cartons) == 252_000
    assert volumetric_weight_kg(252_000) == Decimal("42.000")
    assert gross == Decimal("36.900")
    assert chargeable_weight_kg(gross, 252_000) == Decimal("42.0")
    assert str(chargeable_weight_kg(gross, 252_000)) == "42.0"


def test_example_one_box_rounded_to_whole_cm() -> None:
    box = parse_dimension_line("45.4", "30.6", "20.2", 1)
    assert box == DimensionLine(45, 31, 20, 1)
    assert box.volume_cm3 == 27_900
    assert volumetric_weight_kg(27_900) == Decimal("4.650")
    assert str(chargeable_weight_kg(Decimal("1.000"), 27_900)) == "5.0"


# --- weight -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12.3", Decimal("12.300")),
        (" 0.001 ", Decimal("0.001")),
        (7, Decimal("7.000")),
        (Decimal("12.3000"), Decimal("12.300")),  # trailing zeros are still whole grams
        ("150000", Decimal("150000.000")),
        ("1.5e2", Decimal("150.000")),
    ],
)
def test_parse_weight_accepts(value: str | int | Decimal, expected: Decimal) -> None:
    parsed = parse_weight_kg(value)
    assert parsed == expected
    assert parsed.as_tuple().exponent == -3


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("abc", "weight.not_a_number"),
        ("", "weight.not_a_number"),
        ("NaN", "weight.not_a_number"),
        (Decimal("NaN"), "weight.not_a_number"),
        (Decimal("sNaN"), "weight.not_a_number"),
        ("inf", "weight.not_a_number"),
        (Decimal("-Infinity"), "weight.not_a_number"),
        ("1_000", "weight.not_a_number"),
        ("12,5", "weight.not_a_number"),
        ("١٢", "weight.not_a_number"),
        (True, "weight.not_a_number"),
        ("1e9999999999999999999", "weight.not_a_number"),  # beyond Decimal
        ("1e999999999999", "weight.too_large"),
        (0, "weight.not_positive"),
        ("0.000", "weight.not_positive"),
        ("-0", "weight.not_positive"),
        ("-5", "weight.not_positive"),
        ("1e400", "weight.too_large"),
        ("150000.001", "weight.too_large"),
        ("99999999999999999999999999999999", "weight.too_large"),
        ("12.3456", "weight.precision"),
        ("1e-400", "weight.precision"),
    ],
)
def test_parse_weight_rejects(value: str | int | Decimal, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_weight_kg(value, "piece_weight_kg")
    assert (caught.value.field, caught.value.code) == ("piece_weight_kg", code)


def test_parse_weight_refuses_float() -> None:
    with pytest.raises(TypeError):
        parse_weight_kg(12.3)  # type: ignore[arg-type]


def test_parse_weight_custom_maximum() -> None:
    assert parse_weight_kg("30", maximum=Decimal("30")) == Decimal("30.000")
    with pytest.raises(ValidationError) as caught:
        parse_weight_kg("30.001", maximum=Decimal("30"))
    assert caught.value.code == "weight.too_large"


def test_gram_conversions() -> None:
    assert kg_to_g(Decimal("12.3")) == 12_300
    assert g_to_kg(12_300) == Decimal("12.300")
    with pytest.raises(ValueError):
        kg_to_g(Decimal("0.0005"))
    with pytest.raises(ValueError):
        kg_to_g(Decimal("NaN"))


@given(g=st.integers(min_value=-(10**15), max_value=10**15))
def test_grams_round_trip(g: int) -> None:
    assert kg_to_g(g_to_kg(g)) == g


@given(kg=weights_kg)
def test_kg_round_trip(kg: Decimal) -> None:
    assert g_to_kg(kg_to_g(kg)) == kg


# --- volume -----------------------------------------------------------------------------


def test_volume_conversions() -> None:
    assert cm3_to_m3(252_000) == Decimal("0.252")
    assert cm3_to_m3(500) == Decimal("0.001")  # half a litre: half up
    assert cm3_to_m3(499) == Decimal("0.000")
    assert cm3_to_m3(2_100_600, rounding=ROUND_DOWN) == Decimal("2.100")
    assert m3_to_cm3(Decimal("2.1")) == 2_100_000
    with pytest.raises(ValueError):
        m3_to_cm3(Decimal("0.0000005"))


@given(cm3=st.integers(min_value=0, max_value=10**15))
def test_whole_litres_round_trip(cm3: int) -> None:
    litres = cm3 - cm3 % 1000
    assert m3_to_cm3(cm3_to_m3(litres)) == litres


@pytest.mark.parametrize(
    ("volume", "expected"),
    [(0, "0.000"), (3, "0.001"), (2, "0.000"), (6000, "1.000"), (27_900, "4.650"), (1, "0.000")],
)
def test_volumetric_weight_display(volume: int, expected: str) -> None:
    # 6 cm3 per gram: 3 cm3 is exactly half a gram, rounded up.
    assert volumetric_weight_kg(volume) == Decimal(expected)


@given(a=st.lists(lines, max_size=5), b=st.lists(lines, max_size=5))
def test_volume_is_additive(a: list[DimensionLine], b: list[DimensionLine]) -> None:
    assert volume_cm3(a + b) == volume_cm3(a) + volume_cm3(b)


@given(line=lines)
def test_line_volume_scales_with_pieces(line: DimensionLine) -> None:
    one = DimensionLine(line.length_cm, line.width_cm, line.height_cm, 1)
    assert line.volume_cm3 == one.volume_cm3 * line.pieces


# --- dimensions and pieces --------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cm"),
    [("0.5", 1), ("1.49", 1), ("1.5", 2), ("2.5", 3), (Decimal("2000.4"), 2000), (7, 7)],
)
def test_dimensions_round_half_up(raw: str | int | Decimal, cm: int) -> None:
    assert parse_dimension_line(raw, raw, raw, "2") == DimensionLine(cm, cm, cm, 2)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("0", "dimension.not_positive"),
        ("0.4", "dimension.not_positive"),
        ("-10", "dimension.not_positive"),
        ("-1e400", "dimension.not_positive"),
        ("2000.5", "dimension.too_large"),
        ("1e400", "dimension.too_large"),
        ("NaN", "dimension.not_a_number"),
        ("inf", "dimension.not_a_number"),
        ("abc", "dimension.not_a_number"),
    ],
)
def test_dimension_rejects(raw: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_dimension_line("10", raw, "10", 1, field="line_2")
    assert (caught.value.field, caught.value.code) == ("line_2", code)
    assert caught.value.params["side"] == "width"


def test_parse_dimensions_text() -> None:
    assert parse_dimensions("60x40x35x3, 120X80*100; 10×10×10×2;") == [
        DimensionLine(60, 40, 35, 3),
        DimensionLine(120, 80, 100, 1),
        DimensionLine(10, 10, 10, 2),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "dimension.empty"),
        (" , ;", "dimension.empty"),
        ("60x40", "dimension.format"),
        ("60x40x35x3x1", "dimension.format"),
        ("60x40x35x0", "pieces.not_positive"),
        ("60x40x35x1.5", "pieces.not_an_integer"),
        ("60x40xabc", "dimension.not_a_number"),
    ],
)
def test_parse_dimensions_rejects(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_dimensions(text)
    assert (caught.value.field, caught.value.code) == ("dimensions", code)


@pytest.mark.parametrize(("value", "expected"), [("1", 1), (" 12 ", 12), (99999, 99999)])
def test_parse_pieces_accepts(value: str | int, expected: int) -> None:
    assert parse_pieces(value) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (0, "pieces.not_positive"),
        ("-3", "pieces.not_positive"),
        (100_000, "pieces.too_many"),
        ("2.0", "pieces.not_an_integer"),
        ("abc", "pieces.not_an_integer"),
        ("", "pieces.not_an_integer"),
        (True, "pieces.not_an_integer"),
    ],
)
def test_parse_pieces_rejects(value: str | int, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_pieces(value)
    assert caught.value.code == code


# --- chargeable weight and bubble sharing -------------------------------------------------


@pytest.mark.parametrize(
    ("gross", "volume", "expected"),
    [
        ("36.9", 252_000, "42.0"),
        ("42.001", 252_000, "42.5"),
        ("42.5", 0, "42.5"),
        ("0.001", 0, "0.5"),
        ("10", 60_006, "10.5"),  # volumetric 10.001 kg: one cm3 over still rounds up
    ],
)
def test_chargeable_weight(gross: str, volume: int, expected: str) -> None:
    assert str(chargeable_weight_kg(Decimal(gross), volume)) == expected


def test_chargeable_uses_exact_volumetric_not_the_rounded_display() -> None:
    # 60001 cm3 displays as 10.000 kg, but exactly it is 10.000167 kg: over 10.0.
    assert volumetric_weight_kg(60_001) == Decimal("10.000")
    assert chargeable_weight_kg(Decimal("10"), 60_001) == Decimal("10.5")


@pytest.mark.parametrize(("gross", "volume"), [(Decimal("-1"), 0), (Decimal("NaN"), 0), (1, -1)])
def test_chargeable_refuses_impossible_inputs(gross: Decimal, volume: int) -> None:
    with pytest.raises(ValueError):
        chargeable_weight_kg(Decimal(gross), volume)


@given(gross=weights_kg, volume=volumes)
def test_chargeable_weight_properties(gross: Decimal, volume: int) -> None:
    charged = chargeable_weight_kg(gross, volume)
    volumetric = Fraction(volume, 6000)
    biggest = max(Fraction(gross), volumetric)
    assert charged >= gross
    assert Fraction(charged) >= volumetric
    assert charged % Decimal("0.5") == 0
    assert Fraction(charged) < biggest + Fraction(1, 2)


@given(a=weights_kg, b=weights_kg, volume=volumes)
def test_chargeable_is_monotone_in_gross(a: Decimal, b: Decimal, volume: int) -> None:
    low, high = sorted((a, b))
    assert chargeable_weight_kg(low, volume) <= chargeable_weight_kg(high, volume)


@pytest.mark.parametrize(
    ("share", "expected"),
    [("100", "42.0"), ("50", "39.5"), ("0", "37.0"), ("33.3", "39.0")],
)
def test_bubble_sharing_example(share: str, expected: str) -> None:
    # Three cartons: actual 36.9, volumetric 42.0; half bubble = 36.9 + 2.55 = 39.45 -> 39.5.
    assert str(bubble_shared_weight_kg(Decimal("36.9"), 252_000, Decimal(share))) == expected


def test_bubble_sharing_does_not_apply_when_heavy() -> None:
    assert bubble_shared_weight_kg(Decimal("50.2"), 252_000, Decimal("50")) == Decimal("50.5")


@pytest.mark.parametrize("share", ["-1", "100.01", "NaN", "Infinity"])
def test_bubble_share_out_of_range(share: str) -> None:
    with pytest.raises(ValidationError) as caught:
        bubble_shared_weight_kg(Decimal("1"), 6000, Decimal(share))
    assert caught.value.code == "bubble_share.out_of_range"


@given(gross=weights_kg, volume=volumes)
def test_full_bubble_share_is_the_iata_rule(gross: Decimal, volume: int) -> None:
    full = bubble_shared_weight_kg(gross, volume, Decimal(100))
    assert full == chargeable_weight_kg(gross, volume)


@given(
    gross=weights_kg,
    volume=volumes,
    share=st.decimals(min_value=0, max_value=100, places=2),
)
def test_bubble_share_lies_between_actual_and_chargeable(
    gross: Decimal, volume: int, share: Decimal
) -> None:
    billed = bubble_shared_weight_kg(gross, volume, share)
    assert chargeable_weight_kg(gross, 0) <= billed <= chargeable_weight_kg(gross, volume)
    assert billed % Decimal("0.5") == 0
