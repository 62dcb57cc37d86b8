"""Every finding code the customs checks report, for lupdate: the clerk reads them translated.

gui.consolidation_check.rule_text translates a finding by its code in the context
"findings"; the Chinese template uses the finding's params as {placeholders} and falls back
to core's English message when a param is missing. tests/gui/test_finding_codes.py fails
when core/domain/customs*.py reports a code that is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Every house: parties, pieces, weight, goods items; a house AWB given twice
HOUSE_DATA = (
    QT_TRANSLATE_NOOP("findings", "customs.party_incomplete"),
    QT_TRANSLATE_NOOP("findings", "house.description_missing"),
    QT_TRANSLATE_NOOP("findings", "house.duplicate"),
    QT_TRANSLATE_NOOP("findings", "house.item_quantity"),
    QT_TRANSLATE_NOOP("findings", "house.no_items"),
    QT_TRANSLATE_NOOP("findings", "house.pieces"),
    QT_TRANSLATE_NOOP("findings", "house.value_negative"),
    QT_TRANSLATE_NOOP("findings", "house.weight"),
)

# HS codes and the exchange rate a value limit needs
HS_CODES_RATES = (
    QT_TRANSLATE_NOOP("findings", "customs.hs_code_format"),
    QT_TRANSLATE_NOOP("findings", "customs.hs_code_missing"),
    QT_TRANSLATE_NOOP("findings", "customs.rate_missing"),
)

# Leaving China: cross-border e-commerce customs modes
CHINA_EXPORT = (
    QT_TRANSLATE_NOOP("findings", "cn.customs_mode_missing"),
    QT_TRANSLATE_NOOP("findings", "cn.customs_mode_unknown"),
    QT_TRANSLATE_NOOP("findings", "cn.general_declaration"),
)

# EU: ICS2 descriptions, IOSS and the flat duty
EU_ICS2_IOSS = (
    QT_TRANSLATE_NOOP("findings", "eu.flat_duty"),
    QT_TRANSLATE_NOOP("findings", "ics2.description_not_english"),
    QT_TRANSLATE_NOOP("findings", "ics2.vague_description"),
    QT_TRANSLATE_NOOP("findings", "ics2.vague_term"),
    QT_TRANSLATE_NOOP("findings", "ioss.malformed"),
    QT_TRANSLATE_NOOP("findings", "ioss.missing"),
    QT_TRANSLATE_NOOP("findings", "ioss.not_b2c"),
    QT_TRANSLATE_NOOP("findings", "ioss.over_threshold"),
)

# US entry without de minimis
US_ENTRY = (
    QT_TRANSLATE_NOOP("findings", "us.hts_incomplete"),
    QT_TRANSLATE_NOOP("findings", "us.no_de_minimis"),
    QT_TRANSLATE_NOOP("findings", "us.origin_missing"),
    QT_TRANSLATE_NOOP("findings", "us.value_missing"),
)

# Lithium batteries (Section II) and their special handling codes
LITHIUM_BATTERIES = (
    QT_TRANSLATE_NOOP("findings", "lithium.fully_regulated"),
    QT_TRANSLATE_NOOP("findings", "lithium.fully_regulated_shc"),
    QT_TRANSLATE_NOOP("findings", "lithium.missing_rating"),
    QT_TRANSLATE_NOOP("findings", "lithium.over_section_ii"),
    QT_TRANSLATE_NOOP("findings", "lithium.shc_mismatch"),
    QT_TRANSLATE_NOOP("findings", "lithium.shc_missing"),
    QT_TRANSLATE_NOOP("findings", "lithium.shc_without_declaration"),
    QT_TRANSLATE_NOOP("findings", "lithium.state_of_charge"),
    QT_TRANSLATE_NOOP("findings", "lithium.undeclared"),
    QT_TRANSLATE_NOOP("findings", "lithium.unknown_packing_instruction"),
    QT_TRANSLATE_NOOP("findings", "shc.too_many"),
)

# QT_TRANSLATE_NOOP is typed as returning object; the codes are the strings themselves.
FINDING_CODES: tuple[str, ...] = tuple(
    map(
        str,
        (
            *HOUSE_DATA,
            *HS_CODES_RATES,
            *CHINA_EXPORT,
            *EU_ICS2_IOSS,
            *US_ENTRY,
            *LITHIUM_BATTERIES,
        ),
    )
)
