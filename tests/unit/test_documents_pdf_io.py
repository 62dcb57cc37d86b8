"""Atomic writes, file names from user data, PDF dates."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from core.documents.pdf_io import pdf_date, safe_filename, write_atomic


def test_write_atomic_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["invoice.pdf"]


def _failing_fsync(fd: int) -> None:
    raise OSError(5, "Input/output error")


def test_a_failed_write_leaves_no_partial_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", _failing_fsync)
    with pytest.raises(OSError, match="Input/output error"):
        write_atomic(tmp_path / "invoice.pdf", b"%PDF-1.4 half written")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "invoice.pdf"
    target.write_bytes(b"issued")
    monkeypatch.setattr(os, "fsync", _failing_fsync)
    with pytest.raises(OSError):
        write_atomic(target, b"reprint")
    assert target.read_bytes() == b"issued"
    assert [p.name for p in tmp_path.iterdir()] == ["invoice.pdf"]


def test_a_failed_rename_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "The file is open in another program")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_atomic(tmp_path / "invoice.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CGO1-INV-000123", "CGO1-INV-000123"),
        ("郑州豫通跨境电子商务有限公司", "郑州豫通跨境电子商务有限公司"),
        (
            'Tom & Jerry <img src="/etc/passwd"/> <b>Ltd</b>',
            "Tom_&_Jerry_img_src=_etc_passwd_b_Ltd_b",
        ),
        ("../../etc/passwd", "etc_passwd"),
        ("C:\\Windows\\system32", "C_Windows_system32"),
        ("-rf now", "rf_now"),
        ("CON", "_CON"),
        ("nul.tar", "_nul.tar"),
        ("name. ", "name"),
        ("tab\there\x00", "tab_here"),
        ("", "document"),
        ("...", "document"),
    ],
)
def test_safe_filename(text: str, expected: str) -> None:
    assert safe_filename(text) == expected


def test_safe_filename_bounds_characters_and_bytes() -> None:
    assert len(safe_filename("A" * 300)) == 80
    chinese = safe_filename("郑" * 300)
    assert len(chinese.encode("utf-8")) <= 200


def test_pdf_date_is_midnight_utc_of_the_business_date() -> None:
    assert pdf_date(datetime.date(2026, 12, 1)) == "D:20261201000000+00'00'"


def test_a_written_file_gets_the_usual_mode_not_a_private_temp_mode(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "invoice.pdf", b"data")
    finally:
        os.umask(umask)
    assert (tmp_path / "invoice.pdf").stat().st_mode & 0o777 == 0o644
