"""`book`: a consignment onto a flight's space, with its AWB number from stock."""

from __future__ import annotations

import argparse

from core.cli.args import SubParsers, add_command, add_flight_choice, examples
from core.cli.booking_text import summary
from core.cli.context import Context
from core.services.booking import book
from core.services.booking_input import SPACE_STATUSES, BookingRequest, LithiumInput
from core.services.changes import Entity

_LITHIUM = {
    "lithium_pi": "packing instruction: PI966, PI967 (Li-ion), PI969, PI970 (Li-metal)",
    "lithium_cell_wh": "Li-ion cell rating in Wh",
    "lithium_wh": "Li-ion battery rating in Wh",
    "lithium_cell_g": "Li-metal cell lithium content in g",
    "lithium_g": "Li-metal battery lithium content in g",
    "lithium_soc": "state of charge in %% (PI966 above 2.7 Wh: at most 30)",
}

EPILOG = examples(
    "freightdesk book --shipper SH-CGO-001 --consignee CN-LUX-001 --flight CV9734 \\\n"
    "      --date 2026-12-02 --pieces 3 --weight 36.9 --dims 60x40x35x3 \\\n"
    '      --goods "Bluetooth earphones with Li-ion battery" --hs 851830 --shc ECM \\\n'
    "      --lithium-pi PI967 --lithium-wh 0.3 --declared-value 1530.00 --currency CNY",
    "freightdesk book --shipper SH-CGO-004 --consignee CN-FRA-001 --flight-id 42 \\\n"
    '      --pieces 20 --weight 310 --volume 1.92 --goods "men\'s cotton T-shirts" \\\n'
    "      --space confirmed --request-id web-20261202-0001",
    "",
    "A retried --request-id returns the booking it made the first time: never two.",
)


def register(sub: SubParsers) -> None:
    parser = add_command(
        sub,
        "book",
        help="book a consignment on a flight (allocates the AWB number)",
        epilog=EPILOG,
        handler=cmd_book,
    )
    parser.add_argument("--shipper", required=True, metavar="ACCOUNT", help="shipper's account")
    parser.add_argument("--consignee", required=True, metavar="ACCOUNT", help="consignee's account")
    add_flight_choice(parser)
    parser.add_argument("--origin", metavar="IATA", help="check the flight leaves from here")
    parser.add_argument("--destination", metavar="IATA", help="check the flight flies here")
    _register_cargo(parser)
    lithium = parser.add_argument_group("lithium batteries (IATA DGR Section II only)")
    for dest, text in _LITHIUM.items():
        lithium.add_argument("--" + dest.replace("_", "-"), dest=dest, metavar="VALUE", help=text)
    parser.add_argument(
        "--request-id", metavar="ID", help="your id for this request: a retry books once"
    )


def _register_cargo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pieces", required=True, metavar="N", help="number of pieces")
    parser.add_argument("--weight", required=True, metavar="KG", help="gross weight in kg")
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument(
        "--dims", metavar="LxWxHxN,...", help="dimension lines in cm, e.g. 60x40x35x3,120x80x100"
    )
    size.add_argument("--volume", metavar="M3", help="volume in m3 when no dimensions are known")
    parser.add_argument("--goods", required=True, metavar="TEXT", help="goods description")
    parser.add_argument("--hs", metavar="CODE", help="HS code, 6 to 10 digits")
    parser.add_argument("--shc", metavar="CODES", help='special handling codes, e.g. "ECM ELI"')
    parser.add_argument(
        "--security", default="SPX", metavar="STATUS", help="SPX, SCO or NSC (default: SPX)"
    )
    parser.add_argument("--declared-value", metavar="AMOUNT", help="declared value, e.g. 1530.00")
    parser.add_argument("--currency", metavar="CODE", help="currency of the value, e.g. CNY")
    parser.add_argument("--payment", default="PP", metavar="PP|CC", help="prepaid or collect")
    parser.add_argument(
        "--space",
        default="requested",
        metavar="STATUS",
        help=f"space status with the airline: {', '.join(SPACE_STATUSES)} (default: requested)",
    )


def booking_request(a: argparse.Namespace) -> BookingRequest:
    """The values as typed: core's rules clean and check them, naming the field at fault."""
    return BookingRequest(
        shipper=a.shipper,
        consignee=a.consignee,
        pieces=a.pieces,
        gross_weight_kg=a.weight,
        goods_description=a.goods,
        flight_id=a.flight_id,
        flight_number=a.flight,
        flight_date=a.date,
        origin=a.origin,
        destination=a.destination,
        dimensions=a.dims,
        volume_m3=a.volume,
        hs_code=a.hs,
        shc=a.shc or (),
        security_status=a.security,
        declared_value=a.declared_value,
        declared_currency=a.currency,
        payment=a.payment,
        space_status=a.space,
        lithium=lithium_input(a),
        client_request_id=a.request_id,
    )


def lithium_input(a: argparse.Namespace) -> LithiumInput | None:
    """None when no lithium option is given; a rating without --lithium-pi is passed on
    with an empty packing instruction, so the rule that requires it answers."""
    if all(getattr(a, dest) is None for dest in _LITHIUM):
        return None
    return LithiumInput(
        packing_instruction=a.lithium_pi or "",
        cell_wh=a.lithium_cell_wh,
        battery_wh=a.lithium_wh,
        cell_lithium_g=a.lithium_cell_g,
        battery_lithium_g=a.lithium_g,
        state_of_charge_pct=a.lithium_soc,
    )


def cmd_book(ctx: Context) -> int:
    outcome = book(ctx.writing(), booking_request(ctx.args))
    # A retried request id returns the first booking and changes nothing.
    replayed = Entity.CONSIGNMENT not in outcome.changes
    view = outcome.value

    def render() -> str:
        head = (
            f"already booked under request id {view.client_request_id}: nothing changed"
            if replayed
            else "booked"
        )
        return f"{head}\n{summary(view)}"

    return ctx.emit_outcome("booking", outcome, render, replayed=replayed)
