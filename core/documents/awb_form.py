"""The air waybill (IATA Resolution 600a layout) on A4, rendered from plain data.

The service decides what the AWB says (parties, routing, the rating from the booking's
kept price, other charges with their codes, declared values) and hands over an
:class:`AwbDocument`; :func:`render_awb` draws one page per original or copy the clerk
chose, each with its caption ("ORIGINAL 3 (FOR SHIPPER)"). It refuses, with a
ValidationError naming the field, any text over its length or outside what the embedded
fonts print, so nothing overflows or prints as boxes. A booking with no kept price prints
"AS AGREED" in the rating block. The same document always gives the same bytes.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas

from core.documents.awb_layout import PAGE
from core.documents.awb_sections import draw_page
from core.documents.fonts import SANS, check_printable, register_fonts
from core.documents.pdf_io import DocumentInfo, apply_info
from core.documents.safe_text import lock_down_reportlab
from core.domain.awb import parse_awb
from core.domain.text import FIELD_LIMITS
from core.errors import ValidationError

__all__ = [
    "AS_AGREED",
    "DEFAULT_COPIES",
    "STANDARD_COPIES",
    "AwbAirport",
    "AwbCharge",
    "AwbDimension",
    "AwbDocument",
    "AwbParty",
    "AwbRating",
    "render_awb",
    "validate_awb",
]

AS_AGREED = "AS AGREED"
# IATA Resolution 600a: three originals (carrier, consignee, shipper), then copies.
STANDARD_COPIES = (
    "ORIGINAL 1 (FOR ISSUING CARRIER)",
    "ORIGINAL 2 (FOR CONSIGNEE)",
    "ORIGINAL 3 (FOR SHIPPER)",
    "COPY 4 (DELIVERY RECEIPT)",
    "COPY 5 (FOR AIRPORT OF DESTINATION)",
    "COPY 6 (FOR THIRD CARRIER)",
    "COPY 7 (FOR SECOND CARRIER)",
    "COPY 8 (FOR FIRST CARRIER)",
    "COPY 9 (FOR AGENT)",
)
DEFAULT_COPIES = STANDARD_COPIES[:3]
MAX_COPIES = 12  # a full IATA set is 8 to 12 parts
# Lengths of the AWB's own texts; party fields use core's FIELD_LIMITS.
LIMITS: dict[str, int] = {
    "copy": 40,
    "carrier_name": FIELD_LIMITS["carrier_name"],
    "airport_name": 100,  # the airport table's name column
    "airport_city": 70,
    "declared_value": 35,
    "lithium_statement": FIELD_LIMITS["handling_information"],
    "reference": FIELD_LIMITS["reference"],
}


@dataclass(frozen=True)
class AwbParty:
    name: str
    address: str
    city: str  # with the postcode when there is one: "65451 Kelsterbach"
    country: str
    account: str | None = None  # customer account number; the agent's USCC
    phone: str | None = None


@dataclass(frozen=True)
class AwbAirport:
    code: str  # IATA
    name: str
    city: str


@dataclass(frozen=True)
class AwbDimension:
    length_cm: int
    width_cm: int
    height_cm: int
    pieces: int


@dataclass(frozen=True)
class AwbRating:
    """The freight line of the kept price (IATA rating: class, weight charged, rate)."""

    rate_class: str  # M, N, Q or C
    weight_kg: Decimal  # the weight charged: chargeable, or a higher break's minimum
    rate: Decimal | None  # per kg; None for the minimum charge M
    total: Decimal  # the weight charge


@dataclass(frozen=True)
class AwbCharge:
    code: str  # 2 letters: MY fuel, SC security, AW AWB fee...
    due: str  # "A" due agent, "C" due carrier
    amount: Decimal


@dataclass(frozen=True)
class AwbDocument:
    number: str  # "172-20000011"
    carrier_name: str
    carrier_code: str
    shipper: AwbParty
    consignee: AwbParty
    agent: AwbParty  # the issuing carrier's agent: the forwarder (seller settings)
    departure: AwbAirport
    destination: AwbAirport
    flight_number: str
    flight_date: datetime.date
    reference: str  # the booking reference
    payment: str  # PP or CC
    currency: str | None  # the price's currency; None when no price was kept
    rating: AwbRating | None  # None: "AS AGREED"
    other_charges: tuple[AwbCharge, ...]
    declared_carriage: str  # "NVD": no value declared
    declared_customs: str  # "1530.00 CNY", or "NCV": no customs value
    pieces: int
    gross_weight_kg: Decimal
    chargeable_weight_kg: Decimal
    volume_m3: Decimal
    dimensions: tuple[AwbDimension, ...]
    goods_description: str
    hs_code: str | None
    shc: tuple[str, ...]
    security_status: str  # SPX, SCO or NSC
    lithium_statement: str | None  # the Section II statement when batteries are declared
    executed_on: datetime.date
    executed_at: str  # the origin city
    copies: tuple[str, ...] = DEFAULT_COPIES


def render_awb(doc: AwbDocument) -> bytes:
    """The PDF bytes of ``doc``, one A4 page per copy; byte-identical for the same data."""
    validate_awb(doc)
    register_fonts()
    lock_down_reportlab()
    buffer = io.BytesIO()
    # invariant: fixed timestamp and document id, so a reprint is identical
    canvas = Canvas(buffer, pagesize=PAGE, invariant=1, initialFontName=SANS)
    for caption in doc.copies:
        draw_page(canvas, doc, caption)
        canvas.showPage()
    apply_info(canvas, _info(doc))
    canvas.save()
    return buffer.getvalue()


def _info(doc: AwbDocument) -> DocumentInfo:
    return DocumentInfo(
        title=f"Air Waybill {doc.number}",
        subject=(
            f"Air Waybill {doc.number} {doc.departure.code}-{doc.destination.code} "
            f"{doc.flight_number} {doc.flight_date.isoformat()}"
        ),
        created=doc.executed_on,  # the execution date, never the print time
        keywords=f"{doc.number} {doc.reference}",
    )


def validate_awb(doc: AwbDocument) -> None:
    """Raise ValidationError for the first thing the AWB cannot print correctly."""
    parse_awb(doc.number, "number")
    _check_copies(doc.copies)
    for field, value, limit in _texts(doc):
        _check_text(value, field, limit)
    if doc.payment not in ("PP", "CC"):
        raise ValidationError("payment", "payment.choice", "payment: PP or CC")
    if doc.rating is not None and doc.currency is None:
        raise ValidationError("currency", "awb.currency", "currency: a priced AWB needs one")
    for index, charge in enumerate(doc.other_charges):
        if charge.due not in ("A", "C"):
            raise ValidationError(
                f"other_charges[{index}].due", "charge.due", "due: A (agent) or C (carrier)"
            )


def _check_copies(copies: tuple[str, ...]) -> None:
    if not 1 <= len(copies) <= MAX_COPIES:
        raise ValidationError(
            "copies",
            "awb.copies",
            f"copies: choose 1 to {MAX_COPIES} originals or copies (got {len(copies)})",
            max_count=MAX_COPIES,
            count=len(copies),
        )
    for index, caption in enumerate(copies):
        if not caption.strip():
            raise ValidationError(f"copies[{index}]", "text.required", "a caption is required")


def _texts(doc: AwbDocument) -> Iterator[tuple[str, str, int]]:
    """Every text the AWB prints, as ``(field, value, maximum length)``."""
    for index, caption in enumerate(doc.copies):
        yield f"copies[{index}]", caption, LIMITS["copy"]
    yield "carrier_name", doc.carrier_name, LIMITS["carrier_name"]
    yield "reference", doc.reference, LIMITS["reference"]
    for role in ("shipper", "consignee", "agent"):
        yield from _party_texts(role, getattr(doc, role))
    for role in ("departure", "destination"):
        airport: AwbAirport = getattr(doc, role)
        yield f"{role}.name", airport.name, LIMITS["airport_name"]
        yield f"{role}.city", airport.city, LIMITS["airport_city"]
    yield "executed_at", doc.executed_at, LIMITS["airport_city"]
    yield "goods_description", doc.goods_description, FIELD_LIMITS["goods_description"]
    yield "declared_customs", doc.declared_customs, LIMITS["declared_value"]
    if doc.lithium_statement is not None:
        yield "lithium_statement", doc.lithium_statement, LIMITS["lithium_statement"]


def _party_texts(role: str, party: AwbParty) -> Iterator[tuple[str, str, int]]:
    yield f"{role}.name", party.name, FIELD_LIMITS["name"]
    yield f"{role}.address", party.address, FIELD_LIMITS["address"]
    # the city line carries the postcode: "65451 Kelsterbach"
    yield f"{role}.city", party.city, FIELD_LIMITS["city"] + FIELD_LIMITS["postcode"] + 1
    if party.account is not None:
        yield f"{role}.account", party.account, FIELD_LIMITS["tax_id"]
    if party.phone is not None:
        yield f"{role}.phone", party.phone, FIELD_LIMITS["phone"]


def _check_text(value: str, field: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError(
            field,
            "text.too_long",
            f"{field}: at most {limit} characters (got {len(value)})",
            max_len=limit,
            length=len(value),
        )
    check_printable(value, field)
