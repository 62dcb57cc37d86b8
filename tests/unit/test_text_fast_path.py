"""core.domain.text: the isprintable fast path refuses exactly what the full scan refuses."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.domain.text import (
    _LINE_BREAK,
    _is_control,
    _reject_controls,
    _reject_surrogates,
    _scan_controls,
    _tidy,
    _tidy_lines,
    clean_text,
)
from core.errors import ValidationError

# Characters the scan cares about, so generated texts hit them often.
_TRICKY = st.sampled_from(
    list("\t\r\n\x00\x1b\x7f\x85\u00ad\u061c\u200b\u200c\u200d\u200e\u2028\u2029")
    + list("\u202a\u202e\u2066\u2069\ufeff\u3000\u00a0 ")
)
_TEXTS = st.lists(st.one_of(st.characters(), _TRICKY), max_size=30).map("".join)


def _refusal(check: object, text: str, multiline: bool) -> tuple[str, object] | None:
    try:
        check(text, "name", multiline=multiline)  # type: ignore[operator]
    except ValidationError as err:
        return err.code, err.params.get("position")
    return None


@settings(max_examples=500)
@given(_TEXTS, st.booleans())
@example("ACME\u202eLtd", False)
@example("line\nbreak", False)
@example("trailing break\r\n", False)
@example("zero\u200dwidth joiner", False)
def test_fast_path_refuses_exactly_what_the_scan_refuses(text: str, multiline: bool) -> None:
    assert _refusal(_reject_controls, text, multiline) == _refusal(_scan_controls, text, multiline)


@settings(max_examples=500)
@given(_TEXTS, st.booleans())
def test_a_printable_text_is_never_refused_by_the_scan(text: str, multiline: bool) -> None:
    if text.isprintable():
        assert _refusal(_scan_controls, text, multiline) is None


@pytest.mark.parametrize("plane", range(17))
def test_every_character_the_scan_refuses_is_not_printable(plane: int) -> None:
    # Exhaustive over all of Unicode: the fast path is sound for every code point there is.
    first, last = plane * 0x10000, min((plane + 1) * 0x10000, sys.maxunicode + 1)
    for code in range(first, last):
        char = chr(code)
        if _LINE_BREAK.match(char) or _is_control(char):
            assert not char.isprintable(), f"U+{code:04X}"


@settings(max_examples=500)
@given(_TEXTS, st.booleans())
@example("  two  spaces ", False)
@example("a\u00a0b", True)
def test_tidy_fast_path_gives_what_the_full_rule_gives(text: str, multiline: bool) -> None:
    assert _tidy(text, multiline=multiline) == _tidy_lines(text, multiline=multiline)


def _full_rule(text: str, multiline: bool) -> str | tuple[str, object]:
    """clean_text's normalisation with every check run in full (no fast path)."""
    try:
        _reject_surrogates(text, "name")
        _scan_controls(text, "name", multiline=multiline)
    except ValidationError as err:
        return err.code, err.params.get("position")
    return unicodedata.normalize("NFC", _tidy_lines(text, multiline=multiline))


def _cleaned(text: str, multiline: bool) -> str | tuple[str, object]:
    try:
        return clean_text(text, "name", max_len=10**6, required=False, multiline=multiline)
    except ValidationError as err:
        return err.code, err.params.get("position")


@settings(max_examples=500)
@given(st.one_of(_TEXTS, st.text()), st.booleans())
@example("\ud800 lone surrogate", False)
@example(" e\u0301cole  ", False)
def test_clean_text_fast_path_gives_what_the_full_rules_give(text: str, multiline: bool) -> None:
    assert _cleaned(text, multiline) == _full_rule(text, multiline)


def test_surrogates_are_never_printable() -> None:
    assert not any(chr(code).isprintable() for code in range(0xD800, 0xE000))
