"""The invoice PDF read back with pypdf: exact names, no image or link from user text,
embedded fonts, "Page N of M", metadata, and a byte-identical reprint."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import unicodedata
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.documents.invoice import (
    DOCUMENT_LIMITS,
    InvoiceDocument,
    InvoiceLine,
    InvoiceParty,
    render_invoice,
)
from core.documents.invoice_sample import SAMPLE_BUYER, sample_credit_note, sample_invoice
from core.domain.text import FIELD_LIMITS
from core.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
CHINESE = "郑州豫通跨境电子商务有限公司"
HOSTILE = 'Tom & Jerry <img src="/etc/passwd"/> <b>Ltd</b>'
# Dictionary keys that would make an image, a link or an action in the PDF.
FORBIDDEN_KEYS = (b"/URI", b"/Launch", b"/GoToR", b"/JavaScript", b"/Annots", b"/XObject")


def buyer(name: str, city: str = "Zhengzhou 郑州", country: str = "CN") -> InvoiceParty:
    return replace(SAMPLE_BUYER, name=name, city=city, country=country)


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [normalise(page.extract_text(extraction_mode="layout")) for page in reader.pages]


@pytest.fixture(scope="module")
def chinese_pdf() -> bytes:
    return render_invoice(sample_invoice(buyer(CHINESE)))


@pytest.fixture(scope="module")
def hostile_pdf() -> bytes:
    return render_invoice(sample_invoice(buyer(HOSTILE, city="Paris", country="FR")))


def test_chinese_buyer_name_and_amounts_read_back(chinese_pdf: bytes) -> None:
    (text,) = page_texts(chinese_pdf)
    assert CHINESE in text
    assert "Debit Note / Invoice 账单" in text
    assert "Page 1 of 1" in text
    for amount in ("8,250.00", "49.30", "9,343.30", "21.00", "9,364.30", "27.5000"):
        assert amount in text
    assert "172-12345675" in text and "CGO → LUX" in text
    assert "Not a VAT invoice (fapiao)" in text


def test_hostile_name_prints_literally(hostile_pdf: bytes) -> None:
    (text,) = page_texts(hostile_pdf)
    assert HOSTILE in text


@pytest.mark.parametrize("fixture", ["chinese_pdf", "hostile_pdf"])
def test_no_image_link_or_action_in_the_pdf(fixture: str, request: pytest.FixtureRequest) -> None:
    data: bytes = request.getfixturevalue(fixture)
    for key in FORBIDDEN_KEYS:
        assert key not in data, key  # reportlab writes dictionaries uncompressed
    for page in PdfReader(io.BytesIO(data)).pages:
        assert "/Annots" not in page
        assert "/XObject" not in page["/Resources"]


def test_every_font_is_an_embedded_truetype_subset(chinese_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(chinese_pdf))
    base_fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
            base_fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert base_fonts == {"DejaVuSans", "DejaVuSans-Bold", "WenQuanYiMicroHei-0"}  # TTC face 0


@pytest.mark.parametrize(
    ("name", "city", "country"),
    [
        ("ТОО Алматы Фулфилмент", "Алматы", "KZ"),
        ("İstanbul Kargo Dağıtım Ş.T.İ.", "İstanbul", "TR"),
        ("Șoseaua Logistică S.R.L.", "Timișoara", "RO"),
        ("Oʻzbekiston Gʻalla Savdo", "Toshkent", "UZ"),
    ],
)
def test_latin_extensions_and_cyrillic_render_and_extract(
    name: str, city: str, country: str
) -> None:
    (text,) = page_texts(render_invoice(sample_invoice(buyer(name, city, country))))
    assert normalise(name) in text
    assert normalise(f"{city}, {country}") in text


def test_metadata_and_fixed_creation_date(chinese_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(chinese_pdf)).metadata
    assert meta is not None
    assert meta["/Title"] == "Debit Note / Invoice CGO1-INV-000123"
    assert meta["/Author"] == "FreightDesk" and meta["/Creator"] == "FreightDesk"
    assert meta["/Subject"] == f"Debit Note / Invoice CGO1-INV-000123 to {CHINESE}"
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20261201000000+00'00'"


_REPRINT = (
    "import hashlib, sys; from core.documents.invoice import render_invoice; "
    "from core.documents.invoice_sample import sample_invoice; "
    "sys.stdout.write(hashlib.sha256(render_invoice(sample_invoice())).hexdigest())"
)


def test_a_reprint_is_byte_identical_in_this_and_another_process() -> None:
    first = render_invoice(sample_invoice())
    assert render_invoice(sample_invoice()) == first
    other = subprocess.run(
        [sys.executable, "-c", _REPRINT], cwd=ROOT, check=True, capture_output=True, text=True
    )
    assert other.stdout == hashlib.sha256(first).hexdigest()


def test_a_long_invoice_repeats_header_and_counts_pages() -> None:
    texts = page_texts(render_invoice(sample_invoice(repeat=15)))
    count = len(texts)
    assert count >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in text
        assert "No. 编号 CGO1-INV-000123" in text  # header on every page
        if "surcharge" in text:  # a page with charge lines repeats the table header
            assert "Quantity" in text and "Amount CNY" in text
    assert "9,364.30" not in texts[-1]
    assert f"{Decimal('9364.30') * 15:,f}" in texts[-1]


def test_a_credit_note_names_the_invoice_it_corrects() -> None:
    (text,) = page_texts(render_invoice(sample_credit_note(sample_invoice())))
    assert "Credit Note 贷项通知单" in text
    assert "Credits invoice 冲减原账单" in text and "CGO1-INV-000123" in text
    assert "504.00" in text


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"buyer": buyer("กรุงเทพ Logistics")}, "buyer.name", "text.script"),
        ({"buyer": buyer("X" * 71)}, "buyer.name", "text.too_long"),
        ({"total": Decimal("1.00")}, "total", "invoice.totals"),
        ({"subtotal": Decimal("1.00")}, "subtotal", "invoice.totals"),
        ({"currency": "EUR"}, "lines[0].currency", "invoice.currency_mismatch"),
        ({"currency": "cny"}, "currency", "code.format"),
        ({"kind": "credit_note"}, "original_number", "invoice.original_number"),
        ({"lines": ()}, "lines", "invoice.no_lines"),
    ],
)
def test_what_cannot_print_correctly_is_refused(change: dict, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        render_invoice(replace(sample_invoice(), **change))
    assert (caught.value.field, caught.value.code) == (field, code)


def test_an_amount_too_long_for_its_column_is_refused() -> None:
    doc = sample_invoice()
    huge = replace(doc.lines[0], quantity=Decimal("12345678901234567890"))
    with pytest.raises(ValidationError) as caught:
        render_invoice(replace(doc, lines=(huge, *doc.lines[1:])))
    assert (caught.value.field, caught.value.code) == ("lines[0].quantity", "number.too_long")


MARKUP = (
    '<img src="/etc/passwd"/>',
    '<a href="http://x.example/">x</a>',
    "<link href='file:///etc/passwd'>y</link>",
    "<b>&amp;</b> & <",
)


def test_markup_in_every_text_field_prints_as_text() -> None:
    img, link, file_link, amp = MARKUP
    party = InvoiceParty(name=img, address=link, city=amp, country=amp, tax_id=img, bank=link)
    doc = sample_invoice(party)
    seller = replace(party, tax_id="<b>x</b>")  # a USCC has 18 characters
    lines = tuple(replace(line, code="<b>", description=file_link, basis=amp) for line in doc.lines)
    doc = replace(
        doc,
        number='<img src="/x"/>',
        seller=seller,
        lines=lines,
        payment_terms=file_link,
        exchange_rate=link,
        references=((img, file_link), (amp, link)),
    )
    data = render_invoice(doc)
    for key in FORBIDDEN_KEYS:
        assert key not in data, key
    (text,) = page_texts(data)
    for markup in MARKUP:
        assert normalise(markup) in text
    assert "<b>x</b>" in text and '<img src="/x"/>' in text


def _longest(limit: int, char: str = "W") -> str:
    return char * limit  # W is the widest Latin letter; 郑 a full-width ideograph


def test_every_field_at_its_maximum_prints_whole() -> None:
    """Text never overflows silently: at each field's length limit, with the widest
    characters and the longest numbers, nothing is cut (no "…") and nothing is lost."""
    limits = {**FIELD_LIMITS, **DOCUMENT_LIMITS}
    seller = InvoiceParty(
        name=_longest(limits["name"], "郑"),
        address=_longest(limits["address"]),
        city=_longest(limits["city"]),
        country=_longest(limits["country"]),
        tax_id=_longest(limits["uscc"]),
        bank=_longest(limits["bank"], "郑"),
    )
    buyer = replace(seller, name=_longest(limits["name"]), tax_id=_longest(limits["tax_id"]))
    money = Decimal("-99999999999.99")  # twice this, the total, has 19 characters
    line = InvoiceLine(
        code=_longest(limits["code"]),
        description=_longest(limits["description"]),
        basis=_longest(limits["basis"]),
        quantity=Decimal("-1234567.1234"),
        rate=Decimal("123456.000000"),
        amount=money,
        currency="CNY",
        tax_rate_pct=Decimal("-100.00"),
        tax_amount=money,
    )
    references = [(_longest(limits["reference_label"]), _longest(limits["reference_value"]))]
    doc = replace(
        sample_invoice(),
        number=_longest(limits["number"]),
        payment_terms=_longest(limits["payment_terms"]),
        exchange_rate=_longest(limits["exchange_rate"]),
        seller=seller,
        buyer=buyer,
        references=references * 8,
        lines=(line,),
        subtotal=money,
        tax_total=money,
        total=money * 2,
    )
    text = "".join(page_texts(render_invoice(doc)))
    assert "…" not in text
    placed = sum(len(value) for value in _texts_of(doc))
    assert text.count("W") + text.count("郑") >= placed


def _texts_of(doc: InvoiceDocument) -> list[str]:
    parties = [doc.seller, doc.buyer]
    party_texts = [
        value
        for party in parties
        for value in (party.name, party.address, party.city, party.country, party.tax_id)
    ]
    line_texts = [value for line in doc.lines for value in (line.code, line.description)]
    return [
        doc.payment_terms,
        *(value for pair in doc.references for value in pair),
        *party_texts,
        *line_texts,
    ]
