"""Flight manifests on a real database: the confirmed-only rule, the service, and
`freightdesk manifest FLIGHT --out FILE` end to end with its refusals (issue 4)."""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.db.models import Flight
from core.services.booking import book, cancel
from core.services.database import OpenedDatabase
from core.services.manifests import flight_manifest, write_flight_manifest
from core.services.seller import set_seller
from core.services.views import BookingView, FlightView
from tests.integration.booking_helpers import future_flights, request
from tests.integration.cli_helpers import Cli

AWB = re.compile(r"\d{3}-\d{8}")


def lux_flight(db: OpenedDatabase) -> FlightView:
    return future_flights(db, "CGO", "LUX")[0]


def booked(db: OpenedDatabase, flight: FlightView, space: str, goods: str) -> BookingView:
    wanted = request(flight, consignee="CN-LUX-001", space_status=space, goods_description=goods)
    return book(db.uow(), wanted).value


@dataclass(frozen=True)
class Flight6:
    flight: FlightView
    manifested: list[BookingView]
    left_off: list[BookingView]


@pytest.fixture
def loaded(db: OpenedDatabase) -> Flight6:
    """A CGO-LUX flight with two confirmed bookings and four that must not be manifested."""
    flight = lux_flight(db)
    confirmed = [
        booked(db, flight, "confirmed", "蓝牙耳机 带锂电池"),
        booked(db, flight, "confirmed", "TPU phone cases 手机壳"),
    ]
    others = [
        booked(db, flight, space, f"men's cotton T-shirts ({space})")
        for space in ("requested", "waitlisted", "refused")
    ]
    withdrawn = booked(db, flight, "confirmed", "yoga mats")
    cancel(db.uow(), booking=withdrawn.awb_number, reason="shipper withdrew")
    return Flight6(flight, confirmed, [*others, withdrawn])


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the PDFs (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> str:
    page = PdfReader(io.BytesIO(path.read_bytes())).pages[0]
    return unicodedata.normalize("NFC", page.extract_text(extraction_mode="layout"))


def test_only_booked_consignments_with_confirmed_space_are_manifested(
    db: OpenedDatabase, loaded: Flight6
) -> None:
    data = flight_manifest(db.uow.reading(), loaded.flight.id)
    numbers = sorted(b.awb_number for b in loaded.manifested)
    assert [row.awb_number for row in data.rows] == numbers
    first = next(r for r in data.rows if r.awb_number == loaded.manifested[0].awb_number)
    assert (first.pieces, first.gross_weight_kg, first.chargeable_weight_kg) == (
        3,
        loaded.manifested[0].gross_weight_kg,
        loaded.manifested[0].chargeable_weight_kg,
    )
    assert first.volume_m3 == loaded.manifested[0].volume_m3
    assert (first.shc, first.destination, first.kind) == (("ECM",), "LUX", "master")
    assert data.operator == "Cargolux" and data.flight_number == loaded.flight.flight_number
    assert (data.loading.code, data.unloading.code) == ("CGO", "LUX")
    assert data.registration is None and data.forwarder is None


def test_the_pdf_lists_the_confirmed_awbs_and_says_why_the_others_are_absent(
    db: OpenedDatabase, loaded: Flight6, tmp_path: Path
) -> None:
    set_seller(db.uow(), name="郑州航空港货运代理有限公司")
    report = write_flight_manifest(db.uow.reading(), loaded.flight.id, tmp_path / "m.pdf")
    text = pdf_text(report.path)
    assert AWB.findall(text) == sorted(b.awb_number for b in loaded.manifested)
    words = " ".join(text.split())
    assert "蓝牙耳机 带锂电池" in words and "郑州航空港货运代理有限公司" in words
    assert "Only bookings with space confirmed by the carrier are manifested" in words
    assert "2 AWBs 票" in words and "Page 1 of 1" in words
    assert (report.pages, report.awbs) == (1, 2)
    assert report.sha256 == hashlib.sha256(report.path.read_bytes()).hexdigest()


def test_a_flight_by_id_or_by_number_and_date_gives_the_same_manifest(
    db: OpenedDatabase, loaded: Flight6
) -> None:
    flight = loaded.flight
    key = f"{flight.flight_number.lower()}/{flight.departure_date.isoformat()}"
    by_key = flight_manifest(db.uow.reading(), key)
    assert by_key == flight_manifest(db.uow.reading(), str(flight.id))
    assert by_key.flight_date == flight.departure_date


def test_the_registration_prints_when_known(
    db: OpenedDatabase, loaded: Flight6, tmp_path: Path
) -> None:
    with db.uow() as uow:
        uow.session.get_one(Flight, loaded.flight.id).registration = "LX-VCF"
        uow.commit()
    report = write_flight_manifest(db.uow.reading(), loaded.flight.id, tmp_path)
    assert (
        report.path.name == f"manifest-{loaded.flight.flight_number}-"
        f"{loaded.flight.departure_date.isoformat()}.pdf"
    )
    assert "LX-VCF" in pdf_text(report.path)


def test_manifest_command_writes_the_pdf_and_reports_it(
    cli: Cli, loaded: Flight6, tmp_path: Path
) -> None:
    target = tmp_path / "CV.pdf"
    flight = loaded.flight
    key = f"{flight.flight_number}/{flight.departure_date.isoformat()}"
    done = cli("--json", "manifest", key, "--out", str(target))
    assert done.code == 0, done.err
    report = done.json()["manifest"]
    assert report == {
        "path": str(target),
        "pages": 1,
        "awbs": 2,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
    }
    again = cli("manifest", str(flight.id), "--out", str(target))
    assert again.code == 0 and again.err == ""
    assert again.out == f"wrote {target}: 2 AWBs on 1 page, SHA-256 {report['sha256']}\n"


def test_manifest_help_has_examples(cli: Cli) -> None:
    shown = cli("manifest", "--help")
    assert shown.code == 0 and "examples:\n  freightdesk manifest" in shown.out


@pytest.mark.parametrize(
    ("flight", "code", "message"),
    [
        ("999999", 3, "error: flight: no flight 999999"),
        ("CV9734/2031-01-01", 3, "error: flight: no flight CV9734/2031-01-01"),
        (
            "CV9734",
            2,
            "error: flight: expected a flight id or NUMBER/DATE such as "
            "CV9734/2026-12-02, not 'CV9734'",
        ),
        ("CV9734/2026-13-45", 2, "error: flight: expected a date like 2026-12-01"),
    ],
)
def test_an_unknown_or_malformed_flight_is_one_error_line_and_writes_nothing(
    cli: Cli, out_dir: Path, flight: str, code: int, message: str
) -> None:
    target = out_dir / "m.pdf"
    refused = cli("manifest", flight, "--out", str(target))
    assert (refused.code, refused.out) == (code, "")
    assert refused.err.startswith(message) and refused.err.count("\n") == 1
    assert list(out_dir.iterdir()) == []
    as_json = cli("--json", "manifest", flight, "--out", str(target))
    assert as_json.code == code and as_json.json()["error"]["field"] == "flight"


def test_an_unwritable_out_path_is_refused_and_nothing_is_written(
    cli: Cli, loaded: Flight6, out_dir: Path
) -> None:
    flight = str(loaded.flight.id)
    missing = cli("manifest", flight, "--out", str(out_dir / "no" / "such" / "m.pdf"))
    assert (missing.code, missing.out) == (2, "")
    assert (
        missing.err == f"error: out: cannot write {out_dir / 'no/such/m.pdf'}: "
        f"folder {out_dir / 'no/such'} does not exist\n"
    )
    a_file = out_dir / "notes.txt"
    a_file.write_text("not a folder")
    under_file = cli("manifest", flight, "--out", str(a_file / "m.pdf"))
    assert under_file.code == 2 and under_file.err.startswith("error: out: cannot write")
    assert sorted(p.name for p in out_dir.iterdir()) == ["notes.txt"]


def test_a_write_that_fails_at_the_last_step_leaves_no_partial_file(
    cli: Cli, loaded: Flight6, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    target = out_dir / "m.pdf"
    failed = cli("manifest", str(loaded.flight.id), "--out", str(target))
    assert (failed.code, failed.out) == (2, "")
    assert failed.err == f"error: out: cannot write {target}: No space left on device\n"
    assert list(out_dir.iterdir()) == []  # neither the PDF nor its temporary file
