"""Plain data the services hand to the GUI and the CLI: never live ORM objects (rule 3)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def to_jsonable(value: Any) -> Any:
    """dataclasses -> dicts, Decimal/date/datetime -> exact strings (never floats)."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal | date | datetime):
        return value.isoformat() if not isinstance(value, Decimal) else str(value)
    return value


@dataclass(frozen=True)
class AirportView:
    iata: str
    name: str
    city: str
    country: str
    tz: str


@dataclass(frozen=True)
class RouteView:
    id: int
    carrier: str
    flight_number: str
    origin: str
    destination: str
    weekdays: str
    departure_local: str
    arrival_local: str
    arrival_day_offset: int
    aircraft_type: str
    allotment_share_pct: Decimal
    active: bool


@dataclass(frozen=True)
class FlightView:
    id: int
    carrier: str
    flight_number: str
    departure_date: date
    origin: str
    destination: str
    departs_at_utc: datetime
    arrives_at_utc: datetime
    departs_local: str  # "2026-12-01 01:30 +08:00", in the origin airport's zone
    arrives_local: str
    aircraft_type: str
    registration: str | None
    status: str
    allotment_weight_kg: Decimal
    allotment_volume_m3: Decimal
    booked_weight_kg: Decimal
    booked_volume_m3: Decimal
    remaining_weight_kg: Decimal
    remaining_volume_m3: Decimal
    bookings: int

    @property
    def label(self) -> str:
        return f"{self.flight_number} {self.departure_date.isoformat()}"


@dataclass(frozen=True)
class CustomerView:
    id: int
    account_number: str
    name: str
    address: str
    city: str
    postcode: str | None
    country: str
    phone: str | None
    email: str | None
    uscc: str | None
    eu_vat: str | None
    eori: str | None


@dataclass(frozen=True)
class DimensionView:
    length_cm: int
    width_cm: int
    height_cm: int
    pieces: int


@dataclass(frozen=True)
class LithiumView:
    packing_instruction: str
    cell_wh: Decimal | None
    battery_wh: Decimal | None
    cell_lithium_g: Decimal | None
    battery_lithium_g: Decimal | None
    state_of_charge_pct: Decimal | None
    statement: str


@dataclass(frozen=True)
class MilestoneView:
    code: str
    station: str
    occurred_at_utc: datetime
    occurred_local: str
    note: str | None


@dataclass(frozen=True)
class ChargeView:
    """A line of the price a booking was made with ("FRT" is the freight)."""

    code: str
    due: str
    description: str
    basis: str
    quantity: Decimal
    rate: Decimal | None
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class BookingView:
    id: int
    booking_ref: str
    client_request_id: str
    awb_number: str
    status: str
    space_status: str
    milestone: str
    shipper: CustomerView
    consignee: CustomerView
    origin: str
    destination: str
    flight: FlightView
    pieces: int
    gross_weight_kg: Decimal
    volume_m3: Decimal
    chargeable_weight_kg: Decimal
    goods_description: str
    hs_code: str | None
    shc: tuple[str, ...]
    security_status: str
    declared_value: str | None  # "1530.00 CNY"
    payment: str
    cancel_reason: str | None
    created_at_utc: datetime
    dimensions: tuple[DimensionView, ...]
    lithium: LithiumView | None
    milestones: tuple[MilestoneView, ...]
    charges: tuple[ChargeView, ...] = ()  # empty when no tariff priced the lane


@dataclass(frozen=True, slots=True)
class ConsignmentRow:
    """One line of the bookings list / search result."""

    id: int
    booking_ref: str
    awb_number: str
    shipper: str
    consignee: str
    origin: str
    destination: str
    flight_number: str
    departure_date: date
    pieces: int
    gross_weight_kg: Decimal
    chargeable_weight_kg: Decimal
    status: str
    space_status: str
    milestone: str


@dataclass(frozen=True)
class StockRangeView:
    id: int
    carrier: str
    awb_prefix: str
    first_number: str
    last_number: str
    next_number: str | None
    remaining: int
    low_stock_threshold: int
    low: bool


@dataclass(frozen=True)
class AwbView:
    number: str
    state: str
    void_reason: str | None
    booking_ref: str | None
