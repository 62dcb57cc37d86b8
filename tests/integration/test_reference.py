"""First start: seeded network, rolling flight horizon, editable reference data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from core.errors import Conflict, NotFound, ValidationError
from core.services.database import OpenedDatabase, open_database
from core.services.flights import FlightFilter, list_flights
from core.services.network import RouteInput, add_route, set_carrier
from core.services.reference import find_airports, list_routes


def test_seeded_network_and_eight_weeks_of_flights(db: OpenedDatabase) -> None:
    routes = list_routes(db.uow.reading())
    assert len(routes) == 21
    assert sum(r.origin == "CGO" for r in routes) == 16
    last = date.today() + timedelta(weeks=8)
    flights = list_flights(db.uow.reading(), FlightFilter(date_from=date.today(), limit=5000))
    assert max(f.departure_date for f in flights) >= last
    assert {f.destination for f in flights} >= {"FRA", "BSZ", "NRT", "MNL"}


def test_times_are_shown_in_each_airports_zone(db: OpenedDatabase) -> None:
    lh = list_flights(db.uow.reading(), FlightFilter(origin="CGO", destination="FRA"))[0]
    assert lh.departs_local.endswith("02:10 +08:00")
    assert lh.arrives_local.endswith(("07:15 +01:00", "07:15 +02:00"))
    assert lh.departs_at_utc.utcoffset() == timedelta(0)


def test_second_start_neither_reseeds_nor_duplicates_flights(db_path: Path) -> None:
    again = open_database(db_path)
    assert (again.seeded, again.migration.upgraded) == (False, False)
    assert again.flights_created == 0
    later = open_database(db_path, today=date.today() + timedelta(days=7))
    assert later.flights_created > 0  # the horizon rolls forward a week


def test_airport_lookup_by_code_city_or_name(db: OpenedDatabase) -> None:
    assert [a.iata for a in find_airports(db.uow.reading(), "liege")] == ["LGG"]
    assert find_airports(db.uow.reading(), "bsz")[0].city.startswith("Bishkek")
    assert "CGO" in {a.iata for a in find_airports(db.uow.reading(), "Zhengzhou")}


def test_carrier_prefix_is_editable_but_unique(db: OpenedDatabase) -> None:
    set_carrier(db.uow(), code="CK", name="China Cargo Airlines", awb_prefix="112", verified=True)
    with pytest.raises(Conflict):
        set_carrier(
            db.uow(), code="CK", name="China Cargo Airlines", awb_prefix="172", verified=True
        )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"origin": "QQQ"}, "origin"),
        ({"flight_number": "LH123"}, "flight_number"),
        ({"weekdays": "189"}, "weekdays"),
        ({"departure_local": "25:00"}, "departure_local"),
        ({"aircraft_type": "A380F"}, "aircraft_type"),
        ({"allotment_share_pct": "0"}, "allotment_share_pct"),
        ({"destination": "CGO"}, "destination"),
    ],
)
def test_bad_routes_are_refused_by_field(
    db: OpenedDatabase, changes: dict[str, str], field: str
) -> None:
    values = {
        "carrier": "TK",
        "flight_number": "TK6499",
        "origin": "CGO",
        "destination": "LUX",
        "weekdays": "246",
        "departure_local": "05:00",
        "arrival_local": "11:30",
        "arrival_day_offset": 0,
        "aircraft_type": "A332F",
        "allotment_share_pct": "25",
    } | changes
    with pytest.raises((ValidationError, NotFound)) as refused:
        add_route(db.uow(), RouteInput(**values))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert len(list_routes(db.uow.reading())) == 21
