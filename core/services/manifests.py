"""Flight cargo manifests: what a flight carries for this forwarder, printed as a PDF.

DOMAIN, "Space": only confirmed space may be manifested. A consignment is on the manifest
when it is booked (not cancelled) on the flight with its space confirmed by the airline;
requested, waitlisted and refused space is left off, and the header says so.

The rows are read with one SQL statement (consignment joined to its AWB, filtered on the
flight through the flight/status/space index) into plain tuples: no ORM object per row,
so a 20,000-AWB e-commerce flight loads in a fraction of its render time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from core.db.models import Airport, Awb, Consignment, Flight
from core.documents.manifest import ManifestData, ManifestPoint, ManifestRow, build_manifest
from core.documents.pdf_io import safe_filename
from core.domain.clock import parse_date
from core.domain.measures import cm3_to_m3, g_to_kg
from core.domain.text import flight_number
from core.errors import InvalidState, NotFound, ValidationError
from core.files import write_atomic
from core.services.seller import load_seller
from core.services.uow import UnitOfWork

__all__ = [
    "MANIFESTED_SPACE",
    "ManifestReport",
    "flight_manifest",
    "flight_manifest_pdf",
    "write_flight_manifest",
]

# DOMAIN, Space: only confirmed space may be manifested.
MANIFESTED_SPACE = "confirmed"
_KEY_HELP = "a flight id or NUMBER/DATE such as CV9734/2026-12-02"


@dataclass(frozen=True)
class ManifestReport:
    path: Path
    pages: int
    awbs: int
    sha256: str


def flight_manifest(
    uow: UnitOfWork, flight: str | int, *, with_houses: bool = False
) -> ManifestData:
    """The manifest of ``flight`` (an id, or "CV9734/2026-12-02") as plain data;
    ``with_houses`` lists each consolidation's houses under its master."""
    with uow:
        found = _find_flight(uow.session, flight)
        return _manifest_data(uow, found, with_houses=with_houses)


def flight_manifest_pdf(uow: UnitOfWork, flight: str | int, *, with_houses: bool = False) -> bytes:
    """The manifest rendered as PDF bytes, for a preview that prints or saves it itself."""
    return build_manifest(flight_manifest(uow, flight, with_houses=with_houses)).pdf


def write_flight_manifest(
    uow: UnitOfWork, flight: str | int, out: Path, *, with_houses: bool = False
) -> ManifestReport:
    """Render the manifest and write it atomically to ``out`` (a file, or a folder for a
    name made from the flight). A failed write leaves no partial file behind."""
    target = checked_folder(out)  # before the render: a typo costs no 5-second wait
    data = flight_manifest(uow, flight, with_houses=with_houses)
    if target.is_dir():
        name = safe_filename(f"manifest-{data.flight_number}-{data.flight_date.isoformat()}")
        target = target / f"{name}.pdf"
    rendered = build_manifest(data)
    try:
        write_atomic(target, rendered.pdf)
    except OSError as exc:
        raise unwritable(target, exc) from exc
    digest = hashlib.sha256(rendered.pdf).hexdigest()
    return ManifestReport(target, rendered.pages, rendered.totals.awbs, digest)


def checked_folder(out: Path) -> Path:
    """``out`` when it is a folder or a file in an existing folder (the house manifest
    uses it too)."""
    target = out.expanduser()
    if not target.is_dir() and not target.parent.is_dir():
        raise ValidationError(
            "out",
            "file.no_folder",
            f"out: cannot write {target}: folder {target.parent} does not exist",
            path=str(target),
            folder=str(target.parent),
        )
    return target


def unwritable(target: Path, exc: OSError) -> ValidationError:
    reason = exc.strerror or type(exc).__name__
    return ValidationError(
        "out",
        "file.unwritable",
        f"out: cannot write {target}: {reason}",
        path=str(target),
        reason=reason,
    )


_BY_ID = select(Flight).where(Flight.id == bindparam("flight_id"))
_BY_NUMBER = select(Flight).where(
    Flight.flight_number == bindparam("number"), Flight.departure_date == bindparam("day")
)


def _find_flight(session: Session, key: str | int) -> Flight:
    if isinstance(key, int) or str(key).strip().isdecimal():
        flight = session.scalar(_BY_ID, {"flight_id": int(key)})
        shown = str(key).strip()
    else:
        number, day = _number_and_date(str(key))
        flight = session.scalar(_BY_NUMBER, {"number": number, "day": day})
        shown = f"{number}/{day.isoformat()}"
    if flight is None:
        raise NotFound("flight", shown, field="flight")
    if flight.status == "cancelled":
        raise InvalidState(
            "flight.cancelled",
            f"flight {shown} is cancelled by the airline: there is nothing to manifest",
            field="flight",
            flight=shown,
        )
    return flight


def _number_and_date(key: str) -> tuple[str, date]:
    number, sep, day = key.strip().partition("/")
    if not sep or not number.strip() or not day.strip():
        raise ValidationError(
            "flight", "flight.key", f"flight: expected {_KEY_HELP}, not {key!r}", value=key
        )
    return flight_number(number, "flight"), parse_date(day, "flight")


def _manifest_data(uow: UnitOfWork, flight: Flight, *, with_houses: bool) -> ManifestData:
    session = uow.session
    rows = _rows(session, flight.id)
    if with_houses:
        from core.services.house_manifests import with_houses as add_houses

        rows = add_houses(session, rows)
    return ManifestData(
        operator=flight.carrier.name,
        flight_number=flight.flight_number,
        flight_date=flight.departure_date,
        loading=_point(session, flight.origin),
        unloading=_point(session, flight.destination),
        registration=flight.registration,
        forwarder=load_seller(uow).name,
        rows=rows,
        aircraft_type=flight.aircraft_type,
    )


def _point(session: Session, code: str) -> ManifestPoint:
    airport = session.get_one(Airport, code)
    return ManifestPoint(airport.iata, airport.name)


_ROWS = (
    select(
        Awb.number,
        Consignment.pieces,
        Consignment.gross_weight_g,
        Consignment.chargeable_weight_g,
        Consignment.volume_cm3,
        Consignment.goods_description,
        Consignment.shc,
        Consignment.destination,
    )
    .join(Awb, Awb.id == Consignment.awb_id)
    .where(
        Consignment.flight_id == bindparam("flight_id"),
        Consignment.status == "booked",
        Consignment.space_status == MANIFESTED_SPACE,
    )
    .order_by(Awb.number)
)


def _rows(session: Session, flight_id: int) -> list[ManifestRow]:
    result = session.connection().execute(_ROWS, {"flight_id": flight_id})
    return [
        ManifestRow(
            awb_number=number,
            pieces=pieces,
            gross_weight_kg=g_to_kg(gross_g),
            chargeable_weight_kg=g_to_kg(chargeable_g),
            volume_m3=cm3_to_m3(volume_cm3),
            nature_of_goods=goods,
            shc=tuple(shc.split()),
            destination=destination,
        )
        for number, pieces, gross_g, chargeable_g, volume_cm3, goods, shc, destination in result
    ]
