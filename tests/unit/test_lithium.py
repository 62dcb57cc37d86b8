"""core.domain.lithium: Section II only, every refusal with its rule named."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.domain.lithium import (
    LithiumDeclaration,
    check_lithium,
    parse_lithium,
    section_ii_statement,
    shc_consistent,
)
from core.errors import ValidationError

BEFORE_SOC_RULE = date(2025, 12, 31)
SOC_RULE_DAY = date(2026, 1, 1)


def _ion(pi: str = "PI967", **values: str) -> LithiumDeclaration:
    return parse_lithium(pi, **values)


def _check_error(
    decl: LithiumDeclaration, shcs: tuple[str, ...] = (), on: date = SOC_RULE_DAY
) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        check_lithium(decl, shcs, on)
    return info.value


# --- parse_lithium ---------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["966", "PI966", "pi 966", " Pi966 ", 966])
def test_packing_instruction_forms(raw: object) -> None:
    assert parse_lithium(raw).packing_instruction == "PI966"


def test_values_become_decimals() -> None:
    decl = parse_lithium(
        "969",
        cell_lithium_g="0.3",
        battery_lithium_g=Decimal("1.5"),
        state_of_charge_pct=0,
        cell_wh=None,
        battery_wh="",
    )
    assert decl == LithiumDeclaration(
        "PI969", None, None, Decimal("0.3"), Decimal("1.5"), Decimal(0)
    )


def test_integer_and_float_ratings() -> None:
    decl = parse_lithium("PI967", cell_wh=5, battery_wh=12.5)
    assert (decl.cell_wh, decl.battery_wh) == (Decimal(5), Decimal("12.5"))


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"battery_wh": "abc"}, "lithium.battery_wh", "number.format"),
        ({"battery_wh": "NaN"}, "lithium.battery_wh", "number.not_finite"),
        ({"battery_wh": "Infinity"}, "lithium.battery_wh", "number.not_finite"),
        ({"battery_wh": "0"}, "lithium.battery_wh", "number.not_positive"),
        ({"cell_wh": "-1"}, "lithium.cell_wh", "number.not_positive"),
        ({"cell_lithium_g": True}, "lithium.cell_lithium_g", "number.type"),
        ({"battery_lithium_g": [1]}, "lithium.battery_lithium_g", "number.type"),
        ({"state_of_charge_pct": "101"}, "lithium.state_of_charge_pct", "number.out_of_range"),
        ({"state_of_charge_pct": "-1"}, "lithium.state_of_charge_pct", "number.not_positive"),
    ],
)
def test_parse_refuses_bad_numbers(kwargs: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_lithium("PI966", **kwargs)
    assert (info.value.field, info.value.code) == (field, code)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "text.required"),
        ("PI96", "code.format"),
        ("UN3481", "code.format"),
        (None, "text.type"),
        ("PI123", "lithium.unknown_packing_instruction"),
        ("PI965", "lithium.fully_regulated"),
        ("968", "lithium.fully_regulated"),
    ],
)
def test_parse_refuses_packing_instruction(raw: object, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_lithium(raw)
    assert (info.value.field, info.value.code) == ("lithium.packing_instruction", code)


# --- check_lithium ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pi", "values", "shc"),
    [
        ("PI966", {"battery_wh": "2.5"}, "ELI"),
        ("PI967", {"battery_wh": "100"}, "ELI"),
        ("PI967", {"cell_wh": "20"}, "ELI"),
        ("PI969", {"battery_lithium_g": "2"}, "ELM"),
        ("PI970", {"cell_lithium_g": "1"}, "ELM"),
    ],
)
def test_section_ii_is_accepted_up_to_the_limits(pi: str, values: dict[str, str], shc: str) -> None:
    assert check_lithium(_ion(pi, **values), (), SOC_RULE_DAY) == shc


@pytest.mark.parametrize("pi", ["PI965", "PI968"])
def test_batteries_alone_are_fully_regulated(pi: str) -> None:
    error = _check_error(LithiumDeclaration(pi, battery_wh=Decimal(10)))
    assert error.code == "lithium.fully_regulated"
    assert "1 April 2022" in error.message
    assert "Shipper's Declaration" in error.message


def test_unknown_packing_instruction() -> None:
    error = _check_error(LithiumDeclaration("PI999", battery_wh=Decimal(10)))
    assert error.code == "lithium.unknown_packing_instruction"


@pytest.mark.parametrize(
    ("decl", "field"),
    [
        (LithiumDeclaration("PI967"), "lithium.battery_wh"),
        (LithiumDeclaration("PI966", battery_lithium_g=Decimal(1)), "lithium.battery_wh"),
        (LithiumDeclaration("PI969", battery_wh=Decimal(10)), "lithium.battery_lithium_g"),
    ],
)
def test_missing_rating(decl: LithiumDeclaration, field: str) -> None:
    error = _check_error(decl)
    assert (error.code, error.field) == ("lithium.missing_rating", field)


@pytest.mark.parametrize(
    ("pi", "values", "field", "limit"),
    [
        ("PI967", {"cell_wh": "20.01"}, "lithium.cell_wh", "20 Wh"),
        ("PI967", {"battery_wh": "100.01"}, "lithium.battery_wh", "100 Wh"),
        (
            "PI966",
            {"battery_wh": "160", "state_of_charge_pct": "30"},
            "lithium.battery_wh",
            "100 Wh",
        ),
        ("PI970", {"cell_lithium_g": "1.01"}, "lithium.cell_lithium_g", "1 g"),
        ("PI969", {"battery_lithium_g": "2.01"}, "lithium.battery_lithium_g", "2 g"),
    ],
)
def test_over_section_ii(pi: str, values: dict[str, str], field: str, limit: str) -> None:
    error = _check_error(_ion(pi, **values))
    assert (error.code, error.field) == ("lithium.over_section_ii", field)
    assert f"Section II limit of {limit}" in error.message


# --- state of charge (PI966, from 1 January 2026) --------------------------------------


@pytest.mark.parametrize(
    ("soc", "on", "ok"),
    [
        ("30", SOC_RULE_DAY, True),
        ("31", SOC_RULE_DAY, False),
        ("30.1", SOC_RULE_DAY, False),
        ("31", BEFORE_SOC_RULE, True),
        ("100", BEFORE_SOC_RULE, True),
    ],
)
def test_state_of_charge_boundaries(soc: str, on: date, ok: bool) -> None:
    decl = _ion("PI966", battery_wh="50", state_of_charge_pct=soc)
    if ok:
        assert check_lithium(decl, (), on) == "ELI"
    else:
        error = _check_error(decl, on=on)
        assert (error.code, error.params["reason"]) == ("lithium.state_of_charge", "over_limit")


def test_state_of_charge_must_be_declared_from_2026() -> None:
    decl = _ion("PI966", battery_wh="50")
    assert check_lithium(decl, (), BEFORE_SOC_RULE) == "ELI"
    error = _check_error(decl)
    assert (error.code, error.field) == ("lithium.state_of_charge", "lithium.state_of_charge_pct")
    assert error.params["reason"] == "missing"


@pytest.mark.parametrize(
    "values",
    [
        {"battery_wh": "2.7", "state_of_charge_pct": "80"},  # 2.7 Wh and below: recommendation only
        {"battery_wh": "2.7"},
    ],
)
def test_small_pi966_batteries_are_exempt(values: dict[str, str]) -> None:
    assert check_lithium(_ion("PI966", **values), (), SOC_RULE_DAY) == "ELI"


def test_state_of_charge_applies_to_cells_above_2_7_wh_too() -> None:
    error = _check_error(_ion("PI966", cell_wh="3", state_of_charge_pct="50"))
    assert error.code == "lithium.state_of_charge"


def test_pi967_state_of_charge_is_only_recommended() -> None:
    assert check_lithium(_ion("PI967", battery_wh="50", state_of_charge_pct="90"), (), SOC_RULE_DAY)


# --- SHCs ------------------------------------------------------------------------------


@pytest.mark.parametrize("shc", ["RLI", "RLM"])
def test_fully_regulated_shc_is_refused(shc: str) -> None:
    error = _check_error(_ion("PI967", battery_wh="10"), ("ECM", shc))
    assert (error.code, error.field) == ("lithium.fully_regulated_shc", "shc")


@pytest.mark.parametrize(
    ("pi", "values", "shc"),
    [("PI967", {"battery_wh": "10"}, "ELM"), ("PI970", {"battery_lithium_g": "1"}, "ELI")],
)
def test_wrong_lithium_shc_is_refused(pi: str, values: dict[str, str], shc: str) -> None:
    error = _check_error(_ion(pi, **values), ("ECM", shc))
    assert (error.code, error.field) == ("lithium.shc_mismatch", "shc")


def test_matching_shc_is_accepted() -> None:
    assert check_lithium(_ion("PI967", battery_wh="10"), ("ECM", "ELI"), SOC_RULE_DAY) == "ELI"


@pytest.mark.parametrize(
    ("pi", "values", "text"),
    [
        (
            "PI967",
            {"battery_wh": "10"},
            "LITHIUM ION BATTERIES IN COMPLIANCE WITH SECTION II OF PI967",
        ),
        (
            "PI966",
            {"battery_wh": "10"},
            "LITHIUM ION BATTERIES IN COMPLIANCE WITH SECTION II OF PI966",
        ),
        (
            "PI969",
            {"battery_lithium_g": "1"},
            "LITHIUM METAL BATTERIES IN COMPLIANCE WITH SECTION II OF PI969",
        ),
        (
            "PI970",
            {"cell_lithium_g": "1"},
            "LITHIUM METAL BATTERIES IN COMPLIANCE WITH SECTION II OF PI970",
        ),
    ],
)
def test_section_ii_statement(pi: str, values: dict[str, str], text: str) -> None:
    assert section_ii_statement(_ion(pi, **values)) == text


def test_no_statement_for_fully_regulated() -> None:
    with pytest.raises(ValidationError) as info:
        section_ii_statement(LithiumDeclaration("PI965", battery_wh=Decimal(10)))
    assert info.value.code == "lithium.fully_regulated"


@pytest.mark.parametrize(
    ("shcs", "pi", "expected"),
    [
        (("ECM",), "PI967", ("ECM", "ELI")),
        (("ECM", "ELI"), "PI966", ("ECM", "ELI")),
        ((), "PI969", ("ELM",)),
    ],
)
def test_shc_consistent_adds_the_required_code(
    shcs: tuple[str, ...], pi: str, expected: tuple[str, ...]
) -> None:
    assert shc_consistent(shcs, LithiumDeclaration(pi)) == expected


def test_shc_consistent_without_declaration() -> None:
    assert shc_consistent(("ECM", "GEN"), None) == ("ECM", "GEN")


@pytest.mark.parametrize("shc", ["ELI", "ELM", "RLI", "RLM"])
def test_lithium_shc_without_declaration_is_refused(shc: str) -> None:
    with pytest.raises(ValidationError) as info:
        shc_consistent(("ECM", shc), None)
    assert (info.value.code, info.value.field) == ("lithium.shc_without_declaration", "shc")


@pytest.mark.parametrize(
    ("shcs", "code"),
    [
        (("ECM", "ELM"), "lithium.shc_mismatch"),
        (("RLI",), "lithium.fully_regulated_shc"),
        (("GEN", "ECM", "CAO", "PER", "VAL", "AVI", "HEA", "BIG", "COL"), "shc.too_many"),
    ],
)
def test_shc_consistent_refuses(shcs: tuple[str, ...], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        shc_consistent(shcs, LithiumDeclaration("PI967"))
    assert info.value.code == code
