"""A booking request as typed, and its cleaning by core's rules before any database work."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from core.documents.fonts import check_printable
from core.domain.clock import parse_date
from core.domain.lithium import LithiumDeclaration, parse_lithium
from core.domain.measures import (
    DimensionLine,
    chargeable_weight_kg,
    kg_to_g,
    m3_to_cm3,
    parse_dimensions,
    parse_pieces,
    parse_weight_kg,
    volume_cm3,
)
from core.domain.money import Money, parse_currency, parse_money
from core.domain.shc import parse_security_status, parse_shcs
from core.domain.text import clean_code, clean_optional, clean_text, flight_number, iata_airport
from core.errors import ValidationError

SPACE_STATUSES = ("requested", "confirmed", "waitlisted", "refused")
MAX_VOLUME_M3 = Decimal("1000")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}", re.ASCII)


@dataclass(frozen=True)
class LithiumInput:
    packing_instruction: str
    cell_wh: str | Decimal | None = None
    battery_wh: str | Decimal | None = None
    cell_lithium_g: str | Decimal | None = None
    battery_lithium_g: str | Decimal | None = None
    state_of_charge_pct: str | Decimal | None = None


@dataclass(frozen=True)
class BookingRequest:
    """Raw values from the booking form or the command line."""

    shipper: str
    consignee: str
    pieces: str | int
    gross_weight_kg: str | Decimal
    goods_description: str
    flight_id: int | None = None
    flight_number: str | None = None
    flight_date: str | date | None = None
    origin: str | None = None
    destination: str | None = None
    dimensions: str | list[DimensionLine] | None = None
    volume_m3: str | Decimal | None = None
    hs_code: str | None = None
    shc: str | tuple[str, ...] = ()
    security_status: str = "SPX"
    declared_value: str | Decimal | None = None
    declared_currency: str | None = None
    payment: str = "PP"
    space_status: str = "requested"
    lithium: LithiumInput | None = None
    client_request_id: str | None = None


@dataclass(frozen=True)
class FlightRef:
    """Which flight: by id (a picker) or by number and local date (a clerk typing)."""

    flight_id: int | None
    flight_number: str | None
    flight_date: date | None
    origin: str | None = None
    destination: str | None = None


@dataclass(frozen=True)
class CleanBooking:
    client_request_id: str
    shipper: str
    consignee: str
    flight: FlightRef
    pieces: int
    gross_weight_g: int
    volume_cm3: int
    chargeable_weight_g: int
    dimensions: tuple[DimensionLine, ...]
    goods_description: str
    hs_code: str | None
    shc: tuple[str, ...]
    security_status: str
    declared_value: Money | None
    payment: str
    space_status: str
    lithium: LithiumDeclaration | None = field(default=None)


def clean_booking(req: BookingRequest) -> CleanBooking:
    """Every field checked and normalised; raises ValidationError naming the field."""
    pieces = parse_pieces(req.pieces)
    gross_kg = parse_weight_kg(req.gross_weight_kg)
    lines = _dimensions(req.dimensions, pieces)
    volume = _volume(lines, req.volume_m3)
    return CleanBooking(
        client_request_id=_request_id(req.client_request_id),
        shipper=clean_text(req.shipper, "shipper", max_len=20).upper(),
        consignee=clean_text(req.consignee, "consignee", max_len=20).upper(),
        flight=parse_flight_ref(
            req.flight_id, req.flight_number, req.flight_date, req.origin, req.destination
        ),
        pieces=pieces,
        gross_weight_g=kg_to_g(gross_kg),
        volume_cm3=volume,
        chargeable_weight_g=kg_to_g(chargeable_weight_kg(gross_kg, volume)),
        dimensions=tuple(lines),
        goods_description=_printable(
            clean_text(req.goods_description, "goods_description"), "goods_description"
        ),
        hs_code=_hs_code(req.hs_code),
        shc=parse_shcs(req.shc),
        security_status=parse_security_status(req.security_status),
        declared_value=_declared_value(req.declared_value, req.declared_currency),
        payment=choose(req.payment.upper() if req.payment else "", "payment", ("PP", "CC")),
        space_status=choose(req.space_status.lower(), "space_status", SPACE_STATUSES),
        lithium=_lithium(req.lithium),
    )


def parse_flight_ref(
    flight_id: int | None,
    number: str | None,
    day: str | date | None,
    origin: str | None = None,
    destination: str | None = None,
) -> FlightRef:
    if flight_id is None and not number:
        raise ValidationError("flight", "flight.required", "flight: choose a flight")
    if flight_id is None and day is None:
        raise ValidationError(
            "flight_date", "flight.date_required", "flight_date: give the local departure date"
        )
    return FlightRef(
        flight_id=flight_id,
        flight_number=flight_number(number) if number else None,
        flight_date=parse_date(day, "flight_date") if day is not None else None,
        origin=iata_airport(origin, "origin") if origin else None,
        destination=iata_airport(destination, "destination") if destination else None,
    )


def _printable(text: str, field: str) -> str:
    """Printed on the AWB, manifest and labels: what no font can draw is refused here."""
    check_printable(text, field)
    return text


def _request_id(value: str | None) -> str:
    """Kept exactly as the caller sent it: a retry must find it by the same spelling."""
    if value is None or not value.strip():
        return str(uuid.uuid4())
    text = value.strip()
    if not _REQUEST_ID.fullmatch(text):
        raise ValidationError(
            "client_request_id",
            "code.format",
            "client_request_id: 1 to 64 letters, digits, '.', '_', ':' or '-'",
            example="ORDER-2026.001",
        )
    return text


def volume_of(
    dimensions: str | list[DimensionLine] | None, volume_m3: str | Decimal | None, pieces: int
) -> int:
    """cm3 from dimension lines (checked against the piece count) or a stated volume."""
    return _volume(_dimensions(dimensions, pieces), volume_m3)


def _dimensions(value: str | list[DimensionLine] | None, pieces: int) -> list[DimensionLine]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return []
    lines = parse_dimensions(value) if isinstance(value, str) else list(value)
    counted = sum(line.pieces for line in lines)
    if counted != pieces:
        raise ValidationError(
            "dimensions",
            "dimensions.pieces_mismatch",
            f"dimensions: the lines count {counted} pieces but the booking has {pieces}",
            counted=counted,
            pieces=pieces,
        )
    return lines


def _volume(lines: list[DimensionLine], volume_m3: str | Decimal | None) -> int:
    """Volume from the dimension lines (DOMAIN rule), or as stated when none are known."""
    if lines:
        return volume_cm3(lines)
    if volume_m3 is None or str(volume_m3).strip() == "":
        raise ValidationError(
            "dimensions", "volume.required", "dimensions: give dimension lines or a volume in m3"
        )
    try:
        m3 = Decimal(str(volume_m3).strip())
    except ArithmeticError:
        m3 = Decimal("NaN")
    if (
        not m3.is_finite()
        or m3 <= 0
        or m3 > MAX_VOLUME_M3
        or m3 != m3.quantize(Decimal("0.000001"))
    ):
        raise ValidationError(
            "volume_m3",
            "volume.range",
            f"volume_m3: expected above 0 and at most {MAX_VOLUME_M3} m3 (got {volume_m3!r})",
            maximum=MAX_VOLUME_M3,
            value=volume_m3,
        )
    return m3_to_cm3(m3)


def _hs_code(value: str | None) -> str | None:
    text = clean_optional(value, "hs_code", max_len=14)
    if text is None:
        return None
    digits = text.replace(".", "").replace(" ", "")
    return clean_code(digits, "hs_code", pattern=r"\d{6,10}", example="851830")


def _declared_value(amount: str | Decimal | None, currency: str | None) -> Money | None:
    if amount is None or str(amount).strip() == "":
        return None
    if not currency:
        raise ValidationError(
            "declared_currency", "currency.required", "declared_currency: give the currency"
        )
    return parse_money(amount, parse_currency(currency, "declared_currency"), "declared_value")


def choose(value: str, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(
            field,
            f"{field}.unknown",
            f"{field}: expected one of {', '.join(allowed)} (got {value!r})",
            value=value,
            choices=", ".join(allowed),
        )
    return value


def _lithium(value: LithiumInput | None) -> LithiumDeclaration | None:
    if value is None:
        return None
    return parse_lithium(
        value.packing_instruction,
        cell_wh=value.cell_wh,
        battery_wh=value.battery_wh,
        cell_lithium_g=value.cell_lithium_g,
        battery_lithium_g=value.battery_lithium_g,
        state_of_charge_pct=value.state_of_charge_pct,
    )
