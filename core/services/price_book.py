"""The prices of a lane in memory: tariffs, other-charge rules, exchange rates, agreements.

Loaded once and asked many times: the GUI keeps one while a clerk types (refreshed when a
service reports Entity.TARIFF changed), a booking loads the lane it books on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, joinedload

from core.db.models import ChargeRule as ChargeRuleRow
from core.db.models import CustomerAgreement
from core.db.models import ExchangeRate as ExchangeRateRow
from core.db.models import Tariff as TariffRow
from core.domain import charges, fx, rating
from core.domain.measures import bubble_shared_weight_kg, chargeable_weight_kg, g_to_kg
from core.domain.money import Money
from core.errors import NotFound
from core.services.tariffs import to_domain


@dataclass(frozen=True)
class StoredTariff:
    id: int
    carrier_id: int | None
    customer_id: int | None
    tariff: rating.Tariff


@dataclass(frozen=True)
class StoredRule:
    origin: str | None
    destination: str | None
    carrier_id: int | None
    rule: charges.ChargeRule


@dataclass(frozen=True)
class Agreement:
    discount_pct: Decimal
    bubble_share_pct: Decimal
    currency: str | None


@dataclass(frozen=True)
class Shipment:
    """What is priced: already cleaned by core's rules."""

    origin: str
    destination: str
    day: date  # the flight's local departure date decides tariffs and charges (DOMAIN)
    carrier_id: int | None
    customer_id: int | None
    gross_weight_g: int
    volume_cm3: int
    hs_code: str | None = None
    commodity: str | None = None
    houses: int = 0


@dataclass(frozen=True)
class Priced:
    chargeable_weight_kg: Decimal
    freight: rating.RatedFreight
    discount: Money | None
    charges: tuple[charges.ChargeLine, ...]
    total: Money
    converted_total: Money | None
    exchange_rate: fx.ExchangeRate | None


@dataclass(frozen=True)
class PriceBook:
    tariffs: tuple[StoredTariff, ...]
    rules: tuple[StoredRule, ...]
    rates: tuple[fx.ExchangeRate, ...]
    agreements: dict[int, Agreement]

    @classmethod
    def load(
        cls, session: Session, *, origin: str | None = None, destination: str | None = None
    ) -> PriceBook:
        """Everything (the GUI's cache), or one lane's prices (a quote)."""
        return cls(
            _tariffs(session, origin, destination),
            _rules(session, origin, destination),
            tuple(
                fx.ExchangeRate(r.base, r.quote, r.rate, r.valid_on)
                for r in session.scalars(select(ExchangeRateRow))
            ),
            _agreements(session, select(CustomerAgreement)),
        )

    @classmethod
    def for_booking(
        cls, session: Session, *, origin: str, destination: str, customer_id: int
    ) -> PriceBook:
        """One lane and one customer, in the tariff's currency: a booking keeps its price
        in the tariff's currency and is converted when invoiced, at the invoice date."""
        stmt = select(CustomerAgreement).where(CustomerAgreement.customer_id == customer_id)
        agreements = {
            k: Agreement(a.discount_pct, a.bubble_share_pct, None)
            for k, a in _agreements(session, stmt).items()
        }
        return cls(
            _tariffs(session, origin, destination),
            _rules(session, origin, destination),
            (),
            agreements,
        )

    def price(self, s: Shipment) -> Priced:
        """Freight by the tariff (DOMAIN, Rating), the customer's discount, the other
        charges of the tariff's currency, and the total in the customer's currency."""
        agreement = self.agreements.get(s.customer_id or -1)
        tariff = self.tariff_for(s)
        kg = _charged_weight(s, agreement)
        freight = rating.rate_freight(tariff, kg, hs_code=s.hs_code, commodity=s.commodity)
        discount = _discount(freight, tariff, agreement)
        net = freight.amount.amount - (discount.amount if discount else 0)
        lines = charges.apply_charges(
            self._rules_for(s, tariff.currency),
            on=s.day,
            freight=Money(net, tariff.currency),
            chargeable_kg=kg,
            gross_kg=g_to_kg(s.gross_weight_g),
            houses=s.houses,
        )
        total = Money(net + sum(line.amount.amount for line in lines), tariff.currency)
        return self._converted(kg, freight, discount, lines, total, agreement, s.day)

    def tariff_for(self, s: Shipment) -> rating.Tariff:
        """A customer's own tariff before the general one, a carrier's own before "any
        carrier", then the most recently started, then the one entered last."""
        candidates = [
            t
            for t in self.tariffs
            if t.tariff.origin == s.origin
            and t.tariff.destination == s.destination
            and t.carrier_id in (None, s.carrier_id)
            and t.customer_id in (None, s.customer_id)
            and rating.is_valid_on(t.tariff.valid_from, t.tariff.valid_to, s.day)
        ]
        if not candidates:
            raise NotFound("tariff", f"{s.origin}-{s.destination} on {s.day}", field="destination")
        best = max(
            candidates,
            key=lambda t: (
                t.customer_id is not None,
                t.carrier_id is not None,
                t.tariff.valid_from,
                t.id,  # the same standing: the one entered last
            ),
        )
        return best.tariff

    def _rules_for(self, s: Shipment, currency: str) -> list[charges.ChargeRule]:
        # Charge rules apply to tariffs of their own currency.
        return [
            r.rule
            for r in self.rules
            if r.rule.currency == currency
            and r.origin in (None, s.origin)
            and r.destination in (None, s.destination)
            and r.carrier_id in (None, s.carrier_id)
        ]

    def _converted(
        self,
        kg: Decimal,
        freight: rating.RatedFreight,
        discount: Money | None,
        lines: tuple[charges.ChargeLine, ...],
        total: Money,
        agreement: Agreement | None,
        day: date,
    ) -> Priced:
        wanted = agreement.currency if agreement else None
        if wanted is None or wanted == total.currency:
            return Priced(kg, freight, discount, lines, total, None, None)
        rate = fx.rate_on(self.rates, total.currency, wanted, day)
        return Priced(kg, freight, discount, lines, total, fx.convert(total, rate, wanted), rate)


def _charged_weight(s: Shipment, agreement: Agreement | None) -> Decimal:
    gross = g_to_kg(s.gross_weight_g)
    if agreement is None or agreement.bubble_share_pct == 100:
        return chargeable_weight_kg(gross, s.volume_cm3)
    return bubble_shared_weight_kg(gross, s.volume_cm3, agreement.bubble_share_pct)


def _discount(
    freight: rating.RatedFreight, tariff: rating.Tariff, agreement: Agreement | None
) -> Money | None:
    """A customer's discount applies to the freight, never taking it below M."""
    if agreement is None or agreement.discount_pct == 0:
        return None
    off = rating.round_amount(freight.amount.amount * agreement.discount_pct / 100, tariff.currency)
    most = max(freight.amount.amount - tariff.minimum, Decimal(0))
    return Money(min(off.amount, most), tariff.currency)


def _agreements(session: Session, stmt: Select[CustomerAgreement]) -> dict[int, Agreement]:
    return {
        a.customer_id: Agreement(a.discount_pct, a.bubble_share_pct, a.currency)
        for a in session.scalars(stmt)
    }


def _tariffs(
    session: Session, origin: str | None, destination: str | None
) -> tuple[StoredTariff, ...]:
    # One query: a lane has few tariffs, each with a handful of breaks.
    stmt = select(TariffRow).options(
        joinedload(TariffRow.breaks), joinedload(TariffRow.commodity_rates)
    )
    if origin and destination:
        stmt = stmt.where(TariffRow.origin == origin, TariffRow.destination == destination)
    return tuple(
        StoredTariff(r.id, r.carrier_id, r.customer_id, to_domain(session, r))
        for r in session.scalars(stmt).unique()
    )


def _rules(session: Session, origin: str | None, destination: str | None) -> tuple[StoredRule, ...]:
    stmt = select(ChargeRuleRow)
    if origin and destination:
        stmt = stmt.where(
            or_(ChargeRuleRow.origin.is_(None), ChargeRuleRow.origin == origin),
            or_(ChargeRuleRow.destination.is_(None), ChargeRuleRow.destination == destination),
        )
    return tuple(
        StoredRule(r.origin, r.destination, r.carrier_id, rule_from_row(r))
        for r in session.scalars(stmt)
    )


def rule_from_row(r: ChargeRuleRow) -> charges.ChargeRule:
    def amount(minor: int | None) -> Decimal | None:
        return None if minor is None else Money.from_minor(minor, r.currency).amount

    return charges.ChargeRule(
        code=r.code,
        due=r.due,
        basis=r.basis,
        rate=r.rate,
        currency=r.currency,
        minimum=amount(r.minimum_minor),
        maximum=amount(r.maximum_minor),
        valid_from=r.valid_from,
        valid_to=r.valid_to,
        description=r.description,
    )
