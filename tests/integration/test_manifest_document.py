"""The flight cargo manifest PDF from plain data, read back with pypdf (issue 4).

Layout-mode extraction puts a row on one line; only the pages a test needs are read, so a
multi-page manifest costs little more than its render.
"""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader

from core.documents.manifest import (
    CONFIRMED_ONLY_NOTE,
    ManifestData,
    ManifestPoint,
    ManifestRow,
    build_manifest,
    render_manifest,
)
from core.documents.page import page_label
from core.domain.awb import check_digit

D = Decimal
AWB = re.compile(r"172-\d{8}")
GOODS = (
    "Bluetooth earphones",
    "蓝牙耳机 带锂电池",
    "TPU phone cases 手机壳",
    "men's cotton T-shirts",
    "女式连衣裙",
)


def awb(index: int) -> str:
    serial = 2_000_000 + index
    return f"172-{serial:07d}{check_digit(serial)}"


def rows(count: int) -> list[ManifestRow]:
    return [
        ManifestRow(
            awb(i),
            1 + i % 7,
            D(10 + i) + D("0.5"),
            D(12 + i),
            D(i % 9) / 100 + D("0.1"),
            GOODS[i % len(GOODS)],
            ("ECM",) if i % 2 else ("ECM", "ELI"),
            "LUX",
        )
        for i in range(count)
    ]


def manifest(body: list[ManifestRow], **changes: object) -> ManifestData:
    base = ManifestData(
        operator="Cargolux",
        flight_number="CV9734",
        flight_date=datetime.date(2026, 12, 2),
        loading=ManifestPoint("CGO", "Xinzheng Airport"),
        unloading=ManifestPoint("LUX", "Luxembourg-Findel International Airport"),
        registration=None,
        forwarder="郑州航空港货运代理有限公司",
        rows=body,
        aircraft_type="B748F",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def read(pdf: bytes, pages: Iterable[int]) -> dict[int, str]:
    """Layout text of the given pages (0-based), NFC with runs of spaces kept."""
    reader = PdfReader(io.BytesIO(pdf))
    return {
        n: unicodedata.normalize("NFC", reader.pages[n].extract_text(extraction_mode="layout"))
        for n in pages
    }


def flat(text: str) -> str:
    return " ".join(text.split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_a_small_manifest_has_every_awb_its_header_totals_and_signatures() -> None:
    body = rows(12)
    rendered = build_manifest(manifest(body))
    assert rendered.pages == page_count(rendered.pdf) == 1
    text = read(rendered.pdf, [0])[0]
    assert AWB.findall(text) == [row.awb_number for row in body]
    line = next(ln for ln in text.splitlines() if body[1].awb_number in ln)
    assert flat(line) == f"{body[1].awb_number} 2 11.5 13.0 0.11 蓝牙耳机 带锂电池 ECM LUX"
    words = flat(text)
    for expected in (
        "Cargo manifest 货物舱单",
        "Owner or operator 承运人",
        "Cargolux",
        "CV9734",
        "2026-12-02",
        "CGO Xinzheng Airport",
        "LUX Luxembourg-Findel International Airport",
        "郑州航空港货运代理有限公司",
        "B748F",
        flat(CONFIRMED_ONLY_NOTE),
        "Prepared by 制单人",
        "Checked by 复核人",
        "Date 日期",
        page_label(1, 1),
        "TPU phone cases 手机壳",
        "女式连衣裙",
    ):
        assert expected in words, expected
    assert re.search(r"Registration 飞机注册号.*\n.*—", text)  # not known: a dash
    total = next(ln for ln in text.splitlines() if "Total" in ln)
    # pieces 1..7 then 1..5 (43); gross 10.5..21.5; chargeable 12..23; volume 0.10..0.18 then
    # 0.10..0.12 (1.59): volumes need two decimals, so the column prints two
    assert flat(total) == "Total 合计 43 192.0 210.0 1.59 12 AWBs 票"


def test_a_300_row_manifest_pages_its_rows_in_order_with_n_of_m_on_each() -> None:
    body = rows(300)
    rendered = build_manifest(manifest(body, registration="LX-VCF"))
    count = page_count(rendered.pdf)
    assert rendered.pages == count >= 3
    middle, last = count // 2, count - 1
    texts = read(rendered.pdf, [0, middle, last])
    per_page = len(AWB.findall(texts[0]))  # rows are one line each: every page holds as many
    expected = {
        0: body[:per_page],
        middle: body[middle * per_page : (middle + 1) * per_page],
        last: body[last * per_page :],
    }
    for page, text in texts.items():
        assert AWB.findall(text) == [row.awb_number for row in expected[page]]
        assert page_label(page + 1, count) in flat(text)
        assert "CV9734" in text and "LX-VCF" in text and "Nature of goods" in text
    assert "Total 合计" in texts[last] and "300 AWBs 票" in flat(texts[last])
    assert "Total" not in texts[0]
    assert "蓝牙耳机 带锂电池" in flat(texts[middle])


def test_house_awbs_are_listed_under_their_master_and_left_out_of_the_totals() -> None:
    master = ManifestRow(
        awb(0),
        2,
        D("45.0"),
        D("45.0"),
        D("0.270"),
        "CONSOLIDATION AS PER ATTACHED MANIFEST",
        ("ECM",),
        "LUX",
    )
    houses = [
        ManifestRow(
            "CGO1H0000001",
            1,
            D("20.0"),
            D("20.0"),
            D("0.120"),
            "儿童拼图",
            ("ECM",),
            "LUX",
            kind="house",
        ),
        ManifestRow(
            "CGO1H0000002",
            1,
            D("25.0"),
            D("25.0"),
            D("0.150"),
            "Yoga mats",
            ("ECM",),
            "LUX",
            kind="house",
        ),
    ]
    other = rows(2)[1]
    text = read(render_manifest(manifest([master, *houses, other])), [0])[0]
    order = [ln for ln in text.splitlines() if re.search(r"172-\d{8}|CGO1H\d{7}", ln)]
    assert [flat(ln).split()[0] for ln in order] == [
        master.awb_number,
        "CGO1H0000001",
        "CGO1H0000002",
        other.awb_number,
    ]
    master_x = order[0].index(master.awb_number)
    assert order[1].index("CGO1H0000001") > master_x  # indented
    total = flat(next(ln for ln in text.splitlines() if "Total" in ln))
    assert total == "Total 合计 4 56.5 58.0 0.38 2 AWBs 票 · 2 house AWBs 分单"


def test_a_flight_with_nothing_confirmed_gets_a_nil_manifest() -> None:
    rendered = build_manifest(manifest([]))
    text = flat(read(rendered.pdf, [0])[0])
    assert rendered.pages == 1 and rendered.totals.awbs == 0
    assert "NIL No confirmed bookings 无已确认订舱" in text
    assert "Total 合计 0 0.0 0.0 0.0 0 AWBs 票" in text


def test_the_document_is_repeatable_with_metadata_and_embedded_fonts_only() -> None:
    data = manifest(rows(5))
    pdf = render_manifest(data)
    assert render_manifest(data) == pdf
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta["/Title"] == "Cargo manifest CV9734 2026-12-02"
    assert meta["/CreationDate"] == "D:20261202000000+00'00'"
    assert b"Helvetica" not in pdf


@pytest.mark.parametrize(
    "goods",
    [
        '<img src="file:///etc/passwd"/> & <a href="http://evil.example">x</a>',
        "Ürün: çanta şık — Ćevapi ăâîșț",
        "Қазақстан үшін тауарлар",
    ],
)
def test_hostile_or_foreign_text_prints_as_typed_and_makes_no_link_or_image(goods: str) -> None:
    body = [replace(rows(1)[0], nature_of_goods=goods)]
    pdf = render_manifest(manifest(body, forwarder=goods[:70]))
    assert b"/URI" not in pdf and b"/JavaScript" not in pdf and b"/Launch" not in pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert "/Annots" not in page
    assert "/XObject" not in page["/Resources"]  # no image of any kind
    assert flat(goods) in flat(read(pdf, [0])[0])
