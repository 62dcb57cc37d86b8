"""`awb check` and `awb stock add|list|void`: air waybill numbers and the stock they come from."""

from __future__ import annotations

from functools import cache

from core import reference
from core.cli.args import SubParsers, add_command, add_group, examples, non_negative_int
from core.cli.awb_print import register_print
from core.cli.context import Context
from core.cli.output import Column, labelled, table
from core.domain.awb import AwbNumber, parse_awb
from core.services.stock import add_range, get_awb, list_ranges, void_number
from core.services.views import StockRangeView

NUMBER_HELP = "11 digits, e.g. 172-12345675 (spaces as printed are fine: 172 1234 5675)"


def typed_number(words: list[str]) -> str:
    """`awb check 172 1234 5675` arrives as three words; parse_awb reads them spaced."""
    return " ".join(words)


def register(sub: SubParsers) -> None:
    awb = add_group(
        sub,
        "awb",
        help="air waybill numbers: check a number, manage AWB stock, print the AWB",
        epilog=examples("freightdesk awb check 172-12345675", "freightdesk awb stock list"),
    )
    check = add_command(
        awb,
        "check",
        help="check an AWB number's check digit (needs no database)",
        epilog=examples("freightdesk awb check 172-12345675", "freightdesk awb check 17212345675"),
        handler=cmd_check,
    )
    check.add_argument("number", metavar="NUMBER", nargs="+", help=NUMBER_HELP)
    show = add_command(
        awb,
        "show",
        help="where a number stands: used (by which booking), voided (why) or unused",
        epilog=examples("freightdesk awb show 020-10000001"),
        handler=cmd_show,
    )
    show.add_argument("number", metavar="NUMBER", nargs="+", help=NUMBER_HELP)
    _register_stock(awb)
    register_print(awb)


def _register_stock(awb: SubParsers) -> None:
    stock = add_group(
        awb,
        "stock",
        help="AWB stock ranges received from the airlines",
        epilog=examples("freightdesk awb stock add --carrier CV --first 5000000 --last 5009999"),
    )
    add = add_command(
        stock,
        "add",
        help="add a range of serials received from a carrier",
        epilog=examples(
            "freightdesk awb stock add --carrier CV --first 1234567 --last 1234999 --low 50",
            "freightdesk awb stock add --carrier 784 --first 5000000 --last 5009999 --note 'Q1'",
        ),
        handler=cmd_stock_add,
    )
    add.add_argument("--carrier", required=True, help="airline designator (CV) or prefix (172)")
    add.add_argument("--first", required=True, help="first serial: 7 digits (or 8 with check)")
    add.add_argument("--last", required=True, help="last serial: 7 digits (or 8 with check)")
    add.add_argument(
        "--low", type=non_negative_int, metavar="N", help="warn when N numbers or fewer are left"
    )
    add.add_argument("--note", help="free text, e.g. where the paper stock is kept")
    add_command(
        stock,
        "list",
        help="list the stock ranges with the numbers left",
        epilog=examples("freightdesk awb stock list", "freightdesk --json awb stock list"),
        handler=cmd_stock_list,
    )
    void = add_command(
        stock,
        "void",
        help="void an unused number (spoilt paper stock); it is kept on record",
        epilog=examples("freightdesk awb stock void 172-50000013 --reason 'printer jam'"),
        handler=cmd_stock_void,
    )
    void.add_argument("number", metavar="NUMBER", nargs="+", help=NUMBER_HELP)
    void.add_argument("--reason", required=True, help="why it is voided")


def cmd_check(ctx: Context) -> int:
    """Pure check: the check digit is serial mod 7 and does not cover the prefix, so the
    carrier is named from the packaged carrier table, not from a database."""
    number = parse_awb(typed_number(ctx.args.number))
    carrier = known_carrier(number.prefix)
    document = {
        "valid": True,
        "awb_number": str(number),
        "prefix": number.prefix,
        "serial": f"{number.serial:07d}",
        "check_digit": number.check,
        "carrier": carrier,
    }
    return ctx.emit(document, lambda: f"valid: {number} ({_carrier_text(number, carrier)})")


@cache
def _carriers() -> dict[str, reference.CarrierRow]:
    return {c.awb_prefix: c for c in reference.load_carriers()}


def known_carrier(prefix: str) -> reference.CarrierRow | None:
    return _carriers().get(prefix)


def _carrier_text(number: AwbNumber, carrier: reference.CarrierRow | None) -> str:
    if carrier is None:
        return f"prefix {number.prefix} is not in the carrier table"
    checked = "" if carrier.verified else "; prefix not verified"
    return f"{carrier.name}, {carrier.iata_code}{checked}"


def cmd_stock_add(ctx: Context) -> int:
    a = ctx.args
    outcome = add_range(
        ctx.writing(),
        carrier=a.carrier,
        first=a.first,
        last=a.last,
        low_stock_threshold=a.low,
        note=a.note,
    )
    return ctx.emit_outcome("range", outcome, lambda: _range_text(outcome.value))


def _range_text(r: StockRangeView) -> str:
    return "added AWB stock\n" + labelled(
        [
            ("carrier", f"{r.carrier} ({r.awb_prefix})"),
            ("numbers", f"{r.first_number} to {r.last_number}"),
            ("left", str(r.remaining)),
            ("warn at", str(r.low_stock_threshold)),
        ]
    )


def cmd_stock_list(ctx: Context) -> int:
    ranges = list_ranges(ctx.reading())
    return ctx.emit({"ranges": ranges}, lambda: ranges_text(ranges))


def ranges_text(ranges: list[StockRangeView]) -> str:
    columns = [
        Column("CARRIER"),
        Column("FIRST"),
        Column("LAST"),
        Column("NEXT"),
        Column("LEFT", "right"),
        Column("WARN AT", "right"),
        Column("LOW"),
    ]
    rows = [
        [
            r.carrier,
            r.first_number,
            r.last_number,
            r.next_number or "-",
            str(r.remaining),
            str(r.low_stock_threshold),
            "LOW" if r.low else "",
        ]
        for r in ranges
    ]
    if not rows:
        return "no AWB stock: add a range with `freightdesk awb stock add`"
    return table(columns, rows)


def cmd_show(ctx: Context) -> int:
    awb = get_awb(ctx.reading(), typed_number(ctx.args.number))
    return ctx.emit(
        {"awb": awb},
        lambda: labelled(
            [
                ("AWB", awb.number),
                ("State", awb.state),
                ("Booking", awb.booking_ref),
                ("Void reason", awb.void_reason),
            ]
        ),
    )


def cmd_stock_void(ctx: Context) -> int:
    outcome = void_number(
        ctx.writing(), number=typed_number(ctx.args.number), reason=ctx.args.reason
    )
    awb = outcome.value
    return ctx.emit_outcome("awb", outcome, lambda: f"voided {awb.number}: {awb.void_reason}")
