"""Invoices on real bookings: amounts, conversion, refusals, credit notes, payments, state,
immutability in the database itself, and the stored PDF (issue 3, "Invoices")."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest

from core.errors import Conflict, InvalidState, NotFound, ValidationError
from core.services.booking import book, cancel
from core.services.changes import Entity
from core.services.database import OpenedDatabase
from core.services.invoices import (
    InvoiceView,
    credit_note,
    get_invoice,
    invoice_pdf,
    invoice_state,
    issue_invoice,
    list_invoices,
    record_payment,
)
from core.services.pricing import add_exchange_rate, set_agreement
from core.services.seller import get_seller, set_seller
from core.services.views import BookingView, FlightView
from tests.integration.booking_helpers import future_flights, request

D = Decimal
DAY = date(2026, 12, 5)  # the issue date of most invoices here
SELLER: dict[str, Any] = {
    "name": "郑州航空港货运代理有限公司",
    "uscc": "91410100MA2Y29N116",
    "address": "河南省郑州市航空港区新港大道 88 号",
    "city": "Zhengzhou",
    "country": "CN",
    "bank": "中国银行郑州航空港支行 2548 6690 1234 5678 901",
}
# DOMAIN's worked example (42.0 kg chargeable -> 45 kg at Q45) plus the December charges.
BIG = {"FRT": D("1530.00"), "MY": D("189.00"), "SC": D("50.40"), "XB": D("30.00"), "AW": D("50.00")}
# 5.0 kg: the minimum charge M 320.00; SC and XB at their minimums.
SMALL = {"FRT": D("320.00"), "MY": D("22.50"), "SC": D("50.00"), "XB": D("30.00"), "AW": D("50.00")}


# --- helpers (also used by test_invoices_export.py) -------------------------------------


def december_flight(db: OpenedDatabase, destination: str = "FRA") -> FlightView:
    """A flight from 2 December on: the December fuel surcharge (4.50/kg) applies."""
    return next(
        f for f in future_flights(db, "CGO", destination) if f.departure_date >= date(2026, 12, 2)
    )


def book_big(db: OpenedDatabase, **changes: Any) -> BookingView:
    return book(db.uow(), request(december_flight(db), **changes)).value


def book_small(db: OpenedDatabase, **changes: Any) -> BookingView:
    small = {"pieces": 1, "gross_weight_kg": "5", "dimensions": "10x10x10x1"}
    return book(db.uow(), request(december_flight(db), **(small | changes))).value


def with_seller(db: OpenedDatabase, **tax_rates: str) -> None:
    set_seller(db.uow(), **SELLER, tax_rates=dict(tax_rates))


def issue(db: OpenedDatabase, *bookings: BookingView, **options: Any) -> InvoiceView:
    refs = [b.awb_number for b in bookings]
    return issue_invoice(db.uow(), bookings=refs, **({"issue_date": DAY} | options)).value


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """Plain sqlite3 in autocommit mode: what any client of the file could do."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        yield conn


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def numbers(view: InvoiceView) -> dict[str, D]:
    return {line.code: line.amount for line in view.lines}


@pytest.fixture
def billing(db: OpenedDatabase) -> OpenedDatabase:
    with_seller(db, AW="6")
    return db


# --- issuing -----------------------------------------------------------------------------


def test_two_bookings_of_one_customer_on_one_invoice(billing: OpenedDatabase) -> None:
    big, small = book_big(billing), book_small(billing)
    outcome = issue_invoice(
        billing.uow(), bookings=[big.awb_number, small.booking_ref], issue_date=DAY
    )
    inv = outcome.value
    assert inv.number == "CGO1-I000001" and inv.kind == "invoice"
    assert inv.customer == "SH-CGO-001" and inv.buyer_name == big.shipper.name
    assert inv.buyer_tax_id == "91410100MA2Y29N116"
    assert inv.seller_name == SELLER["name"] and inv.seller_uscc == SELLER["uscc"]
    assert (inv.issue_date, inv.due_date) == (DAY, DAY + timedelta(days=30))
    assert inv.payment_terms == "30 days net" and inv.currency == "CNY"
    assert inv.exchange_base is None and inv.exchange_rate is None
    assert [line.seq for line in inv.lines] == list(range(1, 11))
    assert [(ln.booking_ref, ln.code, ln.amount) for ln in inv.lines] == [
        *((big.booking_ref, code, amount) for code, amount in BIG.items()),
        *((small.booking_ref, code, amount) for code, amount in SMALL.items()),
    ]
    minimum = inv.lines[5]
    assert (minimum.basis, minimum.rate) == ("class_M", None)
    # AWB fee taxed at the 6 % set for AW; everything else at the default 0 %.
    assert [ln.tax for ln in inv.lines if ln.tax] == [D("3.00"), D("3.00")]
    assert inv.subtotal == sum(BIG.values()) + sum(SMALL.values()) == D("2321.90")
    assert (inv.tax, inv.total) == (D("6.00"), D("2327.90"))
    assert (inv.state, inv.paid, inv.open_amount) == ("issued", D("0.00"), D("2327.90"))
    assert outcome.changes.keys_of(Entity.INVOICE) == {inv.number}
    assert outcome.changes.keys_of(Entity.CONSIGNMENT) == {big.id, small.id}
    assert get_invoice(billing.uow.reading(), inv.number) == inv


def test_collect_booking_bills_the_consignee(billing: OpenedDatabase) -> None:
    collect = book_big(billing, payment="CC")
    inv = issue(billing, collect)
    assert inv.customer == "CN-FRA-001" and inv.buyer_tax_id == "DE128184481"
    assert "Kelsterbach" in inv.buyer_address


def test_conversion_to_eur_with_the_rate_of_the_issue_date(billing: OpenedDatabase) -> None:
    add_exchange_rate(billing.uow(), base="CNY", quote="EUR", rate="0.128", valid_on="2026-11-01")
    add_exchange_rate(billing.uow(), base="CNY", quote="EUR", rate="0.125", valid_on="2026-12-10")
    first = issue(billing, book_big(billing), currency="EUR")
    assert (first.exchange_base, first.exchange_rate) == ("CNY", D("0.128"))
    assert first.exchange_date == date(2026, 11, 1)
    # each line rounded once, half up: 189 x 0.128 = 24.192, 50.40 x 0.128 = 6.4512
    assert numbers(first) == {
        "FRT": D("195.84"),
        "MY": D("24.19"),
        "SC": D("6.45"),
        "XB": D("3.84"),
        "AW": D("6.40"),
    }
    assert first.tax == D("0.38")  # 6 % of 6.40 = 0.384
    assert first.total == D("236.72") + D("0.38")
    later = issue(billing, book_big(billing), currency="EUR", issue_date=date(2026, 12, 10))
    assert later.exchange_rate == D("0.125") and numbers(later)["FRT"] == D("191.25")


def test_a_rate_entered_the_other_way_applies_its_inverse(billing: OpenedDatabase) -> None:
    add_exchange_rate(billing.uow(), base="EUR", quote="CNY", rate="7.8123", valid_on="2026-12-01")
    inv = issue(billing, book_big(billing), currency="EUR")
    # 1 / 7.8123 to 10 significant digits; 1530 x 0.1280032769 = 195.845...
    assert (inv.exchange_base, inv.exchange_rate) == ("CNY", D("0.1280032769"))
    assert numbers(inv)["FRT"] == D("195.85")
    text = pdf_text(invoice_pdf(billing.uow.reading(), inv.number))
    assert "1 CNY = 0.1280032769 EUR on 2026-12-01" in text
    assert "1 EUR = 7.812300 CNY" in text


def test_jpy_has_no_minor_unit_and_rounds_half_up(billing: OpenedDatabase) -> None:
    booking = book_big(billing)
    set_agreement(billing.uow(), customer="SH-CGO-001", currency="JPY")  # billing currency
    add_exchange_rate(billing.uow(), base="CNY", quote="JPY", rate="21.5", valid_on="2026-12-01")
    inv = issue(billing, booking)
    assert inv.currency == "JPY"
    # 189 x 21.5 = 4063.5 -> 4064; 50.40 x 21.5 = 1083.6 -> 1084; AW tax 6 % of 1075 = 64.5
    assert numbers(inv) == {
        "FRT": D("32895"),
        "MY": D("4064"),
        "SC": D("1084"),
        "XB": D("645"),
        "AW": D("1075"),
    }
    assert (inv.subtotal, inv.tax, inv.total) == (D("39763"), D("65"), D("39828"))


# --- refusals: nothing is issued, no number is used ----------------------------------------


def test_bookings_of_different_customers_are_refused(billing: OpenedDatabase) -> None:
    mine, theirs = book_big(billing), book_small(billing, shipper="SH-CGO-002")
    with pytest.raises(ValidationError) as mixed:
        issue(billing, mine, theirs)
    assert (mixed.value.field, mixed.value.code) == ("bookings", "invoice.mixed_customers")
    assert "SH-CGO-002" in mixed.value.message
    collect = book_small(billing, payment="CC")  # bills the consignee CN-FRA-001
    with pytest.raises(ValidationError):
        issue(billing, mine, collect)
    assert issue(billing, mine).number == "CGO1-I000001"


def test_cancelled_unpriced_and_unknown_bookings_are_refused(
    billing: OpenedDatabase, db_path: Path
) -> None:
    gone, unpriced = book_big(billing), book_small(billing)
    cancel(billing.uow(), booking=gone.booking_ref, reason="shipper withdrew")
    with pytest.raises(InvalidState) as cancelled:
        issue(billing, gone)
    assert cancelled.value.code == "booking.cancelled"
    # A booking made while no tariff covered its lane keeps no charge lines.
    with raw(db_path) as conn:
        conn.execute("DELETE FROM booking_charge WHERE consignment_id = ?", (unpriced.id,))
    with pytest.raises(InvalidState) as no_price:
        issue(billing, unpriced)
    assert (no_price.value.code, no_price.value.field) == ("invoice.unpriced", "bookings")
    with pytest.raises(NotFound):
        issue_invoice(billing.uow(), bookings=["CGO1-B999999"])
    with pytest.raises(ValidationError):
        issue_invoice(billing.uow(), bookings=[])
    assert list_invoices(billing.uow.reading()) == []


def test_no_double_billing_until_fully_credited(billing: OpenedDatabase) -> None:
    booking = book_big(billing)
    first = issue(billing, booking)
    with pytest.raises(Conflict) as again:
        issue(billing, booking)
    assert again.value.code == "invoice.already_billed" and first.number in again.value.message
    credit_note(billing.uow(), invoice=first.number, reason="fuel", lines=[2], issue_date=DAY)
    with pytest.raises(Conflict):  # a partial credit leaves the freight billed
        issue(billing, booking)
    credit_note(billing.uow(), invoice=first.number, reason="wrong party", issue_date=DAY)
    assert issue(billing, booking).number == "CGO1-I000002"


def test_issuing_without_seller_details_names_the_field(db: OpenedDatabase) -> None:
    booking = book_big(db)
    with pytest.raises(ValidationError) as missing:
        issue(db, booking)
    assert (missing.value.field, missing.value.code) == ("seller.name", "seller.missing")
    set_seller(db.uow(), **{k: v for k, v in SELLER.items() if k != "bank"})
    with pytest.raises(ValidationError) as no_bank:
        issue(db, booking)
    assert no_bank.value.field == "seller.bank"
    set_seller(db.uow(), bank=SELLER["bank"])
    assert issue(db, booking).number == "CGO1-I000001"  # the refusals drew no number


def test_no_rate_for_the_invoice_currency_is_refused(billing: OpenedDatabase) -> None:
    booking = book_big(billing)
    add_exchange_rate(billing.uow(), base="CNY", quote="USD", rate="0.14", valid_on="2026-12-20")
    with pytest.raises(ValidationError) as no_rate:
        issue(billing, booking, currency="USD")  # the only rate starts after the issue date
    assert (no_rate.value.field, no_rate.value.code) == ("exchange_rate", "fx.missing")
    assert issue(billing, booking).number == "CGO1-I000001"


def test_seller_details_are_validated(db: OpenedDatabase) -> None:
    with pytest.raises(ValidationError) as bad:
        set_seller(db.uow(), uscc="91410100MA2Y29N117")
    assert bad.value.field == "seller.uscc"
    with pytest.raises(ValidationError) as bad_tax:
        set_seller(db.uow(), tax_rates={"CH": "106"})
    assert bad_tax.value.field == "tax_rate"
    set_seller(db.uow(), payment_days=45, tax_rates={"ch": "6", "default": "0"})
    seller = get_seller(db.uow.reading())
    assert seller.name is None and seller.payment_days == 45 and seller.terms == "45 days net"
    assert seller.tax_rate("CH") == D("6.00") and seller.tax_rate("FRT") == D("0.00")


# --- credit notes, payments, state -------------------------------------------------------


def test_full_credit_note_cancels_the_invoice(billing: OpenedDatabase) -> None:
    inv = issue(billing, book_big(billing), book_small(billing))
    note = credit_note(
        billing.uow(), invoice=inv.number, reason="shipment billed twice", issue_date=DAY
    ).value
    assert note.number == "CGO1-C000001" and note.kind == "credit_note"
    assert note.original_number == inv.number and note.reason == "shipment billed twice"
    assert [ln.seq for ln in note.lines] == [ln.seq for ln in inv.lines]
    assert [ln.amount for ln in note.lines] == [-ln.amount for ln in inv.lines]
    assert (note.subtotal, note.tax, note.total) == (-inv.subtotal, -inv.tax, -inv.total)
    after = get_invoice(billing.uow.reading(), inv.number)
    assert (after.state, after.credited, after.open_amount) == ("credited", inv.total, D("0.00"))
    assert after.credit_notes == (note.number,)
    with pytest.raises(InvalidState):
        credit_note(billing.uow(), invoice=inv.number, reason="again", issue_date=DAY)
    with pytest.raises(InvalidState):  # a credit note is not credited in turn
        credit_note(billing.uow(), invoice=note.number, reason="undo", issue_date=DAY)
    for number, refused in ((inv.number, ValidationError), (note.number, InvalidState)):
        with pytest.raises(refused):  # nothing open on the invoice; a credit note is not paid
            record_payment(
                billing.uow(), invoice=number, amount="1", currency="CNY", paid_on=DAY, method="x"
            )


def test_partial_credit_never_more_than_remains(billing: OpenedDatabase) -> None:
    inv = issue(billing, book_big(billing))
    note = credit_note(
        billing.uow(), invoice=inv.number, reason="fuel waived", lines=[2], issue_date=DAY
    ).value
    assert [(ln.seq, ln.code, ln.amount) for ln in note.lines] == [(2, "MY", D("-189.00"))]
    with pytest.raises(Conflict):
        credit_note(billing.uow(), invoice=inv.number, reason="x", lines=[2, 5], issue_date=DAY)
    with pytest.raises(ValidationError) as unknown:
        credit_note(billing.uow(), invoice=inv.number, reason="x", lines=[99], issue_date=DAY)
    assert unknown.value.field == "lines"
    with pytest.raises(ValidationError):  # before the invoice it corrects
        credit_note(billing.uow(), invoice=inv.number, reason="x", issue_date=date(2026, 12, 1))
    rest = credit_note(billing.uow(), invoice=inv.number, reason="rest", issue_date=DAY).value
    assert [ln.seq for ln in rest.lines] == [1, 3, 4, 5]  # only what remained
    assert rest.total + note.total == -inv.total
    assert get_invoice(billing.uow.reading(), inv.number).state == "credited"


def test_state_is_derived_from_payments_and_credit_notes(billing: OpenedDatabase) -> None:
    inv = issue(billing, book_big(billing))  # 1849.40 + 3.00 tax = 1852.40

    def pay(amount: str, currency: str = "CNY") -> InvoiceView:
        return record_payment(
            billing.uow(),
            invoice=inv.number,
            amount=amount,
            currency=currency,
            paid_on=DAY,
            method="bank transfer",
            reference="BOC 8841",
        ).value

    assert inv.state == "issued"
    part = pay("1000")
    assert (part.state, part.paid, part.open_amount) == ("partly_paid", D("1000.00"), D("852.40"))
    with pytest.raises(ValidationError) as over:
        pay("852.41")
    assert (over.value.field, over.value.code) == ("amount", "payment.overpaid")
    with pytest.raises(ValidationError) as currency:
        pay("10", "EUR")
    assert currency.value.field == "currency"
    credit_note(billing.uow(), invoice=inv.number, reason="AWB fee", lines=[5], issue_date=DAY)
    assert get_invoice(billing.uow.reading(), inv.number).open_amount == D("799.40")
    paid = pay("799.40")
    assert (paid.state, paid.open_amount, len(paid.payments)) == ("paid", D("0.00"), 2)
    assert [r.number for r in list_invoices(billing.uow.reading(), state="paid")] == [inv.number]
    assert list_invoices(billing.uow.reading(), state="partly paid") == []
    assert len(list_invoices(billing.uow.reading(), customer="SH-CGO-001")) == 2


@pytest.mark.parametrize(
    ("total", "paid", "credited", "state"),
    [
        (100, 0, 0, "issued"),
        (100, 40, 0, "partly_paid"),
        (100, 100, 0, "paid"),
        (100, 60, 40, "paid"),
        (100, 0, 40, "issued"),
        (100, 0, 100, "credited"),
        (100, 100, 100, "credited"),
    ],
)
def test_invoice_state(total: int, paid: int, credited: int, state: str) -> None:
    assert invoice_state(total, paid, credited) == state
