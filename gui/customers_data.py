"""The customers screen's calls into core.services, run on the worker thread (rule 6).

Each function takes the opened DataAccess and imports core lazily, so building the screen
loads no SQLAlchemy; what comes back is frozen plain data the UI thread may keep.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.services.agreements import AgreementInput, AgreementView
    from core.services.changes import Outcome
    from core.services.customers import CustomerInput
    from core.services.views import CustomerView
    from gui.data import DataAccess

SHIPPER, CONSIGNEE = "shipper", "consignee"


@dataclass(frozen=True)
class CustomerRow:
    """A customer as the list shows it; ``roles`` are those it has on bookings."""

    customer: CustomerView
    roles: frozenset[str]


@dataclass(frozen=True)
class CustomerRecord:
    """What the editor opens with: the customer and its agreed terms."""

    customer: CustomerView
    agreement: AgreementView


def search_customers(data: DataAccess, text: str, limit: int) -> list[CustomerRow]:
    from core.services.customers import customer_roles, list_customers

    found = list_customers(data.units().reading(), text=text or None, limit=limit)
    roles = customer_roles(data.units().reading(), [c.id for c in found])
    return [CustomerRow(c, roles.get(c.id, frozenset())) for c in found]


def load_customer(data: DataAccess, account_number: str) -> CustomerRecord:
    from core.services.agreements import get_agreement
    from core.services.customers import get_customer

    customer = get_customer(data.units().reading(), account_number)
    return CustomerRecord(customer, get_agreement(data.units().reading(), account_number))


def save_customer(
    data: DataAccess,
    form: dict[str, str],
    existing: str | None,
) -> Outcome[CustomerView]:
    """Add (``existing`` None) or update the customer typed in ``form`` (core's field names
    as keys), with its terms, in one transaction; core checks every field."""
    from core.services import agreements

    writing = data.units()()  # the factory makes a writing unit; .reading() a reading one
    return agreements.save_customer(
        writing, customer_input(form), agreement_input(form), existing=existing
    )


def customer_input(values: dict[str, str]) -> CustomerInput:
    """The form's texts as core's input; blank optional fields are None."""
    from core.services.customers import CustomerInput

    def optional(name: str) -> str | None:
        return values.get(name, "").strip() or None

    return CustomerInput(
        account_number=values["account_number"],
        name=values["name"],
        address=values["address"],
        city=values["city"],
        country=values["country"],
        postcode=optional("postcode"),
        phone=optional("phone"),
        email=optional("email"),
        uscc=optional("uscc"),
        eu_vat=optional("eu_vat"),
        eori=optional("eori"),
    )


def agreement_input(values: dict[str, str]) -> AgreementInput:
    from core.services.agreements import AgreementInput

    return AgreementInput(
        values.get("discount_pct", ""),
        values.get("bubble_share_pct", ""),
        values.get("currency", "") or None,
    )
