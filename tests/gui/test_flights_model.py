"""The flights table model, tested without any widget (ARCHITECTURE rule 7)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from gui.flights_model import (
    FLIGHT_ROLE,
    NEARLY_FULL_ROLE,
    Column,
    FlightsModel,
    format_quantity,
    is_nearly_full,
)
from gui.space_bar import SPACE_ROLE
from tests.gui.samples import booked, make_flight

DISPLAY = Qt.ItemDataRole.DisplayRole


def at(hour: int) -> datetime:
    return datetime(2026, 11, 30, hour, 10, tzinfo=UTC)


def cell(model: FlightsModel, row: int, column: Column, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, column), role)


def column_texts(model: FlightsModel, column: Column) -> list[str]:
    return [cell(model, row, column) for row in range(model.rowCount())]


@pytest.fixture
def model(qapp: object) -> FlightsModel:
    """Three flights in departure order (the model's default sort)."""
    flights = FlightsModel()
    flights.set_flights(
        [
            make_flight(flight_number="LH8407", departs_at_utc=at(18)),
            booked(
                make_flight(flight_number="CV9736", destination="MXP", departs_at_utc=at(19)),
                "19000.500",
                "40",
            ),
            make_flight(
                flight_number="CA1071",
                origin="NNG",
                destination="BKK",
                status="closed",
                departs_at_utc=at(20),
            ),
        ]
    )
    return flights


def test_passes_qt_model_tester_empty_and_filled(qtmodeltester: Any, model: FlightsModel) -> None:
    qtmodeltester.check(FlightsModel(), force_py=True)
    qtmodeltester.check(model, force_py=True)
    model.sort(Column.LEFT_KG, Qt.SortOrder.DescendingOrder)
    model.set_flights([make_flight()])
    qtmodeltester.check(model)


def test_headers_name_every_column(model: FlightsModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [
        "Flight",
        "Date",
        "Route",
        "Departs (local)",
        "Aircraft",
        "Booked kg",
        "Left kg",
        "Booked m³",
        "Left m³",
        "Bookings",
        "Status",
    ]


def test_a_row_reads_as_the_clerk_sees_it(model: FlightsModel) -> None:
    row = [cell(model, 0, c) for c in Column]
    assert row == [
        "LH8407",
        "2026-12-01",
        "CGO → FRA",
        "02:10 +08:00",
        "B77F",
        "0.000",
        "20,400.000",
        "0.000",
        "130.600",
        "0",
        "Open",
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("20400.000"), "20,400.000"),
        (Decimal("1234567.125"), "1,234,567.125"),
        (Decimal("0.001"), "0.001"),
        (Decimal("999.999"), "999.999"),
        (12345, "12,345"),
    ],
)
def test_quantities_keep_every_digit_with_thousands_separators(value: Any, text: str) -> None:
    assert format_quantity(value) == text


def test_departure_on_another_day_shows_its_date() -> None:
    flights = FlightsModel()
    flights.set_flights([make_flight(departs_local="2026-11-30 23:50 +08:00")])
    assert cell(flights, 0, Column.DEPARTS) == "2026-11-30 23:50 +08:00"


def test_numbers_are_right_aligned_and_text_left(model: FlightsModel) -> None:
    role = Qt.ItemDataRole.TextAlignmentRole
    for column in Column:
        numeric = column in {
            Column.BOOKED_KG,
            Column.LEFT_KG,
            Column.BOOKED_M3,
            Column.LEFT_M3,
            Column.BOOKINGS,
        }
        horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
        assert cell(model, 0, column, role) & horizontal, column
        assert model.headerData(column, Qt.Orientation.Horizontal, role) & horizontal


def test_flight_role_hands_back_the_view(model: FlightsModel) -> None:
    for row in range(model.rowCount()):
        assert cell(model, row, Column.STATUS, FLIGHT_ROLE) is model.flight_at(row)


@pytest.mark.parametrize(
    ("weight_kg", "volume_m3", "nearly_full"),
    [
        ("0", "0", False),
        ("18360.000", "0", False),  # exactly 10 % of the weight left
        ("18360.001", "0", True),  # just under 10 % left
        ("0", "117.541", True),  # volume alone is short
        ("20400.000", "130.600", True),  # full
    ],
)
def test_nearly_full_below_ten_percent_of_weight_or_volume(
    weight_kg: str, volume_m3: str, nearly_full: bool
) -> None:
    assert is_nearly_full(booked(make_flight(), weight_kg, volume_m3)) is nearly_full


def test_a_flight_without_allotment_counts_as_full() -> None:
    assert is_nearly_full(make_flight(allotment_weight_kg=Decimal(0)))


def test_nearly_full_marks_only_the_short_cell(model: FlightsModel) -> None:
    background = Qt.ItemDataRole.BackgroundRole
    assert cell(model, 1, Column.LEFT_KG, NEARLY_FULL_ROLE) is True
    assert cell(model, 1, Column.LEFT_KG, background) is not None
    assert cell(model, 1, Column.LEFT_M3, background) is None
    assert "10 %" in cell(model, 1, Column.LEFT_KG, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, Column.LEFT_KG, background) is None
    assert cell(model, 0, Column.LEFT_KG, NEARLY_FULL_ROLE) is False


def test_booked_columns_carry_the_space_for_their_bars(model: FlightsModel) -> None:
    weight = cell(model, 1, Column.BOOKED_KG, SPACE_ROLE)
    assert (weight.booked, weight.allotment, weight.short) == (
        Decimal("19000.500"),
        Decimal("20400.000"),
        True,
    )
    assert cell(model, 1, Column.BOOKED_M3, SPACE_ROLE).short is False
    assert cell(model, 1, Column.STATUS) == "Nearly full"
    assert cell(model, 1, Column.BOOKED_KG, Qt.ItemDataRole.ToolTipRole) == (
        "19,000.500 of 20,400.000 kg booked (93 %)"
    )
    assert cell(model, 2, Column.BOOKED_KG, SPACE_ROLE).open is False
    assert cell(model, 0, Column.FLIGHT, SPACE_ROLE) is None


def test_closed_flights_are_greyed_in_every_column(model: FlightsModel) -> None:
    foreground = Qt.ItemDataRole.ForegroundRole
    assert cell(model, 2, Column.STATUS) == "Closed"
    greys = {cell(model, 2, c, foreground).name() for c in Column}
    assert len(greys) == 1
    assert all(cell(model, 0, c, foreground) is None for c in Column)


def test_sorts_by_the_numbers_not_their_text(qapp: object) -> None:
    flights = FlightsModel()
    flights.set_flights(
        [
            make_flight(flight_number=f"LH{n}", remaining_weight_kg=Decimal(kg))
            for n, kg in enumerate(["900.000", "10000.000", "8365.000"])
        ]
    )
    flights.sort(Column.LEFT_KG, Qt.SortOrder.AscendingOrder)
    assert column_texts(flights, Column.LEFT_KG) == ["900.000", "8,365.000", "10,000.000"]
    flights.sort(Column.LEFT_KG, Qt.SortOrder.DescendingOrder)
    assert column_texts(flights, Column.LEFT_KG) == ["10,000.000", "8,365.000", "900.000"]


def test_sorting_keeps_persistent_indexes_on_their_flight(model: FlightsModel) -> None:
    held = QPersistentModelIndex(model.index(0, Column.ROUTE))
    flight = model.flight_at(0)
    model.sort(Column.FLIGHT, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, Column.FLIGHT) == ["CA1071", "CV9736", "LH8407"]
    assert held.row() == 2 and held.column() == Column.ROUTE
    assert model.flight_at(held.row()) is flight


def test_new_rows_keep_the_chosen_sort(model: FlightsModel) -> None:
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    model.set_flights(
        [make_flight(departure_date=date(2026, 12, d), flight_number=f"X{d}") for d in (1, 3, 2)]
    )
    assert column_texts(model, Column.FLIGHT) == ["X3", "X2", "X1"]
