"""Editing a customer and its agreed terms: the same rules as adding, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from core.errors import NotFound, ValidationError
from core.services.agreements import AgreementInput, get_agreement, save_customer
from core.services.changes import Entity
from core.services.customers import (
    CustomerInput,
    customer_roles,
    get_customer,
    list_customers,
    update_customer,
)
from core.services.database import OpenedDatabase
from core.services.views import CustomerView
from tests.integration.cli_helpers import Cli

ACCOUNT = "SH-CGO-001"


def as_input(c: CustomerView) -> CustomerInput:
    return CustomerInput(
        c.account_number, c.name, c.address, c.city, c.country,
        c.postcode, c.phone, c.email, c.uscc, c.eu_vat, c.eori,
    )  # fmt: skip


def stored(db: OpenedDatabase) -> CustomerView:
    return get_customer(db.uow.reading(), ACCOUNT)


def test_edit_changes_the_fields_and_says_so(db: OpenedDatabase) -> None:
    before = stored(db)
    outcome = update_customer(
        db.uow(), "sh-cgo-001", replace(as_input(before), city="Xinzheng", phone="+86 371 1")
    )
    assert outcome.changes.keys_of(Entity.CUSTOMER) == {before.id}
    assert stored(db) == replace(before, city="Xinzheng", phone="+86 371 1")


def test_saving_what_is_stored_writes_nothing(db: OpenedDatabase) -> None:
    before = stored(db)
    outcome = update_customer(db.uow(), ACCOUNT, as_input(before))
    assert outcome.value == before
    assert not outcome.changes.touched


def test_bad_uscc_is_refused_naming_the_field_and_nothing_is_written(db: OpenedDatabase) -> None:
    before = stored(db)
    data = replace(as_input(before), city="Xinzheng", uscc="91410100MA2Y29N117")
    with pytest.raises(ValidationError) as refused:
        update_customer(db.uow(), ACCOUNT, data)
    assert (refused.value.field, refused.value.code) == ("uscc", "uscc.invalid")
    assert stored(db) == before


def test_the_account_number_never_moves(db: OpenedDatabase) -> None:
    before = stored(db)
    with pytest.raises(ValidationError) as refused:
        update_customer(db.uow(), ACCOUNT, replace(as_input(before), account_number="SH-X"))
    assert (refused.value.field, refused.value.code) == ("account_number", "customer.account_fixed")
    with pytest.raises(NotFound):
        update_customer(db.uow(), "SH-NONE-9", as_input(before))


def test_customer_and_terms_are_saved_together(db: OpenedDatabase) -> None:
    before = stored(db)
    assert not get_agreement(db.uow.reading(), ACCOUNT).stored
    saved = save_customer(
        db.uow(),
        replace(as_input(before), city="Xinzheng"),
        AgreementInput("5", "50", "eur"),
        existing=ACCOUNT,
    )
    assert Entity.CUSTOMER in saved.changes
    terms = get_agreement(db.uow.reading(), ACCOUNT)
    assert (terms.discount_pct, terms.bubble_share_pct, terms.currency, terms.stored) == (
        Decimal("5"), Decimal("50"), "EUR", True,
    )  # fmt: skip
    again = save_customer(
        db.uow(), as_input(stored(db)), AgreementInput("5.00", "50", "EUR"), existing=ACCOUNT
    )
    assert not again.changes.touched


def test_a_bad_term_leaves_the_customer_as_it_was(db: OpenedDatabase) -> None:
    before = stored(db)
    with pytest.raises(ValidationError) as refused:
        save_customer(
            db.uow(),
            replace(as_input(before), city="Xinzheng"),
            AgreementInput("5", "150", None),
            existing=ACCOUNT,
        )
    assert refused.value.field == "bubble_share_pct"
    assert stored(db) == before
    assert not get_agreement(db.uow.reading(), ACCOUNT).stored


def test_a_new_customer_with_terms(db: OpenedDatabase) -> None:
    data = CustomerInput("SH-CGO-050", "郑州新港示例有限公司", "新港大道 1 号", "Zhengzhou", "CN")
    saved = save_customer(db.uow(), data, AgreementInput("", "", ""))
    assert saved.value.account_number == "SH-CGO-050"
    assert not get_agreement(db.uow.reading(), "SH-CGO-050").stored  # defaults: no row
    assert [c.account_number for c in list_customers(db.uow.reading(), text="新港示例")] == [
        "SH-CGO-050"
    ]


def test_roles_come_from_the_bookings(db: OpenedDatabase) -> None:
    ids = [c.id for c in list_customers(db.uow.reading())]
    assert customer_roles(db.uow.reading(), ids) == {}  # the template has no bookings yet


def test_cli_edit(cli: Cli) -> None:
    run = cli("--json", "customers", "edit", "sh-cgo-001", "--city", "Xinzheng", "--bubble", "50")
    assert run.code == 0, run.err
    document = run.json()
    assert document["customer"]["city"] == "Xinzheng"
    assert document["customer"]["name"] == "郑州豫通跨境电子商务有限公司"  # not given: kept
    assert "customer" in document["changes"]
    shown = cli("--json", "customers", "show", ACCOUNT).json()
    assert shown["agreement"]["bubble_share_pct"] == "50.00"
    same = cli("customers", "edit", ACCOUNT, "--city", "Xinzheng")
    assert (same.code, same.out.splitlines()[0]) == (0, "unchanged customer")


def test_cli_edit_refuses_bad_input_and_changes_nothing(cli: Cli) -> None:
    before = cli("--json", "customers", "show", ACCOUNT).json()
    bad = cli("customers", "edit", ACCOUNT, "--city", "Xinzheng", "--uscc", "91410100MA2Y29N117")
    assert bad.code == 2
    assert bad.err.startswith("error: uscc: ")
    assert cli("--json", "customers", "show", ACCOUNT).json() == before
    assert cli("customers", "edit", "NOPE-1", "--city", "X").code == 3
    cleared = cli("--json", "customers", "edit", ACCOUNT, "--uscc", "", "--phone", "")
    assert cleared.code == 0, cleared.err
    assert (cleared.json()["customer"]["uscc"], cleared.json()["customer"]["phone"]) == (None, None)
