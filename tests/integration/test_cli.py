"""The `freightdesk` command line, run in-process on a copy of the seeded template database."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from core.cli import main
from core.cli.output import Column, display_width, table, truncate
from tests.integration.cli_helpers import Cli

LUX_SHIPMENT = {
    "--shipper": "SH-CGO-001",
    "--consignee": "CN-LUX-001",
    "--pieces": "3",
    "--weight": "36.9",
    "--dims": "60x40x35x3",
    "--goods": "Bluetooth earphones",
    "--hs": "851830",
    "--shc": "ECM",
}


def upcoming(cli: Cli, origin: str = "CGO", destination: str = "LUX") -> list[dict[str, Any]]:
    start = (date.today() + timedelta(days=2)).isoformat()
    found = cli(
        "--json", "flights", "--origin", origin, "--destination", destination, "--from", start
    )
    flights: list[dict[str, Any]] = found.json()["flights"]
    assert len(flights) >= 2
    return flights


def book_argv(target: int, /, **options: str | None) -> list[str]:
    """`book` for a LUX consignment on flight id ``target``; options map "lithium_pi" to
    --lithium-pi, and None drops an option."""
    values: dict[str, str | None] = {**LUX_SHIPMENT, "--flight-id": str(target)}
    values.update({"--" + k.replace("_", "-"): v for k, v in options.items()})
    return ["book", *(part for k, v in values.items() if v is not None for part in (k, v))]


def booked(cli: Cli, flight_id: int, **options: str | None) -> dict[str, Any]:
    result = cli("--json", *book_argv(flight_id, **options))
    assert result.code == 0, result.err
    booking: dict[str, Any] = result.json()["booking"]
    return booking


def flight_by_id(cli: Cli, flight: dict[str, Any]) -> dict[str, Any]:
    day = flight["departure_date"]
    listed = cli("--json", "flights", "--from", day, "--to", day, "--limit", "1000").json()
    return next(f for f in listed["flights"] if f["id"] == flight["id"])


# --- help and the table formatter -------------------------------------------------------

COMMANDS = [
    ["init"],
    ["routes"],
    ["flights"],
    ["customers", "add"],
    ["customers", "list"],
    ["customers", "show"],
    ["awb", "check"],
    ["awb", "stock", "add"],
    ["awb", "stock", "list"],
    ["awb", "stock", "void"],
    ["book"],
    ["show"],
    ["search"],
    ["cancel"],
    ["rebook"],
    ["space"],
    ["status"],
]


def test_help_lists_every_command(cli: Cli) -> None:
    result = cli("--help")
    assert result.code == 0
    for command in {c[0] for c in COMMANDS}:
        assert f"\n    {command} " in result.out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_examples(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    assert "examples:\n  freightdesk " + command[0] in result.out


def test_usage_errors_exit_2_before_any_work(cli: Cli) -> None:
    assert cli().code == 2
    assert cli("fly").code == 2
    assert cli("flights", "--limit", "0").code == 2
    assert cli("book", "--shipper", "SH-CGO-001").code == 2


def test_table_measures_chinese_characters_as_two_columns() -> None:
    assert display_width("郑州 CGO") == 8
    assert truncate("郑州豫通跨境电子商务有限公司", 9) == "郑州豫通…"
    text = table([Column("NAME"), Column("KG", "right")], [["郑州豫通", "1.5"], ["Acme", "12.0"]])
    header, first, second = text.splitlines()
    assert display_width(first) == display_width(second) == display_width("郑州豫通  12.0")
    assert header.endswith("  KG")


# --- a database from nothing: init, demo data, AWB stock ----------------------------------


def test_init_then_demo_on_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new" / "freightdesk.sqlite"

    def run(*argv: str) -> dict[str, Any]:
        code = main(["--db", str(target), "--json", *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        document: dict[str, Any] = json.loads(out)
        return document

    first = run("init")
    assert first["migration"]["from_revision"] is None
    assert first["migration"]["to_revision"] and first["migration"]["upgraded"]
    assert first["seeded"] and first["flights_created"] > 100
    assert first["demo_bookings_added"] is None
    demo = run("init", "--demo")
    assert (demo["seeded"], demo["flights_created"]) == (False, 0)
    # 40 small bookings, and the consolidations loading the next two weeks' flights.
    assert demo["demo_bookings_added"] > 100
    assert demo["demo_history_added"] > 1000  # flown and delivered, for the dashboard
    assert demo["demo_seller_set"] and 15 <= demo["demo_invoices_added"] <= 60
    again = run("init", "--demo")
    assert demo["demo_houses_added"] == 240  # two consolidations of 120 houses
    assert run("consol", "list")["consolidations"][0]["houses"] == 120
    assert again["demo_bookings_added"] == again["demo_history_added"] == 0
    assert (again["demo_invoices_added"], again["demo_seller_set"]) == (0, False)
    assert again["demo_houses_added"] == 0
    rows = run("search", "--status", "BKD", "--limit", "1000")["bookings"]  # the live ones
    assert len(rows) == demo["demo_bookings_added"] + 2  # and the two masters
    assert {r["space_status"] for r in rows} >= {"confirmed", "requested"}
    assert len({(r["origin"], r["destination"]) for r in rows}) >= 15
    ranges = run("awb", "stock", "list")["ranges"]
    # The demo's live stock, and the used-up ranges its history drew from.
    assert all(r["first_number"][4:11] == "5000000" or r["remaining"] == 0 for r in ranges)
    details = [run("show", r["booking_ref"])["booking"] for r in rows[:12]]
    lithium = [d for d in details if d["lithium"]]
    assert lithium and all("ELI" in d["shc"] for d in lithium)
    assert all(d["shipper"]["country"] == "CN" for d in details)
    days = [(date.today() + timedelta(days=n)).isoformat() for n in (1, 5)]
    flights = run("flights", "--from", days[0], "--to", days[1], "--limit", "100")["flights"]
    left = [
        min(
            Decimal(f["remaining_weight_kg"]) / Decimal(f["allotment_weight_kg"]),
            Decimal(f["remaining_volume_m3"]) / Decimal(f["allotment_volume_m3"]),
        )
        for f in flights
    ]
    assert sum(share < Decimal("0.1") for share in left) >= 2  # the board marks them
    invoices = run("invoice", "list")["invoices"]
    assert {i["state"] for i in invoices if i["kind"] == "invoice"} >= {
        "paid",
        "partly_paid",
        "issued",
    }
    assert sum(i["kind"] == "credit_note" for i in invoices) == 1
    assert run("seller", "show")["seller"]["uscc"] == "91410100MA9KQ3TX54"


def test_low_stock_warns_and_empty_stock_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database without stock (not the template): 3 numbers, a warning at 5 or fewer."""
    target = str(tmp_path / "fresh.sqlite")
    stock = ["awb", "stock", "add", "--carrier", "CV", "--first", "5000000", "--last", "5000002"]
    assert main(["--db", target, *stock, "--low", "5"]) == 0
    capsys.readouterr()
    flight = _first_upcoming_lux(target, capsys)
    for left in (2, 1, 0):
        assert main(["--db", target, *book_argv(flight)]) == 0
        assert capsys.readouterr().err == f"warning: only {left} AWB numbers left for CV (172)\n"
    assert main(["--db", target, *book_argv(flight)]) == 5
    assert capsys.readouterr().err.startswith("error: carrier: no AWB stock left for CV (172)")


def _first_upcoming_lux(target: str, capsys: pytest.CaptureFixture[str]) -> int:
    start = (date.today() + timedelta(days=2)).isoformat()
    main(["--db", target, "--json", "flights", "--destination", "LUX", "--from", start])
    flight_id: int = json.loads(capsys.readouterr().out)["flights"][0]["id"]
    return flight_id


# --- reference data ------------------------------------------------------------------------


def test_routes_and_flights(cli: Cli) -> None:
    routes = cli("routes")
    assert routes.code == 0 and "CV9734  CGO-LUX  1.3.5.." in routes.out
    assert any(r["flight_number"] == "CZ469" for r in cli("--json", "routes").json()["routes"])
    text = cli("flights", "--origin", "CGO", "--destination", "LUX", "--limit", "3")
    header, *rows = text.out.splitlines()
    assert "BOOKED KG" in header and "LEFT M3" in header and len(rows) == 3
    assert all("+08:00" in row and "CV9734" in row for row in rows)
    found = cli("flights", "--carrier", "CV", "--to", "2099-01-01", "--json", "--limit", "500")
    flights = found.json()["flights"]
    assert flights and {f["carrier"] for f in flights} == {"CV"}
    assert all(f["remaining_weight_kg"] == f["allotment_weight_kg"] for f in flights)


def test_customers_add_list_show(cli: Cli) -> None:
    added = cli(
        "--json", "customers", "add", "--account", "sh-cgo-077",
        "--name", "郑州示例电子商务有限公司",
        "--address", "航空港区新港大道1号", "--city", "Zhengzhou", "--country", "cn",
        "--phone", "+86 371 1234 5678", "--uscc", "91410100MA2Y29N116",
    )  # fmt: skip
    assert added.code == 0, added.err
    customer = added.json()["customer"]
    assert (customer["account_number"], customer["country"]) == ("SH-CGO-077", "CN")
    assert cli("customers", "show", "SH-CGO-077").out.startswith("account  SH-CGO-077\n")
    listed = cli("customers", "list", "--search", "郑州")
    header, *rows = listed.out.splitlines()
    assert len(rows) == 4
    city_column = header.index("CITY")
    assert all(display_width(r[: r.index("Zhengzhou")]) == city_column for r in rows)
    again = cli("customers", "add", "--account", "SH-CGO-077", "--name", "X", "--address", "Y")
    assert again.code == 2  # argparse: --city and --country missing
    dup = cli("customers", "add", "--account", "SH-CGO-077", "--name", "X", "--address", "Y",
              "--city", "Z", "--country", "CN")  # fmt: skip
    assert (dup.code, dup.err) == (
        7,
        "error: account_number: SH-CGO-077 is already used by another customer\n",
    )
    assert cli("customers", "show", "NOPE-1").code == 3


# --- AWB numbers and stock -----------------------------------------------------------------


def test_awb_check_needs_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "none.sqlite"
    assert main(["--db", str(target), "awb", "check", "172-12345675"]) == 0
    assert capsys.readouterr().out == "valid: 172-12345675 (Cargolux, CV)\n"
    assert main(["--db", str(target), "awb", "check", "123", "1234", "5675"]) == 0
    assert "prefix 123 is not in the carrier table" in capsys.readouterr().out
    assert main(["--db", str(target), "--json", "awb", "check", "02081140743"]) == 0
    checked = json.loads(capsys.readouterr().out)
    assert checked["valid"] and checked["carrier"]["name"] == "Lufthansa Cargo"
    assert checked["check_digit"] == 3
    assert not target.exists()


def test_awb_stock_add_list_void(cli: Cli) -> None:
    added = cli("--json", "awb", "stock", "add", "--carrier", "QR", "--first", "5000000",
                "--last", "5009999", "--low", "25", "--note", "received 2026-11")  # fmt: skip
    assert added.code == 0
    stock = added.json()["range"]
    assert (stock["first_number"], stock["remaining"], stock["low_stock_threshold"]) == (
        "157-50000005",
        10000,
        25,
    )
    listing = cli("awb", "stock", "list")
    assert "QR       157-50000005  157-50099991  157-50000005  10000       25" in listing.out
    voided = cli("--json", "awb", "stock", "void", "157-50000016", "--reason", "printer jam")
    assert voided.json()["awb"] == {
        "number": "157-50000016",
        "state": "voided",
        "void_reason": "printer jam",
        "booking_ref": None,
    }
    again = cli("awb", "stock", "void", "157-50000016", "--reason", "again")
    assert (again.code, again.err) == (6, "error: awb_number: 157-50000016 is already voided\n")
    overlap = cli(
        "awb", "stock", "add", "--carrier", "157", "--first", "5009999", "--last", "5010000"
    )
    assert overlap.code == 7 and overlap.err.startswith(
        "error: first: serials 5009999-5010000 overlap"
    )


# --- booking and after ---------------------------------------------------------------------


def test_book_by_number_and_date_prints_what_the_clerk_needs(cli: Cli) -> None:
    flight = upcoming(cli)[0]
    argv = book_argv(0, flight_id=None, flight="CV9734", date=flight["departure_date"])
    argv += ["--lithium-pi", "PI967", "--lithium-wh", "0.3", "--declared-value", "1530.00"]
    result = cli(*argv, "--currency", "CNY", "--space", "confirmed")
    assert result.code == 0, result.err
    lines = dict(line.split(maxsplit=1) for line in result.out.splitlines()[1:3])
    assert lines["booking"].startswith("CGO1-B") and len(lines["AWB"]) == 12
    assert "chargeable      42.000 kg" in result.out and "volume          0.252 m3" in result.out
    left = Decimal(flight["remaining_weight_kg"]) - Decimal("36.9")
    assert f"left on flight  {left} kg, 128.448 m3" in result.out
    shown = cli("--json", "show", lines["AWB"]).json()["booking"]
    assert shown["shc"] == ["ECM", "ELI"] and shown["declared_value"] == "1530.00 CNY"
    assert shown["lithium"]["statement"].endswith("SECTION II OF PI967")
    text = cli("show", lines["booking"]).out
    assert "60    40    35       3" in text and "BKD   CGO      " in text and "+08:00" in text


def test_a_retried_request_id_books_once(cli: Cli) -> None:
    flight_id = upcoming(cli)[0]["id"]
    first = booked(cli, flight_id, request_id="web-42")
    again = cli("--json", *book_argv(flight_id, request_id="web-42"))
    assert again.code == 0 and again.json()["replayed"] is True
    assert again.json()["booking"]["awb_number"] == first["awb_number"]
    assert cli("--json", "search", "--awb", first["awb_number"]).json()["count"] == 1
    retried = cli(*book_argv(flight_id, request_id="web-42")).out
    assert retried.lower().startswith("already booked under request id web-42: nothing changed")


def test_cancel_voids_the_awb_and_releases_the_space(cli: Cli) -> None:
    flight = upcoming(cli)[0]
    booking = booked(cli, flight["id"])
    assert flight_by_id(cli, flight)["bookings"] == 1
    stock_before = cli("--json", "awb", "stock", "list").json()
    result = cli("cancel", booking["awb_number"], "--reason", "shipper postponed")
    assert result.code == 0 and f"AWB {booking['awb_number']} voided" in result.out
    after = flight_by_id(cli, flight)
    assert after["remaining_weight_kg"] == flight["remaining_weight_kg"]
    assert after["remaining_volume_m3"] == flight["remaining_volume_m3"]
    shown = cli("--json", "show", booking["booking_ref"]).json()["booking"]
    assert (shown["status"], shown["cancel_reason"]) == ("cancelled", "shipper postponed")
    awb = cli("--json", "awb", "show", booking["awb_number"]).json()["awb"]
    assert (awb["state"], awb["booking_ref"]) == ("voided", booking["booking_ref"])
    assert "shipper postponed" in awb["void_reason"]
    assert "State" in cli("awb", "show", booking["awb_number"]).out
    void = cli("awb", "stock", "void", booking["awb_number"], "--reason", "x")
    assert (void.code, void.err) == (
        6,
        f"error: awb_number: {booking['awb_number']} is already voided\n",
    )
    assert cli("--json", "awb", "stock", "list").json() == stock_before  # never handed back
    assert booked(cli, flight["id"])["awb_number"] != booking["awb_number"]
    assert cli("cancel", booking["booking_ref"], "--reason", "again").code == 6
    cancelled = cli("--json", "search", "--status", "cancelled").json()["bookings"]
    assert [r["booking_ref"] for r in cancelled] == [booking["booking_ref"]]


def test_rebook_moves_the_space_to_another_flight_of_the_lane(cli: Cli) -> None:
    first, second = upcoming(cli)[:2]
    booking = booked(cli, first["id"])
    moved = cli("--json", "rebook", booking["booking_ref"], "--flight", "cv9734",
                "--date", second["departure_date"])  # fmt: skip
    assert moved.code == 0, moved.err
    assert moved.json()["booking"]["flight"]["id"] == second["id"]
    assert flight_by_id(cli, first)["remaining_weight_kg"] == first["remaining_weight_kg"]
    assert flight_by_id(cli, second)["bookings"] == 1
    other_lane = upcoming(cli, "CGO", "FRA")[0]["id"]
    refused = cli("rebook", booking["booking_ref"], "--flight-id", str(other_lane))
    assert refused.code == 2 and refused.err.startswith("error: destination: flight LH8407")


def test_space_and_milestones(cli: Cli) -> None:
    flight = upcoming(cli)[0]
    ref = booked(cli, flight["id"])["booking_ref"]
    refused = cli("--json", "space", ref, "refused").json()["booking"]
    assert refused["flight"]["remaining_weight_kg"] == flight["remaining_weight_kg"]
    manifest = cli("status", ref, "MAN")
    assert (manifest.code, manifest.err) == (
        6,
        "error: code: MAN needs space confirmed by the airline (space is refused)\n",
    )
    assert cli("space", ref, "confirmed").code == 0
    at = datetime.now(ZoneInfo("Asia/Shanghai"))
    received = cli("status", ref, "rcs", "--at", f"{at:%Y-%m-%dT%H:%M}", "--note", "12 cartons")
    assert received.code == 0, received.err
    assert received.out.startswith(f"RCS at CGO {at:%Y-%m-%d %H:%M} +08:00\n")
    assert cli("status", ref, "MAN").code == 0
    back = cli("status", ref, "RCS")
    assert (back.code, back.err) == (6, "error: code: RCS cannot follow MAN\n")
    assert cli("status", ref, "XYZ").code == 2
    shown = cli("show", ref).out
    assert f"RCS   CGO      {at:%Y-%m-%d %H:%M} +08:00  12 cartons" in shown
    assert cli("--json", "search", "--status", "MAN").json()["count"] == 1


def test_search_filters_and_pages(cli: Cli) -> None:
    flights = upcoming(cli)
    refs = [booked(cli, f["id"])["booking_ref"] for f in flights[:3]]
    booked(cli, upcoming(cli, "CGO", "FRA")[0]["id"], consignee="CN-FRA-001", shipper="SH-CGO-005")
    assert cli("--json", "search", "--destination", "lux").json()["count"] == 3
    by_name = cli("--json", "search", "--customer", "许昌").json()["bookings"]
    assert [r["destination"] for r in by_name] == ["FRA"]
    page = cli("--json", "search", "--destination", "LUX", "--limit", "2", "--offset", "1")
    assert [r["booking_ref"] for r in page.json()["bookings"]] == refs[1::-1]
    day = flights[2]["departure_date"]
    on_day = cli("--json", "search", "--from", day, "--to", day, "--destination", "LUX")
    assert [r["booking_ref"] for r in on_day.json()["bookings"]] == [refs[2]]
    text = cli("search", "--destination", "LUX").out.splitlines()
    assert text[0].startswith("AWB           BOOKING       SHIPPER") and len(text) == 4
    assert cli("search", "--awb", "999-9999").out == "no bookings match\n"


# --- errors and output discipline -----------------------------------------------------------


def test_json_errors_go_to_stdout_and_one_line_to_stderr(cli: Cli) -> None:
    flight_id = upcoming(cli)[0]["id"]
    result = cli("--json", *book_argv(flight_id, weight="0"))
    assert result.code == 2
    error = result.json()["error"]
    assert (error["kind"], error["field"], error["code"]) == (
        "validation",
        "gross_weight_kg",
        "weight.not_positive",
    )
    assert result.err == f"error: {error['message']}\n"
    after = cli(*book_argv(flight_id, weight="0"), "--json")  # --json after the command
    assert after.json()["error"] == error


def test_an_unexpected_failure_is_one_line_and_exit_70(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr("core.cli.reference.list_routes", broken)
    result = cli("routes")
    assert result.code == 70 and result.out == ""
    assert result.err.startswith("internal error: RuntimeError: disk on fire (")
    assert result.err.count("\n") == 1
    monkeypatch.setenv("FREIGHTDESK_DEBUG", "1")
    debug = cli("routes")
    assert debug.code == 70 and "Traceback (most recent call last)" in debug.err
    assert debug.err.endswith("internal error: RuntimeError: disk on fire\n")
