"""Rate sheets, the pure core: header mapping, row checks and SCR merging (issue 3)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

import pytest

from core.domain.rating import CommodityRate, Tariff
from core.errors import ValidationError
from core.imports.rate_sheet import HEADER_ALIASES, TEMPLATE_COLUMNS, RowProblem, read_rate_rows
from core.imports.tabular import (
    decode_csv,
    float_decimal,
    neutralise,
    normalised_header,
    read_date,
)

HEADER = [
    "origin",
    "destination",
    "carrier",
    "currency",
    "valid_from",
    "valid_to",
    "M",
    "N",
    "Q45",
    "Q100",
    "Q300",
    "Q500",
    "Q1000",
]
GOOD = ["CGO", "FRA", "", "CNY", "2026-01-01", "", "320", "45.00", "34.00", "30.00", "27.50"]
GOOD += ["26.00", "24.50"]


def row(**changes: object) -> list[object]:
    """GOOD with some template columns changed."""
    cells: list[object] = list(GOOD)
    for name, value in changes.items():
        cells[HEADER.index(name)] = value
    return cells


def only_problem(cells: Sequence[object], header: Sequence[str] = HEADER) -> RowProblem:
    sheet = read_rate_rows(header, [cells])
    assert (sheet.rows_read, sheet.valid_rows, sheet.tariffs) == (1, 0, ())
    assert len(sheet.problems) == 1, sheet.problems
    return sheet.problems[0]


def test_a_good_row_gives_the_exact_tariff() -> None:
    sheet = read_rate_rows(HEADER, [GOOD])
    assert (sheet.problems, sheet.rows_read, sheet.valid_rows) == ((), 1, 1)
    (t,) = sheet.tariffs
    assert t == Tariff(
        "CGO",
        "FRA",
        None,
        "CNY",
        date(2026, 1, 1),
        None,
        Decimal("320"),
        Decimal("45.00"),
        {45: Decimal("34"), 100: Decimal("30"), 300: Decimal("27.5"), 500: Decimal("26")}
        | {1000: Decimal("24.5")},
    )
    assert str(t.breaks[300]) == "27.50"  # the digits as written, not through float


def test_carrier_validity_and_lower_case_codes() -> None:
    cells = row(carrier="ck", origin=" cgo ", currency="usd", valid_to="2026-06-30")
    (t,) = read_rate_rows(HEADER, [cells]).tariffs
    assert (t.origin, t.carrier, t.currency, t.valid_to) == ("CGO", "CK", "USD", date(2026, 6, 30))


def test_empty_break_cells_are_no_break_and_absent_break_columns_too() -> None:
    (t,) = read_rate_rows(HEADER, [row(Q45="", Q500=" ", Q1000="")]).tariffs
    assert dict(t.breaks) == {100: Decimal("30.00"), 300: Decimal("27.50")}
    (bare,) = read_rate_rows(HEADER[:8], [GOOD[:8]]).tariffs
    assert dict(bare.breaks) == {}


def test_chinese_and_spelled_out_aliases_in_any_case_and_spacing() -> None:
    header = ["始发站", "目的港", "承运人", "币种", "生效日期", "失效日期", "最低收费"]
    header += ["45公斤以下", "+45", " q 100 ", "300+", "Q500", "Ｑ１０００"]
    sheet = read_rate_rows(header, [row(carrier="CV", valid_to="2026-12-31")])
    assert sheet.problems == ()
    (t,) = sheet.tariffs
    assert (t.carrier, t.valid_to, t.minimum, t.normal) == (
        "CV",
        date(2026, 12, 31),
        Decimal(320),
        Decimal(45),
    )
    assert sorted(t.breaks) == [45, 100, 300, 500, 1000]
    english = ["Origin", "Dest", "Airline", "CCY", "Effective Date", "Valid Until", "Minimum"]
    english += ["Normal", "+45", "+100", "+300", "+500", "+1000"]
    spelled_out = read_rate_rows(english, [GOOD])
    assert spelled_out.problems == ()
    assert spelled_out.tariffs == read_rate_rows(HEADER, [GOOD]).tariffs


@pytest.mark.parametrize(
    ("changes", "column", "code", "reason"),
    [
        ({"origin": "CG1"}, "origin", "code.format", "IATA airport code"),
        ({"destination": "FRAN"}, "destination", "code.format", "IATA airport code"),
        ({"carrier": "C"}, "carrier", "code.format", "IATA airline designator"),
        ({"currency": "RMB"}, "currency", "currency.unknown", "'RMB' is not a known currency"),
        ({"valid_from": "01/02/2026"}, "valid_from", "date.format", "expected a date"),
        ({"valid_from": "2026-02-30"}, "valid_from", "date.format", "expected a date"),
        ({"valid_to": "2025-12-31"}, "valid_to", "validity.order", "not be before valid_from"),
        ({"N": "-45"}, "N", "rate.not_positive", "must be above 0"),
        ({"Q100": "0"}, "Q100", "rate.not_positive", "must be above 0"),
        ({"Q45": "abc"}, "Q45", "rate.not_a_number", "'abc' is not a number"),
        ({"Q45": "1,280.00"}, "Q45", "rate.not_a_number", "is not a number"),
        ({"Q300": "27.50001"}, "Q300", "rate.precision", "at most 4 decimals"),
        ({"M": "320.001"}, "M", "rate.precision", "minimum charge in CNY has at most 2"),
        ({"M": "-1"}, "M", "rate.not_positive", "0 or more"),
        ({"M": ""}, "M", "sheet.required", "required"),
        ({"origin": ""}, "origin", "sheet.required", "required"),
        ({"Q45": True}, "Q45", "rate.not_a_number", "not a TRUE/FALSE cell"),
        ({"currency": 12.0}, "currency", "sheet.text_expected", "not a number cell"),
    ],
)
def test_each_bad_cell_names_row_column_and_reason(
    changes: dict[str, object], column: str, code: str, reason: str
) -> None:
    problem = only_problem(row(**changes))
    assert (problem.row, problem.column, problem.code) == (2, column, code)
    assert reason in problem.reason
    assert not problem.reason.startswith(f"{column}:")  # the column is reported beside it


def test_a_minimum_finer_than_the_currency_allows() -> None:
    problem = only_problem(row(currency="JPY", M="320.5"))
    assert (problem.column, problem.code) == ("M", "rate.precision")
    assert "JPY has at most 0 decimals" in problem.reason
    assert read_rate_rows(HEADER, [row(currency="KWD", M="12.345")]).problems == ()


def test_every_bad_cell_of_a_row_is_reported_in_column_order() -> None:
    sheet = read_rate_rows(HEADER, [row(N="x", origin="1", M="-5")])
    assert [(p.row, p.column) for p in sheet.problems] == [(2, "origin"), (2, "M"), (2, "N")]


def test_problems_use_the_sheets_own_header_text() -> None:
    header = ["始发站", *HEADER[1:3], "币种", *HEADER[4:]]
    problem = only_problem(row(currency="XXX1"), header)
    assert problem.column == "币种"


def test_row_numbers_are_excels_blank_rows_keep_theirs() -> None:
    sheet = read_rate_rows(HEADER, [GOOD, ["", " "], [], row(N="0")], header_row=3)
    assert sheet.rows_read == 2
    assert [(p.row, p.column) for p in sheet.problems] == [(7, "N")]


def test_unknown_column_reported_once_on_the_header_row() -> None:
    sheet = read_rate_rows([*HEADER, "Remarks"], [[*GOOD, "x"], [*GOOD[:1], "AMS", *GOOD[2:]]])
    assert sheet.problems == (
        RowProblem(1, "Remarks", sheet.problems[0].reason, "sheet.column_unknown"),
    )
    assert "unknown column" in sheet.problems[0].reason
    assert sheet.valid_rows == 2  # the rows themselves are fine; the caller decides


def test_missing_required_column_stops_at_the_header() -> None:
    header = [name for name in HEADER if name != "currency"]
    cells = [cell for name, cell in zip(HEADER, GOOD, strict=True) if name != "currency"]
    sheet = read_rate_rows(header, [cells, cells])
    assert [(p.row, p.column, p.code) for p in sheet.problems] == [
        (1, "currency", "sheet.column_missing")
    ]
    assert (sheet.rows_read, sheet.valid_rows, sheet.tariffs) == (2, 0, ())


def test_the_same_column_twice_is_a_header_problem() -> None:
    sheet = read_rate_rows([*HEADER, "币种"], [[*GOOD, "USD"]])
    assert [(p.row, p.column, p.code) for p in sheet.problems] == [
        (1, "币种", "sheet.column_twice")
    ]


def test_empty_header_cells_are_ignored() -> None:
    sheet = read_rate_rows(["", *HEADER], [["note", *GOOD]])
    assert (sheet.problems, sheet.valid_rows) == ((), 1)


def test_empty_sheet() -> None:
    sheet = read_rate_rows([], [])
    assert {p.column for p in sheet.problems} == {
        "origin",
        "destination",
        "currency",
        "valid_from",
        "M",
        "N",
    }
    assert (sheet.tariffs, sheet.rows_read) == ((), 0)


# --- specific commodity rates ---------------------------------------------------------------

SCR_HEADER = [*HEADER, "SCR_CODE", "SCR_MIN_KG", "SCR_RATE"]


def test_scr_rows_of_one_lane_merge_into_one_tariff() -> None:
    rows: list[list[object]] = [
        [*GOOD, "0007", "100", "20.00"],
        [*GOOD, "8518", "", "28.5"],
        [*GOOD[:1], "AMS", *GOOD[2:], "", "", ""],
        [*GOOD, "0007", "100", "20.00"],  # the same SCR twice counts once
        [*GOOD, "0007", "500", "18.00"],  # same code, another minimum weight: a second SCR
    ]
    sheet = read_rate_rows(SCR_HEADER, rows)
    assert (sheet.problems, sheet.rows_read, sheet.valid_rows) == ((), 5, 5)
    fra, ams = sheet.tariffs
    assert fra.commodity_rates == (
        CommodityRate("0007", Decimal(100), Decimal("20.00")),
        CommodityRate("8518", Decimal(0), Decimal("28.5")),
        CommodityRate("0007", Decimal(500), Decimal(18)),
    )
    assert (ams.destination, ams.commodity_rates) == ("AMS", ())


@pytest.mark.parametrize(
    ("scr", "column", "code"),
    [
        (["7", "", "20"], "SCR_CODE", "tariff.commodity_code"),
        (["85A8", "", "20"], "SCR_CODE", "tariff.commodity_code"),
        ([7.0, "", "20"], "SCR_CODE", "sheet.text_expected"),  # leading zeros already lost
        (["0007", "", ""], "SCR_RATE", "sheet.required"),
        (["", "100", "20"], "SCR_CODE", "sheet.required"),
        (["0007", "45.5", "20"], "SCR_MIN_KG", "rate.precision"),
        (["0007", "", "-2"], "SCR_RATE", "rate.not_positive"),
    ],
)
def test_bad_scr_cells(scr: list[object], column: str, code: str) -> None:
    problem = only_problem([*GOOD, *scr], SCR_HEADER)
    assert (problem.row, problem.column, problem.code) == (2, column, code)


def test_conflicting_rows_of_one_lane_are_both_rejected_naming_each_other() -> None:
    rows: list[Sequence[object]] = [
        GOOD,
        row(carrier="CV"),
        row(M="350"),
        row(valid_to="2026-06-30"),
    ]
    sheet = read_rate_rows(HEADER, rows)
    assert [(p.row, p.column, p.code) for p in sheet.problems] == [
        (2, "M", "sheet.rows_conflict"),
        (4, "M", "sheet.rows_conflict"),
    ]
    assert "as row 4" in sheet.problems[0].reason
    assert "as row 2" in sheet.problems[1].reason
    assert sheet.valid_rows == 2  # another carrier or another validity is another tariff
    assert [(t.carrier, t.valid_to) for t in sheet.tariffs] == [
        ("CV", None),
        (None, date(2026, 6, 30)),
    ]


def test_conflicting_scr_rates_and_an_identical_duplicate_row() -> None:
    rows = [[*GOOD, "0007", "100", "20"], [*GOOD, "0007", "100", "21"]]
    sheet = read_rate_rows(SCR_HEADER, rows)
    assert [(p.row, p.column) for p in sheet.problems] == [(2, "SCR_RATE"), (3, "SCR_RATE")]
    duplicate = read_rate_rows(HEADER, [GOOD, GOOD, row(Q45="34")])  # 34 == 34.00
    assert (duplicate.problems, len(duplicate.tariffs), duplicate.valid_rows) == ((), 1, 3)


def test_no_alias_names_two_columns() -> None:
    names = [normalised_header(a) for k, v in HEADER_ALIASES.items() for a in (k, *v)]
    assert len(names) == len(set(names))


def test_the_template_lists_the_documented_columns() -> None:
    assert TEMPLATE_COLUMNS[:13] == tuple(HEADER)
    assert TEMPLATE_COLUMNS[13:] == ("SCR_CODE", "SCR_MIN_KG", "SCR_RATE")


# --- cells -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [(34.0, "34.0"), (27.5, "27.5"), (320.0, "320.0"), (12.3456, "12.3456"), (1e16, "1E+16")],
)
def test_float_cells_become_the_decimal_typed(value: float, text: str) -> None:
    number = float_decimal(value, "Q45")
    assert str(number) == text
    assert number == Decimal(text)


@pytest.mark.parametrize("value", [0.1 + 0.2, 1e-5, 27.12345, 100 / 3, float("nan"), float("inf")])
def test_float_cells_that_are_not_exact_rates_are_refused(value: float) -> None:
    with pytest.raises(ValidationError) as caught:
        float_decimal(value, "Q45")
    assert caught.value.field == "Q45"


def test_float_cells_in_a_row() -> None:
    sheet = read_rate_rows(HEADER, [row(M=320.0, N=45.0, Q45=34.0, Q300=27.5)])
    (t,) = sheet.tariffs
    assert (t.minimum, t.normal, t.breaks[300]) == (Decimal("320.0"), Decimal(45), Decimal("27.5"))
    problem = only_problem(row(Q300=0.1 + 0.2))
    assert (problem.column, problem.code) == ("Q300", "rate.precision")
    assert "0.30000000000000004" in problem.reason


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-01",
        " 2026/3/1 ",
        "2026.03.01",
        "2026年3月1日",
        date(2026, 3, 1),
        datetime(2026, 3, 1, 0, 0),
    ],
)
def test_dates_as_cells_or_year_first_text(value: object) -> None:
    assert read_date(value, "valid_from") == date(2026, 3, 1)


@pytest.mark.parametrize("value", ["03/01/2026", "2026/13/01", datetime(2026, 3, 1, 8), 46082.0])
def test_ambiguous_or_impossible_dates_are_refused(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        read_date(value, "生效日期")
    assert (caught.value.field, caught.value.code) == ("生效日期", "date.format")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("CGO", "CGO"),
        ("", ""),
    ],
)
def test_neutralise(text: str, shown: str) -> None:
    assert neutralise(text) == shown


def test_decode_csv_utf8_bom_and_gbk() -> None:
    text = "始发站,币种\r\nCGO,CNY\r\n"
    assert decode_csv(text.encode("utf-8")) == text
    assert decode_csv(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode_csv(text.encode("gbk")) == text
