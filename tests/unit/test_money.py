"""Money: exact in the currency's minor unit (DOMAIN.md, "Rating", Precision)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.money import Money, minor_units, parse_currency, parse_money
from core.errors import ValidationError


@pytest.mark.parametrize(("currency", "units"), [("JPY", 0), ("KWD", 3), ("CNY", 2), ("EUR", 2)])
def test_minor_units(currency: str, units: int) -> None:
    assert minor_units(currency) == units


@pytest.mark.parametrize(("code", "expected"), [("CNY", "CNY"), (" eur ", "EUR"), ("usd", "USD")])
def test_parse_currency(code: str, expected: str) -> None:
    assert parse_currency(code) == expected


@pytest.mark.parametrize("code", ["", "RMB", "XYZ", "EURO", "E1R", "€"])
def test_parse_currency_rejects(code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_currency(code, field="tariff_currency")
    assert (caught.value.field, caught.value.code) == ("tariff_currency", "currency.unknown")


@pytest.mark.parametrize(
    ("money", "text"),
    [
        (Money(Decimal("1530"), "CNY"), "1530.00 CNY"),
        (Money(Decimal("1.5E+3"), "CNY"), "1500.00 CNY"),
        (Money(Decimal("320"), "JPY"), "320 JPY"),
        (Money(Decimal("1.5"), "KWD"), "1.500 KWD"),
        (Money(Decimal("0.001"), "CNY"), "0.001 CNY"),  # not silently rounded for display
    ],
)
def test_str(money: Money, text: str) -> None:
    assert str(money) == text


def test_minor_unit_conversions() -> None:
    assert Money(Decimal("1530.00"), "CNY").to_minor() == 153_000
    assert Money(Decimal("320"), "JPY").to_minor() == 320
    assert Money.from_minor(1500, "KWD") == Money(Decimal("1.500"), "KWD")
    assert str(Money.from_minor(153_000, "CNY")) == "1530.00 CNY"


@pytest.mark.parametrize(("amount", "currency"), [("0.001", "CNY"), ("1.5", "JPY"), ("NaN", "CNY")])
def test_to_minor_refuses_finer_amounts(amount: str, currency: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money(Decimal(amount), currency).to_minor()
    assert caught.value.code == "money.precision"


@given(
    minor=st.integers(min_value=-(10**15), max_value=10**15),
    currency=st.sampled_from(["CNY", "JPY", "KWD", "EUR", "USD"]),
)
def test_minor_round_trip(minor: int, currency: str) -> None:
    assert Money.from_minor(minor, currency).to_minor() == minor


@given(
    money=st.builds(
        Money,
        st.decimals(min_value=-(10**12), max_value=10**12, places=2),
        st.sampled_from(["CNY", "EUR", "USD"]),
    )
)
def test_money_round_trip(money: Money) -> None:
    assert Money.from_minor(money.to_minor(), money.currency) == money


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("1530", "cny", Money(Decimal("1530.00"), "CNY")),
        (" 8250.5 ", "CNY", Money(Decimal("8250.50"), "CNY")),
        (320, "JPY", Money(Decimal("320"), "JPY")),
        (Decimal("0.125"), "KWD", Money(Decimal("0.125"), "KWD")),
        ("0", "CNY", Money(Decimal("0.00"), "CNY")),
        ("1e12", "CNY", Money(Decimal("1000000000000.00"), "CNY")),
    ],
)
def test_parse_money_accepts(amount: str | Decimal | int, currency: str, expected: Money) -> None:
    assert parse_money(amount, currency, "rate") == expected


def test_parse_money_zero_prints_without_sign() -> None:
    assert str(parse_money("-0", "CNY", "rate")) == "0.00 CNY"


@pytest.mark.parametrize(
    ("amount", "currency", "code"),
    [
        ("abc", "CNY", "money.not_a_number"),
        ("NaN", "CNY", "money.not_a_number"),
        ("inf", "CNY", "money.not_a_number"),
        (Decimal("Infinity"), "CNY", "money.not_a_number"),
        ("1,530.00", "CNY", "money.not_a_number"),
        ("-1", "CNY", "money.negative"),
        ("1e400", "CNY", "money.too_large"),
        ("1000000000000.01", "CNY", "money.too_large"),
        ("1.5", "JPY", "money.precision"),
        ("1.0001", "CNY", "money.precision"),
        ("1.2345", "KWD", "money.precision"),
        ("1", "RMB", "currency.unknown"),
    ],
)
def test_parse_money_rejects(amount: str | Decimal, currency: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(amount, currency, "rate")
    assert caught.value.code == code


def test_parse_money_allow_zero_and_maximum() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money("0", "CNY", "minimum_charge", allow_zero=False)
    assert (caught.value.field, caught.value.code) == ("minimum_charge", "money.not_positive")
    with pytest.raises(ValidationError) as caught:
        parse_money("100.01", "CNY", "fee", maximum=Decimal("100"))
    assert caught.value.code == "money.too_large"
