"""`freightdesk consol`: e-commerce consolidations (a master AWB holding house shipments)."""

from __future__ import annotations

import argparse
import os

from core.cli import customs
from core.cli.args import (
    SubParsers,
    add_command,
    add_flight_choice,
    add_group,
    examples,
    non_negative_int,
    positive_int,
)
from core.cli.context import Context
from core.cli.output import Column, kg, labelled, m3, table
from core.services.consolidation_views import ConsolidationView, HouseReport, HouseRow
from core.services.house_input import HouseInput, HouseItemInput

ID_HELP = "consolidation id or master AWB number (020-10000001)"


def actor_name() -> str:
    """The clerk, as the operating system knows them (as the desk's login_name does)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME", "") or "unknown"


def register(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "consol",
        help="e-commerce consolidations: create, show, list, close, reopen, houses, export",
        epilog=examples(
            "freightdesk consol create --flight CV9734 --date 2026-12-02 --shipper SH-CGO-001 "
            "--consignee CN-LUX-001 --weight 800 --volume 5.2",
            "freightdesk consol houses 1 --sort consignee_country",
            "freightdesk consol close 020-10000001",
        ),
    )
    _register_create(group)
    _register_views(group)
    _register_state(group)
    _register_add_house(group)
    customs.add_export(group)  # `consol export`, the same command as `export-customs`


def _register_create(group: SubParsers) -> None:
    create = add_command(
        group,
        "create",
        help="book the master AWB on a flight and open a consolidation",
        epilog=examples(
            "freightdesk consol create --flight CV9734 --date 2026-12-02 --shipper SH-CGO-001 "
            "--consignee CN-LUX-001 --weight 800 --volume 5.2 --pieces 4"
        ),
        handler=cmd_create,
    )
    add_flight_choice(create)
    create.add_argument("--shipper", required=True, metavar="ACCOUNT")
    create.add_argument("--consignee", required=True, metavar="ACCOUNT")
    create.add_argument("--weight", required=True, metavar="KG", help="space booked, kg")
    create.add_argument("--volume", required=True, metavar="M3", help="space booked, m3")
    create.add_argument("--pieces", metavar="N", help="pieces tendered (bags, pallets)")
    create.add_argument("--not-ecommerce", action="store_true", help="leave out SHC ECM")
    create.add_argument("--request-id", metavar="ID", help="retry-safe request id")


def _register_views(group: SubParsers) -> None:
    show = add_command(
        group,
        "show",
        help="show a consolidation",
        epilog=examples("freightdesk consol show 1"),
        handler=cmd_show,
    )
    show.add_argument("consolidation", metavar="ID|MAWB", help=ID_HELP)
    listing = add_command(
        group,
        "list",
        help="list consolidations, newest first",
        epilog=examples("freightdesk consol list --state open"),
        handler=cmd_list,
    )
    listing.add_argument("--state", choices=["open", "closed"])
    listing.add_argument("--limit", type=positive_int, default=50, metavar="N")
    listing.add_argument("--offset", type=non_negative_int, default=0, metavar="N")
    houses = add_command(
        group,
        "houses",
        help="a consolidation's houses, a page at a time",
        epilog=examples("freightdesk consol houses 1 --sort gross_weight_kg --desc"),
        handler=cmd_houses,
    )
    houses.add_argument("consolidation", metavar="ID|MAWB", help=ID_HELP)
    houses.add_argument("--limit", type=positive_int, default=50, metavar="N")
    houses.add_argument("--offset", type=non_negative_int, default=0, metavar="N")
    houses.add_argument("--sort", default="house_number", metavar="KEY")
    houses.add_argument("--desc", action="store_true", help="largest/last first")
    houses.add_argument("--text", metavar="TEXT", help="part of a number or name")


def _register_state(group: SubParsers) -> None:
    close = add_command(
        group,
        "close",
        help="close: documents final, no more changes (refused while blocked)",
        epilog=examples("freightdesk consol close 1"),
        handler=cmd_close,
    )
    close.add_argument("consolidation", metavar="ID|MAWB", help=ID_HELP)
    close.add_argument("--actor", help="who (default: the login name)")
    reopen = add_command(
        group,
        "reopen",
        help="reopen a closed consolidation, with the reason on record",
        epilog=examples("freightdesk consol reopen 1 --reason 'two parcels withdrawn'"),
        handler=cmd_reopen,
    )
    reopen.add_argument("consolidation", metavar="ID|MAWB", help=ID_HELP)
    reopen.add_argument("--reason", required=True)
    reopen.add_argument("--actor", help="who (default: the login name)")
    tender = add_command(
        group,
        "tender",
        help="set the pieces tendered to the airline (the master's pieces)",
        epilog=examples("freightdesk consol tender 1 --pieces 12"),
        handler=cmd_tender,
    )
    tender.add_argument("consolidation", metavar="ID|MAWB", help=ID_HELP)
    tender.add_argument("--pieces", required=True, metavar="N")


def _register_add_house(group: SubParsers) -> None:
    add = add_command(
        group,
        "add-house",
        help="add one house shipment (the minimal fields; import for more)",
        epilog=examples(
            "freightdesk consol add-house 1 --order TM-1001 --shipper-name 'Henan Ltd' "
            "--shipper-address '1 Road' --shipper-city Zhengzhou --consignee-name 'A. Weber' "
            "--consignee-address 'Hauptstr. 1' --consignee-city Frankfurt --consignee-country DE "
            "--pieces 1 --weight 1.2 --goods 'Bluetooth earphones' --hs 851830 --value 25 "
            "--currency EUR --mode 9610"
        ),
        handler=cmd_add_house,
    )
    add.add_argument("consolidation", metavar="ID|MAWB", help=ID_HELP)
    add.add_argument("--order", help="the platform's order number")
    for name in ("shipper-name", "shipper-address", "shipper-city"):
        add.add_argument(f"--{name}", required=True)
    add.add_argument("--shipper-country", default="CN")
    for name in ("consignee-name", "consignee-address", "consignee-city", "consignee-country"):
        add.add_argument(f"--{name}", required=True)
    add.add_argument("--consignee-postcode")
    add.add_argument("--pieces", default="1")
    add.add_argument("--weight", required=True, metavar="KG")
    add.add_argument("--dims", metavar="LxWxHxN")
    add.add_argument("--goods", required=True, help="goods description (English)")
    add.add_argument("--hs", help="HS code")
    add.add_argument("--quantity", default="1")
    add.add_argument("--value", required=True, help="value per unit")
    add.add_argument("--currency", required=True)
    add.add_argument("--mode", help="customs mode: 9610, 9710, 9810 or 1210")
    add.add_argument("--ioss")
    add.add_argument("--shc")


def cmd_create(ctx: Context) -> int:
    from core.services.consolidations import ConsolidationRequest, create_consolidation

    a = ctx.args
    request = ConsolidationRequest(
        shipper=a.shipper,
        consignee=a.consignee,
        gross_weight_kg=a.weight,
        volume_m3=a.volume,
        flight_id=a.flight_id,
        flight_number=a.flight,
        flight_date=a.date,
        pieces=a.pieces,
        ecommerce=not a.not_ecommerce,
        client_request_id=a.request_id,
    )
    outcome = create_consolidation(ctx.writing(), request)
    return ctx.emit_outcome("consolidation", outcome, lambda: detail(outcome.value))


def cmd_show(ctx: Context) -> int:
    from core.services.consolidations import get_consolidation

    view = get_consolidation(ctx.reading(), ctx.args.consolidation)
    return ctx.emit({"consolidation": view}, lambda: detail(view))


def cmd_list(ctx: Context) -> int:
    from core.services.consolidations import ConsolidationFilter, list_consolidations

    a = ctx.args
    views = list_consolidations(
        ctx.reading(), ConsolidationFilter(state=a.state, limit=a.limit, offset=a.offset)
    )
    return ctx.emit({"consolidations": views, "count": len(views)}, lambda: _list_table(views))


def cmd_houses(ctx: Context) -> int:
    from core.services.consolidations import list_houses

    a = ctx.args
    rows = list_houses(
        ctx.reading(),
        a.consolidation,
        offset=a.offset,
        limit=a.limit,
        sort=a.sort,
        descending=a.desc,
        text=a.text,
    )
    return ctx.emit({"houses": rows, "count": len(rows)}, lambda: _houses_table(rows))


def cmd_close(ctx: Context) -> int:
    from core.services.consolidations import close_consolidation

    outcome = close_consolidation(
        ctx.writing(), ctx.args.consolidation, actor=ctx.args.actor or actor_name()
    )
    return ctx.emit_outcome("consolidation", outcome, lambda: detail(outcome.value))


def cmd_reopen(ctx: Context) -> int:
    from core.services.consolidations import reopen_consolidation

    a = ctx.args
    outcome = reopen_consolidation(
        ctx.writing(), a.consolidation, actor=a.actor or actor_name(), reason=a.reason
    )
    return ctx.emit_outcome("consolidation", outcome, lambda: detail(outcome.value))


def cmd_tender(ctx: Context) -> int:
    from core.services.consolidations import set_tendered_pieces

    outcome = set_tendered_pieces(ctx.writing(), ctx.args.consolidation, ctx.args.pieces)
    return ctx.emit_outcome("consolidation", outcome, lambda: detail(outcome.value))


def cmd_add_house(ctx: Context) -> int:
    from core.services.consolidations import add_houses

    outcome = add_houses(ctx.writing(), ctx.args.consolidation, [_house_input(ctx.args)])
    return ctx.emit_outcome("report", outcome, lambda: _report_text(outcome.value))


def _house_input(a: argparse.Namespace) -> HouseInput:
    item = HouseItemInput(a.goods, a.hs, a.quantity, a.value, a.currency)
    return HouseInput(
        shipper_name=a.shipper_name,
        shipper_address=a.shipper_address,
        shipper_city=a.shipper_city,
        shipper_country=a.shipper_country,
        consignee_name=a.consignee_name,
        consignee_address=a.consignee_address,
        consignee_city=a.consignee_city,
        consignee_country=a.consignee_country,
        consignee_postcode=a.consignee_postcode,
        pieces=a.pieces,
        gross_weight_kg=a.weight,
        dimensions=a.dims,
        items=(item,),
        platform_order_number=a.order,
        customs_mode=a.mode,
        ioss_number=a.ioss,
        shc=a.shc,
    )


def detail(v: ConsolidationView) -> str:
    lines = labelled(
        [
            ("Consolidation", str(v.id)),
            ("MAWB", v.mawb),
            ("Booking", v.booking_ref),
            ("Flight", f"{v.flight_label}  {v.origin}-{v.destination}"),
            ("State", v.state),
            (
                "Houses",
                f"{v.houses} ({v.pieces} pieces, {kg(v.gross_weight_kg)}, {m3(v.volume_m3)})",
            ),
            ("Tendered pieces", str(v.tendered_pieces) if v.tendered_pieces else "not entered"),
            ("Booked space", f"{kg(v.booked_weight_kg)}, {m3(v.booked_volume_m3)}"),
            (
                "Master holds",
                f"{kg(v.master_weight_kg)}, {m3(v.master_volume_m3)}, "
                f"chargeable {kg(v.master_chargeable_kg)}",
            ),
        ]
    )
    events = [
        f"  {e.at_utc:%Y-%m-%d %H:%M} UTC  {e.action} by {e.actor}"
        + (f": {e.reason}" if e.reason else "")
        for e in v.events
    ]
    return "\n".join([lines, *(["Events", *events] if events else [])])


def _list_table(views: list[ConsolidationView]) -> str:
    columns = [
        Column("ID", "right"),
        Column("MAWB"),
        Column("Flight"),
        Column("Route"),
        Column("State"),
        Column("Houses", "right"),
        Column("Weight kg", "right"),
    ]
    rows = [
        [
            str(v.id),
            v.mawb,
            v.flight_label,
            f"{v.origin}-{v.destination}",
            v.state,
            str(v.houses),
            str(v.gross_weight_kg),
        ]
        for v in views
    ]
    return table(columns, rows) if rows else "no consolidations"


def _houses_table(rows: list[HouseRow]) -> str:
    columns = [
        Column("House"),
        Column("Order"),
        Column("Consignee", max_width=30),
        Column("Ctry"),
        Column("Pcs", "right"),
        Column("kg", "right"),
        Column("Mode"),
        Column("Value", "right"),
        Column("SHC"),
    ]
    cells = [
        [
            r.house_number,
            r.platform_order_number or "",
            r.consignee_name,
            r.consignee_country,
            str(r.pieces),
            str(r.gross_weight_kg),
            r.customs_mode or "",
            r.declared_value,
            r.shc,
        ]
        for r in rows
    ]
    return table(columns, cells) if cells else "no houses"


def _report_text(r: HouseReport) -> str:
    lines = [f"added {len(r.added)}: {' '.join(r.added)}" if r.added else "added none"]
    lines += [
        f"skipped {s.platform_order_number}: already "
        + (f"house {s.house_number}" if s.house_number else "earlier in this batch")
        for s in r.skipped
    ]
    lines += [f"refused: {x.message}" for x in r.rejected]
    return "\n".join([*lines, "", detail(r.consolidation)])
