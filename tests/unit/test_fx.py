"""Exchange rates: the rate of the day, inverses, exact conversion (DOMAIN.md, "Rating")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.fx import ExchangeRate, convert, rate_on, validate_exchange_rate
from core.domain.money import Money, minor_units
from core.errors import ValidationError

D = Decimal
RATES = (
    ExchangeRate("EUR", "CNY", D("7.8"), date(2025, 3, 1)),
    ExchangeRate("EUR", "CNY", D("7.9123"), date(2025, 4, 1)),
    ExchangeRate("USD", "CNY", D("7.25"), date(2025, 4, 1)),
    ExchangeRate("CNY", "USD", D("0.138"), date(2025, 4, 2)),
    ExchangeRate("CNY", "JPY", D("20.5"), date(2025, 4, 1)),
)


@pytest.mark.parametrize(
    ("day", "rate", "valid_on"),
    [
        (date(2025, 3, 1), D("7.8"), date(2025, 3, 1)),  # valid on its own date
        (date(2025, 3, 31), D("7.8"), date(2025, 3, 1)),  # still the latest before April
        (date(2025, 4, 1), D("7.9123"), date(2025, 4, 1)),
        (date(2026, 1, 1), D("7.9123"), date(2025, 4, 1)),  # no newer rate: the latest stays
    ],
)
def test_rate_on_takes_the_latest_on_or_before_the_day(
    day: date, rate: Decimal, valid_on: date
) -> None:
    assert rate_on(RATES, "EUR", "CNY", day) == ExchangeRate("EUR", "CNY", rate, valid_on)


def test_rate_on_same_currency_is_one() -> None:
    assert rate_on((), "CNY", "cny", date(2025, 1, 1)) == ExchangeRate(
        "CNY", "CNY", D(1), date(2025, 1, 1)
    )


def test_rate_on_uses_the_inverse_to_10_significant_digits() -> None:
    rate = rate_on(RATES, "CNY", "EUR", date(2025, 4, 15))
    # 1 / 7.9123 = 0.126385500...
    assert rate == ExchangeRate("CNY", "EUR", D("0.1263855011"), date(2025, 4, 1))


def test_rate_on_prefers_the_later_rate_in_either_direction() -> None:
    # USD/CNY 7.25 on 1 April; CNY/USD 0.138 on 2 April is later: its inverse is used.
    assert rate_on(RATES, "USD", "CNY", date(2025, 4, 1)).rate == D("7.25")
    assert rate_on(RATES, "USD", "CNY", date(2025, 4, 2)).rate == D("7.246376812")


def test_rate_on_prefers_the_direct_rate_on_the_same_date() -> None:
    rates = (
        ExchangeRate("CNY", "EUR", D("0.13"), date(2025, 4, 1)),
        ExchangeRate("EUR", "CNY", D("7.9"), date(2025, 4, 1)),
    )
    assert rate_on(rates, "EUR", "CNY", date(2025, 4, 1)).rate == D("7.9")
    assert rate_on(rates, "CNY", "EUR", date(2025, 4, 1)).rate == D("0.13")


@pytest.mark.parametrize(
    ("base", "quote", "day"),
    [("EUR", "CNY", date(2025, 2, 28)), ("GBP", "CNY", date(2025, 4, 1))],
)
def test_rate_on_missing(base: str, quote: str, day: date) -> None:
    with pytest.raises(ValidationError) as caught:
        rate_on(RATES, base, quote, day)
    assert (caught.value.field, caught.value.code) == ("exchange_rate", "fx.missing")
    assert caught.value.message == (
        f"exchange_rate: no {base}/{quote} rate on or before {day.isoformat()}"
    )


def test_convert_rounds_half_up_once() -> None:
    eur_cny = ExchangeRate("EUR", "CNY", D("7.9123"), date(2025, 4, 1))
    # 100.05 x 7.9123 = 791.625615 -> 791.63
    assert convert(Money(D("100.05"), "EUR"), eur_cny, "CNY") == Money(D("791.63"), "CNY")


def test_convert_to_jpy_has_no_decimals() -> None:
    cny_jpy = ExchangeRate("CNY", "JPY", D("20.5"), date(2025, 4, 1))
    assert convert(Money(D("1.00"), "CNY"), cny_jpy, "JPY") == Money(D("21"), "JPY")  # 20.5
    assert str(convert(Money(D("1.02"), "CNY"), cny_jpy, "JPY")) == "21 JPY"  # 20.91


def test_convert_to_kwd_has_three_decimals() -> None:
    usd_kwd = ExchangeRate("USD", "KWD", D("0.307450"), date(2025, 4, 1))
    # 12.34 x 0.30745 = 3.793933 -> 3.794
    assert str(convert(Money(D("12.34"), "USD"), usd_kwd, "KWD")) == "3.794 KWD"
    usd_kwd = ExchangeRate("USD", "KWD", D("0.3075"), date(2025, 4, 1))
    assert str(convert(Money(D("1.00"), "USD"), usd_kwd, "KWD")) == "0.308 KWD"  # .3075 up


def test_convert_with_an_inverse_rate() -> None:
    cny_eur = rate_on(RATES, "CNY", "EUR", date(2025, 4, 15))
    # 1530.00 x 0.1263855011 = 193.369816... -> 193.37
    assert convert(Money(D("1530.00"), "CNY"), cny_eur, "EUR") == Money(D("193.37"), "EUR")


def test_convert_refuses_a_rate_of_another_pair() -> None:
    eur_cny = ExchangeRate("EUR", "CNY", D("7.9"), date(2025, 4, 1))
    with pytest.raises(ValidationError) as caught:
        convert(Money(D("10"), "USD"), eur_cny, "CNY")
    assert (caught.value.field, caught.value.code) == ("exchange_rate", "fx.pair_mismatch")
    with pytest.raises(ValidationError):
        convert(Money(D("10"), "EUR"), eur_cny, "JPY")


def test_validate_exchange_rate_normalises() -> None:
    rate = validate_exchange_rate(ExchangeRate("eur", " cny", D("7.912345"), date(2025, 4, 1)))
    assert (rate.base, rate.quote) == ("EUR", "CNY")


@pytest.mark.parametrize(
    ("rate", "field", "code"),
    [
        (ExchangeRate("EUR", "CNY", D("7.9123456"), date(2025, 4, 1)), "rate", "rate.precision"),
        (ExchangeRate("EUR", "CNY", D("0"), date(2025, 4, 1)), "rate", "rate.not_positive"),
        (ExchangeRate("EUR", "CNY", D("-7"), date(2025, 4, 1)), "rate", "rate.not_positive"),
        (ExchangeRate("EUR", "CNY", D("sNaN"), date(2025, 4, 1)), "rate", "rate.not_a_number"),
        (ExchangeRate("RMB", "CNY", D("1"), date(2025, 4, 1)), "base", "currency.unknown"),
        (ExchangeRate("EUR", "XYZ", D("1"), date(2025, 4, 1)), "quote", "currency.unknown"),
    ],
)
def test_validate_exchange_rate_refuses(rate: ExchangeRate, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_exchange_rate(rate)
    assert (caught.value.field, caught.value.code) == (field, code)


currencies = st.sampled_from(["CNY", "EUR", "USD", "JPY", "KWD", "BHD", "KRW"])
fx_rates = st.decimals(min_value=D("0.000001"), max_value=D("100000"), places=6)


@given(currencies, currencies, fx_rates, st.integers(0, 10**15))
def test_converting_never_gives_more_decimals_than_the_minor_unit(
    base: str, quote: str, rate: Decimal, minor: int
) -> None:
    amount = Money.from_minor(minor, base)
    converted = convert(amount, ExchangeRate(base, quote, rate, date(2025, 1, 1)), quote)
    assert converted.currency == quote
    assert converted.amount == converted.amount.quantize(D(1).scaleb(-minor_units(quote)))
    converted.to_minor()  # exact in the minor unit


@given(fx_rates, st.integers(0, 10**12))
def test_converting_with_an_inverse_is_close_to_dividing(rate: Decimal, minor: int) -> None:
    rates = (ExchangeRate("EUR", "CNY", rate, date(2025, 1, 1)),)
    cny_eur = rate_on(rates, "CNY", "EUR", date(2025, 1, 1))
    converted = convert(Money.from_minor(minor, "CNY"), cny_eur, "EUR")
    exact = Money.from_minor(minor, "CNY").amount / rate
    # The 10-digit inverse is off by at most half a unit in its 10th digit.
    assert abs(converted.amount - exact) <= D("0.005") + exact * D("1e-9")
