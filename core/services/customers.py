"""Customers: the shipper and consignee parties of a booking."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select

from core.db.models import Consignment, Customer
from core.domain.parties import (
    validate_account_number,
    validate_email,
    validate_eori,
    validate_phone,
    validate_uscc,
)
from core.domain.text import clean_optional, clean_text, country_code
from core.errors import Conflict, NotFound, ValidationError
from core.services.changes import Entity, Outcome
from core.services.uow import UnitOfWork
from core.services.views import CustomerView


@dataclass(frozen=True)
class CustomerInput:
    """What a clerk types; every field is cleaned and checked by core's rules."""

    account_number: str
    name: str
    address: str
    city: str
    country: str
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    uscc: str | None = None
    eu_vat: str | None = None
    eori: str | None = None


def clean_customer(data: CustomerInput) -> dict[str, str | None]:
    # Imported here, not at start-up: the fonts' coverage is read when first needed.
    from core.documents.fonts import check_printable

    uscc = clean_optional(data.uscc, "uscc", max_len=40)  # spaced as on a licence
    values = _cleaned(data, uscc)
    for field in ("name", "address", "city", "postcode"):
        # Parties print on AWBs, labels and invoices: refuse at input what no font can draw.
        if values[field]:
            check_printable(str(values[field]), field)
    return values


def _cleaned(data: CustomerInput, uscc: str | None) -> dict[str, str | None]:
    return {
        "account_number": validate_account_number(data.account_number),
        "name": clean_text(data.name, "name"),
        "address": clean_text(data.address, "address"),
        "city": clean_text(data.city, "city"),
        "country": country_code(data.country),
        "postcode": clean_optional(data.postcode, "postcode"),
        "phone": validate_phone(data.phone),
        "email": validate_email(data.email),
        "uscc": validate_uscc(uscc) if uscc else None,
        "eu_vat": clean_optional(data.eu_vat, "eu_vat"),
        "eori": validate_eori(data.eori),
    }


def add_customer(uow: UnitOfWork, data: CustomerInput) -> Outcome[CustomerView]:
    values = clean_customer(data)
    with uow:
        customer = insert_customer(uow, values)
        view = customer_view(customer)
        uow.commit()
        uow.changes.add(Entity.CUSTOMER, customer.id)
        return Outcome(view, uow.changes)


def update_customer(
    uow: UnitOfWork, account_number: str, data: CustomerInput
) -> Outcome[CustomerView]:
    """Replace a customer's details, checked as when added; the account number stays.

    Saving what is already stored is no error: nothing is written and the ChangeSet is
    empty, so no view refreshes for nothing.
    """
    values = clean_customer(data)
    with uow:
        customer, changed = apply_update(uow, account_number, values)
        view = customer_view(customer)
        if changed:
            uow.commit()
            uow.changes.add(Entity.CUSTOMER, customer.id)
        return Outcome(view, uow.changes)


def insert_customer(uow: UnitOfWork, values: dict[str, str | None]) -> Customer:
    """Add a cleaned customer inside an open unit of work (not committed)."""
    taken = uow.session.scalar(
        select(Customer.id).where(Customer.account_number == values["account_number"])
    )
    if taken is not None:
        raise Conflict(
            "customer.duplicate_account",
            f"{values['account_number']} is already used by another customer",
            field="account_number",
            account=values["account_number"],
        )
    customer = Customer(**values)
    uow.session.add(customer)
    uow.session.flush()
    return customer


def apply_update(
    uow: UnitOfWork, account_number: str, values: dict[str, str | None]
) -> tuple[Customer, bool]:
    """Write cleaned ``values`` over the stored customer (not committed); True if any
    field differs. The account number is printed on bookings and invoices: it never moves."""
    customer = find_customer(uow, account_number, field="account_number")
    if values["account_number"] != customer.account_number:
        raise ValidationError(
            "account_number",
            "customer.account_fixed",
            f"account_number: stays {customer.account_number}; add a new customer instead",
            account=customer.account_number,
        )
    changed = False
    for name, value in values.items():
        if getattr(customer, name) != value:
            setattr(customer, name, value)
            changed = True
    return customer, changed


def list_customers(
    uow: UnitOfWork, *, text: str | None = None, limit: int = 200
) -> list[CustomerView]:
    """Customers whose name, account number or city contains ``text`` (any case)."""
    with uow:
        stmt = select(Customer).order_by(Customer.name).limit(limit)
        if text:
            pattern = f"%{escape_like(text.strip())}%"
            stmt = stmt.where(
                or_(
                    Customer.name.ilike(pattern, escape="\\"),
                    Customer.account_number.ilike(pattern, escape="\\"),
                    Customer.city.ilike(pattern, escape="\\"),
                )
            )
        return [customer_view(c) for c in uow.session.scalars(stmt)]


def get_customer(uow: UnitOfWork, account_number: str) -> CustomerView:
    with uow:
        return customer_view(find_customer(uow, account_number, field="account_number"))


def find_customer(uow: UnitOfWork, account_number: str, *, field: str) -> Customer:
    key = account_number.strip().upper()
    customer = uow.session.scalar(select(Customer).where(Customer.account_number == key))
    if customer is None:
        raise NotFound("customer", key, field=field)
    return customer


def customer_roles(uow: UnitOfWork, customer_ids: Iterable[int]) -> dict[int, frozenset[str]]:
    """ "shipper" and/or "consignee" for each customer named so on any booking; a customer
    not yet on a booking is left out (the table stores no role of its own)."""
    wanted = list(customer_ids)
    roles: dict[int, set[str]] = {}
    if not wanted:
        return {}
    with uow:
        for role, column in (
            ("shipper", Consignment.shipper_id),
            ("consignee", Consignment.consignee_id),
        ):
            for key in uow.session.scalars(select(column).where(column.in_(wanted)).distinct()):
                roles.setdefault(key, set()).add(role)
    return {key: frozenset(found) for key, found in roles.items()}


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def customer_view(c: Customer) -> CustomerView:
    return CustomerView(
        id=c.id,
        account_number=c.account_number,
        name=c.name,
        address=c.address,
        city=c.city,
        postcode=c.postcode,
        country=c.country,
        phone=c.phone,
        email=c.email,
        uscc=c.uscc,
        eu_vat=c.eu_vat,
        eori=c.eori,
    )
