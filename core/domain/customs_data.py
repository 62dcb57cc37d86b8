"""The editable data behind the customs rules: destination countries and description terms.

Both files live in the ``resources.customs`` package and are read through
:mod:`importlib.resources` once per process (``cache``), so they work from a source tree, a
wheel or a frozen build. A clerk's administrator edits the CSV files; the rules stay code.

- ``countries.csv``: which destinations are EU members, in the EU VAT area (IOSS) and under
  ICS2 (the EU plus Monaco, Norway and Switzerland).
- ``description_terms.csv``: ``vague`` terms that name no goods ("gifts", "spare parts"),
  ``filler`` words that name nothing by themselves ("set of", "pcs") and ``battery`` words
  that suggest lithium batteries.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

CUSTOMS_PACKAGE = "resources.customs"
COUNTRIES_FILE = "countries.csv"
TERMS_FILE = "description_terms.csv"
_COUNTRY_COLUMNS = ("country", "name", "eu_member", "eu_vat", "ics2")
_TERM_COLUMNS = ("term", "kind", "note")
_TERM_KINDS = ("vague", "filler", "battery")
_BOOLEANS = {"true": True, "false": False}
_COUNTRY = re.compile("[A-Z]{2}")
# Words are runs of letters or digits: "T-shirts" -> t, shirts; "e-commerce" -> e, commerce.
_WORD = re.compile(r"[^\W_]+")

Phrase = tuple[str, ...]


class CustomsDataError(ValueError):
    """A customs data file is malformed (wrong header, unknown kind, bad flag)."""


def words(text: str) -> Phrase:
    """Case-folded words of a description or a term, compatibility-normalised (NFKC)."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


@dataclass(frozen=True)
class DescriptionTerms:
    """Vague phrases and battery phrases as word tuples; filler as single words."""

    vague: frozenset[Phrase]
    filler: frozenset[str]
    battery: frozenset[Phrase]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str]]) -> DescriptionTerms:
        """Build from (term, kind) pairs; a filler term of several words adds each word."""
        found: dict[str, set[Phrase]] = {kind: set() for kind in _TERM_KINDS}
        for term, kind in rows:
            if kind not in found:
                raise CustomsDataError(f"term {term!r}: kind must be one of {_TERM_KINDS}")
            phrase = words(term)
            if not phrase:
                raise CustomsDataError(f"term {term!r}: has no letters or digits")
            found[kind].add(phrase)
        filler = frozenset(word for phrase in found["filler"] for word in phrase)
        return cls(frozenset(found["vague"]), filler, frozenset(found["battery"]))


@dataclass(frozen=True)
class CustomsCountries:
    """ISO 3166-1 alpha-2 codes by the regime that applies at destination."""

    eu_member: frozenset[str]
    eu_vat: frozenset[str]  # IOSS and the EUR 150 low-value regime
    ics2: frozenset[str]  # entry summary declaration before loading


@cache
def load_description_terms() -> DescriptionTerms:
    return DescriptionTerms.from_rows(
        (row["term"], row["kind"]) for row in _read(TERMS_FILE, _TERM_COLUMNS)
    )


@cache
def load_countries() -> CustomsCountries:
    member: set[str] = set()
    vat: set[str] = set()
    ics2: set[str] = set()
    for row in _read(COUNTRIES_FILE, _COUNTRY_COLUMNS):
        code = row["country"]
        if not _COUNTRY.fullmatch(code):
            raise CustomsDataError(f"{COUNTRIES_FILE}: {code!r} is not an ISO country code")
        for column, codes in (("eu_member", member), ("eu_vat", vat), ("ics2", ics2)):
            if _flag(row, column):
                codes.add(code)
    return CustomsCountries(frozenset(member), frozenset(vat), frozenset(ics2))


def _flag(row: dict[str, str], column: str) -> bool:
    value = row[column].strip().lower()
    if value not in _BOOLEANS:
        raise CustomsDataError(f"{COUNTRIES_FILE} {row['country']}: {column} must be true/false")
    return _BOOLEANS[value]


def _read(filename: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    source = resources.files(CUSTOMS_PACKAGE).joinpath(filename)
    # Binary + TextIOWrapper: Traversable.open() takes no newline="", which csv needs.
    with source.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, strict=True)
        if tuple(reader.fieldnames or ()) != columns:
            raise CustomsDataError(f"{filename}: header must be {','.join(columns)}")
        rows = list(reader)
    for number, row in enumerate(rows, start=2):
        if None in row or any(value is None for value in row.values()):
            raise CustomsDataError(f"{filename} line {number}: wrong number of fields")
    return [{key: value.strip() for key, value in row.items()} for row in rows]
