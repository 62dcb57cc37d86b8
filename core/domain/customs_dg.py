"""Lithium batteries per house: core.domain.lithium's Section II rules as findings.

A house with a declaration is checked against Section II on the rule day (state of charge
from 1 January 2026) and must carry the SHC the packing instruction requires (ELI or ELM);
a lithium SHC without a declaration is refused; a description naming batteries without a
declaration is a warning, since Section II batteries still need their declaration.
"""

from __future__ import annotations

from datetime import date

from core.domain.customs_common import finding
from core.domain.customs_data import DescriptionTerms, Phrase, words
from core.domain.customs_facts import HouseFacts
from core.domain.customs_findings import Finding, Severity
from core.domain.lithium import LithiumDeclaration, check_lithium, shc_consistent
from core.errors import ValidationError


def check_batteries(facts: HouseFacts, terms: DescriptionTerms, day: date) -> list[Finding]:
    decl = facts.lithium
    if decl is None:
        return _without_declaration(facts, terms)
    found: list[Finding] = []
    try:
        check_lithium(decl, facts.shcs, day)
    except ValidationError as error:
        found.append(Finding.from_error(error, Severity.BLOCKING))
    # Reported beside a Section II refusal too, so the clerk fixes both in one pass.
    try:
        completed = shc_consistent(facts.shcs, decl)
    except ValidationError as error:
        if error.code not in {finding.code for finding in found}:
            found.append(Finding.from_error(error, Severity.BLOCKING))
        return found
    found.extend(_missing_shc(decl, code) for code in completed if code not in facts.shcs)
    return found


def _missing_shc(decl: LithiumDeclaration, required: str) -> Finding:
    return finding(
        "lithium.shc_missing",
        Severity.BLOCKING,
        "shc",
        f"{decl.packing_instruction} batteries are declared: add {required} to the special "
        "handling codes",
        required=required,
        packing_instruction=decl.packing_instruction,
    )


def _without_declaration(facts: HouseFacts, terms: DescriptionTerms) -> list[Finding]:
    try:
        shc_consistent(facts.shcs, None)
    except ValidationError as error:
        return [Finding.from_error(error, Severity.BLOCKING)]
    found: list[Finding] = []
    for index, item in enumerate(facts.items):
        named = _battery_words(words(item.description), terms.battery)
        if named:
            found.append(
                finding(
                    "lithium.undeclared",
                    Severity.WARNING,
                    f"items[{index}].description",
                    f"the description names {named!r} but the house has no lithium battery "
                    "declaration: declare the packing instruction, rating and state of charge",
                    words=named,
                )
            )
    return found


def _battery_words(tokens: Phrase, battery: frozenset[Phrase]) -> str:
    for size in sorted({len(phrase) for phrase in battery}, reverse=True):
        for start in range(len(tokens) - size + 1):
            if tokens[start : start + size] in battery:
                return " ".join(tokens[start : start + size])
    return ""
