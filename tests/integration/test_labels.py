"""Piece labels of a real booking, read back with pypdf: one page per piece, "n of N", the
barcode's digits (DOMAIN: 11-digit AWB + 5-digit piece serial), the total weight, the
lithium mark, refusals and a byte-identical reprint (issue 4, "Labels")."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.documents.labels import LABEL_PAGE
from core.domain.awb import parse_awb
from core.errors import InvalidState, NotFound, ValidationError
from core.services.awb_documents import labels_document, write_labels
from core.services.booking import book, cancel
from core.services.database import OpenedDatabase
from core.services.seller import set_seller
from core.services.settings import put_setting
from tests.integration.booking_helpers import request
from tests.integration.test_awb_print import (
    AGENT,
    HOSTILE,
    assert_no_image_or_link,
    book_lithium,
    december_flight,
    desk,
    hostile_customer,
    out,
    page_count,
    page_texts,
)

__all__ = ["desk", "out"]  # the fixtures, shared with test_awb_print


def test_one_label_per_piece_with_n_of_n_and_the_barcode_digits(desk: OpenedDatabase) -> None:
    booking = book_lithium(desk)
    data = labels_document(desk.uow.reading(), booking.awb_number)
    texts = page_texts(data)
    assert len(texts) == booking.pieces == 3
    digits = parse_awb(booking.awb_number).digits
    for piece, text in enumerate(texts, start=1):
        assert f"{piece} of 3" in text
        assert f"{digits}{piece:05d}" in text  # the human-readable line under the barcode
        for expected in (
            booking.awb_number,
            "Lufthansa Cargo",
            f"{booking.flight.flight_number}",
            "CGO",
            "FRA",
            "36.9 KG",
            "Kelsterbach, DE",
            "ECM",
            "ELI",
            "LITHIUM ION BATTERIES",
            AGENT,
        ):
            assert expected in text, expected
    assert "…" not in " ".join(texts)


def test_the_page_is_100_by_150_mm_and_has_no_image_or_link(desk: OpenedDatabase) -> None:
    booking = book_lithium(desk, pieces=1, dimensions="60x40x35x1", gross_weight_kg="12.3")
    data = labels_document(desk.uow.reading(), booking.awb_number)
    page = PdfReader(io.BytesIO(data)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width, 2), round(height, 2)) == tuple(round(v, 2) for v in LABEL_PAGE)
    assert_no_image_or_link(data)


def test_many_pieces_read_only_the_pages_needed(desk: OpenedDatabase) -> None:
    parcels = {"pieces": 250, "gross_weight_kg": "500", "dimensions": "30x20x10x250"}
    booking = book(desk.uow(), request(december_flight(desk), **parcels)).value
    data = labels_document(desk.uow.reading(), booking.awb_number)
    assert page_count(data) == 250
    digits = parse_awb(booking.awb_number).digits
    first, last = page_texts(data, range(0, 250, 249))
    assert "1 of 250" in first and f"{digits}00001" in first
    assert "250 of 250" in last and f"{digits}00250" in last and "500.0 KG" in last


def test_hostile_text_prints_literally(desk: OpenedDatabase) -> None:
    set_seller(desk.uow(), name=HOSTILE)
    consignee = hostile_customer(desk, "CN-HOSTILE-1")
    booking = book_lithium(desk, consignee=consignee, pieces=1, dimensions="60x40x35x1")
    data = labels_document(desk.uow.reading(), booking.awb_number)
    (text,) = page_texts(data)
    assert HOSTILE in text and "http://x, CN" in text
    assert_no_image_or_link(data)


def test_a_reprint_is_byte_identical(desk: OpenedDatabase, out: Path) -> None:
    booking = book_lithium(desk)
    first = write_labels(desk.uow.reading(), booking.awb_number, out / "a.pdf")
    again = write_labels(desk.uow.reading(), booking.awb_number, out / "b.pdf")
    assert first.pages == 3
    assert first.sha256 == again.sha256 == hashlib.sha256(Path(first.path).read_bytes()).hexdigest()
    meta = PdfReader(out / "a.pdf").metadata
    assert meta is not None and meta["/Title"] == f"Labels {booking.awb_number}"


def test_refusals_leave_no_file(desk: OpenedDatabase, out: Path) -> None:
    booking = book_lithium(desk)
    with pytest.raises(NotFound):
        write_labels(desk.uow.reading(), "020-10049992", out / "labels.pdf")
    with pytest.raises(ValidationError) as unwritable:
        write_labels(desk.uow.reading(), booking.awb_number, out / "no" / "labels.pdf")
    assert unwritable.value.code == "file.unwritable"
    cancel(desk.uow(), booking=booking.booking_ref, reason="duplicate")
    with pytest.raises(InvalidState):
        write_labels(desk.uow.reading(), booking.awb_number, out / "labels.pdf")
    assert list(out.iterdir()) == []


def test_the_piece_serial_width_is_a_workstation_setting(desk: OpenedDatabase) -> None:
    """DOMAIN marks the barcode format "(check)": it is editable, not buried in code."""
    booking = book_lithium(desk)
    with desk.uow() as uow:
        put_setting(uow, "label_piece_digits", "4")
        uow.commit()
    texts = page_texts(labels_document(desk.uow.reading(), booking.awb_number))
    digits = parse_awb(booking.awb_number).digits
    assert f"{digits}0003" in texts[2] and f"{digits}00003" not in texts[2]
