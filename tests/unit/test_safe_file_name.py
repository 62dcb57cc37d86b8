"""File names suggested from data: valid on Windows and POSIX, nothing outside the folder."""

from __future__ import annotations

import pytest

from core.files import safe_file_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Invoice CGO1-INV-000123.pdf", "Invoice_CGO1-INV-000123.pdf"),
        ("舱单 LH8407 2026-12-01.pdf", "舱单_LH8407_2026-12-01.pdf"),
        ("Invoice CGO1/INV-000123.pdf", "Invoice_CGO1_INV-000123.pdf"),
        ("../../etc/passwd", "etc_passwd"),
        ("..\\..\\Windows\\win.ini", "Windows_win.ini"),
        ("C:\\Users\\clerk\\a.PDF", "C_Users_clerk_a.pdf"),
        ('a<b>c:"d"|e?f*g.pdf', "a_b_c_d_e_f_g.pdf"),
        ("tab\there\x00\x1b[31m.pdf", "tab_here_[31m.pdf"),
        ("line\nbreak\u0085.pdf", "line_break.pdf"),
        ("-rf now.pdf", "rf_now.pdf"),
        (".hidden.pdf", "hidden.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("nul", "_nul"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("LPT9.pdf", "_LPT9.pdf"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("name. .pdf", "name.pdf"),
        ("", "document"),
        ("....pdf", "document.pdf"),
        (" / ", "document"),
    ],
)
def test_safe_file_name(text: str, expected: str) -> None:
    assert safe_file_name(text) == expected


def test_the_default_is_the_callers_choice() -> None:
    assert safe_file_name("///.pdf", default="manifest") == "manifest.pdf"


@pytest.mark.parametrize("text", ["A" * 300 + ".pdf", "郑州" * 200 + ".pdf", "😀" * 90 + ".pdf"])
def test_long_names_are_cut_keeping_the_extension(text: str) -> None:
    name = safe_file_name(text)
    assert name.endswith(".pdf")
    assert len(name) <= 100
    assert len(name.encode("utf-8")) <= 200


def test_a_safe_name_stays_as_it_is() -> None:
    name = safe_file_name("Manifest LH8407 2026-12-01.pdf")
    assert safe_file_name(name) == name
