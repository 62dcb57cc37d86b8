"""The booking form's live check: every field judged on its own, by clean_booking's rules."""

from __future__ import annotations

from datetime import date

from core.services.booking_form import check_booking
from core.services.booking_input import BookingRequest, LithiumInput

GOOD = BookingRequest(
    shipper="SH-CGO-001",
    consignee="CN-FRA-001",
    pieces="3",
    gross_weight_kg="36.9",
    goods_description="Bluetooth earphones",
    flight_id=7,
    dimensions="60x40x35x3",
    hs_code="851830",
    shc="ECM",
)


def fields(request: BookingRequest, departure: date | None = None) -> list[str]:
    return [problem.field or "" for problem in check_booking(request, departure)]


def test_a_good_form_has_no_problem() -> None:
    assert check_booking(GOOD) == ()


def test_each_field_at_fault_is_named_once_in_form_order() -> None:
    bad = BookingRequest(
        shipper="",
        consignee="CN-FRA-001",
        pieces="3",
        gross_weight_kg="0",
        goods_description="x",
        flight_id=None,
        dimensions="60x40x35x2",
        hs_code="851",
    )
    assert fields(bad) == ["shipper", "flight", "gross_weight_kg", "dimensions", "hs_code"]
    hs = check_booking(bad)[-1]
    assert hs.code == "code.format" and hs.message.startswith("hs_code:")


def test_bad_pieces_are_named_once_not_again_under_dimensions() -> None:
    assert fields(BookingRequest("A", "B", "x", "1", "goods", flight_id=1, volume_m3="1")) == [
        "pieces"
    ]


def test_a_declared_value_needs_its_currency() -> None:
    from dataclasses import replace

    assert fields(replace(GOOD, declared_value="100")) == ["declared_currency"]


def test_lithium_is_checked_against_the_handling_codes_once_each_field_is_clean() -> None:
    from dataclasses import replace

    lithium = LithiumInput("PI967", cell_wh="3.5", state_of_charge_pct="30")
    assert fields(replace(GOOD, lithium=lithium), date(2026, 12, 1)) == []
    assert fields(replace(GOOD, shc="ECM ELM", lithium=lithium), date(2026, 12, 1)) == ["shc"]
    too_big = LithiumInput("PI967", cell_wh="25")
    assert fields(replace(GOOD, lithium=too_big), date(2026, 12, 1)) != []
    assert fields(replace(GOOD, lithium=LithiumInput("PI9")))[0].startswith("lithium.")
