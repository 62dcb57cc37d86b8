"""Rating: M, N, Q and C classes and the higher-break rule (DOMAIN.md, "Rating")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.money import Money
from core.domain.rating import (
    BREAKS,
    CommodityRate,
    RatedFreight,
    Tariff,
    rate_freight,
    round_amount,
    validate_tariff,
)
from core.errors import ValidationError

D = Decimal


def _tariff(**changes: object) -> Tariff:
    """DOMAIN's worked example: M 320, N 45.00, Q45 34.00, Q100 30.00, Q300 27.50 CNY/kg."""
    tariff = Tariff(
        origin="CGO",
        destination="FRA",
        carrier=None,
        currency="CNY",
        valid_from=date(2025, 1, 1),
        valid_to=None,
        minimum=D("320"),
        normal=D("45.00"),
        breaks={45: D("34.00"), 100: D("30.00"), 300: D("27.50")},
    )
    return replace(tariff, **changes)  # type: ignore[arg-type]


# --- DOMAIN worked examples ----------------------------------------------------------------


def test_42_kg_is_charged_45_kg_at_q45() -> None:
    rated = rate_freight(_tariff(), D("42.0"))
    assert rated == RatedFreight(
        "Q", 45, D("45.0"), D("34.00"), Money(D("1530.00"), "CNY"), "Q45 34.0000/kg x 45.0 kg"
    )


def test_280_kg_is_charged_300_kg_at_q300() -> None:
    rated = rate_freight(_tariff(), D("280.0"))
    assert (rated.rate_class, rated.break_kg, rated.weight_kg) == ("Q", 300, D("300"))
    assert rated.amount == Money(D("8250.00"), "CNY")
    assert str(rated.amount) == "8250.00 CNY"


def test_5_kg_pays_the_minimum() -> None:
    rated = rate_freight(_tariff(), D("5.0"))
    assert rated == RatedFreight(
        "M", None, D("5.0"), None, Money(D("320.00"), "CNY"), "M minimum charge"
    )
    assert str(rated.amount) == "320.00 CNY"


# --- bands ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kg", "rate_class", "break_kg", "amount", "label"),
    [
        ("10.0", "N", None, "450.00", "N 45.0000/kg x 10.0 kg"),  # N below 45 kg
        ("45.0", "Q", 45, "1530.00", "Q45 34.0000/kg x 45.0 kg"),  # exactly on a break
        ("60.0", "Q", 45, "2040.00", "Q45 34.0000/kg x 60.0 kg"),
        ("90.0", "Q", 100, "3000.00", "Q100 30.0000/kg x 100.0 kg"),  # 90 x 34 = 3060
        ("100.0", "Q", 100, "3000.00", "Q100 30.0000/kg x 100.0 kg"),
        ("1200.5", "Q", 300, "33013.75", "Q300 27.5000/kg x 1200.5 kg"),  # above the last
    ],
)
def test_bands(kg: str, rate_class: str, break_kg: int | None, amount: str, label: str) -> None:
    rated = rate_freight(_tariff(), D(kg))
    assert (rated.rate_class, rated.break_kg, rated.label) == (rate_class, break_kg, label)
    assert rated.amount == Money(D(amount), "CNY")


def test_a_tie_keeps_the_actual_weight() -> None:
    # 90 kg x 30.00 (Q45) = 2700.00 = 100 kg x 27.00 (Q100): the actual weight is shown.
    rated = rate_freight(_tariff(breaks={45: D("30.00"), 100: D("27.00")}), D("90.0"))
    assert (rated.break_kg, rated.weight_kg, rated.amount.amount) == (45, D("90.0"), D("2700"))


def test_every_higher_break_is_considered_not_only_the_next() -> None:
    # Q100 is dear; Q300 at 300 kg is the cheapest for 90 kg: 300 x 9 = 2700 < 90 x 34.
    tariff = _tariff(breaks={45: D("34.00"), 100: D("33.00"), 300: D("9.00")})
    rated = rate_freight(tariff, D("90.0"))
    assert (rated.break_kg, rated.weight_kg, rated.amount.amount) == (300, D("300"), D("2700"))


def test_n_applies_below_the_lowest_quoted_break() -> None:
    rated = rate_freight(_tariff(breaks={100: D("30.00")}), D("60.0"))
    assert (rated.rate_class, rated.amount.amount) == ("N", D("2700.00"))


def test_rounding_half_up_once_on_the_line_amount() -> None:
    # 10.5 kg x 0.0050/kg = 0.0525 -> 0.05; 10.5 x 0.0070 = 0.0735 -> 0.07; JPY 0 decimals.
    tariff = _tariff(minimum=D("0"), normal=D("0.0050"), breaks={})
    assert rate_freight(tariff, D("10.5")).amount == Money(D("0.05"), "CNY")
    tariff = _tariff(currency="JPY", minimum=D("0"), normal=D("12.5"), breaks={})
    assert rate_freight(tariff, D("1.0")).amount == Money(D("13"), "JPY")  # 12.5 half up
    tariff = _tariff(currency="KWD", minimum=D("0"), normal=D("0.0125"), breaks={})
    assert str(rate_freight(tariff, D("10.0")).amount) == "0.125 KWD"


def test_round_amount() -> None:
    assert round_amount(D("2.5"), "JPY") == Money(D("3"), "JPY")
    assert round_amount(D("1.0005"), "KWD") == Money(D("1.001"), "KWD")
    assert round_amount(D("1.005"), "CNY") == Money(D("1.01"), "CNY")


# --- specific commodity rates (C) ----------------------------------------------------------

SCRS = (
    CommodityRate("0007", D("100"), D("20.00")),
    CommodityRate("85", D("0"), D("33.00")),
    CommodityRate("8518", D("250"), D("18.00")),
)


def test_scr_by_commodity_code() -> None:
    rated = rate_freight(_tariff(commodity_rates=SCRS), D("150.0"), commodity="0007")
    assert rated == RatedFreight(
        "C",
        100,
        D("150.0"),
        D("20.00"),
        Money(D("3000.00"), "CNY"),
        "C 0007 20.0000/kg x 150.0 kg",
        "0007",
    )


def test_scr_below_its_minimum_weight_is_charged_at_the_minimum_weight() -> None:
    # 60 kg: C at 100 kg x 20 = 2000 < Q45 60 x 34 = 2040.
    rated = rate_freight(_tariff(commodity_rates=SCRS), D("60.0"), commodity="0007")
    assert (rated.rate_class, rated.weight_kg, rated.amount.amount) == ("C", D("100"), D("2000"))


def test_general_rate_applies_when_lower_than_the_scr() -> None:
    # 20 kg: C at 100 kg x 20 = 2000 > N 20 x 45 = 900.
    rated = rate_freight(_tariff(commodity_rates=SCRS), D("20.0"), commodity="0007")
    assert (rated.rate_class, rated.amount.amount) == ("N", D("900.00"))


def test_longest_hs_prefix_wins() -> None:
    # HS 8518.30 matches "85" and "8518": only "8518" counts, at its 250 kg minimum.
    rated = rate_freight(_tariff(commodity_rates=SCRS), D("260.0"), hs_code="8518.30")
    assert (rated.rate_class, rated.commodity_code, rated.amount.amount) == ("C", "8518", D("4680"))
    # HS 8471 starts with neither code: the general rates apply.
    rated = rate_freight(_tariff(commodity_rates=SCRS), D("260.0"), hs_code="847130")
    assert rated.rate_class == "Q"


def test_scr_that_does_not_match_is_ignored() -> None:
    rated = rate_freight(_tariff(commodity_rates=SCRS), D("150.0"), commodity="0008")
    assert rated.rate_class == "Q"


def test_scr_never_below_the_minimum_charge() -> None:
    tariff = _tariff(commodity_rates=(CommodityRate("0007", D("0"), D("1.00")),))
    rated = rate_freight(tariff, D("10.0"), commodity="0007")
    assert (rated.rate_class, rated.amount.amount) == ("M", D("320"))


# --- validation ----------------------------------------------------------------------------


def test_validate_tariff_normalises() -> None:
    tariff = validate_tariff(_tariff(currency=" cny", breaks={300: D("27.5"), 45: D("34")}))
    assert tariff.currency == "CNY"
    assert list(tariff.breaks) == [45, 300]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"breaks": {50: D("30")}}, "breaks", "tariff.break_unknown"),
        ({"breaks": {45: D("0")}}, "breaks", "rate.not_positive"),
        ({"breaks": {45: D("-1")}}, "breaks", "rate.not_positive"),
        ({"breaks": {45: D("1.00001")}}, "breaks", "rate.precision"),
        ({"breaks": {45: D("NaN")}}, "breaks", "rate.not_a_number"),
        ({"normal": D("0")}, "normal", "rate.not_positive"),
        ({"normal": D("45.12345")}, "normal", "rate.precision"),
        ({"minimum": D("-1")}, "minimum", "rate.not_positive"),
        ({"minimum": D("320.001")}, "minimum", "rate.precision"),
        ({"currency": "JPY", "minimum": D("320.5")}, "minimum", "rate.precision"),
        ({"currency": "RMB"}, "currency", "currency.unknown"),
        ({"valid_to": date(2024, 12, 31)}, "valid_to", "validity.order"),
        (
            {"commodity_rates": (CommodityRate("07a", D(0), D(1)),)},
            "commodity_rates",
            "tariff.commodity_code",
        ),
        (
            {"commodity_rates": (CommodityRate("0007", D("0.5"), D(1)),)},
            "commodity_rates",
            "rate.precision",
        ),
        (
            {"commodity_rates": (CommodityRate("0007", D(0), D(0)),)},
            "commodity_rates",
            "rate.not_positive",
        ),
    ],
)
def test_validate_tariff_refuses(changes: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_tariff(_tariff(**changes))
    assert (caught.value.field, caught.value.code) == (field, code)
    assert caught.value.message.startswith(f"{field}: ")


def test_validate_tariff_accepts_a_valid_to_equal_to_valid_from() -> None:
    validate_tariff(_tariff(valid_to=date(2025, 1, 1)))


@pytest.mark.parametrize("kg", [D("0"), D("-1"), D("Infinity")])
def test_rate_freight_refuses_a_weight(kg: Decimal) -> None:
    with pytest.raises(ValidationError) as caught:
        rate_freight(_tariff(), kg)
    assert caught.value.field == "chargeable_weight_kg"


# --- properties ----------------------------------------------------------------------------

rates = st.decimals(min_value=D("0.0001"), max_value=D("500"), places=4)
tariffs = st.builds(
    lambda minimum, normal, breaks, scr: _tariff(
        minimum=minimum, normal=normal, breaks=breaks, commodity_rates=scr
    ),
    st.decimals(min_value=0, max_value=D("5000"), places=2),
    rates,
    st.dictionaries(st.sampled_from(BREAKS), rates),  # any rates: also non-monotone ones
    st.lists(
        st.builds(CommodityRate, st.just("0007"), st.integers(0, 1200).map(D), rates),
        max_size=2,
    ).map(tuple),
)
weights = st.integers(min_value=1, max_value=3000).map(lambda halves: D(halves) / 2)
commodities = st.sampled_from([None, "0007"])


def _own_band_amount(t: Tariff, kg: Decimal) -> Decimal:
    own = max((b for b in t.breaks if b <= kg), default=None)
    return kg * (t.normal if own is None else t.breaks[own])


@given(tariffs, weights, commodities)
def test_freight_is_never_below_the_minimum(t: Tariff, kg: Decimal, commodity: str | None) -> None:
    assert rate_freight(t, kg, commodity=commodity).amount.amount >= t.minimum


@given(tariffs, weights, commodities)
def test_freight_is_never_above_the_own_band_charge(
    t: Tariff, kg: Decimal, commodity: str | None
) -> None:
    ceiling = round_amount(max(t.minimum, _own_band_amount(t, kg)), "CNY").amount
    assert rate_freight(t, kg, commodity=commodity).amount.amount <= ceiling


@given(tariffs, weights, weights, commodities)
def test_freight_never_decreases_as_weight_grows(
    t: Tariff, a: Decimal, b: Decimal, commodity: str | None
) -> None:
    lighter, heavier = sorted((a, b))
    assert (
        rate_freight(t, lighter, commodity=commodity).amount.amount
        <= rate_freight(t, heavier, commodity=commodity).amount.amount
    )


@given(tariffs, weights)
def test_amount_is_exact_in_the_minor_unit(t: Tariff, kg: Decimal) -> None:
    rate_freight(t, kg).amount.to_minor()  # raises if finer than the minor unit
