"""The air waybill of a real booking, read back with pypdf: every box from the data, one
page per original or copy, "AS AGREED" without a price, refusals, atomic writes, no image
or link from user text, and a byte-identical reprint (issue 4, "Air waybill")."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import unicodedata
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core.documents.awb_form import DEFAULT_COPIES, render_awb
from core.documents.awb_sample import SAMPLE_AGENT, SAMPLE_SHIPPER, sample_awb
from core.documents.awb_text import day_text
from core.domain.text import FIELD_LIMITS
from core.errors import InvalidState, NotFound, ValidationError
from core.services.awb_documents import awb_document, write_awb
from core.services.booking import book, cancel
from core.services.booking_input import LithiumInput
from core.services.customers import CustomerInput, add_customer
from core.services.database import OpenedDatabase
from core.services.seller import set_seller
from core.services.views import BookingView, FlightView
from tests.integration.booking_helpers import future_flights, request

CHINESE = "郑州豫通跨境电子商务有限公司"  # SH-CGO-001, the seeded shipper
AGENT = "郑州航空港货运代理有限公司"
HOSTILE = 'Tom & Jerry <img src="/etc/passwd"/> <b>Ltd</b>'
SECTION_II = "LITHIUM ION BATTERIES IN COMPLIANCE WITH SECTION II OF PI967"
# Dictionary keys that would make an image, a link or an action in the PDF.
FORBIDDEN_KEYS = (b"/URI", b"/Launch", b"/GoToR", b"/JavaScript", b"/Annots", b"/XObject")
SELLER: dict[str, Any] = {
    "name": AGENT,
    "uscc": "91410100MA2Y29N116",
    "address": "河南省郑州市航空港区新港大道 88 号",
    "city": "Zhengzhou",
    "country": "CN",
    "bank": "中国银行郑州航空港支行 2548 6690 1234 5678 901",
}


# --- helpers (also used by the labels and CLI tests) ------------------------------------


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(data: bytes, pages: range | None = None) -> list[str]:
    """Layout-mode text of the pages asked for (all by default): a row stays on one line."""
    reader = PdfReader(io.BytesIO(data))
    chosen = pages if pages is not None else range(len(reader.pages))
    return [normalise(reader.pages[i].extract_text(extraction_mode="layout")) for i in chosen]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def assert_no_image_or_link(data: bytes) -> None:
    for key in FORBIDDEN_KEYS:
        assert key not in data, key  # reportlab writes dictionaries uncompressed
    for page in PdfReader(io.BytesIO(data)).pages:
        assert "/Annots" not in page
        assert "/XObject" not in page["/Resources"]


def december_flight(db: OpenedDatabase, destination: str = "FRA") -> FlightView:
    """From 2 December on: the December fuel surcharge (4.50/kg) applies."""
    return next(
        f for f in future_flights(db, "CGO", destination) if f.departure_date >= date(2026, 12, 2)
    )


def book_lithium(db: OpenedDatabase, **changes: Any) -> BookingView:
    """DOMAIN's rating example (3 cartons, 36.9 kg, 42.0 kg chargeable, Q45) with Section II
    lithium-ion batteries in equipment."""
    lithium = LithiumInput("PI967", cell_wh="3.7", battery_wh="10")
    options = {"lithium": lithium, "declared_value": "1530", "declared_currency": "CNY"}
    return book(db.uow(), request(december_flight(db), **(options | changes))).value


def drop_price(db_path: Path, booking: BookingView) -> None:
    """A booking made while no tariff covered its lane keeps no charge lines."""
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute("DELETE FROM booking_charge WHERE consignment_id = ?", (booking.id,))


def hostile_customer(db: OpenedDatabase, account: str) -> str:
    data = CustomerInput(
        account_number=account,
        name=HOSTILE,
        address="file:///etc/passwd",
        city="http://x",
        country="CN",
        phone="+86 371 0000 0000",
    )
    return add_customer(db.uow(), data).value.account_number


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the documents only (the database lives beside it in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def desk(db: OpenedDatabase) -> OpenedDatabase:
    """The seeded database with the forwarder's details set: the issuing agent."""
    set_seller(db.uow(), **SELLER)
    return db


# --- what the AWB says ------------------------------------------------------------------


def test_every_box_is_filled_from_the_booking(desk: OpenedDatabase) -> None:
    booking = book_lithium(desk)
    data = awb_document(desk.uow.reading(), booking.awb_number, copies=DEFAULT_COPIES[2:])
    (text,) = page_texts(data)
    prefix, serial = booking.awb_number.split("-")
    flight = booking.flight
    for expected in (
        booking.awb_number,
        f"{prefix} CGO {serial}",
        CHINESE,  # shipper
        "SH-CGO-001",
        "Rhein-Main Fulfilment GmbH",  # consignee
        "65451 Kelsterbach, DE",
        AGENT,  # issuing carrier's agent, with its city
        "Zhengzhou, CN",
        "91410100MA2Y29N116",
        "Xinzheng Airport (CGO), Zhengzhou",  # departure
        "FRA Lufthansa Cargo (LH)",  # routing: to, by first carrier
        f"{flight.flight_number} {flight.departure_date.day:02d} DEC 2026",
        "Frankfurt am Main International Airport (FRA)",
        "SHC: ECM ELI SECURITY STATUS: SPX",
        SECTION_II,
        "FREIGHT PREPAID",
        booking.booking_ref,
        "CNY PP X X NVD 1530.00 CNY",  # currency, CHGS, PPD marks, declared values
        "3 36.9 K Q 45.0 34.00 1530.00 Bluetooth earphones",  # the rating line
        "HS 851830",
        "DIMS 60x40x35x3 CM",
        "VOLUME 0.252 M3",
        "CHARGEABLE WEIGHT 42.0 KG",
        "MYC 189.00 SCC 50.40 XBC 30.00 AWA 50.00",
        "Executed on (date)",
        "ORIGINAL 3 (FOR SHIPPER)",
    ):
        assert expected in text, expected
    # prepaid column: weight charge, due agent, due carrier, total prepaid
    for amount in ("1530.00", "50.00", "269.40", "1849.40"):
        assert amount in text
    assert "…" not in text  # nothing had to be cut


def test_executed_on_the_booking_date_at_the_origin_city(desk: OpenedDatabase) -> None:
    booking = book_lithium(desk)
    (text,) = page_texts(awb_document(desk.uow.reading(), booking.booking_ref, copies=["X"]))
    today = date.today()  # booked just now; CGO is UTC+8
    days = {today, date.fromordinal(today.toordinal() + 1)}
    assert any(f"{day_text(d)} Zhengzhou" in text for d in days)


def test_one_page_per_copy_each_with_its_caption(desk: OpenedDatabase) -> None:
    booking = book_lithium(desk)
    copies = ("ORIGINAL 3 (FOR SHIPPER)", "COPY 4 (DELIVERY RECEIPT)", "COPY 9 (FOR AGENT)")
    data = awb_document(desk.uow.reading(), booking.awb_number, copies=copies)
    texts = page_texts(data)
    assert len(texts) == 3
    for text, caption in zip(texts, copies, strict=True):
        assert caption in text and booking.awb_number in text
        assert [c for c in copies if c in text] == [caption]


def test_collect_without_lithium_or_declared_value(desk: OpenedDatabase) -> None:
    booking = book(desk.uow(), request(december_flight(desk), payment="CC")).value
    (text,) = page_texts(awb_document(desk.uow.reading(), booking.awb_number, copies=["X"]))
    assert "FREIGHT COLLECT" in text and "CNY CC X X NVD NCV" in text
    assert "SECTION II" not in text and "SHC: ECM SECURITY STATUS: SPX" in text


def test_no_kept_price_prints_as_agreed(desk: OpenedDatabase, db_path: Path) -> None:
    booking = book_lithium(desk)
    drop_price(db_path, booking)
    (text,) = page_texts(awb_document(desk.uow.reading(), booking.awb_number, copies=["X"]))
    assert "AS AGREED AS AGREED" in text  # rate/charge and total
    assert text.count("AS AGREED") >= 6  # and the prepaid column, the other charges
    assert "MYC" not in text and "1849.40" not in text
    assert "CNY PP" in text  # the declared value's currency


def test_minimum_charge_shows_the_charge_as_the_rate(desk: OpenedDatabase) -> None:
    small = {"pieces": 1, "gross_weight_kg": "5", "dimensions": "10x10x10x1"}
    booking = book(desk.uow(), request(december_flight(desk), **small)).value
    (text,) = page_texts(awb_document(desk.uow.reading(), booking.awb_number, copies=["X"]))
    assert "1 5.0 K M 5.0 320.00 320.00" in text


# --- hostile text, metadata, reprints ---------------------------------------------------


def test_hostile_text_prints_literally_with_no_image_or_link(desk: OpenedDatabase) -> None:
    set_seller(desk.uow(), name="Agent <a href='http://x'>click</a> & Co", city="file:///tmp")
    shipper = hostile_customer(desk, "SH-HOSTILE-1")
    goods = "Cases <img src='file:///etc/passwd'/> & http://x"
    booking = book_lithium(desk, shipper=shipper, goods_description=goods)
    data = awb_document(desk.uow.reading(), booking.awb_number, copies=["X"])
    (text,) = page_texts(data)
    for literal in (HOSTILE, "file:///etc/passwd", "http://x, CN", goods, "file:///tmp, CN"):
        assert literal in text, literal
    assert "Agent <a href='http://x'>click</a> & Co" in text
    assert_no_image_or_link(data)


def test_metadata_and_a_byte_identical_reprint(desk: OpenedDatabase, out: Path) -> None:
    booking = book_lithium(desk)
    first = write_awb(desk.uow.reading(), booking.awb_number, out / "a.pdf", copies=["X"])
    again = write_awb(desk.uow.reading(), booking.awb_number, out / "b.pdf", copies=["X"])
    assert first.sha256 == again.sha256 == hashlib.sha256(Path(first.path).read_bytes()).hexdigest()
    assert first.pages == 1
    meta = PdfReader(out / "a.pdf").metadata
    assert meta is not None
    assert meta["/Title"] == f"Air Waybill {booking.awb_number}"
    assert meta["/Subject"].startswith(f"Air Waybill {booking.awb_number} CGO-FRA")
    assert meta["/Author"] == "FreightDesk"


def test_fields_at_their_maximum_length_fit_without_a_cut() -> None:
    """Chinese is the widest script: every party text at its limit still fits its box."""
    wide = "郑" * FIELD_LIMITS["name"]
    shipper = replace(SAMPLE_SHIPPER, name=wide, address="州" * FIELD_LIMITS["address"])
    agent = replace(SAMPLE_AGENT, name=wide)
    doc = sample_awb(
        shipper=shipper,
        consignee=shipper,
        agent=agent,
        goods_description="货" * FIELD_LIMITS["goods_description"],
        copies=("C" * 40,),
    )
    (text,) = page_texts(render_awb(doc))
    assert "…" not in text
    assert text.count(wide[:20]) >= 4


# --- refusals and files -----------------------------------------------------------------


def test_a_cancelled_booking_is_refused(desk: OpenedDatabase, out: Path) -> None:
    booking = book_lithium(desk)
    cancel(desk.uow(), booking=booking.awb_number, reason="shipper withdrew")
    with pytest.raises(InvalidState) as refused:
        write_awb(desk.uow.reading(), booking.awb_number, out / "awb.pdf")
    assert (refused.value.code, refused.value.field) == ("awb.cancelled", "awb")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("key", "error", "code"),
    [
        ("020-10049992", NotFound, "booking.not_found"),  # valid, never booked
        ("020-10049990", ValidationError, "awb.check_digit"),
        ("CGO1-B999999", NotFound, "booking.not_found"),
    ],
)
def test_unknown_awb_is_refused(
    desk: OpenedDatabase, key: str, error: type[Exception], code: str
) -> None:
    with pytest.raises(error) as refused:
        awb_document(desk.uow.reading(), key, copies=["X"])
    assert getattr(refused.value, "code", None) == code


def test_the_issuing_agent_must_be_set(db: OpenedDatabase) -> None:
    booking = book_lithium(db)
    with pytest.raises(ValidationError) as refused:
        awb_document(db.uow.reading(), booking.awb_number, copies=["X"])
    assert refused.value.field == "seller.name"


@pytest.mark.parametrize(
    ("copies", "field"),
    [((), "copies"), (("",), "copies[0]"), (("X" * 41,), "copies[0]"), (("ok", "ใบ"), "copies[1]")],
)
def test_copies_are_checked(desk: OpenedDatabase, copies: tuple[str, ...], field: str) -> None:
    booking = book_lithium(desk)
    with pytest.raises(ValidationError) as refused:
        awb_document(desk.uow.reading(), booking.awb_number, copies=copies)
    assert refused.value.field == field


def test_an_unwritable_path_is_refused_and_leaves_nothing(desk: OpenedDatabase, out: Path) -> None:
    booking = book_lithium(desk)
    for target in (out / "missing" / "awb.pdf", out):
        with pytest.raises(ValidationError) as refused:
            write_awb(desk.uow.reading(), booking.awb_number, target)
        assert refused.value.field == "out"
    assert list(out.iterdir()) == []


def test_a_failed_write_keeps_the_old_file_and_no_partial_one(
    desk: OpenedDatabase, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    booking = book_lithium(desk)
    target = out / "awb.pdf"
    target.write_bytes(b"the previous print")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ValidationError) as refused:
        write_awb(desk.uow.reading(), booking.awb_number, target)
    assert refused.value.code == "file.unwritable" and "No space left" in refused.value.message
    assert [p.name for p in out.iterdir()] == ["awb.pdf"]
    assert target.read_bytes() == b"the previous print"
