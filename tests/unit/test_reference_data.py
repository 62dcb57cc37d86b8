"""Consistency of the seeded reference data (resources/reference/*.csv)."""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

import airportsdata
import pytest
from babel import Locale
from stdnum.cn import uscc
from stdnum.eu import vat as eu_vat

from core.reference import (
    AirportRow,
    RouteRow,
    load_aircraft_types,
    load_airports,
    load_carriers,
    load_customers,
    load_routes,
)

CGO_DESTINATIONS = {
    # Europe
    "FRA", "CDG", "BUD", "IST", "MAD", "LUX", "LGG", "AMS", "MXP",
    # North America
    "ORD", "LAX", "JFK",
    # Central Asia
    "ALA", "TAS", "NQZ", "BSZ",
}  # fmt: skip
OTHER_LEGS = {("HGH", "NRT"), ("NNG", "KUL"), ("NNG", "SGN"), ("NNG", "BKK"), ("NNG", "MNL")}

FIELD_LIMITS = {"name": 70, "address": 105, "city": 35, "postcode": 12, "phone": 25, "email": 70}

# Block time is checked in a northern winter and a northern summer week, so that daylight
# saving time at either end never makes a schedule implausible or its day offset wrong.
REFERENCE_WEEKS = (datetime.date(2026, 1, 12), datetime.date(2026, 7, 13))  # both Mondays
MIN_BLOCK = datetime.timedelta(hours=1)
MAX_BLOCK = datetime.timedelta(hours=16)
# Great-circle distance over block time: slower than this is a schedule typo, faster is
# beyond a freighter even with a tail wind.
MIN_SPEED_KMH = 400
MAX_SPEED_KMH = 950


@pytest.fixture(scope="module")
def airports() -> dict[str, AirportRow]:
    return {airport.iata: airport for airport in load_airports()}


@pytest.fixture(scope="module")
def routes() -> list[RouteRow]:
    return load_routes()


def _great_circle_km(origin: str, destination: str) -> float:
    data = airportsdata.load("IATA")
    lat1, lon1 = math.radians(data[origin]["lat"]), math.radians(data[origin]["lon"])
    lat2, lon2 = math.radians(data[destination]["lat"]), math.radians(data[destination]["lon"])
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _departures_and_arrivals(
    route: RouteRow, airports: dict[str, AirportRow]
) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """Aware departure and arrival of every weekly departure in each reference week."""
    origin_tz = ZoneInfo(airports[route.origin].tz)
    destination_tz = ZoneInfo(airports[route.destination].tz)
    result = []
    for monday in REFERENCE_WEEKS:
        for weekday in route.weekdays:
            day = monday + datetime.timedelta(days=weekday - 1)
            departure = datetime.datetime.combine(day, route.departure_local, origin_tz)
            arrival_day = day + datetime.timedelta(days=route.arrival_day_offset)
            arrival = datetime.datetime.combine(arrival_day, route.arrival_local, destination_tz)
            result.append((departure, arrival))
    return result


# --- Carriers and aircraft -------------------------------------------------------------------


def test_carriers_prefixes_are_three_digit_strings_and_unique() -> None:
    carriers = load_carriers()
    assert carriers
    for carrier in carriers:
        assert re.fullmatch(r"[0-9]{3}", carrier.awb_prefix), carrier
        assert re.fullmatch(r"[A-Z0-9]{2}", carrier.iata_code), carrier
    prefixes = Counter(c.awb_prefix for c in carriers)
    assert [p for p, n in prefixes.items() if n > 1] == []
    codes = Counter(c.iata_code for c in carriers)
    assert [c for c, n in codes.items() if n > 1] == []


def test_carriers_match_domain_list() -> None:
    by_code = {c.iata_code: c for c in load_carriers()}
    assert by_code["LH"].awb_prefix == "020"  # leading zero kept
    assert by_code["AF"].awb_prefix == "057"
    assert by_code["UA"].awb_prefix == "016"
    verified = {code for code, c in by_code.items() if c.verified}
    assert verified == {"CV", "TK", "QR", "EK", "LH", "AF", "CA", "CZ"}
    assert set(by_code) - verified == {"CK", "5Y", "UA"}


def test_aircraft_types() -> None:
    types = load_aircraft_types()
    codes = [t.code for t in types]
    assert len(codes) == len(set(codes))
    by_code = {t.code: t for t in types}
    assert by_code["B738BCF"].max_volume_m3 == Decimal("141.5")
    assert by_code["B748F"].max_payload_kg == 134_000
    for t in types:
        assert t.max_payload_kg > 0
        assert t.max_volume_m3 > 0


# --- Routes ---------------------------------------------------------------------------------


def test_route_airports_exist(routes: list[RouteRow], airports: dict[str, AirportRow]) -> None:
    for route in routes:
        assert route.origin in airports, route
        assert route.destination in airports, route
        assert route.origin != route.destination, route


def test_route_carriers_and_aircraft_exist(routes: list[RouteRow]) -> None:
    carriers = {c.iata_code for c in load_carriers()}
    aircraft = {t.code for t in load_aircraft_types()}
    for route in routes:
        assert route.carrier in carriers, route
        assert route.aircraft_type in aircraft, route
        assert route.flight_number.startswith(route.carrier), route
        assert re.fullmatch(r"[0-9]{1,4}", route.flight_number[len(route.carrier) :]), route


def test_flight_numbers_unique(routes: list[RouteRow]) -> None:
    numbers = Counter(route.flight_number for route in routes)
    assert [n for n, count in numbers.items() if count > 1] == []


def test_weekdays_and_shares_valid(routes: list[RouteRow]) -> None:
    for route in routes:
        assert 2 <= len(route.weekdays) <= 5, route
        assert all(1 <= day <= 7 for day in route.weekdays), route
        assert list(route.weekdays) == sorted(set(route.weekdays)), route
        assert route.arrival_day_offset in (0, 1), route
        assert Decimal(0) < route.allotment_share_pct <= Decimal(100), route


def test_block_times_plausible_and_day_offsets_consistent(
    routes: list[RouteRow], airports: dict[str, AirportRow]
) -> None:
    for route in routes:
        distance = _great_circle_km(route.origin, route.destination)
        for departure, arrival in _departures_and_arrivals(route, airports):
            block = arrival - departure  # aware datetimes in different zones: UTC difference
            assert MIN_BLOCK <= block <= MAX_BLOCK, (route, departure, block)
            speed = distance / (block.total_seconds() / 3600)
            assert MIN_SPEED_KMH <= speed <= MAX_SPEED_KMH, (route, departure, block, speed)
            # The offset must be what the real arrival gives, not a rounding of it.
            real_arrival = (departure + block).astimezone(arrival.tzinfo)
            offset = (real_arrival.date() - departure.date()).days
            assert offset == route.arrival_day_offset, (route, departure, real_arrival)


@pytest.mark.parametrize(
    ("origin", "destination", "low", "high"),
    [
        ("CGO", "FRA", 10.5, 12.5),
        ("CGO", "LAX", 12, 13.5),
        ("CGO", "ALA", 4.5, 5.5),
        ("NNG", "KUL", 3.5, 4.5),
        ("HGH", "NRT", 2.5, 3.5),
    ],
)
def test_sample_block_times(
    routes: list[RouteRow],
    airports: dict[str, AirportRow],
    origin: str,
    destination: str,
    low: float,
    high: float,
) -> None:
    (route,) = [r for r in routes if (r.origin, r.destination) == (origin, destination)]
    for departure, arrival in _departures_and_arrivals(route, airports):
        hours = (arrival - departure).total_seconds() / 3600
        assert low <= hours <= high, (route, departure, hours)


def test_network_is_domain_network(routes: list[RouteRow]) -> None:
    cgo = [route for route in routes if route.origin == "CGO"]
    assert len(cgo) == 16
    assert {route.destination for route in cgo} == CGO_DESTINATIONS
    others = {(route.origin, route.destination) for route in routes if route.origin != "CGO"}
    assert others == OTHER_LEGS
    assert len(routes) == 21


def test_domain_facts_in_routes(routes: list[RouteRow]) -> None:
    by_leg = {(r.origin, r.destination): r for r in routes}
    assert (by_leg["CGO", "LUX"].carrier, by_leg["CGO", "LUX"].aircraft_type) == ("CV", "B748F")
    assert (by_leg["CGO", "ORD"].carrier, by_leg["CGO", "ORD"].aircraft_type) == ("CV", "B748F")
    assert (by_leg["CGO", "IST"].carrier, by_leg["CGO", "IST"].aircraft_type) == ("TK", "A332F")
    assert by_leg["CGO", "BUD"].aircraft_type == "B744F"


def test_bishkek_is_bsz(airports: dict[str, AirportRow], routes: list[RouteRow]) -> None:
    assert "BSZ" in airports
    assert airports["BSZ"].country == "KG"
    assert "FRU" not in {code for r in routes for code in (r.origin, r.destination)}
    assert any(route.destination == "BSZ" for route in routes)


# --- Airports -------------------------------------------------------------------------------


def test_airports_loader(airports: dict[str, AirportRow]) -> None:
    assert len(airports) > 5000
    for airport in airports.values():
        assert re.fullmatch(r"[A-Z]{3}", airport.iata), airport
        assert airport.tz, airport
        assert airport.city, airport
    assert airports["CGO"].tz == "Asia/Shanghai"
    assert airports["CGO"].city == "Zhengzhou"


# --- Customers ------------------------------------------------------------------------------


def test_customer_accounts_unique_and_roles() -> None:
    customers = load_customers()
    numbers = Counter(c.account_number for c in customers)
    assert [n for n, count in numbers.items() if count > 1] == []
    shippers = [c for c in customers if c.role == "shipper"]
    consignees = [c for c in customers if c.role == "consignee"]
    assert len(shippers) >= 10
    assert len(consignees) >= 12
    assert len(shippers) + len(consignees) == len(customers)
    for c in shippers:
        assert re.fullmatch(r"SH-[A-Z]{3}-[0-9]{3}", c.account_number), c
    for c in consignees:
        assert re.fullmatch(r"CN-[A-Z]{3}-[0-9]{3}", c.account_number), c


def test_shipper_uscc_valid() -> None:
    for customer in load_customers():
        if customer.role == "shipper":
            assert customer.country == "CN", customer
            assert customer.uscc is not None, customer
            assert len(customer.uscc) == 18, customer
            assert uscc.is_valid(customer.uscc), customer
        else:
            assert customer.uscc is None, customer


def test_customer_countries_are_iso_alpha2() -> None:
    territories = Locale("en").territories
    for customer in load_customers():
        assert re.fullmatch(r"[A-Z]{2}", customer.country), customer
        assert customer.country in territories, customer


def test_customer_field_lengths_and_characters() -> None:
    for customer in load_customers():
        for field, limit in FIELD_LIMITS.items():
            value = getattr(customer, field)
            if value is None:
                continue
            assert len(value) <= limit, (customer.account_number, field, len(value))
        for field in (
            "account_number", "role", "name", "address", "city", "postcode", "country",
            "phone", "email", "uscc", "eu_vat", "eori",
        ):  # fmt: skip
            value = getattr(customer, field)
            if value is None:
                continue
            assert not any(unicodedata.category(ch).startswith("C") for ch in value), (
                customer.account_number,
                field,
            )
            assert value == value.strip(), (customer.account_number, field)
            assert unicodedata.normalize("NFC", value) == value, (customer.account_number, field)


def test_customer_contacts_format() -> None:
    for customer in load_customers():
        assert customer.phone is not None and re.fullmatch(r"\+[0-9][0-9 ]{6,23}", customer.phone)
        assert customer.email is not None and re.fullmatch(
            r"[^@\s]+@[^@\s]+\.[a-z]+", customer.email
        )


EU_COUNTRIES = {"DE", "FR", "HU", "ES", "LU", "BE", "NL", "IT"}


def test_eu_consignees_have_vat_and_eori() -> None:
    consignees = [c for c in load_customers() if c.role == "consignee"]
    assert {c.country for c in consignees} >= EU_COUNTRIES
    for customer in consignees:
        if customer.country in EU_COUNTRIES:
            assert customer.eu_vat is not None and customer.eori is not None, customer
            assert customer.eu_vat.startswith(customer.country), customer
            assert eu_vat.is_valid(customer.eu_vat), customer
            assert re.fullmatch(r"[A-Z]{2}[A-Z0-9]{1,15}", customer.eori), customer
            assert customer.eori.startswith(customer.country), customer
        else:
            assert customer.eu_vat is None and customer.eori is None, customer


def test_every_seeded_party_prints_in_the_bundled_fonts() -> None:
    from core.documents.fonts import check_printable

    for customer in load_customers():
        for field in ("name", "address", "city"):
            check_printable(getattr(customer, field), field)
