"""The label data builder without a database: the barcode value (DOMAIN: 11-digit AWB
number + 5-digit piece serial), the Code128 widget made from it, decoded from its symbol
values rather than by a scanner, "n of N", and the refusals."""

from __future__ import annotations

import datetime
import io
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader

from core.documents.labels import (
    BAR_WIDTH,
    LABEL_PAGE,
    MARGIN,
    LabelDocument,
    barcode_value,
    label_barcode,
    piece_label,
    render_labels,
    validate_labels,
)
from core.errors import ValidationError

START_C, STOP = 105, 106  # Code128 symbol values

DOC = LabelDocument(
    awb_number="172-20000013",
    carrier_name="Cargolux",
    flight_number="CV9734",
    flight_date=datetime.date(2026, 12, 2),
    origin="CGO",
    destination="LUX",
    pieces=3,
    gross_weight_kg=Decimal("36.9"),
    shc=("ECM", "ELI"),
    consignee_city="Sandweiler",
    consignee_country="LU",
    forwarder="郑州航空港货运代理有限公司",
    created=datetime.date(2026, 11, 29),
)


def decode_set_c(encoded: list[int]) -> str:
    """Digits back from Code128 symbol values: start C, digit pairs, checksum, stop."""
    assert encoded[0] == START_C and encoded[-1] == STOP
    body, checksum = encoded[1:-2], encoded[-2]
    weighted = START_C + sum(position * value for position, value in enumerate(body, start=1))
    assert checksum == weighted % 103
    return "".join(f"{value:02d}" for value in body)


@pytest.mark.parametrize(
    ("awb", "piece", "expected"),
    [
        ("172-20000013", 1, "1722000001300001"),
        ("17220000013", 2, "1722000001300002"),
        ("176 1234 5675", 99999, "1761234567599999"),
        ("020-81140743", 42, "0208114074300042"),  # the leading zero of Lufthansa's prefix
    ],
)
def test_barcode_value_is_the_11_awb_digits_then_the_5_digit_piece(
    awb: str, piece: int, expected: str
) -> None:
    assert barcode_value(awb, piece) == expected


def test_the_code128_widget_encodes_the_value() -> None:
    label = piece_label(DOC, 2)
    assert label.barcode_value == "1722000001300002"
    assert label.barcode.value == label.barcode_value
    assert label.barcode.humanReadable == 0  # our own line, in an embedded font
    label.barcode.width  # noqa: B018  (computing the width encodes the value)
    assert decode_set_c(label.barcode.encoded) == label.barcode_value
    assert label.barcode.barWidth == BAR_WIDTH


def test_the_barcode_fits_the_label_with_its_quiet_zones() -> None:
    widget = label_barcode(barcode_value("172-20000013", 99999))
    assert widget.width <= LABEL_PAGE[0] - 2 * MARGIN
    assert widget.lquiet >= 10 * BAR_WIDTH  # Code128: a quiet zone of 10 modules at least


def test_piece_text_is_n_of_n() -> None:
    assert [piece_label(DOC, n).piece_text for n in (1, 2, 3)] == ["1 of 3", "2 of 3", "3 of 3"]


def test_one_page_per_piece() -> None:
    data = render_labels(replace(DOC, pieces=7))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 7
    text = reader.pages[6].extract_text()
    assert "7 of 7" in text and "1722000001300007" in text


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"awb_number": "172-20000012"}, "awb_number"),  # check digit
        ({"pieces": 0}, "pieces"),
        ({"pieces": 100_000}, "pieces"),  # the serial has 5 digits
        ({"consignee_city": "กรุงเทพ"}, "consignee_city"),  # Thai: no embedded font
        ({"forwarder": "F" * 71}, "forwarder"),
    ],
)
def test_what_cannot_print_is_refused(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_labels(replace(DOC, **changes))  # type: ignore[arg-type]
    assert refused.value.field == field
