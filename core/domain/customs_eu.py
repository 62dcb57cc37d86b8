"""EU rules for a house shipment: ICS2 entry data and the IOSS low-value VAT scheme.

DOMAIN.md "Cross-border e-commerce". ICS2 (air, since 1 March 2023) needs per house the
consignor's and consignee's names and addresses, pieces, weight, a precise English goods
description and an HS code of at least 6 digits. IOSS covers B2C consignments of intrinsic
value up to EUR 150; from 1 July 2026 a flat EUR 3 customs duty per distinct tariff item
applies to such consignments.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.domain.customs_common import (
    RateLookup,
    check_hs_code,
    distinct_tariff_items,
    finding,
    value_for_rule,
)
from core.domain.customs_data import DescriptionTerms, Phrase, words
from core.domain.customs_facts import GoodsItem, HouseFacts
from core.domain.customs_findings import Finding, Severity
from core.domain.money import Money

ICS2 = "EU ICS2"
IOSS_THRESHOLD = Money(Decimal("150.00"), "EUR")
IOSS_NUMBER = re.compile("IM[0-9]{10}", re.ASCII)
FLAT_DUTY_FROM = date(2026, 7, 1)
FLAT_DUTY_PER_ITEM = Money(Decimal("3.00"), "EUR")


@dataclass(frozen=True)
class DescriptionVerdict:
    """How a goods description reads to ICS2."""

    latin: bool  # written in Latin letters (English is required; Chinese is refused)
    vague_terms: tuple[str, ...]  # the vague terms found, as written in the data
    specific_words: tuple[str, ...]  # what is left once vague and filler words are removed

    @property
    def refused(self) -> bool:
        return not self.specific_words


def assess_description(text: str, terms: DescriptionTerms) -> DescriptionVerdict:
    """Mark vague phrases (longest first), drop filler, numbers and single letters; what
    remains is specific. "gift mug ceramic": vague gift, specific mug ceramic."""
    tokens = words(text)
    longest = max((len(phrase) for phrase in terms.vague), default=0)
    vague: list[str] = []
    specific: list[str] = []
    index = 0
    while index < len(tokens):
        phrase = _vague_at(tokens, index, longest, terms.vague)
        if phrase:
            vague.append(" ".join(phrase))
            index += len(phrase)
            continue
        word = tokens[index]
        if word not in terms.filler and len(word) > 1 and not word.isdigit():
            specific.append(word)
        index += 1
    return DescriptionVerdict(_is_latin(text), tuple(dict.fromkeys(vague)), tuple(specific))


def _vague_at(tokens: Phrase, index: int, longest: int, vague: frozenset[Phrase]) -> Phrase | None:
    for size in range(min(longest, len(tokens) - index), 0, -1):
        phrase = tokens[index : index + size]
        if phrase in vague:
            return phrase
    return None


def _is_latin(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith("LATIN") for char in letters)


# --- ICS2 -------------------------------------------------------------------------------


def check_ics2(facts: HouseFacts, terms: DescriptionTerms) -> list[Finding]:
    # Parties, pieces, weight and a non-empty description are checked for every house
    # (core.domain.customs); ICS2 adds the description's quality and the HS code.
    found: list[Finding] = []
    for index, item in enumerate(facts.items):
        found += _check_description(item, index, terms)
        hs = check_hs_code(item, index, ICS2)
        if hs is not None:
            found.append(hs)
    return found


def _check_description(item: GoodsItem, index: int, terms: DescriptionTerms) -> list[Finding]:
    field = f"items[{index}].description"
    text = item.description.strip()
    if not text:
        return []  # reported for every house as house.description_missing
    verdict = assess_description(text, terms)
    if not verdict.latin:
        return [
            finding(
                "ics2.description_not_english",
                Severity.BLOCKING,
                field,
                f"the goods description must be in English ({ICS2}): {text!r}",
                description=text,
            )
        ]
    shown = ", ".join(repr(term) for term in verdict.vague_terms)
    if verdict.refused:
        reason = f"{shown} names no goods" if shown else "it names no goods"
        return [
            finding(
                "ics2.vague_description",
                Severity.BLOCKING,
                field,
                f"{text!r} is too vague for {ICS2}: {reason}; say what the goods are, "
                'e.g. "men\'s cotton T-shirts"',
                description=text,
                vague_terms=", ".join(verdict.vague_terms),
            )
        ]
    if verdict.vague_terms:
        return [
            finding(
                "ics2.vague_term",
                Severity.WARNING,
                field,
                f"{text!r} contains {shown}, which {ICS2} treats as vague; the rest is "
                "specific, but customs may still query it",
                description=text,
                vague_terms=", ".join(verdict.vague_terms),
            )
        ]
    return []


# --- IOSS -------------------------------------------------------------------------------


def check_ioss(facts: HouseFacts, rates: RateLookup, day: date) -> list[Finding]:
    number = _compact(facts.ioss_number)
    if not facts.b2c:
        return [_ioss_not_b2c(number)] if number else []
    value = value_for_rule(facts.items, "EUR", day, rates, f"check the IOSS {IOSS_THRESHOLD} limit")
    if isinstance(value, Finding):
        return [value]
    if value.amount > IOSS_THRESHOLD.amount:
        return [_ioss_over_threshold(number, value)] if number else []
    found = [] if number and IOSS_NUMBER.fullmatch(number) else [_ioss_number(number, value)]
    if day >= FLAT_DUTY_FROM:
        found.append(_flat_duty(facts, value))
    return found


def _compact(number: str | None) -> str:
    return "".join((number or "").split()).upper()


def _ioss_number(number: str, value: Money) -> Finding:
    if not number:
        return finding(
            "ioss.missing",
            Severity.WARNING,
            "ioss_number",
            f"no IOSS number for a B2C consignment of {value} (at most {IOSS_THRESHOLD}): "
            "VAT will be collected from the consignee at import",
            value=value,
        )
    return finding(
        "ioss.malformed",
        Severity.BLOCKING,
        "ioss_number",
        f"{number!r} is not an IOSS number: IM followed by 10 digits, e.g. IM2760000001",
        value=number,
    )


def _ioss_not_b2c(number: str) -> Finding:
    return finding(
        "ioss.not_b2c",
        Severity.WARNING,
        "ioss_number",
        f"IOSS number {number!r} on a B2B consignment: IOSS covers sales to consumers only",
        value=number,
    )


def _ioss_over_threshold(number: str, value: Money) -> Finding:
    return finding(
        "ioss.over_threshold",
        Severity.WARNING,
        "ioss_number",
        f"intrinsic value {value} is over {IOSS_THRESHOLD}: IOSS number {number!r} "
        "cannot be used; VAT and duty are paid at import",
        value=value,
        threshold=IOSS_THRESHOLD,
    )


def _flat_duty(facts: HouseFacts, value: Money) -> Finding:
    count = distinct_tariff_items(facts)
    duty = Money(FLAT_DUTY_PER_ITEM.amount * count, "EUR")
    return finding(
        "eu.flat_duty",
        Severity.INFO,
        "items",
        f"EU customs duty of {duty} due at import: {FLAT_DUTY_PER_ITEM} x {count} distinct "
        f"tariff item{'' if count == 1 else 's'} in a B2C consignment of {value} "
        f"(from {FLAT_DUTY_FROM.isoformat()})",
        duty=duty,
        tariff_items=count,
        per_item=FLAT_DUTY_PER_ITEM,
        value=value,
    )
