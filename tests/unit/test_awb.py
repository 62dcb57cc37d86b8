"""AWB numbers: IATA check digit = serial mod 7 (DOMAIN.md, "Air waybill numbers")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.awb import AwbNumber, check_digit, parse_awb, parse_serial
from core.errors import ValidationError

serials = st.integers(min_value=0, max_value=9_999_999)
prefixes = st.from_regex(r"[0-9]{3}", fullmatch=True)


@pytest.mark.parametrize("text", ["176-12345675", "020-81140743", "157-53806270"])
def test_domain_examples_are_valid(text: str) -> None:
    assert str(parse_awb(text)) == text


def test_number_parts_and_forms() -> None:
    awb = AwbNumber.from_serial("176", 1234567)
    assert (awb.prefix, awb.serial, awb.check) == ("176", 1234567, 5)
    assert awb.digits == "17612345675"
    assert str(awb) == "176-12345675"


def test_leading_zeros_are_kept() -> None:
    awb = AwbNumber.from_serial("020", 42)
    assert str(awb) == "020-00000420"
    assert parse_awb("020-00000420") == awb


@pytest.mark.parametrize(
    "text", ["176-12345675", "17612345675", "176 1234 5675", "  176-12345675\t", "176 - 1234567 5"]
)
def test_accepted_forms(text: str) -> None:
    assert parse_awb(text) == AwbNumber("176", 1234567)


@pytest.mark.parametrize("last", ["7", "8", "9"])
@pytest.mark.parametrize("serial", ["1234567", "8114074", "5380627", "0000000"])
def test_last_digit_7_8_9_is_never_valid(serial: str, last: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_awb(f"176-{serial}{last}")
    assert caught.value.code == "awb.check_digit"


def test_wrong_check_digit_names_the_expected_one() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_awb("176-12345676", field="master_awb")
    error = caught.value
    assert (error.field, error.code) == ("master_awb", "awb.check_digit")
    assert error.message == (
        "master_awb: check digit of 176-12345676 should be 5 (serial 1234567 mod 7)"
    )
    assert error.params["expected"] == 5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "176-1234567",  # 10 digits
        "176-123456755",  # 12 digits
        "176--12345675",  # two hyphens
        "176-1234-5675",  # two hyphens
        "ABC-12345675",
        "176-1234567S",
        "176.12345675",
        "١٧٦١٢٣٤٥٦٧٥",  # Arabic-Indic digits: str.isdigit() would take them
    ],
)
def test_bad_format(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_awb(text)
    assert (caught.value.field, caught.value.code) == ("awb_number", "awb.format")


@pytest.mark.parametrize("prefix", ["17", "1760", "17a", "", "١٧٦"])
def test_from_serial_rejects_bad_prefix(prefix: str) -> None:
    with pytest.raises(ValidationError) as caught:
        AwbNumber.from_serial(prefix, 1234567)
    assert caught.value.field == "awb_prefix"


@pytest.mark.parametrize("serial", [-1, 10_000_000, True])
def test_from_serial_rejects_serial_out_of_range(serial: int) -> None:
    with pytest.raises(ValidationError) as caught:
        AwbNumber.from_serial("176", serial)
    assert caught.value.field == "serial"


def test_numbers_order_by_prefix_then_serial() -> None:
    numbers = [AwbNumber("176", 2), AwbNumber("020", 9), AwbNumber("176", 1)]
    assert [str(n) for n in sorted(numbers)] == ["020-00000092", "176-00000011", "176-00000022"]


@pytest.mark.parametrize(
    "text", ["1234567", "12345675", "1234567-5", "176-12345675", "17612345675"]
)
def test_parse_serial_forms(text: str) -> None:
    assert parse_serial(text) == 1234567


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12345676", "awb.check_digit"),
        ("176-12345676", "awb.check_digit"),
        ("123456", "serial.format"),
        ("123456789", "serial.format"),
        ("12a4567", "serial.format"),
        ("", "serial.format"),
    ],
)
def test_parse_serial_rejects(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_serial(text, field="first_serial")
    assert (caught.value.field, caught.value.code) == ("first_serial", code)


@given(prefix=prefixes, serial=serials)
def test_from_serial_round_trips_through_parse_awb(prefix: str, serial: int) -> None:
    awb = AwbNumber.from_serial(prefix, serial)
    assert parse_awb(str(awb)) == awb
    assert parse_awb(awb.digits) == awb
    assert parse_serial(str(awb)) == serial
    assert parse_serial(f"{serial:07d}{awb.check}") == serial


@given(serial=serials, position=st.integers(0, 6), digit=st.integers(0, 9))
def test_changed_serial_digit_is_caught_when_it_changes_mod_7(
    serial: int, position: int, digit: int
) -> None:
    good = f"{serial:07d}"
    typed = good[:position] + str(digit) + good[position + 1 :]
    text = f"176-{typed}{check_digit(serial)}"
    if int(typed) % 7 == serial % 7:
        # A change by a multiple of 7 (e.g. 0 <-> 7) is the mod-7 scheme's known blind spot.
        assert parse_awb(text).serial == int(typed)
    else:
        with pytest.raises(ValidationError) as caught:
            parse_awb(text)
        assert caught.value.code == "awb.check_digit"


@given(serial=serials)
def test_check_digit_is_never_7_8_or_9(serial: int) -> None:
    assert 0 <= check_digit(serial) <= 6
