"""The manifest's data rules without a PDF: totals, number columns, what is refused."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from core.documents.fonts import register_fonts
from core.documents.manifest import (
    MANIFEST_LIMITS,
    ManifestData,
    ManifestPoint,
    ManifestRow,
    manifest_totals,
    validate_manifest,
)
from core.documents.manifest_layout import (
    COLUMNS,
    LAYOUT,
    NUMBER_MAXIMA,
    ROW_STYLE,
    ManifestNumbers,
)
from core.documents.manifest_rows import RowPainter
from core.errors import ValidationError

register_fonts()
D = Decimal


def row(number: str = "172-20000002", **changes: object) -> ManifestRow:
    base = ManifestRow(
        number, 3, D("36.9"), D("42.0"), D("0.252"), "TPU phone cases 手机壳", ("ECM", "ELI"), "LUX"
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def data(*rows: ManifestRow, **changes: object) -> ManifestData:
    base = ManifestData(
        operator="Cargolux",
        flight_number="CV9734",
        flight_date=datetime.date(2026, 12, 2),
        loading=ManifestPoint("CGO", "Xinzheng Airport"),
        unloading=ManifestPoint("LUX", "Luxembourg-Findel International Airport"),
        registration=None,
        forwarder="郑州航空港货运代理有限公司",
        rows=rows,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_totals_count_masters_and_leave_their_houses_out() -> None:
    rows = [
        row(),
        row("CGO1H0000001", kind="house", pieces=2, gross_weight_kg=D("20.0")),
        row("CGO1H0000002", kind="house", pieces=1, gross_weight_kg=D("16.9")),
        row("172-20000013", pieces=10, gross_weight_kg=D("100.05"), volume_m3=D("1.5")),
    ]
    totals = manifest_totals(rows)
    assert (totals.awbs, totals.houses, totals.pieces) == (2, 2, 13)
    assert totals.gross_weight_kg == D("136.95")
    assert totals.chargeable_weight_kg == D("84.0")
    assert totals.volume_m3 == D("1.752")


def test_each_number_column_prints_as_many_decimals_as_its_values_need() -> None:
    rows = [row(gross_weight_kg=D("36.900")), row(gross_weight_kg=D("12.345")), row()]
    numbers = ManifestNumbers.for_rows(rows)
    assert (numbers.gross, numbers.chargeable, numbers.volume) == (3, 1, 3)
    cells = numbers.cells(rows[0])
    assert cells[1:5] == ["3", "36.900", "42.0", "0.252"]
    assert numbers.cells(row(pieces=12345))[1] == "12,345"
    assert ManifestNumbers.for_rows([]) == ManifestNumbers(1, 1, 1)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"gross_weight_kg": D("NaN")}, "rows[0].gross_weight_kg", "number.range"),
        ({"volume_m3": D("-1")}, "rows[0].volume_m3", "number.range"),
        ({"chargeable_weight_kg": D("1000000")}, "rows[0].chargeable_weight_kg", "number.range"),
        ({"gross_weight_kg": D("1.2345")}, "rows[0].gross_weight_kg", "number.precision"),
    ],
)
def test_numbers_that_cannot_print_exactly_are_refused(
    changes: dict[str, object], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        ManifestNumbers.for_rows([row(**changes)])  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == (field, code)


def test_the_largest_numbers_print_in_their_columns_without_an_ellipsis() -> None:
    biggest = row(
        pieces=int(NUMBER_MAXIMA["pieces"]),
        gross_weight_kg=NUMBER_MAXIMA["weight"],
        chargeable_weight_kg=NUMBER_MAXIMA["weight"],
        volume_m3=NUMBER_MAXIMA["volume"],
    )
    numbers = ManifestNumbers.for_rows([biggest])
    laid = RowPainter(COLUMNS, ROW_STYLE).lay_out(numbers.cells(biggest))
    texts = ["".join(run for run, _ in piece.runs) for piece in laid.pieces]
    assert not any(text.endswith("…") for text in texts)
    assert "999,999.999" in texts and "9,999.999" in texts and "99,999" in texts
    assert sum(column.width for column in COLUMNS) == pytest.approx(LAYOUT.content_width)


@pytest.mark.parametrize(
    ("manifest", "field", "code"),
    [
        (data(row(kind="house")), "rows[0].kind", "manifest.house_without_master"),
        (data(row(), row(pieces=0)), "rows[1].pieces", "pieces.range"),
        (data(row(nature_of_goods="x" * 141)), "rows[0].nature_of_goods", "text.too_long"),
        (data(row(nature_of_goods="ของเล่นเด็ก")), "rows[0].nature_of_goods", "text.script"),
        (data(row(awb_number="172-200000021")), "rows[0].awb_number", "text.too_long"),
        (data(row(shc=("ECMX",))), "rows[0].shc", "text.too_long"),
        (data(operator="שלום Cargo"), "operator", "text.script"),
        (data(registration="LX-VCF-TOOLONG"), "registration", "text.too_long"),
    ],
)
def test_what_the_manifest_cannot_print_is_refused_naming_the_field(
    manifest: ManifestData, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_manifest(manifest)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_texts_at_their_limits_are_accepted() -> None:
    longest = row(nature_of_goods="货" * MANIFEST_LIMITS["nature_of_goods"])
    validate_manifest(data(longest, operator="O" * MANIFEST_LIMITS["operator"]))
