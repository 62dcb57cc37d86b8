"""Bad input through the command line: one clear line, its own exit status, nothing changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli_helpers import Cli
from tests.integration.test_cli import book_argv, booked, upcoming

Argv = Callable[[int], list[str]]


class FieldNotNamed(AssertionError):
    """The error line does not name the field at fault (a message bug, not a CLI one)."""


def customer(**changes: str) -> list[str]:
    values = {"account": "SH-CGO-099", "name": "Acme Trading", "address": "1 Road"}
    values |= {"city": "Zhengzhou", "country": "CN", **changes}
    return ["customers", "add", *(p for k, v in values.items() for p in (f"--{k}", v))]


CASES = [
    pytest.param(lambda f: book_argv(f, weight="0"), 2, "gross_weight_kg",
                 id="weight-zero"),
    pytest.param(lambda f: book_argv(f, weight="-5"), 2, "gross_weight_kg",
                 id="weight-negative"),
    pytest.param(lambda f: book_argv(f, weight="NaN"), 2, "gross_weight_kg",
                 id="weight-nan"),
    pytest.param(lambda f: book_argv(f, weight="inf"), 2, "gross_weight_kg",
                 id="weight-inf"),
    pytest.param(lambda f: book_argv(f, weight="1e9"), 2, "gross_weight_kg",
                 id="weight-1e9"),
    pytest.param(lambda f: book_argv(f, pieces="0"), 2, "pieces",
                 id="pieces-zero"),
    pytest.param(lambda f: book_argv(f, dims=None, volume="NaN"), 2, "volume_m3", id="volume-nan"),
    pytest.param(lambda f: book_argv(f, declared_value="10", currency="XYZ"), 2,
                 "declared_currency", id="currency-unknown"),
    pytest.param(lambda f: book_argv(f, origin="XXX"), 2, "origin", id="origin-unknown"),
    pytest.param(lambda f: book_argv(f, destination="FRA"), 2, "destination", id="other-lane"),
    pytest.param(lambda f: book_argv(999_999), 3, "flight", id="flight-id-unknown"),
    pytest.param(lambda f: book_argv(f, flight_id=None, flight="CV1", date="2026-12-02"), 3,
                 "flight", id="flight-number-unknown"),
    pytest.param(lambda f: book_argv(f, flight_id=None, flight="CV9734", date="2026-02-30"), 2,
                 "flight_date", id="date-impossible"),
    pytest.param(lambda f: book_argv(f, shipper="NOPE-1"), 3, "shipper", id="shipper-unknown"),
    pytest.param(lambda f: book_argv(f, lithium_pi="PI965", lithium_wh="150"), 2,
                 "lithium.packing_instruction", id="lithium-pi965"),
    pytest.param(lambda f: book_argv(f, lithium_pi="PI966", lithium_wh="150", lithium_soc="30"),
                 2, "lithium.battery_wh", id="lithium-pi966-150wh"),
    pytest.param(lambda f: book_argv(f, lithium_pi="PI966", lithium_wh="50"), 2,
                 "lithium.state_of_charge_pct", id="lithium-pi966-no-soc"),
    pytest.param(lambda f: book_argv(f, shc="ECM RLI"), 2, "shc", id="shc-fully-regulated"),
    pytest.param(lambda f: customer(name=""), 2, "name", id="name-empty"),
    pytest.param(lambda f: customer(name="A" * 71), 2, "name", id="name-too-long"),
    pytest.param(lambda f: customer(name="Acme\x1b[31m"), 2, "name", id="name-control-chars"),
    pytest.param(lambda f: customer(country="XX"), 2, "country", id="country-unknown"),
    pytest.param(lambda f: customer(account="SH-CGO-001"), 7, "account_number",
                 id="account-taken"),
    pytest.param(lambda f: ["awb", "check", "172-12345674"], 2, "awb_number", id="awb-check"),
    pytest.param(lambda f: ["awb", "stock", "void", "172-20000004", "--reason", "x"], 2,
                 "awb_number", id="void-check-digit"),
    pytest.param(lambda f: ["awb", "stock", "add", "--carrier", "CV", "--first", "5000010",
                            "--last", "5000001"], 2, "last", id="stock-reversed"),
    pytest.param(lambda f: ["awb", "stock", "add", "--carrier", "XQ", "--first", "5000000",
                            "--last", "5000001"], 3, "carrier", id="stock-carrier-unknown"),
]  # fmt: skip


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row, read with plain sqlite3: the code under test does not report on
    itself. Airports are left out (never written, and large)."""
    with closing(sqlite3.connect(path)) as conn:
        names = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] != "airport"
        ]
        return {
            name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in names
        }


@pytest.mark.parametrize(("argv", "status", "field"), CASES)
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    cli: Cli, db_path: Path, argv: Argv, status: int, field: str
) -> None:
    flight_id = upcoming(cli)[0]["id"]
    before = snapshot(db_path)
    result = cli("--json", *argv(flight_id))
    assert result.code == status
    error = result.json()["error"]
    assert error["field"] == field
    assert result.err == f"error: {error['message']}\n"
    assert snapshot(db_path) == before
    if field not in result.err and field.replace("_", " ") not in result.err:
        raise FieldNotNamed(result.err)


def test_a_full_flight_refuses_the_next_kilo(cli: Cli, db_path: Path) -> None:
    flight = upcoming(cli, "NNG", "KUL")[0]
    full = booked(cli, flight["id"], consignee="CN-KUL-001", weight=flight["allotment_weight_kg"],
                  dims=None, volume="1")  # fmt: skip
    assert full["flight"]["remaining_weight_kg"] == "0.000"
    before = snapshot(db_path)
    more = cli(
        *book_argv(flight["id"], consignee="CN-KUL-001", weight="1", dims=None, volume="0.01")
    )
    assert more.code == 4
    assert more.err == (
        f"error: flight CZ481 {flight['departure_date']} has 0.0 kg and 48.525 m3 left; "
        "this booking needs 1.0 kg and 0.010 m3\n"
    )
    assert snapshot(db_path) == before
    waitlisted = cli(*book_argv(flight["id"], consignee="CN-KUL-001", space="waitlisted"))
    assert waitlisted.code == 0  # waitlisted space does not count against the allotment
    ref = waitlisted.out.splitlines()[1].split()[1]
    assert cli("space", ref, "confirmed").code == 4
