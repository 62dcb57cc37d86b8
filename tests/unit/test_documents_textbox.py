"""Text that fits its box: mixed-font widths, shrink, truncate with "…", wrap."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from core.documents.fonts import CJK, SANS, SANS_BOLD, register_fonts
from core.documents.textbox import (
    ELLIPSIS,
    LEADING,
    fit_box,
    shrink_to_fit,
    text_width,
    truncate_to_width,
    wrap_lines,
)

register_fonts()
NAME = "郑州豫通 Cross-border E-commerce Co., Ltd."


def test_width_is_measured_run_by_run_in_each_runs_font() -> None:
    expected = stringWidth("郑州豫通 ", CJK, 9) + stringWidth(NAME[5:], SANS, 9)
    assert text_width(NAME, 9) == pytest.approx(expected)
    # measuring the whole text in one font would be wrong either way
    assert text_width(NAME, 9) != pytest.approx(stringWidth(NAME, SANS, 9))
    assert text_width("Ltd", 9, bold=True) == pytest.approx(stringWidth("Ltd", SANS_BOLD, 9))


def test_width_is_linear_in_size_and_chinese_is_wider() -> None:
    assert text_width(NAME, 18) == pytest.approx(2 * text_width(NAME, 9))
    assert text_width("郑州", 9) > text_width("ab", 9)
    assert text_width("", 9) == 0


def test_shrink_keeps_the_size_when_the_text_fits() -> None:
    assert shrink_to_fit("1,234.50", 100, 8, min_size=5) == 8


def test_shrink_finds_a_smaller_size_that_fits() -> None:
    width = text_width("9,999,999,999.99", 8) * 0.8
    size = shrink_to_fit("9,999,999,999.99", width, 8, min_size=5)
    assert size is not None and 5 <= size < 8
    assert text_width("9,999,999,999.99", size) <= width


def test_shrink_gives_up_below_the_minimum() -> None:
    assert shrink_to_fit(NAME, 20, 8, min_size=5) is None


def test_truncate_marks_the_cut_and_fits() -> None:
    assert truncate_to_width(NAME, 1000, 9) == NAME
    cut = truncate_to_width(NAME, 80, 9)
    assert cut.endswith(ELLIPSIS) and NAME.startswith(cut[:-1])
    assert text_width(cut, 9) <= 80
    assert truncate_to_width(NAME, 1, 9) == ""


def test_wrap_breaks_at_spaces_and_between_chinese_characters() -> None:
    lines = wrap_lines("郑州豫通跨境电子商务有限公司河南省郑州市航空港区", 60, 9)
    assert len(lines) > 1
    assert "".join(lines) == "郑州豫通跨境电子商务有限公司河南省郑州市航空港区"
    assert wrap_lines("alpha beta gamma", text_width("alpha beta", 9), 9) == [
        "alpha beta",
        "gamma",
    ]


def test_wrap_breaks_a_word_longer_than_the_box_and_keeps_line_breaks() -> None:
    lines = wrap_lines("Internationalisation", 30, 9)
    assert len(lines) > 1 and "".join(lines) == "Internationalisation"
    assert wrap_lines("a\n\nb", 100, 9) == ["a", "", "b"]


WORDS = st.sampled_from(["郑州", "豫通", "Ltd.", "Фулфилмент", "Dağıtım", "Internationalisation"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=12), st.floats(min_value=25, max_value=300))
def test_wrapped_lines_fit_and_keep_every_character(words: list[str], width: float) -> None:
    text = " ".join(words)
    lines = wrap_lines(text, width, 8)
    assert all(text_width(line, 8) <= width + 1e-6 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_fit_box_wraps_then_shrinks_then_cuts_visibly() -> None:
    roomy = fit_box(NAME, 400, 20, 9, min_size=6)
    assert roomy.lines == (NAME,) and roomy.size == 9 and not roomy.truncated
    two_lines = fit_box(NAME, 120, 30, 9, min_size=6)
    assert len(two_lines.lines) * two_lines.size * LEADING <= 30
    assert "".join(two_lines.lines).replace(" ", "") == NAME.replace(" ", "")
    assert not two_lines.truncated
    cut = fit_box(NAME * 3, 80, 10, 9, min_size=6)
    assert cut.truncated and cut.size == 6 and cut.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, cut.size) <= 80 for line in cut.lines)
