"""The facts of one house shipment that the customs rules read (no database, no clock).

The consolidation services build these from stored houses; the rules never fetch anything.
Text arrives as stored (already through core.domain.text); blanks are treated as missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.domain.lithium import LithiumDeclaration
from core.domain.money import Money


@dataclass(frozen=True)
class PartyFacts:
    """A shipper or consignee as the house manifest and ICS2 need it."""

    name: str
    address: str  # street lines
    city: str
    country: str  # ISO 3166-1 alpha-2
    postcode: str = ""
    tax_id: str = ""  # EORI or other tax id where known (ICS2 asks for it, does not require it)


@dataclass(frozen=True)
class GoodsItem:
    """One line of the house's goods: what it is, its tariff code and its value."""

    description: str  # plain English, specific: "men's cotton T-shirts"
    hs_code: str  # digits; dots and spaces allowed ("6109.10" counts 6 digits)
    quantity: int
    unit_value: Money  # intrinsic value of one unit, in the sale's currency
    origin_country: str = ""  # ISO alpha-2 country where the goods were made

    @property
    def value(self) -> Money:
        return Money(self.unit_value.amount * Decimal(self.quantity), self.unit_value.currency)


@dataclass(frozen=True)
class HouseFacts:
    house_awb: str
    shipper: PartyFacts
    consignee: PartyFacts  # consignee.country is the destination the rules key on
    pieces: int
    weight_grams: int
    items: tuple[GoodsItem, ...]
    export_country: str = "CN"  # country of the master's origin airport: China rules if CN
    customs_mode: str | None = None  # China export mode: 9610, 9710, 9810 or 1210
    b2c: bool = True  # sold to a consumer (IOSS, 9610) rather than to a business
    ioss_number: str | None = None  # the seller's IOSS number: IM + 10 digits
    shcs: tuple[str, ...] = ()
    lithium: LithiumDeclaration | None = None
    departure_date: date | None = None  # the master's flight date once it is known

    def rule_day(self, on_day: date) -> date:
        """The date that decides dated rules: the flight's when known, else ``on_day``."""
        return self.departure_date or on_day
