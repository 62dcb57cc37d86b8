"""Issue 4: hostile text typed into every field a clerk can fill ends up on every document
literally (or is refused at input when no font can print it), and never becomes an image,
a link or an action."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from core.documents.manifest import render_manifest
from core.errors import ValidationError
from core.services.awb_documents import awb_document, labels_document
from core.services.booking import book
from core.services.customers import CustomerInput, add_customer
from core.services.database import OpenedDatabase
from core.services.invoices import invoice_pdf, issue_invoice
from core.services.manifests import flight_manifest
from core.services.seller import set_seller
from tests.integration.booking_helpers import future_flights, request

CORPUS = {
    "markup": "<b>Bold</b> & <i>Sons</i> Trading",
    "img": 'Tom & Jerry <img src="/etc/passwd"/> Ltd',
    "file_link": "file:///etc/passwd Logistics",
    "http_link": "http://evil.example/x?a=1&b=2 GmbH",
    "ampersand": "A&B && C &amp; D &#60;",
    "chinese": "郑州豫通跨境电子商务有限公司",
    "cyrillic": "ТОО Алматы Фулфилмент",
    "diacritics": "Şırnak Dağıtım İç Ticaret ĂÂÎȘȚ ăâîșț",
    "combining": "Cafe\u0301 Me\u0301xico Comercio",  # NFC: Café México
    "longest": "W" * 70,
}
REFUSED = {
    "hebrew": "שלום חברה בע״מ",
    "arabic": "شركة الشحن",
    "escape": "Red\x1b[31m Ltd",
    "bidi_override": "Abc\u202eLtd",
    "thai": "กรุงเทพ Fulfilment",
}
# (not b"/Image": reportlab names /ImageB /ImageC /ImageI in every ProcSet)
FORBIDDEN = (
    b"/URI",
    b"/Launch",
    b"/GoToR",
    b"/JavaScript",
    b"/Annots",
    b"/Subtype /Image",
    b"/XObject",
)


def _normalised(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _text(pdf: bytes, pages: int = 2) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text() or "" for page in reader.pages[:pages])


def _prepare(db: OpenedDatabase) -> None:
    set_seller(
        db.uow(),
        name="郑州航空港货运代理有限公司",
        uscc="91410100MA2Y29N116",
        address="新港大道 88 号",
        city="Zhengzhou",
        country="CN",
        bank="中国银行 2548 6690",
    )


@pytest.mark.parametrize("key", list(CORPUS))
def test_hostile_text_prints_literally_on_every_document(db: OpenedDatabase, key: str) -> None:
    text = CORPUS[key]
    _prepare(db)
    shipper = add_customer(db.uow(), CustomerInput("SH-HOSTILE", text, text, text[:35], "CN")).value
    flight = future_flights(db, "CGO", "FRA")[0]
    booking = book(
        db.uow(),
        request(
            flight, shipper=shipper.account_number, goods_description=text, space_status="confirmed"
        ),
    ).value
    invoice = issue_invoice(db.uow(), bookings=[booking.awb_number]).value
    documents = {
        "invoice": invoice_pdf(db.uow.reading(), invoice.number),
        "awb": awb_document(db.uow.reading(), booking.awb_number),
        "labels": labels_document(db.uow.reading(), booking.awb_number),
        "manifest": render_manifest(flight_manifest(db.uow.reading(), flight.id)),
    }
    for name, pdf in documents.items():
        assert not any(key in pdf for key in FORBIDDEN), f"{name} carries an action or image"
    expected = _normalised(shipper.name)
    assert expected in _normalised(_text(documents["invoice"]))
    assert expected in _normalised(_text(documents["awb"], pages=1))
    assert _normalised(booking.goods_description)[:40] in _normalised(_text(documents["awb"], 1))
    assert _normalised(booking.goods_description)[:20] in _normalised(_text(documents["manifest"]))
    assert _normalised(shipper.city) in _normalised(_text(documents["awb"], pages=1))


@pytest.mark.parametrize("key", list(REFUSED))
def test_what_cannot_print_is_refused_at_input(db: OpenedDatabase, key: str) -> None:
    text = REFUSED[key]
    with pytest.raises(ValidationError) as refused:
        add_customer(db.uow(), CustomerInput("SH-REFUSED", text, "1 Road", "Zhengzhou", "CN"))
    assert refused.value.field == "name"
    assert refused.value.message.startswith("name: ")
    flight = future_flights(db, "CGO", "FRA")[0]
    with pytest.raises(ValidationError) as goods:
        book(db.uow(), request(flight, goods_description=text))
    assert goods.value.field == "goods_description"
