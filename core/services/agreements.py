"""A customer's agreed terms (discount, 分泡 bubble share, billing currency) read and saved
together with the customer, as the customer editor shows them: one form, one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.db.models import CustomerAgreement
from core.domain.money import parse_currency
from core.services.changes import Entity, Outcome
from core.services.customers import (
    CustomerInput,
    apply_update,
    clean_customer,
    customer_view,
    find_customer,
    insert_customer,
)
from core.services.pricing import percent  # the one rule for agreement percents
from core.services.uow import UnitOfWork
from core.services.views import CustomerView

NO_DISCOUNT = Decimal("0.00")
FULL_BUBBLE = Decimal("100.00")  # DOMAIN 分泡: 100 = the plain IATA rule


@dataclass(frozen=True)
class AgreementView:
    """The terms a customer is priced and billed on; ``stored`` is False while the customer
    has no agreement yet and these are the defaults every quote uses."""

    account_number: str
    discount_pct: Decimal
    bubble_share_pct: Decimal
    currency: str | None  # None: billed in the tariff's currency
    stored: bool


@dataclass(frozen=True)
class AgreementInput:
    """The terms as typed; blanks mean no discount, the full bubble, the tariff's currency."""

    discount_pct: str | Decimal = ""
    bubble_share_pct: str | Decimal = ""
    currency: str | None = None


@dataclass(frozen=True)
class Terms:
    discount_pct: Decimal
    bubble_share_pct: Decimal
    currency: str | None

    @property
    def is_default(self) -> bool:
        return (self.discount_pct, self.bubble_share_pct, self.currency) == (
            NO_DISCOUNT,
            FULL_BUBBLE,
            None,
        )


def clean_terms(data: AgreementInput) -> Terms:
    """Checked by the same rules as `freightdesk agreement` (pricing.set_agreement)."""
    discount = str(data.discount_pct).strip() or NO_DISCOUNT
    bubble = str(data.bubble_share_pct).strip() or FULL_BUBBLE
    currency = (data.currency or "").strip()
    return Terms(
        percent(discount, "discount_pct").quantize(NO_DISCOUNT),
        percent(bubble, "bubble_share_pct").quantize(NO_DISCOUNT),
        parse_currency(currency, "currency") if currency else None,
    )


def get_agreement(uow: UnitOfWork, account_number: str) -> AgreementView:
    with uow:
        customer = find_customer(uow, account_number, field="account_number")
        row = uow.session.get(CustomerAgreement, customer.id)
        if row is None:
            return AgreementView(customer.account_number, NO_DISCOUNT, FULL_BUBBLE, None, False)
        return AgreementView(
            customer.account_number,
            row.discount_pct,
            row.bubble_share_pct,
            row.currency,
            True,
        )


def save_customer(
    uow: UnitOfWork,
    data: CustomerInput,
    terms: AgreementInput,
    *,
    existing: str | None = None,
) -> Outcome[CustomerView]:
    """Add a customer (``existing`` None) or update ``existing``, and its terms, in one
    transaction: a refused field leaves both as they were. Nothing different: no write."""
    values = clean_customer(data)
    cleaned = clean_terms(terms)
    with uow:
        if existing is None:
            customer, changed = insert_customer(uow, values), True
        else:
            customer, changed = apply_update(uow, existing, values)
        changed = _store_terms(uow, customer.id, cleaned) or changed
        view = customer_view(customer)
        if changed:
            uow.commit()
            uow.changes.add(Entity.CUSTOMER, customer.id)
        return Outcome(view, uow.changes)


def _store_terms(uow: UnitOfWork, customer_id: int, terms: Terms) -> bool:
    """Upsert the agreement; the defaults need no row while there is none."""
    row = uow.session.get(CustomerAgreement, customer_id)
    if row is None:
        if terms.is_default:
            return False
        row = CustomerAgreement(customer_id=customer_id)
        uow.session.add(row)
    stored = (row.discount_pct, row.bubble_share_pct, row.currency)
    wanted = (terms.discount_pct, terms.bubble_share_pct, terms.currency)
    if stored == wanted:
        return False
    row.discount_pct, row.bubble_share_pct, row.currency = wanted
    return True
