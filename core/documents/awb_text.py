"""What the air waybill's boxes say: its figures and texts derived from the document.

Amounts are printed exactly as the service computed them (plain decimals, as in
Cargo-IMP); weights with one decimal (IATA); dates as "02 DEC 2026", in English whatever
the workstation's locale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from core.domain.rating import kg_text

if TYPE_CHECKING:
    import datetime

    from core.documents.awb_form import AwbCharge, AwbDimension, AwbDocument, AwbParty

__all__ = [
    "AwbTotals",
    "amount_text",
    "day_text",
    "dimensions_text",
    "handling_parts",
    "nature_parts",
    "other_charges_text",
    "party_parts",
    "rate_text",
    "totals",
]

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_CENTS = Decimal("0.01")


@dataclass(frozen=True)
class AwbTotals:
    """The prepaid or collect column: weight charge, other charges by who is due them."""

    weight_charge: Decimal
    due_agent: Decimal
    due_carrier: Decimal

    @property
    def total(self) -> Decimal:
        return self.weight_charge + self.due_agent + self.due_carrier


def totals(doc: AwbDocument) -> AwbTotals | None:
    """None when no price was kept: the boxes say "AS AGREED"."""
    if doc.rating is None:
        return None
    return AwbTotals(
        doc.rating.total,
        _sum(c.amount for c in doc.other_charges if c.due == "A"),
        _sum(c.amount for c in doc.other_charges if c.due == "C"),
    )


def _sum(amounts: Iterable[Decimal]) -> Decimal:
    return sum(amounts, Decimal("0.00"))


def day_text(day: datetime.date) -> str:
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def amount_text(amount: Decimal) -> str:
    return f"{amount:f}"


def rate_text(rate: Decimal) -> str:
    """A rate per kg, exact, with at least two decimals: 34.0000 -> "34.00"."""
    exact = rate.normalize()
    if _places(exact) < 2:
        exact = exact.quantize(_CENTS)
    return f"{exact:f}"


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def weight_text(kg: Decimal) -> str:
    return kg_text(kg)


def other_charges_text(charges: Iterable[AwbCharge]) -> str:
    """IATA: each other charge as its code, then A (due agent) or C (due carrier), then
    the amount: "MYC 189.00   AWA 50.00"."""
    return "   ".join(f"{c.code}{c.due} {amount_text(c.amount)}" for c in charges)


def party_parts(party: AwbParty) -> list[tuple[str, bool]]:
    parts = [(party.name, True), (party.address, False), (f"{party.city}, {party.country}", False)]
    if party.phone:
        parts.append((f"Tel. {party.phone}", False))
    return parts


def handling_parts(doc: AwbDocument) -> list[tuple[str, bool]]:
    """SHCs and the security status; the lithium Section II statement when declared
    (DOMAIN: the AWB's handling information carries all three)."""
    codes = " ".join(doc.shc) or "—"
    parts = [(f"SHC: {codes}    SECURITY STATUS: {doc.security_status}", True)]
    if doc.lithium_statement:
        parts.append((doc.lithium_statement, True))
    return parts


def nature_parts(doc: AwbDocument) -> list[tuple[str, bool]]:
    parts = [(doc.goods_description, True)]
    if doc.hs_code:
        parts.append((f"HS {doc.hs_code}", False))
    if doc.dimensions:
        parts.append((f"DIMS {dimensions_text(doc.dimensions)}", False))
    parts.append((f"VOLUME {doc.volume_m3:f} M3", False))
    if doc.rating is not None and doc.chargeable_weight_kg != doc.rating.weight_kg:
        # a higher weight break was cheaper: say what the shipment itself weighs in
        parts.append((f"CHARGEABLE WEIGHT {weight_text(doc.chargeable_weight_kg)} KG", False))
    return parts


def dimensions_text(lines: Iterable[AwbDimension]) -> str:
    """Lines of the same size are added up: "60x40x35x3, 50x50x50x1 CM"."""
    pieces: dict[tuple[int, int, int], int] = {}
    for d in lines:
        size = (d.length_cm, d.width_cm, d.height_cm)
        pieces[size] = pieces.get(size, 0) + d.pieces
    cells = [f"{length}x{width}x{height}x{n}" for (length, width, height), n in pieces.items()]
    return ", ".join(cells) + " CM"
