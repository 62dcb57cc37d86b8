"""`freightdesk invoice ...` and `freightdesk seller ...`: --json, exit codes, one error line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.services.database import OpenedDatabase
from tests.integration.cli_helpers import Cli
from tests.integration.test_invoices import SELLER, book_big, book_small

SELLER_ARGS = [
    part for key, value in SELLER.items() for part in (f"--{key.replace('_', '-')}", str(value))
]


@pytest.mark.parametrize(
    "command",
    [
        ["invoice", "issue"],
        ["invoice", "show"],
        ["invoice", "pdf"],
        ["invoice", "pay"],
        ["invoice", "credit"],
        ["invoice", "list"],
        ["invoice", "export"],
        ["seller", "set"],
        ["seller", "show"],
    ],
    ids=" ".join,
)
def test_every_command_has_help_with_examples(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    assert "examples:\n  freightdesk " + command[0] in result.out


def test_issue_show_pay_credit_list_export_pdf(
    cli: Cli, db: OpenedDatabase, tmp_path: Path
) -> None:
    seller = cli("--json", "seller", "set", *SELLER_ARGS, "--tax-rate", "AW=6")
    assert seller.code == 0, seller.err
    assert seller.json()["seller"]["tax_rates"] == [["AW", "6.00"]]
    big, small = book_big(db), book_small(db)
    issued = cli(
        "--json", "invoice", "issue", big.awb_number, small.booking_ref, "--date", "2026-12-05"
    )
    assert issued.code == 0, issued.err
    inv = issued.json()["invoice"]
    assert (inv["number"], inv["total"], inv["state"]) == ("CGO1-I000001", "2327.90", "issued")
    assert issued.json()["changes"]["invoice"] == ["CGO1-I000001"]

    shown = cli("invoice", "show", "cgo1-i000001")
    assert shown.code == 0 and "2327.90 CNY" in shown.out and "AWB fee" in shown.out

    paid = cli("--json", "invoice", "pay", "CGO1-I000001", "--amount", "327.90", "--paid-on",
               "2026-12-20", "--reference", "BOC 8841")  # fmt: skip
    assert paid.code == 0, paid.err
    assert (paid.json()["invoice"]["state"], paid.json()["invoice"]["open_amount"]) == (
        "partly_paid",
        "2000.00",
    )
    credit = cli("invoice", "credit", "CGO1-I000001", "--reason", "fuel waived", "--line", "2",
                 "--line", "7", "--date", "2026-12-21")  # fmt: skip
    assert credit.code == 0, credit.err
    assert credit.out.startswith("issued CGO1-C000001") and "-211.50 CNY" in credit.out

    listed = cli("--json", "invoice", "list", "--customer", "SH-CGO-001")
    assert [r["number"] for r in listed.json()["invoices"]] == ["CGO1-C000001", "CGO1-I000001"]
    assert "partly paid" in cli("invoice", "list").out

    target = tmp_path / "lines.xlsx"
    exported = cli("--json", "invoice", "export", str(target), "--from", "2026-12-01")
    assert exported.code == 0 and exported.json()["export"]["rows"] == 12 and target.exists()

    wrote = cli("--json", "invoice", "pdf", "CGO1-I000001", "--output", str(tmp_path))
    assert wrote.code == 0, wrote.err
    pdf = (tmp_path / "CGO1-I000001.pdf").read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == wrote.json()["sha256"] == inv["pdf_sha256"]


def test_errors_are_one_line_with_their_exit_status_and_change_nothing(
    cli: Cli, db: OpenedDatabase
) -> None:
    booking = book_big(db)
    no_seller = cli("invoice", "issue", booking.awb_number)
    assert (no_seller.code, no_seller.out) == (2, "")
    assert no_seller.err == "error: seller.name: not set; set the seller details first " \
        "(freightdesk seller set)\n"  # fmt: skip
    as_json = cli("--json", "invoice", "issue", booking.awb_number)
    assert as_json.json()["error"]["field"] == "seller.name"
    assert cli("--json", "invoice", "list").json()["invoices"] == []

    assert cli("seller", "set", *SELLER_ARGS).code == 0
    bad_uscc = cli("seller", "set", "--uscc", "123")
    assert bad_uscc.code == 2 and bad_uscc.err.startswith("error: seller.uscc:")
    assert cli("--json", "seller", "show").json()["seller"]["uscc"] == SELLER["uscc"]

    assert cli("invoice", "issue", "CGO1-B999999").code == 3
    assert cli("invoice", "issue", booking.booking_ref).code == 0
    again = cli("invoice", "issue", booking.booking_ref)
    assert again.code == 7 and again.err.count("\n") == 1
    over = cli("invoice", "pay", "CGO1-I000001", "--amount", "99999")
    assert over.code == 2 and "still open" in over.err
    assert cli("invoice", "show", "CGO1-I000009").code == 3
    assert cli("invoice", "list", "--state", "lost").code == 2
    assert cli("seller", "set", "--tax-rate", "CH").code == 2  # usage: CODE=PCT
