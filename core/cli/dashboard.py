"""`dashboard`: the office's figures by week and route, space use ahead, revenue, growth."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.cli.args import SubParsers, add_command, examples
from core.cli.context import Context
from core.cli.output import Column, table
from core.services.dashboard import (
    CAPACITY_DAYS,
    MAX_WEEKS,
    DashboardView,
    Growth,
    office_dashboard,
)

MEASURES = {"bookings": "bookings", "chargeable_tonnes": "chargeable t", "revenue": "revenue"}


def register(sub: SubParsers) -> None:
    cmd = add_command(
        sub,
        "dashboard",
        help="bookings, chargeable tonnes and revenue by week and route, with growth",
        epilog=examples(
            "freightdesk dashboard",
            "freightdesk dashboard --weeks 26",
            "freightdesk --json dashboard --weeks 4",
            "",
            "Weeks are ISO weeks of the flights' local departure dates, up to today; growth",
            "compares them with the same weeks a year earlier (52 weeks back). Cancelled",
            "bookings count nowhere. Space use covers the flights of the next 14 days.",
        ),
        handler=cmd_dashboard,
    )
    cmd.add_argument("--weeks", type=_weeks, default=12, metavar="N", help="weeks (1 to 104)")


def _weeks(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 1 <= value <= MAX_WEEKS:
        raise argparse.ArgumentTypeError(f"expected 1 to {MAX_WEEKS} weeks, got {value}")
    return value


def cmd_dashboard(ctx: Context) -> int:
    view = office_dashboard(ctx.reading(), today=date.today(), weeks=ctx.args.weeks)
    return ctx.emit({"dashboard": view}, lambda: dashboard_text(view))


def dashboard_text(view: DashboardView) -> str:
    return "\n\n".join(
        (
            f"Weeks {view.period_start} to {view.period_end}, "
            f"against {view.earlier_start} to {view.earlier_end}",
            _growth_table(view.growth),
            _week_table(view),
            _route_table(view),
            _capacity_table(view),
        )
    )


def growth_text(change: Decimal | None) -> str:
    if change is None:
        return "no figures a year earlier"
    return f"{change:+} %"


def _growth_table(growth: tuple[Growth, ...]) -> str:
    columns = (
        Column("measure"),
        Column("these weeks", "right"),
        Column("a year earlier", "right"),
        Column("growth", "right"),
    )
    rows = [
        (
            MEASURES[g.measure] + (f" {g.currency}" if g.currency else ""),
            _figure(g, g.current),
            _figure(g, g.earlier),
            growth_text(g.change_pct),
        )
        for g in growth
    ]
    return table(columns, rows)


def _week_table(view: DashboardView) -> str:
    columns = (
        Column("week"),
        Column("bookings", "right"),
        Column("chargeable t", "right"),
        Column("year earlier"),
        Column("bookings", "right"),
        Column("chargeable t", "right"),
    )
    rows = [
        (
            now.iso_week,
            str(now.bookings),
            _tonnes(now.chargeable_tonnes),
            then.iso_week,
            str(then.bookings),
            _tonnes(then.chargeable_tonnes),
        )
        for now, then in zip(view.weeks, view.earlier_weeks, strict=True)
    ]
    return table(columns, rows)


def _route_table(view: DashboardView) -> str:
    columns = (Column("route"), Column("bookings", "right"), Column("chargeable t", "right"))
    rows = [
        (f"{r.origin}-{r.destination}", str(r.bookings), _tonnes(r.chargeable_tonnes))
        for r in view.by_route
    ]
    revenue = ", ".join(str(m) for m in view.revenue) or "none"
    return table(columns, rows) + f"\n\nrevenue booked: {revenue}"


def _capacity_table(view: DashboardView) -> str:
    columns = (
        Column("flight"),
        Column("date"),
        Column("route"),
        Column("bookings", "right"),
        Column("kg booked / allotment", "right"),
        Column("weight", "right"),
        Column("m3 booked / allotment", "right"),
        Column("volume", "right"),
    )
    rows = [
        (
            f.flight_number,
            f.departure_date.isoformat(),
            f"{f.origin}-{f.destination}",
            str(f.bookings),
            f"{f.booked_weight_kg.normalize():f} / {f.allotment_weight_kg.normalize():f}",
            f"{f.weight_use_pct} %",
            f"{f.booked_volume_m3.normalize():f} / {f.allotment_volume_m3.normalize():f}",
            f"{f.volume_use_pct} %",
        )
        for f in view.capacity
    ]
    return f"space on the flights of the next {CAPACITY_DAYS} days\n" + table(columns, rows)


def _tonnes(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1'))}"


def _figure(g: Growth, value: Decimal) -> str:
    return _tonnes(value) if g.measure == "chargeable_tonnes" else f"{value}"
