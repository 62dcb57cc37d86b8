"""`quote`, `tariffs` and `fx` from the command line."""

from __future__ import annotations

from pathlib import Path

from python_calamine import CalamineWorkbook

from tests.integration.cli_helpers import Cli

QUOTE = (
    "quote",
    "--origin",
    "CGO",
    "--destination",
    "FRA",
    "--date",
    "2026-12-15",
    "--pieces",
    "3",
    "--weight",
    "36.9",
    "--dims",
    "60x40x35x3",
)


def test_quote_shows_break_charges_and_total(cli: Cli) -> None:
    shown = cli(*QUOTE)
    assert shown.code == 0, shown.err
    assert "Q45 34.0000/kg x 45.0 kg" in shown.out and "1530.00" in shown.out
    assert "total  1849.40 CNY" in shown.out
    document = cli("--json", *QUOTE).json()["quote"]["priced"]
    assert document["total"] == {"amount": "1849.40", "currency": "CNY"}


def test_quote_in_the_customers_currency_needs_a_rate(cli: Cli) -> None:
    missing = cli(*QUOTE, "--customer", "NOBODY")
    assert missing.code == 3 and missing.err.startswith("error: customer: no customer NOBODY")
    assert cli("fx", "add", "CNY", "EUR", "0.128", "--date", "2026-12-01").code == 0
    rates = cli("--json", "fx", "list").json()["rates"]
    assert rates == [{"base": "CNY", "quote": "EUR", "rate": "0.128000", "valid_on": "2026-12-01"}]
    bad = cli("fx", "add", "CNY", "EUR", "-1", "--date", "2026-12-01")
    assert bad.code == 2 and bad.err.startswith("error: rate:")


def test_a_rate_sheet_with_bad_rows_imports_nothing_unless_asked(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "rates.csv"
    sheet.write_text(
        "origin,destination,currency,valid_from,M,N,Q45\n"
        "CGO,FRA,CNY,2027-01-01,330,46.00,35.00\n"
        "CGO,XX1,CNY,2027-01-01,330,46.00,35.00\n",
        encoding="utf-8",
    )
    before = len(cli("--json", "tariffs", "list").json()["tariffs"])
    refused = cli("tariffs", "import", str(sheet))
    assert refused.code == 2
    assert "3  destination  expected an IATA airport code" in refused.out
    assert len(cli("--json", "tariffs", "list").json()["tariffs"]) == before
    taken = cli("--json", "tariffs", "import", str(sheet), "--valid-rows-only").json()
    assert taken["import"]["imported"] == 1
    assert len(cli("--json", "tariffs", "list").json()["tariffs"]) == before + 1


def test_tariffs_export_to_the_import_template(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "tariffs.xlsx"
    exported = cli("--json", "tariffs", "export", str(target)).json()
    assert exported["exported"] == 21
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert rows[0][:7] == [
        "origin",
        "destination",
        "carrier",
        "currency",
        "valid_from",
        "valid_to",
        "M",
    ]
    assert len(rows) == 22
    again = cli("tariffs", "import", str(target))
    assert again.code == 0 and "imported 21 tariffs" in again.out


def test_charge_rules_and_agreements(cli: Cli) -> None:
    added = cli(
        "charges",
        "add",
        "--code",
        "MY",
        "--due",
        "C",
        "--basis",
        "per_kg_chargeable",
        "--rate",
        "4.80",
        "--currency",
        "CNY",
        "--from",
        "2027-01-01",
        "--to",
        "2027-01-31",
        "--description",
        "Fuel January",
    )
    assert added.code == 0, added.err
    rules = cli("--json", "charges", "list").json()["charge_rules"]
    assert [r["rule"]["valid_from"] for r in rules if r["rule"]["code"] == "MY"][-1] == (
        "2027-01-01"
    )
    bad = cli(
        "charges",
        "add",
        "--code",
        "MYX",
        "--due",
        "C",
        "--basis",
        "per_awb",
        "--rate",
        "1",
        "--currency",
        "CNY",
        "--from",
        "2027-01-01",
        "--description",
        "x",
    )
    assert bad.code == 2 and bad.err.startswith("error: code:")
    assert cli("agreement", "SH-CGO-002", "--discount", "5", "--bubble", "50").code == 0
    wrong = cli("agreement", "SH-CGO-002", "--discount", "150")
    assert wrong.code == 2 and wrong.err.startswith("error: discount_pct:")
