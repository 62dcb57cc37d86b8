"""After booking: show, search, cancel, rebook, space status and milestones."""

from __future__ import annotations

from core.cli.args import (
    SubParsers,
    add_command,
    add_flight_choice,
    examples,
    non_negative_int,
    positive_int,
)
from core.cli.booking_text import detail, flight_label, rows_table, space_left, summary
from core.cli.context import Context
from core.domain.clock import parse_date
from core.services.booking import cancel, rebook, set_space_status
from core.services.booking_input import SPACE_STATUSES
from core.services.booking_views import get_booking
from core.services.milestones import SEQUENCE, add_milestone
from core.services.search import SORTS, BookingQuery, search

BOOKING_HELP = "AWB number (172-50000002) or booking reference (CGO1-B000001)"
DEFAULT_PAGE = 50


def register(sub: SubParsers) -> None:
    show = add_command(
        sub,
        "show",
        help="show a booking in full: dimensions, lithium, milestones in local time",
        epilog=examples("freightdesk show 172-50000002", "freightdesk show CGO1-B000001"),
        handler=cmd_show,
    )
    show.add_argument("booking", metavar="BOOKING", help=BOOKING_HELP)
    _register_search(sub)
    _register_changes(sub)


def _register_search(sub: SubParsers) -> None:
    find = add_command(
        sub,
        "search",
        help="find bookings by AWB, customer, route, date and status",
        epilog=examples(
            "freightdesk search --awb 5000000",
            "freightdesk search --customer 郑州 --destination LUX --from 2026-12-01",
            "freightdesk search --status cancelled",
            "freightdesk search --status DEP --limit 20 --offset 20",
            "freightdesk search --destination FRA --sort chargeable_weight",
            "freightdesk search --customer 郑州 --sort shipper --asc",
        ),
        handler=cmd_search,
    )
    find.add_argument("--awb", metavar="DIGITS", help="part of the AWB number")
    find.add_argument("--customer", metavar="TEXT", help="part of a shipper's/consignee's name")
    find.add_argument("--origin", metavar="IATA")
    find.add_argument("--destination", metavar="IATA")
    find.add_argument("--from", dest="date_from", metavar="DATE", help="flight's local date from")
    find.add_argument("--to", dest="date_to", metavar="DATE", help="flight's local date to")
    find.add_argument(
        "--status", metavar="STATUS", help=f"booked, cancelled or a milestone: {' '.join(SEQUENCE)}"
    )
    find.add_argument("--limit", type=positive_int, default=DEFAULT_PAGE, metavar="N")
    find.add_argument("--offset", type=non_negative_int, default=0, metavar="N")
    find.add_argument(
        "--sort", choices=list(SORTS), metavar="KEY", help="order by: " + " ".join(SORTS)
    )
    find.add_argument(
        "--asc", action="store_true", help="smallest/oldest first (default: largest/newest)"
    )


def _register_changes(sub: SubParsers) -> None:
    drop = add_command(
        sub,
        "cancel",
        help="cancel a booking: the space is released and the AWB number voided",
        epilog=examples("freightdesk cancel 172-50000002 --reason 'shipper postponed'"),
        handler=cmd_cancel,
    )
    drop.add_argument("booking", metavar="BOOKING", help=BOOKING_HELP)
    drop.add_argument("--reason", required=True, help="why (kept on record)")
    move = add_command(
        sub,
        "rebook",
        help="move a booking to another flight of the same lane",
        epilog=examples(
            "freightdesk rebook 172-50000002 --flight CV9734 --date 2026-12-04",
            "freightdesk rebook CGO1-B000001 --flight-id 57",
        ),
        handler=cmd_rebook,
    )
    move.add_argument("booking", metavar="BOOKING", help=BOOKING_HELP)
    add_flight_choice(move)
    space = add_command(
        sub,
        "space",
        help="record the airline's answer on space",
        epilog=examples("freightdesk space 172-50000002 confirmed"),
        handler=cmd_space,
    )
    space.add_argument("booking", metavar="BOOKING", help=BOOKING_HELP)
    space.add_argument("space_status", metavar="STATUS", help=" | ".join(SPACE_STATUSES))
    _register_status(sub)


def _register_status(sub: SubParsers) -> None:
    status = add_command(
        sub,
        "status",
        help="add a shipment milestone (" + " ".join(SEQUENCE) + ")",
        epilog=examples(
            "freightdesk status 172-50000002 RCS",
            'freightdesk status 172-50000002 ARR --station LUX --at "2026-12-02T09:55"',
            "freightdesk status CGO1-B000001 DLV --note 'signed by J. Weber'",
            "",
            "--at is read in the station's local time unless it carries an offset;",
            "the station defaults to the origin up to DEP and the destination after.",
        ),
        handler=cmd_status,
    )
    status.add_argument("booking", metavar="BOOKING", help=BOOKING_HELP)
    status.add_argument("code", metavar="CODE", help=" ".join(SEQUENCE))
    status.add_argument("--station", metavar="IATA", help="where it happened")
    status.add_argument("--at", metavar="TIME", help="when, e.g. 2026-12-01T14:30 (default: now)")
    status.add_argument("--note", help="free text")


def cmd_show(ctx: Context) -> int:
    view = get_booking(ctx.reading(), ctx.args.booking)
    return ctx.emit({"booking": view}, lambda: detail(view))


def cmd_search(ctx: Context) -> int:
    a = ctx.args
    query = BookingQuery(
        awb=a.awb,
        customer=a.customer,
        origin=a.origin,
        destination=a.destination,
        date_from=parse_date(a.date_from, "from") if a.date_from else None,
        date_to=parse_date(a.date_to, "to") if a.date_to else None,
        status=a.status,
        limit=a.limit,
        offset=a.offset,
        sort=a.sort,
        descending=not a.asc,
    )
    rows = search(ctx.reading(), query)
    return ctx.emit({"bookings": rows, "count": len(rows)}, lambda: rows_table(rows))


def cmd_cancel(ctx: Context) -> int:
    outcome = cancel(ctx.writing(), booking=ctx.args.booking, reason=ctx.args.reason)
    b = outcome.value

    def render() -> str:
        return (
            f"cancelled {b.booking_ref}; AWB {b.awb_number} voided\n"
            f"{flight_label(b.flight)} now has {space_left(b.flight)} left"
        )

    return ctx.emit_outcome("booking", outcome, render)


def cmd_rebook(ctx: Context) -> int:
    a = ctx.args
    outcome = rebook(
        ctx.writing(),
        booking=a.booking,
        flight_id=a.flight_id,
        flight_number=a.flight,
        flight_date=a.date,
    )
    return ctx.emit_outcome("booking", outcome, lambda: "rebooked\n" + summary(outcome.value))


def cmd_space(ctx: Context) -> int:
    outcome = set_space_status(
        ctx.writing(), booking=ctx.args.booking, status=ctx.args.space_status
    )
    return ctx.emit_outcome("booking", outcome, lambda: "space updated\n" + summary(outcome.value))


def cmd_status(ctx: Context) -> int:
    a = ctx.args
    outcome = add_milestone(
        ctx.writing(),
        booking=a.booking,
        code=a.code,
        station=a.station,
        occurred_at=a.at,
        note=a.note,
    )

    def render() -> str:
        latest = outcome.value.milestones[-1]
        return (
            f"{latest.code} at {latest.station} {latest.occurred_local}\n{summary(outcome.value)}"
        )

    return ctx.emit_outcome("booking", outcome, render)
