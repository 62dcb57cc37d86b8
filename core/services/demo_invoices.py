"""Demo billing: the forwarder's own details (the seller on invoices and AWBs) and three
months of monthly invoices to a few account customers, with payments and a credit note,
so the Invoices screen shows every state on a first start.

Everything goes through the public services (set_seller, invoice_candidates,
issue_invoice, record_payment, credit_note), in date order, so the gapless numbers rise
with the issue dates as a clerk's would. The seller is set only on a database without
one; the invoices only on a database without any invoice (a second run adds nothing, and
a clerk's own invoices are never followed by back-dated demo ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select

from core.db.models import Invoice
from core.errors import FreightDeskError
from core.services.invoice_candidates import InvoiceCandidate, invoice_candidates
from core.services.invoices import (
    InvoiceView,
    credit_note,
    get_invoice,
    issue_invoice,
    record_payment,
)
from core.services.seller import REQUIRED, SellerView, get_seller, set_seller
from core.services.uow import UnitOfWorkFactory

# A fictional forwarder at Zhengzhou airport; the USCC's check character is valid.
DEMO_SELLER = SellerView(
    name="Zhengzhou Kongqiao Int'l Freight Forwarding Co., Ltd. 郑州空桥国际货运代理有限公司",
    uscc="91410100MA9KQ3TX54",
    address="河南省郑州市航空港经济综合实验区新港大道空港物流园A座1206室",
    city="Zhengzhou",
    country="CN",
    bank="Bank of China, Zhengzhou Airport Branch 中国银行郑州航空港区支行, "
    "account 2567 0188 3409 1120",
)
# Customers billed monthly on account (the payer of their bookings: shipper PP, consignee
# CC); the others' bookings stay candidates for the clerk to bill.
ACCOUNTS = (
    "SH-CGO-006",
    "SH-HGH-001",
    "SH-HGH-002",
    "CN-LUX-001",
    "CN-FRA-001",
    "CN-AMS-001",
    "CN-MAD-001",
    "CN-BUD-001",
    "CN-NRT-001",
)
MONTHS = 3
DELIVERED_DAYS = 6  # flight, arrival and up to four days to delivery (demo_rows milestones)
METHOD = "bank transfer"
CREDIT_CODE = "XB"  # the X-ray screening line of one booking
CREDIT_REASON = "X-ray screening not done: the cargo came screened (SPX)"


@dataclass(frozen=True)
class DemoBilling:
    seller_set: bool
    invoices: int  # credit notes included
    payments: int


def add_demo_billing(uow_factory: UnitOfWorkFactory, *, today: date) -> DemoBilling:
    seller_set = _ensure_seller(uow_factory)
    if _has_invoices(uow_factory) or not _seller_complete(uow_factory):
        return DemoBilling(seller_set, 0, 0)
    run = _Run(uow_factory, today)
    candidates = {account: _candidates(uow_factory, account) for account in ACCOUNTS}
    for age in range(MONTHS, 0, -1):  # oldest month first: numbers rise with dates
        month = _month_start(today, age)
        issued = [
            run.issue(bookings, month)
            for bookings in (_in_month(candidates[a], month, today) for a in ACCOUNTS)
            if bookings
        ]
        for position, invoice in enumerate(issued):
            run.settle(invoice, age, position, len(issued))
    return DemoBilling(seller_set, run.invoices, run.payments)


def _ensure_seller(uow_factory: UnitOfWorkFactory) -> bool:
    seller = get_seller(uow_factory.reading())
    if any(getattr(seller, name) is not None for name in REQUIRED):
        return False  # the clerk's own details, even half entered, are left alone
    demo = DEMO_SELLER
    set_seller(
        uow_factory(),
        name=demo.name,
        uscc=demo.uscc,
        address=demo.address,
        city=demo.city,
        country=demo.country,
        bank=demo.bank,
    )
    return True


def _seller_complete(uow_factory: UnitOfWorkFactory) -> bool:
    seller = get_seller(uow_factory.reading())
    return all(getattr(seller, name) is not None for name in REQUIRED)


def _has_invoices(uow_factory: UnitOfWorkFactory) -> bool:
    with uow_factory.reading() as uow:
        return uow.session.scalar(select(Invoice.id).limit(1)) is not None


def _candidates(uow_factory: UnitOfWorkFactory, account: str) -> tuple[InvoiceCandidate, ...]:
    try:
        return invoice_candidates(uow_factory.reading(), account).bookings
    except FreightDeskError:  # an account the reference data no longer has
        return ()


def _month_start(today: date, months_back: int) -> date:
    index = today.year * 12 + today.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _in_month(candidates: tuple[InvoiceCandidate, ...], month: date, today: date) -> list[str]:
    """The priced bookings whose flights left in ``month`` and are delivered by now (the
    demo history delivers within DELIVERED_DAYS of departure)."""
    end = min(_next_month(month), today - timedelta(days=DELIVERED_DAYS - 1))
    return [
        c.booking_ref for c in candidates if month <= c.departure_date < end and c.total is not None
    ]


class _Run:
    """Issues and settles the demo invoices, counting what it wrote."""

    def __init__(self, uow_factory: UnitOfWorkFactory, today: date) -> None:
        self.units = uow_factory
        self.today = today
        self.invoices = 0
        self.payments = 0
        self.credited = False

    def issue(self, bookings: list[str], month: date) -> InvoiceView:
        """The month's statement, dated the first of the next month."""
        outcome = issue_invoice(self.units(), bookings=bookings, issue_date=_next_month(month))
        self.invoices += 1
        return outcome.value

    def settle(self, invoice: InvoiceView, age: int, position: int, count: int) -> None:
        """The oldest month is paid (one remainder still open), the middle one mostly paid
        (some part, some not at all: overdue), the last one paid by a few early payers."""
        if age == 2 and not self.credited:
            invoice = self._credit(invoice)
        share = _paid_share(age, position, count)
        if share is not None:
            days = 12 + (position * 7) % 25 if age > 1 else 3 + position % 10
            self._pay(invoice, share, invoice.issue_date + timedelta(days=days))

    def _credit(self, invoice: InvoiceView) -> InvoiceView:
        line = next((ln.seq for ln in invoice.lines if ln.code == CREDIT_CODE), None)
        if line is None:
            return invoice
        day = min(invoice.issue_date + timedelta(days=9), self.today)
        credit_note(
            self.units(), invoice=invoice.number, reason=CREDIT_REASON, lines=[line], issue_date=day
        )
        self.invoices += 1
        self.credited = True
        return get_invoice(self.units.reading(), invoice.number)  # less is open now

    def _pay(self, invoice: InvoiceView, share: Decimal, day: date) -> None:
        if day > self.today:
            return
        due = invoice.open_amount  # a part payment in whole units of the currency
        amount = due if share == 1 else (due * share).quantize(Decimal(1), ROUND_DOWN)
        if amount <= 0:
            return
        record_payment(
            self.units(),
            invoice=invoice.number,
            amount=amount,
            currency=invoice.currency,
            paid_on=day,
            method=METHOD,
            reference=f"TT{day:%y%m%d}{invoice.number[-4:]}",
        )
        self.payments += 1


def _paid_share(age: int, position: int, count: int) -> Decimal | None:
    """How much of an invoice its customer has paid; None: nothing yet."""
    if age >= 3:
        return Decimal("0.6") if position == count - 1 else Decimal(1)
    if age == 2:
        if position % 4 == 3:
            return None  # overdue by now
        return Decimal("0.5") if position % 4 == 2 else Decimal(1)
    return Decimal(1) if position % 3 == 0 else None
