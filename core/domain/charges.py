"""Other charges: the AWB "other charges" box (DOMAIN.md, "Rating", Other charges).

Each charge is a 2-letter code plus C (due carrier) or A (due agent), rated per kg
(chargeable or gross), per AWB, per house or as a percentage of the freight, with an
optional minimum and maximum. Rounding follows the one policy stated in core.domain.rating:
exact products, clamped to the minimum and maximum, then ROUND_HALF_UP to the currency's
minor unit, once, on the line amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from core.domain.money import Money, parse_currency
from core.domain.rating import (
    EXACT,
    check_amount,
    check_rate,
    check_validity,
    is_valid_on,
    round_amount,
)
from core.errors import ValidationError

DUE_CARRIER = "C"
DUE_AGENT = "A"
BASES = ("per_kg_chargeable", "per_kg_gross", "per_awb", "per_house", "percent_of_freight")
# The usual codes (DOMAIN); clerks may define others of the same shape.
STANDARD_CODES = {
    "MY": "fuel surcharge",
    "SC": "security surcharge",
    "AW": "AWB fee",
    "RA": "dangerous goods fee",
    "XB": "X-ray screening",
    "CH": "clearance",
}
_CODE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class ChargeRule:
    code: str  # 2 letters A-Z: MY, SC, AW, RA, XB, CH or clerk-defined
    due: str  # "C" carrier, "A" agent
    basis: str  # one of BASES
    rate: Decimal  # per kg, per unit, or percent; exact, at most 4 decimals
    currency: str
    minimum: Decimal | None
    maximum: Decimal | None
    valid_from: date
    valid_to: date | None  # inclusive; None = open-ended
    description: str


@dataclass(frozen=True)
class ChargeLine:
    code: str
    due: str
    description: str
    basis: str
    quantity: Decimal  # kg, AWBs, houses, or the freight amount for a percentage
    rate: Decimal
    amount: Money


def awb_code(line: ChargeLine) -> str:
    """The code as printed on the AWB: code then due party ("MYC", "AWA")."""
    return f"{line.code}{line.due}"


def validate_charge_rule(rule: ChargeRule) -> ChargeRule:
    """The rule with every field checked; code and currency upper-cased."""
    code = rule.code.strip().upper()
    if not _CODE.fullmatch(code):
        raise ValidationError(
            "code", "charge.code", f"{rule.code!r} is not 2 letters A-Z", text=rule.code
        )
    _check_choice(rule.due, (DUE_CARRIER, DUE_AGENT), "due", "charge.due")
    _check_choice(rule.basis, BASES, "basis", "charge.basis")
    currency = parse_currency(rule.currency)
    check_rate(rule.rate, "rate", f"the {code} rate", allow_zero=True)
    _check_limits(rule.minimum, rule.maximum, currency)
    check_validity(rule.valid_from, rule.valid_to)
    return replace(rule, code=code, currency=currency)


def _check_choice(value: str, choices: tuple[str, ...], field: str, code: str) -> None:
    if value not in choices:
        raise ValidationError(
            field,
            code,
            f"{value!r} is not one of {', '.join(choices)}",
            value=value,
            choices=", ".join(choices),
        )


def _check_limits(minimum: Decimal | None, maximum: Decimal | None, currency: str) -> None:
    if minimum is not None:
        check_amount(minimum, currency, "minimum", "the minimum")
    if maximum is not None:
        check_amount(maximum, currency, "maximum", "the maximum")
    if minimum is not None and maximum is not None and maximum < minimum:
        raise ValidationError(
            "maximum",
            "charge.limits",
            f"must not be below the minimum ({minimum})",
            minimum=minimum,
            maximum=maximum,
        )


def apply_charges(
    rules: Iterable[ChargeRule],
    *,
    on: date,
    freight: Money,
    chargeable_kg: Decimal,
    gross_kg: Decimal,
    houses: int = 0,
) -> tuple[ChargeLine, ...]:
    """The charge lines for one shipment, in the order their codes first appear.

    ``on`` is the flight's local departure date (DOMAIN: surcharges apply by it). A per-house
    rule gives no line when there are no houses. Every charge must be in the freight's
    currency: the service converts before calling (ValidationError otherwise).
    """
    quantities = _quantities(freight, chargeable_kg, gross_kg, houses)
    winners = _winning_rules((validate_charge_rule(rule) for rule in rules), on)
    return tuple(
        _line(rule, quantities[rule.basis], freight.currency)
        for rule in winners
        if not (rule.basis == "per_house" and houses == 0)
    )


def _quantities(
    freight: Money, chargeable_kg: Decimal, gross_kg: Decimal, houses: int
) -> dict[str, Decimal]:
    """What each basis multiplies by the rate."""
    quantities = {
        "per_kg_chargeable": chargeable_kg,
        "per_kg_gross": gross_kg,
        "per_awb": Decimal(1),
        "per_house": Decimal(houses),
        "percent_of_freight": freight.amount,
    }
    checked = {
        "chargeable_weight_kg": chargeable_kg,
        "gross_weight_kg": gross_kg,
        "houses": Decimal(houses),
        "freight": freight.amount,
    }
    for field, value in checked.items():
        _check_quantity(value, field)
    return quantities


def _check_quantity(value: Decimal, field: str) -> None:
    if not value.is_finite() or value < 0:
        raise ValidationError(
            field, "charge.quantity", f"must be a number 0 or more, not {value}", value=value
        )


def _winning_rules(rules: Iterable[ChargeRule], on: date) -> list[ChargeRule]:
    """Of the rules valid on the date, per code the one with the latest valid_from
    (a new month's fuel surcharge replaces last month's even if that one is open-ended)."""
    winners: dict[str, ChargeRule] = {}
    for rule in rules:
        if not is_valid_on(rule.valid_from, rule.valid_to, on):
            continue
        held = winners.get(rule.code)
        if held is not None and held.valid_from == rule.valid_from and held != rule:
            raise ValidationError(
                "charge_rules",
                "charge.ambiguous",
                f"two {rule.code} rules start on {rule.valid_from.isoformat()}; keep one",
                charge=rule.code,
                valid_from=rule.valid_from,
            )
        if held is None or rule.valid_from > held.valid_from:
            winners[rule.code] = rule
    return list(winners.values())


def _line(rule: ChargeRule, quantity: Decimal, currency: str) -> ChargeLine:
    if rule.currency != currency:
        raise ValidationError(
            "currency",
            "charge.currency_mismatch",
            f"the {rule.code} charge is in {rule.currency} but the freight in {currency}; "
            "convert it first",
            charge=rule.code,
            charge_currency=rule.currency,
            freight_currency=currency,
        )
    amount = _clamped(rule, _exact_amount(rule, quantity))
    return ChargeLine(
        rule.code,
        rule.due,
        rule.description,
        rule.basis,
        quantity,
        rule.rate,
        round_amount(amount, currency),
    )


def _exact_amount(rule: ChargeRule, quantity: Decimal) -> Decimal:
    product = EXACT.multiply(quantity, rule.rate)
    # A percentage of the freight: the rate is in percent (5 = 5 %).
    return EXACT.divide(product, 100) if rule.basis == "percent_of_freight" else product


def _clamped(rule: ChargeRule, amount: Decimal) -> Decimal:
    """Never below the rule's minimum, never above its maximum."""
    if rule.minimum is not None:
        amount = max(amount, rule.minimum)
    if rule.maximum is not None:
        amount = min(amount, rule.maximum)
    return amount
