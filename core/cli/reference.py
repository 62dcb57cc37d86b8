"""`routes` and `flights`: the network and the space booked and left on each flight."""

from __future__ import annotations

from datetime import date

from core.cli.args import SubParsers, add_command, examples, positive_int
from core.cli.context import Context
from core.cli.output import Column, table
from core.domain.clock import parse_date
from core.domain.text import iata_airport, iata_carrier
from core.services.flights import FlightFilter, list_flights
from core.services.reference import list_routes
from core.services.views import FlightView, RouteView

DEFAULT_FLIGHTS = 50


def register(sub: SubParsers) -> None:
    add_command(
        sub,
        "routes",
        help="list the route network (flight numbers, weekdays, local times)",
        epilog=examples("freightdesk routes", "freightdesk --json routes"),
        handler=cmd_routes,
    )
    flights = add_command(
        sub,
        "flights",
        help="list flights with the space booked and left (kg and m3)",
        epilog=examples(
            "freightdesk flights --origin CGO --destination LUX",
            "freightdesk flights --from 2026-12-01 --to 2026-12-07 --carrier CV",
            "freightdesk --json flights --destination FRA --limit 5",
        ),
        handler=cmd_flights,
    )
    flights.add_argument("--origin", metavar="IATA", help="departure airport, e.g. CGO")
    flights.add_argument("--destination", metavar="IATA", help="arrival airport, e.g. LUX")
    flights.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="first local departure date (default: today)",
    )
    flights.add_argument("--to", dest="date_to", metavar="DATE", help="last local departure date")
    flights.add_argument("--carrier", metavar="CODE", help="airline designator, e.g. CV")
    flights.add_argument(
        "--limit", type=positive_int, default=DEFAULT_FLIGHTS, metavar="N", help="at most N flights"
    )


def cmd_routes(ctx: Context) -> int:
    routes = list_routes(ctx.reading())
    return ctx.emit({"routes": routes}, lambda: _routes_text(routes))


def _routes_text(routes: list[RouteView]) -> str:
    columns = [
        Column("FLIGHT"),
        Column("ROUTE"),
        Column("DAYS"),
        Column("DEP"),
        Column("ARR"),
        Column("AIRCRAFT"),
        Column("SHARE %", "right"),
        Column("ACTIVE"),
    ]
    rows = [
        [
            r.flight_number,
            f"{r.origin}-{r.destination}",
            weekdays(r.weekdays),
            r.departure_local,
            r.arrival_local + (f" +{r.arrival_day_offset}" if r.arrival_day_offset else ""),
            r.aircraft_type,
            str(r.allotment_share_pct),
            "yes" if r.active else "no",
        ]
        for r in routes
    ]
    return table(columns, rows) if rows else "no routes"


def weekdays(days: str) -> str:
    """SSIM day-of-operation style: "135" -> "1.3.5..", Monday = 1."""
    return "".join(str(d) if str(d) in days else "." for d in range(1, 8))


def cmd_flights(ctx: Context) -> int:
    flights = list_flights(ctx.reading(), flight_filter(ctx))
    return ctx.emit({"flights": flights}, lambda: flights_text(flights))


def flight_filter(ctx: Context) -> FlightFilter:
    a = ctx.args
    return FlightFilter(
        origin=iata_airport(a.origin, "origin") if a.origin else None,
        destination=iata_airport(a.destination, "destination") if a.destination else None,
        date_from=parse_date(a.date_from, "from") if a.date_from else date.today(),
        date_to=parse_date(a.date_to, "to") if a.date_to else None,
        carrier=iata_carrier(a.carrier) if a.carrier else None,
        limit=a.limit,
    )


def flights_text(flights: list[FlightView]) -> str:
    columns = [
        Column("ID", "right"),
        Column("FLIGHT"),
        Column("ROUTE"),
        Column("DEPARTS (LOCAL)"),
        Column("AIRCRAFT"),
        Column("STATUS"),
        Column("BKGS", "right"),
        Column("BOOKED KG", "right"),
        Column("LEFT KG", "right"),
        Column("BOOKED M3", "right"),
        Column("LEFT M3", "right"),
    ]
    rows = [
        [
            str(f.id),
            f.flight_number,
            f"{f.origin}-{f.destination}",
            f.departs_local,
            f.aircraft_type,
            f.status,
            str(f.bookings),
            str(f.booked_weight_kg),
            str(f.remaining_weight_kg),
            str(f.booked_volume_m3),
            str(f.remaining_volume_m3),
        ]
        for f in flights
    ]
    return table(columns, rows) if rows else "no flights match"
