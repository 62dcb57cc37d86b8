"""Other charges: bases, limits, validity and rounding (DOMAIN.md, "Rating")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.charges import (
    BASES,
    ChargeLine,
    ChargeRule,
    apply_charges,
    awb_code,
    validate_charge_rule,
)
from core.domain.money import Money, minor_units
from core.errors import ValidationError

D = Decimal
JAN = date(2025, 1, 1)
FREIGHT = Money(D("1530.00"), "CNY")


def _rule(
    code: str = "MY", basis: str = "per_kg_chargeable", rate: str = "1.50", **changes: object
) -> ChargeRule:
    rule = ChargeRule(
        code=code,
        due="C",
        basis=basis,
        rate=D(rate),
        currency="CNY",
        minimum=None,
        maximum=None,
        valid_from=JAN,
        valid_to=None,
        description=f"{code} charge",
    )
    return replace(rule, **changes)  # type: ignore[arg-type]


def _apply(
    *rules: ChargeRule, on: date = JAN, freight: Money = FREIGHT, houses: int = 0
) -> tuple[ChargeLine, ...]:
    return apply_charges(
        rules, on=on, freight=freight, chargeable_kg=D("42.0"), gross_kg=D("36.9"), houses=houses
    )


def _amounts(lines: tuple[ChargeLine, ...]) -> list[tuple[str, str]]:
    return [(awb_code(line), str(line.amount)) for line in lines]


# --- bases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("basis", "rate", "quantity", "amount"),
    [
        ("per_kg_chargeable", "1.50", D("42.0"), "63.00 CNY"),
        ("per_kg_gross", "1.50", D("36.9"), "55.35 CNY"),
        ("per_awb", "50", D(1), "50.00 CNY"),
        ("per_house", "15", D(3), "45.00 CNY"),
        ("percent_of_freight", "2.5", D("1530.00"), "38.25 CNY"),  # 2.5 % of 1530.00
    ],
)
def test_each_basis(basis: str, rate: str, quantity: Decimal, amount: str) -> None:
    (line,) = _apply(_rule(basis=basis, rate=rate), houses=3)
    assert (line.basis, line.quantity, line.rate, str(line.amount)) == (
        basis,
        quantity,
        D(rate),
        amount,
    )


def test_the_line_carries_the_rule() -> None:
    (line,) = _apply(_rule("AW", "per_awb", "50", due="A", description="AWB fee"))
    assert line == ChargeLine("AW", "A", "AWB fee", "per_awb", D(1), D(50), Money(D(50), "CNY"))
    assert awb_code(line) == "AWA"


def test_per_house_gives_no_line_without_houses() -> None:
    assert _apply(_rule(basis="per_house", rate="15", minimum=D(10))) == ()


def test_lines_keep_the_order_of_their_rules() -> None:
    rules = (_rule("SC", rate="0.50"), _rule("MY"), _rule("AW", "per_awb", "50", due="A"))
    assert _amounts(_apply(*rules)) == [
        ("SCC", "21.00 CNY"),
        ("MYC", "63.00 CNY"),
        ("AWA", "50.00 CNY"),
    ]


# --- minimum and maximum -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minimum", "maximum", "amount"),
    [
        (D("100"), None, "100.00 CNY"),  # 63.00 raised to the minimum
        (D("50"), None, "63.00 CNY"),
        (None, D("60"), "60.00 CNY"),  # 63.00 capped at the maximum
        (None, D("80"), "63.00 CNY"),
        (D("63"), D("63"), "63.00 CNY"),
    ],
)
def test_minimum_and_maximum(minimum: Decimal | None, maximum: Decimal | None, amount: str) -> None:
    (line,) = _apply(_rule(minimum=minimum, maximum=maximum))
    assert str(line.amount) == amount


def test_percent_of_freight_with_a_minimum() -> None:
    (line,) = _apply(_rule("SC", "percent_of_freight", "1", minimum=D("20")))
    assert str(line.amount) == "20.00 CNY"  # 1 % of 1530.00 = 15.30


# --- validity ------------------------------------------------------------------------------

JANUARY_FUEL = _rule(rate="1.50", valid_from=date(2025, 1, 1), valid_to=date(2025, 1, 31))
FEBRUARY_FUEL = _rule(rate="1.80", valid_from=date(2025, 2, 1), valid_to=date(2025, 2, 28))


@pytest.mark.parametrize(
    ("day", "amounts"),
    [
        (date(2024, 12, 31), []),  # before any rule
        (date(2025, 1, 31), [("MYC", "63.00 CNY")]),  # valid_to is inclusive
        (date(2025, 2, 1), [("MYC", "75.60 CNY")]),  # the month boundary: February's rate
        (date(2025, 2, 28), [("MYC", "75.60 CNY")]),
        (date(2025, 3, 1), []),  # February's has ended, March's not entered
    ],
)
def test_monthly_fuel_surcharge(day: date, amounts: list[tuple[str, str]]) -> None:
    assert _amounts(_apply(JANUARY_FUEL, FEBRUARY_FUEL, on=day)) == amounts


def test_the_latest_valid_from_wins() -> None:
    open_ended = _rule(rate="1.50", valid_from=date(2024, 6, 1))
    february = _rule(rate="1.80", valid_from=date(2025, 2, 1), valid_to=date(2025, 2, 28))
    assert _amounts(_apply(february, open_ended, on=date(2025, 2, 1))) == [("MYC", "75.60 CNY")]
    assert _amounts(_apply(open_ended, february, on=date(2025, 1, 31))) == [("MYC", "63.00 CNY")]
    assert _amounts(_apply(open_ended, february, on=date(2025, 3, 1))) == [("MYC", "63.00 CNY")]


def test_two_rules_of_a_code_starting_the_same_day_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        _apply(_rule(rate="1.50"), _rule(rate="1.80"))
    assert (caught.value.field, caught.value.code) == ("charge_rules", "charge.ambiguous")


def test_an_identical_duplicate_is_harmless() -> None:
    assert _amounts(_apply(_rule(), _rule())) == [("MYC", "63.00 CNY")]


# --- currency and rounding -----------------------------------------------------------------


def test_a_charge_in_another_currency_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        _apply(_rule(currency="USD"))
    assert (caught.value.field, caught.value.code) == ("currency", "charge.currency_mismatch")


def test_an_expired_charge_in_another_currency_is_ignored() -> None:
    expired = _rule("XB", currency="USD", valid_to=date(2024, 12, 31), valid_from=date(2024, 1, 1))
    assert _amounts(_apply(expired, _rule())) == [("MYC", "63.00 CNY")]


def test_jpy_rounds_to_whole_yen_half_up() -> None:
    jpy = Money(D("10000"), "JPY")
    rules = (
        _rule(rate="12.5", currency="JPY", basis="per_awb"),  # 12.5 -> 13
        _rule("SC", rate="2.345", currency="JPY", basis="percent_of_freight"),  # 234.5 -> 235
        _rule("XB", rate="1.01", currency="JPY", basis="per_kg_gross"),  # 37.269 -> 37
    )
    assert _amounts(_apply(*rules, freight=jpy)) == [
        ("MYC", "13 JPY"),
        ("SCC", "235 JPY"),
        ("XBC", "37 JPY"),
    ]


def test_kwd_rounds_to_three_decimals_half_up() -> None:
    kwd = Money(D("100.000"), "KWD")
    rules = (
        _rule(rate="0.0125", currency="KWD", basis="per_kg_gross"),  # 0.46125 -> 0.461
        _rule("SC", rate="0.0125", currency="KWD", basis="per_kg_chargeable"),  # 0.525
        _rule("XB", rate="0.0005", currency="KWD", basis="percent_of_freight"),  # 0.0005 -> 0.001
    )
    assert _amounts(_apply(*rules, freight=kwd)) == [
        ("MYC", "0.461 KWD"),
        ("SCC", "0.525 KWD"),
        ("XBC", "0.001 KWD"),
    ]


# --- validation ----------------------------------------------------------------------------


def test_validate_charge_rule_normalises() -> None:
    rule = validate_charge_rule(_rule(" my", currency="cny"))
    assert (rule.code, rule.currency) == ("MY", "CNY")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"code": "M"}, "code", "charge.code"),
        ({"code": "MY1"}, "code", "charge.code"),
        ({"code": "M1"}, "code", "charge.code"),
        ({"due": "X"}, "due", "charge.due"),
        ({"basis": "per_piece"}, "basis", "charge.basis"),
        ({"rate": D("-1")}, "rate", "rate.not_positive"),
        ({"rate": D("1.00001")}, "rate", "rate.precision"),
        ({"currency": "RMB"}, "currency", "currency.unknown"),
        ({"minimum": D("1.001")}, "minimum", "rate.precision"),
        ({"minimum": D("-1")}, "minimum", "rate.not_positive"),
        ({"maximum": D("1.001")}, "maximum", "rate.precision"),
        ({"minimum": D("10"), "maximum": D("5")}, "maximum", "charge.limits"),
        ({"valid_to": date(2024, 12, 31)}, "valid_to", "validity.order"),
    ],
)
def test_validate_charge_rule_refuses(changes: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_charge_rule(_rule(**changes))  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == (field, code)
    assert caught.value.message.startswith(f"{field}: ")


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("chargeable_weight_kg", {"chargeable_kg": D("-1")}),
        ("gross_weight_kg", {"gross_kg": D("NaN")}),
        ("houses", {"houses": -1}),
        ("freight", {"freight": Money(D("-1"), "CNY")}),
    ],
)
def test_apply_charges_refuses_bad_quantities(field: str, kwargs: dict[str, object]) -> None:
    arguments: dict[str, object] = {
        "on": JAN,
        "freight": FREIGHT,
        "chargeable_kg": D("42.0"),
        "gross_kg": D("36.9"),
        **kwargs,
    }
    with pytest.raises(ValidationError) as caught:
        apply_charges([_rule()], **arguments)  # type: ignore[arg-type]
    assert caught.value.field == field


# --- properties ----------------------------------------------------------------------------

currencies = st.sampled_from(["CNY", "JPY", "KWD", "EUR"])
rates = st.decimals(min_value=0, max_value=D("1000"), places=4)
weights = st.decimals(min_value=0, max_value=D("100000"), places=1)


@given(currencies, st.sampled_from(BASES), rates, weights, st.integers(0, 10**9))
def test_amounts_are_exact_in_the_minor_unit_and_within_limits(
    currency: str, basis: str, rate: Decimal, kg: Decimal, freight_minor: int
) -> None:
    rule = _rule(basis=basis, rate=str(rate), currency=currency, minimum=D(5), maximum=D(5000))
    freight = Money.from_minor(freight_minor, currency)
    lines = apply_charges([rule], on=JAN, freight=freight, chargeable_kg=kg, gross_kg=kg, houses=2)
    (line,) = lines
    assert D(5) <= line.amount.amount <= D(5000)
    assert line.amount.amount == line.amount.amount.quantize(D(1).scaleb(-minor_units(currency)))
