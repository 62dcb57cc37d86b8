"""Fonts: packaged with their licences, one font per run, unprintable scripts refused."""

from __future__ import annotations

from importlib import resources
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from core.documents.fonts import (
    CJK,
    FONT_PACKAGE,
    SANS,
    SANS_BOLD,
    check_printable,
    font_runs,
    register_fonts,
)
from core.errors import ValidationError


def test_fonts_and_their_licences_are_packaged_resources() -> None:
    package = resources.files(FONT_PACKAGE)
    for name in ("wqy-microhei.ttc", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert (package / name).is_file(), name
    wqy = (package / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    dejavu = (package / "LICENSE-dejavu.txt").read_text(encoding="utf-8")
    assert "Apache License" in wqy and "Font exception" in wqy
    assert "Bitstream Vera" in dejavu


def test_registered_fonts_are_the_packaged_truetype_faces() -> None:
    register_fonts()
    assert pdfmetrics.getFont(CJK).face.name == b"WenQuanYiMicroHei"
    assert pdfmetrics.getFont(SANS).face.name == b"DejaVuSans"
    assert pdfmetrics.getFont(SANS_BOLD).face.name == b"DejaVuSans-Bold"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("", []),
        ("Tom & Jerry", [("Tom & Jerry", SANS)]),
        ("郑州豫通跨境电子商务有限公司", [("郑州豫通跨境电子商务有限公司", CJK)]),
        # spaces and digits stay in the Chinese run: one run, not five
        ("郑州 2 号", [("郑州 2 号", CJK)]),
        ("郑州 Logistics", [("郑州 ", CJK), ("Logistics", SANS)]),
        ("Total 合计 (CNY)", [("Total ", SANS), ("合计 (", CJK), ("CNY)", SANS)]),
        ("ТОО Алматы Фулфилмент", [("ТОО Алматы Фулфилмент", SANS)]),
        ("İstanbul Kargo Dağıtım Ş.T.İ.", [("İstanbul Kargo Dağıtım Ş.T.İ.", SANS)]),
        ("（郑州）", [("（郑州）", CJK)]),
    ],
)
def test_font_runs_pick_a_font_per_script(text: str, runs: list[tuple[str, str]]) -> None:
    assert font_runs(text) == runs


def test_bold_runs_use_the_bold_latin_face_and_regular_chinese() -> None:
    assert font_runs("Total 合计") == [("Total ", SANS), ("合计", CJK)]
    assert font_runs("Total 合计", bold=True) == [("Total ", SANS_BOLD), ("合计", CJK)]


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_runs_cover_the_text_in_order(text: str) -> None:
    runs = font_runs(text)
    assert "".join(run for run, _ in runs) == text
    assert all(run for run, _ in runs)
    assert all(a[1] != b[1] for a, b in pairwise(runs))


@pytest.mark.parametrize(
    "text",
    [
        "郑州豫通跨境电子商务有限公司",
        "ТОО Алматы Фулфилмент",
        "Қазақстан Ўзбекистон",
        "İstanbul Kargo Dağıtım Ş.T.İ.",
        "Șoseaua Ștefan cel Mare, Timișoara",
        "Oʻzbekiston, Gʻulomov koʻchasi; o‘g‘il",
        "Ελληνικά",
        "Zürich Ærø Łódź Čeština",
        "¥ € ₸ № ° m³ × –",
        "河南省郑州市\n航空港区",
    ],
)
def test_printable_text_passes_and_every_run_font_has_its_glyphs(text: str) -> None:
    check_printable(text, "buyer.name")
    for run, font in font_runs(text):
        glyphs = pdfmetrics.getFont(font).face.charToGlyph
        assert all(ord(char) in glyphs for char in run if char != "\n"), (run, font)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("กรุงเทพ", "Thai"),
        ("مرحبا", "Arabic"),  # DejaVu has the glyphs, but nothing here joins or reorders
        ("שלום", "Hebrew"),
        ("Fast 🚀 Cargo", "emoji"),
        ("Happy 😀", "emoji"),  # in DejaVu, refused with the rest of the emoji blocks
        ("नमस्ते", "Devanagari"),
    ],
)
def test_unprintable_scripts_are_refused_with_advice(text: str, script: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_printable(text, "buyer.name")
    error = caught.value
    assert error.code == "text.script"
    assert error.field == "buyer.name"
    assert error.params["script"] == script
    assert error.message == (
        f"buyer.name: characters of {script} cannot be printed on documents; transliterate to Latin"
    )
