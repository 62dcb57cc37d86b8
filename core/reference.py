"""Typed loader for the reference data seeded on first start.

The CSV files in ``resources/reference`` are sample data (carriers, aircraft types, the
default route network, demo customers) that an administrator edits afterwards; nothing here
is a rule. Airports come from the ``airportsdata`` package.

Every loader reads the packaged file through :mod:`importlib.resources`, so it works from a
source tree, an installed wheel or a frozen bundle. Malformed rows raise
:class:`ReferenceDataError` naming the file and line.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import TypeVar

import airportsdata

from core.domain.charges import ChargeRule

__all__ = [
    "AIRCRAFT_TYPES_FILE",
    "CARRIERS_FILE",
    "CHARGES_FILE",
    "CUSTOMERS_FILE",
    "CUSTOMER_ROLES",
    "REFERENCE_PACKAGE",
    "ROUTES_FILE",
    "TARIFFS_FILE",
    "AircraftTypeRow",
    "AirportRow",
    "CarrierRow",
    "CustomerRow",
    "ReferenceDataError",
    "RouteRow",
    "load_aircraft_types",
    "load_airports",
    "load_carriers",
    "load_charge_rules",
    "load_customers",
    "load_routes",
]

REFERENCE_PACKAGE = "resources.reference"
CARRIERS_FILE = "carriers.csv"
AIRCRAFT_TYPES_FILE = "aircraft_types.csv"
ROUTES_FILE = "routes.csv"
CUSTOMERS_FILE = "customers.csv"
CHARGES_FILE = "charges.csv"
TARIFFS_FILE = "tariffs.csv"  # a rate sheet in the import template (core.imports.rate_sheet)

CUSTOMER_ROLES: tuple[str, ...] = ("shipper", "consignee")

_CHARGE_COLUMNS = (
    "code",
    "due",
    "basis",
    "rate",
    "currency",
    "minimum",
    "maximum",
    "valid_from",
    "valid_to",
    "description",
)
_CARRIER_COLUMNS = ("iata_code", "name", "awb_prefix", "verified")
_AIRCRAFT_COLUMNS = ("code", "name", "max_payload_kg", "max_volume_m3")
_ROUTE_COLUMNS = (
    "carrier",
    "flight_number",
    "origin",
    "destination",
    "weekdays",
    "departure_local",
    "arrival_local",
    "arrival_day_offset",
    "aircraft_type",
    "allotment_share_pct",
)
_CUSTOMER_COLUMNS = (
    "account_number",
    "role",
    "name",
    "address",
    "city",
    "postcode",
    "country",
    "phone",
    "email",
    "uscc",
    "eu_vat",
    "eori",
)

_TIME_RE = re.compile(r"[0-2][0-9]:[0-5][0-9]")
_WEEKDAYS_RE = re.compile(r"[1-7]{1,7}")
_INT_RE = re.compile(r"-?[0-9]+")

_T = TypeVar("_T")


class ReferenceDataError(ValueError):
    """A reference CSV file is malformed (wrong header, bad value)."""


@dataclass(frozen=True, slots=True)
class CarrierRow:
    iata_code: str
    name: str
    awb_prefix: str
    verified: bool


@dataclass(frozen=True, slots=True)
class AircraftTypeRow:
    code: str
    name: str
    max_payload_kg: int
    max_volume_m3: Decimal


@dataclass(frozen=True, slots=True)
class RouteRow:
    """One direct leg. Weekdays and departure time are local to the origin airport,
    the arrival time to the destination; the arrival falls ``arrival_day_offset`` days after
    the local departure date."""

    carrier: str
    flight_number: str
    origin: str
    destination: str
    weekdays: tuple[int, ...]
    departure_local: datetime.time
    arrival_local: datetime.time
    arrival_day_offset: int
    aircraft_type: str
    allotment_share_pct: Decimal


@dataclass(frozen=True, slots=True)
class CustomerRow:
    account_number: str
    role: str
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


@dataclass(frozen=True, slots=True)
class AirportRow:
    iata: str
    name: str
    city: str
    country: str
    tz: str


# --- CSV plumbing ---------------------------------------------------------------------------


class _Row:
    """One CSV record with typed accessors that report the file and line on error."""

    def __init__(self, filename: str, line: int, values: dict[str, str]) -> None:
        self.filename = filename
        self.line = line
        self._values = values

    def error(self, column: str, message: str) -> ReferenceDataError:
        return ReferenceDataError(f"{self.filename} line {self.line}, {column}: {message}")

    def text(self, column: str) -> str:
        value = self._values[column].strip()
        if not value:
            raise self.error(column, "value required")
        return value

    def optional(self, column: str) -> str | None:
        value = self._values[column].strip()
        return value or None

    def integer(self, column: str) -> int:
        value = self.text(column)
        if not _INT_RE.fullmatch(value):
            raise self.error(column, f"not an integer: {value!r}")
        return int(value)

    def decimal(self, column: str) -> Decimal:
        value = self.text(column)
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise self.error(column, f"not a decimal: {value!r}") from None
        if not number.is_finite():
            raise self.error(column, f"not a finite decimal: {value!r}")
        return number

    def optional_decimal(self, column: str) -> Decimal | None:
        return self.decimal(column) if self.optional(column) else None

    def day(self, column: str) -> datetime.date:
        value = self.text(column)
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise self.error(column, f"not a date YYYY-MM-DD: {value!r}") from None

    def optional_day(self, column: str) -> datetime.date | None:
        return self.day(column) if self.optional(column) else None

    def boolean(self, column: str) -> bool:
        value = self.text(column).lower()
        if value in ("true", "yes", "1"):
            return True
        if value in ("false", "no", "0"):
            return False
        raise self.error(column, f"not a boolean (true/false): {value!r}")

    def time(self, column: str) -> datetime.time:
        value = self.text(column)
        if not _TIME_RE.fullmatch(value):
            raise self.error(column, f"not a time HH:MM: {value!r}")
        try:
            return datetime.time.fromisoformat(value)
        except ValueError:
            raise self.error(column, f"not a time HH:MM: {value!r}") from None

    def weekdays(self, column: str) -> tuple[int, ...]:
        value = self.text(column)
        if not _WEEKDAYS_RE.fullmatch(value):
            raise self.error(column, f"not ISO weekday digits 1-7: {value!r}")
        days = tuple(int(c) for c in value)
        if len(set(days)) != len(days):
            raise self.error(column, f"repeated weekday: {value!r}")
        return tuple(sorted(days))


def _read(filename: str, columns: tuple[str, ...]) -> Iterator[_Row]:
    source = resources.files(REFERENCE_PACKAGE).joinpath(filename)
    # Binary + TextIOWrapper: Traversable.open() takes no newline="", which csv needs.
    with source.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, strict=True)
        header = tuple(reader.fieldnames or ())
        if header != columns:
            raise ReferenceDataError(
                f"{filename}: header {','.join(header)!r}, expected {','.join(columns)!r}"
            )
        for record in reader:
            line = reader.line_num
            if None in record or any(v is None for v in record.values()):
                raise ReferenceDataError(f"{filename} line {line}: wrong number of fields")
            yield _Row(filename, line, record)


def _load(filename: str, columns: tuple[str, ...], build: Callable[[_Row], _T]) -> list[_T]:
    return [build(row) for row in _read(filename, columns)]


# --- Public loaders -------------------------------------------------------------------------


def _carrier(row: _Row) -> CarrierRow:
    prefix = row.text("awb_prefix")
    if not (len(prefix) == 3 and prefix.isascii() and prefix.isdigit()):
        raise row.error("awb_prefix", f"not 3 digits: {prefix!r}")
    return CarrierRow(
        iata_code=row.text("iata_code").upper(),
        name=row.text("name"),
        awb_prefix=prefix,
        verified=row.boolean("verified"),
    )


def _aircraft_type(row: _Row) -> AircraftTypeRow:
    return AircraftTypeRow(
        code=row.text("code").upper(),
        name=row.text("name"),
        max_payload_kg=row.integer("max_payload_kg"),
        max_volume_m3=row.decimal("max_volume_m3"),
    )


def _route(row: _Row) -> RouteRow:
    offset = row.integer("arrival_day_offset")
    if offset not in (0, 1):
        raise row.error("arrival_day_offset", f"must be 0 or 1, got {offset}")
    share = row.decimal("allotment_share_pct")
    if not Decimal(0) < share <= Decimal(100):
        raise row.error("allotment_share_pct", f"must be in (0, 100], got {share}")
    return RouteRow(
        carrier=row.text("carrier").upper(),
        flight_number=row.text("flight_number").upper(),
        origin=row.text("origin").upper(),
        destination=row.text("destination").upper(),
        weekdays=row.weekdays("weekdays"),
        departure_local=row.time("departure_local"),
        arrival_local=row.time("arrival_local"),
        arrival_day_offset=offset,
        aircraft_type=row.text("aircraft_type").upper(),
        allotment_share_pct=share,
    )


def _customer(row: _Row) -> CustomerRow:
    role = row.text("role").lower()
    if role not in CUSTOMER_ROLES:
        raise row.error("role", f"must be one of {', '.join(CUSTOMER_ROLES)}, got {role!r}")
    return CustomerRow(
        account_number=row.text("account_number"),
        role=role,
        name=row.text("name"),
        address=row.text("address"),
        city=row.text("city"),
        postcode=row.optional("postcode"),
        country=row.text("country").upper(),
        phone=row.optional("phone"),
        email=row.optional("email"),
        uscc=row.optional("uscc"),
        eu_vat=row.optional("eu_vat"),
        eori=row.optional("eori"),
    )


def load_carriers() -> list[CarrierRow]:
    """The seeded carriers with their 3-digit AWB prefixes (leading zeros kept)."""
    return _load(CARRIERS_FILE, _CARRIER_COLUMNS, _carrier)


def load_aircraft_types() -> list[AircraftTypeRow]:
    """The seeded freighter types with maximum payload (kg) and volume (m³)."""
    return _load(AIRCRAFT_TYPES_FILE, _AIRCRAFT_COLUMNS, _aircraft_type)


def load_routes() -> list[RouteRow]:
    """The seeded default network, one direct leg per row."""
    return _load(ROUTES_FILE, _ROUTE_COLUMNS, _route)


def load_customers() -> list[CustomerRow]:
    """The seeded demo shippers and consignees (fictional)."""
    return _load(CUSTOMERS_FILE, _CUSTOMER_COLUMNS, _customer)


def load_charge_rules() -> list[ChargeRule]:
    """Sample other-charge rules (fuel, security, screening, AWB fee...), in CNY."""
    return _load(CHARGES_FILE, _CHARGE_COLUMNS, _charge_rule)


def _charge_rule(row: _Row) -> ChargeRule:
    return ChargeRule(
        code=row.text("code"),
        due=row.text("due"),
        basis=row.text("basis"),
        rate=row.decimal("rate"),
        currency=row.text("currency"),
        minimum=row.optional_decimal("minimum"),
        maximum=row.optional_decimal("maximum"),
        valid_from=row.day("valid_from"),
        valid_to=row.optional_day("valid_to"),
        description=row.text("description"),
    )


def load_airports() -> list[AirportRow]:
    """Airports with a 3-letter IATA code and a time zone, from ``airportsdata``, by code.

    An airport without a city gets its name as the city.
    """
    rows: list[AirportRow] = []
    for code, entry in airportsdata.load("IATA").items():
        iata = str(code).strip().upper()
        tz = str(entry["tz"]).strip()
        if len(iata) != 3 or not (iata.isascii() and iata.isalpha()) or not tz:
            continue
        name = str(entry["name"]).strip()
        city = str(entry["city"]).strip() or name
        rows.append(
            AirportRow(
                iata=iata,
                name=name,
                city=city,
                country=str(entry["country"]).strip().upper(),
                tz=tz,
            )
        )
    rows.sort(key=lambda airport: airport.iata)
    return rows
