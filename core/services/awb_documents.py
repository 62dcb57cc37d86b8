"""The air waybill and the piece labels of a booking: what they say, and their files.

The service reads the booking, the issuing agent (the forwarder, from the seller
settings), the carrier and the airports in one reading transaction and hands plain data to
the renderers of core.documents. A cancelled booking is refused: its AWB number was voided
(DOMAIN.md, "Air waybill numbers"). Files are written atomically (a temp file in the
target folder, then a rename), so a failed write leaves no partial file; the date printed
and stored in the metadata is the booking's, so a reprint is byte-identical.
"""

from __future__ import annotations

import datetime
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core.db.models import Airport, Carrier
from core.documents.awb_form import (
    DEFAULT_COPIES,
    AwbAirport,
    AwbCharge,
    AwbDimension,
    AwbDocument,
    AwbParty,
    AwbRating,
    render_awb,
)
from core.documents.labels import LabelDocument, render_labels
from core.domain.awb import parse_awb
from core.domain.clock import local_date
from core.domain.text import clean_text
from core.errors import InvalidState, ValidationError
from core.files import write_atomic
from core.services.booking_views import booking_view, find_booking
from core.services.seller import SellerView, load_seller
from core.services.settings import get_setting
from core.services.uow import UnitOfWork
from core.services.views import BookingView, ChargeView, CustomerView

__all__ = [
    "Report",
    "awb_data",
    "awb_document",
    "label_data",
    "labels_document",
    "write_awb",
    "write_labels",
]

FREIGHT = "FRT"  # the freight line of a booking's kept price
NO_VALUE_FOR_CARRIAGE = "NVD"
NO_CUSTOMS_VALUE = "NCV"
_COPY_LEN = 40
PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class Report:
    """A written document: where, how many pages, and the SHA-256 of its bytes."""

    path: str
    pages: int
    sha256: str


@dataclass(frozen=True)
class _Facts:
    """Everything both documents need, read in one transaction."""

    booking: BookingView
    agent: SellerView
    carrier_name: str
    departure: AwbAirport
    destination: AwbAirport
    booked_on: datetime.date  # the booking's local date at origin
    piece_digits: int  # setting label_piece_digits


def awb_document(uow: UnitOfWork, awb: str, *, copies: Sequence[str] = DEFAULT_COPIES) -> bytes:
    """The AWB's PDF: one page per original or copy, in the order given."""
    return render_awb(awb_data(uow, awb, copies=copies))


def write_awb(
    uow: UnitOfWork, awb: str, out: PathLike, *, copies: Sequence[str] = DEFAULT_COPIES
) -> Report:
    data = awb_data(uow, awb, copies=copies)
    return _write(out, render_awb(data), len(data.copies))


def labels_document(uow: UnitOfWork, awb: str) -> bytes:
    """One 100 x 150 mm label per piece."""
    return render_labels(label_data(uow, awb))


def write_labels(uow: UnitOfWork, awb: str, out: PathLike) -> Report:
    data = label_data(uow, awb)
    return _write(out, render_labels(data), data.pieces)


def awb_data(uow: UnitOfWork, awb: str, *, copies: Sequence[str]) -> AwbDocument:
    captions = _captions(copies)
    facts = _facts(uow, awb)
    b = facts.booking
    rating = _rating(b.charges)
    return AwbDocument(
        number=b.awb_number,
        carrier_name=facts.carrier_name,
        carrier_code=b.flight.carrier,
        shipper=_party(b.shipper),
        consignee=_party(b.consignee),
        agent=_agent(facts.agent),
        departure=facts.departure,
        destination=facts.destination,
        flight_number=b.flight.flight_number,
        flight_date=b.flight.departure_date,
        reference=b.booking_ref,
        payment=b.payment,
        currency=b.charges[0].currency if b.charges else _declared_currency(b),
        rating=rating,
        other_charges=_other_charges(b.charges) if rating else (),
        declared_carriage=NO_VALUE_FOR_CARRIAGE,
        declared_customs=b.declared_value or NO_CUSTOMS_VALUE,
        pieces=b.pieces,
        gross_weight_kg=b.gross_weight_kg,
        chargeable_weight_kg=b.chargeable_weight_kg,
        volume_m3=b.volume_m3,
        dimensions=tuple(
            AwbDimension(d.length_cm, d.width_cm, d.height_cm, d.pieces) for d in b.dimensions
        ),
        goods_description=b.goods_description,
        hs_code=b.hs_code,
        shc=b.shc,
        security_status=b.security_status,
        lithium_statement=b.lithium.statement if b.lithium else None,
        executed_on=facts.booked_on,  # the day the AWB number was issued
        executed_at=facts.departure.city,
        copies=captions,
    )


def label_data(uow: UnitOfWork, awb: str) -> LabelDocument:
    facts = _facts(uow, awb)
    b = facts.booking
    return LabelDocument(
        awb_number=b.awb_number,
        carrier_name=facts.carrier_name,
        flight_number=b.flight.flight_number,
        flight_date=b.flight.departure_date,
        origin=b.origin,
        destination=b.destination,
        pieces=b.pieces,
        gross_weight_kg=b.gross_weight_kg,
        shc=b.shc,
        consignee_city=b.consignee.city,
        consignee_country=b.consignee.country,
        forwarder=facts.agent.name or "",
        created=facts.booked_on,
        piece_digits=facts.piece_digits,
    )


# --- reading ----------------------------------------------------------------------------


def _facts(uow: UnitOfWork, awb: str) -> _Facts:
    key = _booking_key(awb)
    with uow:
        session = uow.session
        booking = booking_view(session, find_booking(session, key, field="awb"))
        _require_live(booking)
        agent = _require_agent(load_seller(uow))
        carrier = session.scalar(select(Carrier).where(Carrier.iata_code == booking.flight.carrier))
        origin = session.get_one(Airport, booking.origin)
        destination = session.get_one(Airport, booking.destination)
        return _Facts(
            booking,
            agent,
            carrier.name if carrier else booking.flight.carrier,
            AwbAirport(origin.iata, origin.name, origin.city),
            AwbAirport(destination.iata, destination.name, destination.city),
            local_date(booking.created_at_utc, origin.tz),
            int(get_setting(uow, "label_piece_digits")),
        )


def _booking_key(text: str) -> str:
    """An AWB number as typed ("172 2000 0013" too), checked for its check digit; anything
    else is looked up as a booking reference."""
    compact = "".join(text.split()).replace("-", "")
    if compact.isdigit():
        return str(parse_awb(text, "awb"))
    return text


def _require_live(booking: BookingView) -> None:
    # DOMAIN: a cancelled booking's AWB number is voided; it is never printed or reused.
    if booking.status == "cancelled":
        raise InvalidState(
            "awb.cancelled",
            f"awb: booking {booking.booking_ref} is cancelled and AWB {booking.awb_number} "
            "voided; it cannot be printed",
            field="awb",
            booking=booking.booking_ref,
            awb=booking.awb_number,
        )


def _require_agent(seller: SellerView) -> SellerView:
    """The AWB names the issuing carrier's agent and its city: the forwarder."""
    for name in ("name", "city", "country"):
        if getattr(seller, name) is None:
            raise ValidationError(
                f"seller.{name}",
                "seller.missing",
                f"seller.{name}: not set; set the seller details first (freightdesk seller set)",
                name=name,
            )
    return seller


def _captions(copies: Sequence[str]) -> tuple[str, ...]:
    """The clerk's originals and copies, each a printable caption of at most 40 characters."""
    if isinstance(copies, str):  # one caption given where a list was meant
        copies = (copies,)
    return tuple(
        clean_text(caption, f"copies[{index}]", max_len=_COPY_LEN)
        for index, caption in enumerate(copies)
    )


# --- turning the booking into AWB data --------------------------------------------------


def _party(c: CustomerView) -> AwbParty:
    city = f"{c.postcode} {c.city}" if c.postcode else c.city
    return AwbParty(c.name, c.address, city, c.country, account=c.account_number, phone=c.phone)


def _agent(s: SellerView) -> AwbParty:
    return AwbParty(s.name or "", s.address or "", s.city or "", s.country or "", account=s.uscc)


def _rating(charges: Sequence[ChargeView]) -> AwbRating | None:
    """The freight line of the kept price; None when no tariff priced the lane."""
    freight = next((c for c in charges if c.code == FREIGHT), None)
    if freight is None:
        return None
    rate_class = freight.basis.removeprefix("class_")
    return AwbRating(rate_class, freight.quantity, freight.rate, freight.amount)


def _other_charges(charges: Sequence[ChargeView]) -> tuple[AwbCharge, ...]:
    return tuple(AwbCharge(c.code, c.due, c.amount) for c in charges if c.code != FREIGHT)


def _declared_currency(b: BookingView) -> str | None:
    return b.declared_value.split()[-1] if b.declared_value else None


# --- writing ----------------------------------------------------------------------------


def _write(out: PathLike, pdf: bytes, pages: int) -> Report:
    path = Path(out)
    if path.is_dir():
        raise ValidationError(
            "out",
            "file.is_folder",
            f"out: {path} is a folder; give a file name ending in .pdf",
            path=str(path),
        )
    try:
        write_atomic(path, pdf)
    except OSError as exc:
        raise ValidationError(
            "out",
            "file.unwritable",
            f"out: cannot write {path}: {exc.strerror or exc}",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    return Report(str(path), pages, hashlib.sha256(pdf).hexdigest())
