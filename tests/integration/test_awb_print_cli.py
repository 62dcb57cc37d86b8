"""`freightdesk awb print` and `freightdesk labels`: the file, --json, and the foundation's
error behaviour (one "error:" line, the error's exit status, nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.services.database import OpenedDatabase
from core.services.views import BookingView
from tests.integration.cli_helpers import Cli
from tests.integration.test_awb_print import (
    SECTION_II,
    book_lithium,
    desk,
    out,
    page_count,
    page_texts,
)

__all__ = ["desk", "out"]


@pytest.fixture
def booking(desk: OpenedDatabase) -> BookingView:
    return book_lithium(desk)


@pytest.mark.parametrize("command", [["awb", "print"], ["labels"]], ids=" ".join)
def test_help_with_examples(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    assert "examples:\n  freightdesk " + " ".join(command) in result.out


def test_awb_print_with_chosen_copies(cli: Cli, booking: BookingView, out: Path) -> None:
    target = out / "awb.pdf"
    result = cli(
        "awb",
        "print",
        booking.awb_number,
        "--out",
        str(target),
        "--copy",
        "ORIGINAL 3 (FOR SHIPPER)",
        "--copy",
        "COPY 4 (DELIVERY RECEIPT)",
    )
    assert result.code == 0, result.err
    assert result.out.startswith(f"wrote air waybill {target} (2 pages, SHA-256 ")
    first, second = page_texts(target.read_bytes())
    assert "ORIGINAL 3 (FOR SHIPPER)" in first and SECTION_II in first
    assert "COPY 4 (DELIVERY RECEIPT)" in second


def test_awb_print_json_defaults_to_the_three_originals(
    cli: Cli, booking: BookingView, out: Path
) -> None:
    spaced = booking.awb_number.replace("-", " ")  # "020 10000001" as printed
    result = cli("--json", "awb", "print", *spaced.split(), "--out", str(out / "awb.pdf"))
    assert result.code == 0, result.err
    document = result.json()["document"]
    assert document["pages"] == 3 and document["path"] == str(out / "awb.pdf")
    assert len(document["sha256"]) == 64
    assert page_count((out / "awb.pdf").read_bytes()) == 3


def test_labels_json(cli: Cli, booking: BookingView, out: Path) -> None:
    result = cli("labels", booking.booking_ref, "--out", str(out / "labels.pdf"), "--json")
    assert result.code == 0, result.err
    assert result.json()["document"]["pages"] == 3
    assert "2 of 3" in page_texts((out / "labels.pdf").read_bytes(), range(1, 2))[0]


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["awb", "print", "020-10049992"], 3, "error: awb: no booking 020-10049992"),
        (["awb", "print", "020-10049990"], 2, "error: awb: check digit of 020-10049990"),
        (["labels", "020-10049992"], 3, "error: awb: no booking 020-10049992"),
    ],
)
def test_errors_are_one_line_with_their_status(
    cli: Cli, out: Path, argv: list[str], status: int, message: str
) -> None:
    result = cli(*argv, "--out", str(out / "x.pdf"))
    assert (result.code, result.out) == (status, "")
    assert result.err.startswith(message) and result.err.count("\n") == 1
    assert list(out.iterdir()) == []


def test_cancelled_and_unwritable_with_json(cli: Cli, booking: BookingView, out: Path) -> None:
    unwritable = cli("--json", "labels", booking.awb_number, "--out", str(out / "no" / "l.pdf"))
    assert unwritable.code == 2
    assert unwritable.json()["error"]["code"] == "file.unwritable"
    assert cli("cancel", booking.awb_number, "--reason", "duplicate").code == 0
    cancelled = cli("--json", "awb", "print", booking.awb_number, "--out", str(out / "a.pdf"))
    assert cancelled.code == 6
    assert cancelled.json()["error"]["code"] == "awb.cancelled"
    assert "is cancelled" in cancelled.err
    assert list(out.iterdir()) == []


def test_usage_errors(cli: Cli, booking: BookingView) -> None:
    assert cli("awb", "print", booking.awb_number).code == 2  # --out is required
    assert cli("labels", "--out", "x.pdf").code == 2  # the AWB is required
