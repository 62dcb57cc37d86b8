"""The demo data of `init --demo` beyond the history: the seller, three months of invoices
with payments and a credit note, and the loads on the coming two weeks' flights."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db.models import Consignment
from core.domain.parties import validate_uscc
from core.services.dashboard import office_dashboard
from core.services.database import OpenedDatabase, open_database
from core.services.demo import DEMO_COUNT
from core.services.demo_history import DemoReport, seed_demo
from core.services.demo_invoices import DEMO_SELLER, add_demo_billing
from core.services.demo_loads import LOAD_PREFIX
from core.services.invoices import get_invoice, list_invoices
from core.services.seller import get_seller, set_seller


@dataclass(frozen=True)
class Seeded:
    db: OpenedDatabase
    report: DemoReport
    today: date


@pytest.fixture(scope="module")
def seeded(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    """One full demo (some seconds), read by every test of the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    opened = open_database(path)
    today = date.today()
    yield Seeded(opened, seed_demo(opened.uow, count=DEMO_COUNT, today=today), today)
    opened.uow.dispose()


def test_the_demo_seller_is_valid() -> None:
    assert DEMO_SELLER.uscc is not None
    assert validate_uscc(DEMO_SELLER.uscc) == DEMO_SELLER.uscc


def test_demo_invoices_show_every_state(seeded: Seeded) -> None:
    report, units = seeded.report, seeded.db.uow
    assert report.seller_set and get_seller(units.reading()).name == DEMO_SELLER.name
    rows = list_invoices(units.reading())
    invoices = [r for r in rows if r.kind == "invoice"]
    notes = [r for r in rows if r.kind == "credit_note"]
    assert len(rows) == report.invoices_added and 15 <= len(invoices) <= 60
    assert {r.state for r in invoices} >= {"paid", "partly_paid", "issued"}
    overdue = [r for r in invoices if r.open_amount > 0 and r.due_date < seeded.today]
    assert overdue and any(r.open_amount > 0 and r.due_date >= seeded.today for r in invoices)
    assert len(notes) == 1 and notes[0].total < 0
    original = get_invoice(units.reading(), str(notes[0].original_number))
    assert original.credited == -notes[0].total and original.state == "paid"
    assert all(r.issue_date <= seeded.today for r in rows)


def test_demo_invoice_numbers_are_gapless_and_rise_with_the_dates(seeded: Seeded) -> None:
    invoices = sorted(
        (r for r in list_invoices(seeded.db.uow.reading()) if r.kind == "invoice"),
        key=lambda r: r.number,
    )
    serials = [int(r.number[-6:]) for r in invoices]
    assert serials == list(range(1, len(invoices) + 1))
    dates = [r.issue_date for r in invoices]
    assert dates == sorted(dates) and len(set(dates)) == 3  # monthly, three months


def test_demo_invoices_bill_delivered_bookings(seeded: Seeded) -> None:
    units = seeded.db.uow
    refs = {
        line.booking_ref
        for row in list_invoices(units.reading())
        if row.kind == "invoice"
        for line in get_invoice(units.reading(), row.number).lines
    }
    with units.reading() as uow:
        milestones = set(
            uow.session.scalars(
                select(Consignment.milestone).where(Consignment.booking_ref.in_(refs))
            )
        )
    assert refs and milestones == {"DLV"}


def test_demo_loads_fill_the_coming_flights(seeded: Seeded) -> None:
    view = office_dashboard(seeded.db.uow.reading(), today=seeded.today)
    use = [max(f.weight_use_pct, f.volume_use_pct) for f in view.capacity]
    assert use and sum(use) / len(use) > 5 and max(use) > 90
    soon = seeded.today + timedelta(days=4)
    nearly_full = [
        f
        for f in view.capacity
        if f.departure_date <= soon and max(f.weight_use_pct, f.volume_use_pct) > 90
    ]
    assert len(nearly_full) >= 2
    assert all(u <= 100 for u in use)
    with seeded.db.uow.reading() as uow:
        loads = uow.session.scalar(
            select(func.count()).where(Consignment.client_request_id.like(f"{LOAD_PREFIX}%"))
        )
    assert loads and seeded.report.bookings_added == DEMO_COUNT + loads


def test_a_second_demo_run_adds_nothing(seeded: Seeded) -> None:
    before = len(list_invoices(seeded.db.uow.reading()))
    again = seed_demo(seeded.db.uow, count=DEMO_COUNT, today=seeded.today)
    assert again == DemoReport(0, 0, 0, 0, False)
    assert len(list_invoices(seeded.db.uow.reading())) == before


def test_the_demo_leaves_the_clerks_seller_alone(db: OpenedDatabase) -> None:
    set_seller(db.uow(), name="Henan Own Forwarding Ltd.", payment_days=45)
    billing = add_demo_billing(db.uow, today=date.today())
    assert (billing.seller_set, billing.invoices, billing.payments) == (False, 0, 0)
    seller = get_seller(db.uow.reading())
    assert (seller.name, seller.uscc, seller.payment_days) == (
        "Henan Own Forwarding Ltd.",
        None,
        45,
    )


def test_partly_paid_demo_invoices_leave_whole_units_paid(seeded: Seeded) -> None:
    partly = [r for r in list_invoices(seeded.db.uow.reading()) if r.state == "partly_paid"]
    assert partly and all(r.paid == r.paid.to_integral_value() for r in partly)
    assert all(Decimal(0) < r.paid < r.total for r in partly)
