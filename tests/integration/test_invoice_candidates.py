"""The bookings a customer can be invoiced for next, and the preview of such an invoice."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import Conflict, NotFound
from core.services.booking import cancel
from core.services.database import OpenedDatabase
from core.services.invoice_candidates import invoice_candidates, preview_bill
from core.services.invoices import credit_note
from core.services.pricing import set_agreement
from tests.integration.cli_helpers import Cli
from tests.integration.test_invoices import DAY, book_big, book_small, issue, with_seller

D = Decimal


@pytest.fixture
def billing(db: OpenedDatabase) -> OpenedDatabase:
    with_seller(db, AW="6")
    return db


def refs(db: OpenedDatabase, account: str) -> list[str]:
    return [b.booking_ref for b in invoice_candidates(db.uow.reading(), account).bookings]


def test_lists_live_bookings_the_customer_pays_with_their_totals(billing: OpenedDatabase) -> None:
    big, small = book_big(billing), book_small(billing)
    collect = book_small(billing, payment="CC")  # the consignee CN-FRA-001 pays this one
    gone = book_small(billing)
    cancel(billing.uow(), booking=gone.awb_number, reason="shipper changed plans")
    found = invoice_candidates(billing.uow.reading(), "sh-cgo-001")
    assert (found.customer, found.customer_name) == ("SH-CGO-001", big.shipper.name)
    assert found.billing_currency is None
    assert [b.booking_ref for b in found.bookings] == [big.booking_ref, small.booking_ref]
    first = found.bookings[0]
    assert (first.awb_number, first.payment, first.billed_as) == (big.awb_number, "PP", "shipper")
    assert (first.total, first.currency) == (sum(c.amount for c in big.charges), "CNY")
    consignee = invoice_candidates(billing.uow.reading(), "CN-FRA-001").bookings
    assert [(b.booking_ref, b.billed_as) for b in consignee] == [(collect.booking_ref, "consignee")]


def test_a_billed_booking_leaves_the_list_until_a_credit_note_reverses_it(
    billing: OpenedDatabase,
) -> None:
    big, small = book_big(billing), book_small(billing)
    inv = issue(billing, big)
    assert refs(billing, "SH-CGO-001") == [small.booking_ref]
    credit_note(billing.uow(), invoice=inv.number, reason="fuel", lines=[2], issue_date=DAY)
    assert refs(billing, "SH-CGO-001") == [small.booking_ref]  # one line still billed
    credit_note(billing.uow(), invoice=inv.number, reason="wrong weight", issue_date=DAY)
    assert refs(billing, "SH-CGO-001") == [big.booking_ref, small.booking_ref]


def test_preview_adds_up_as_the_issued_invoice_would(billing: OpenedDatabase) -> None:
    big, small = book_big(billing), book_small(billing)
    keys = [big.awb_number, small.booking_ref]
    preview = preview_bill(billing.uow.reading(), bookings=keys, issue_date=DAY)
    issued = issue(billing, big, small)
    assert (preview.currency, preview.total, preview.tax) == ("CNY", issued.total, issued.tax)
    assert preview.subtotal == issued.subtotal and preview.lines == len(issued.lines)
    assert preview.exchange_text is None and preview.customer == "SH-CGO-001"
    with pytest.raises(Conflict) as refused:
        preview_bill(billing.uow.reading(), bookings=[big.awb_number], issue_date=DAY)
    assert refused.value.field == "bookings"


def test_the_agreed_billing_currency_is_named(billing: OpenedDatabase) -> None:
    set_agreement(billing.uow(), customer="SH-CGO-001", currency="EUR")
    assert invoice_candidates(billing.uow.reading(), "SH-CGO-001").billing_currency == "EUR"


def test_an_unknown_customer_is_named_on_the_customer_field(billing: OpenedDatabase) -> None:
    with pytest.raises(NotFound) as missing:
        invoice_candidates(billing.uow.reading(), "NOBODY")
    assert missing.value.field == "customer"


def test_cli_lists_candidates(cli: Cli, billing: OpenedDatabase) -> None:
    big = book_big(billing)
    shown = cli("invoice", "candidates", "SH-CGO-001")
    assert shown.code == 0, shown.err
    assert big.awb_number in shown.out and "PP shipper" in shown.out
    as_json = cli("--json", "invoice", "candidates", "SH-CGO-001")
    listed = as_json.json()["candidates"]
    assert listed["customer"] == "SH-CGO-001"
    assert [b["booking_ref"] for b in listed["bookings"]] == [big.booking_ref]
    assert listed["bookings"][0]["total"] == str(sum(c.amount for c in big.charges))
    assert cli("invoice", "candidates", "--help").code == 0
