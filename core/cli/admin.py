"""`init`: open (migrate, seed) the database and say what happened; optionally demo data."""

from __future__ import annotations

from datetime import date

from core.cli.args import SubParsers, add_command, examples, non_negative_int
from core.cli.context import Context
from core.cli.demo import DEMO_COUNT, DEMO_SEED, DemoReport, seed_demo
from core.cli.output import labelled, yes_no
from core.services.database import OpenedDatabase


def register(sub: SubParsers) -> None:
    init = add_command(
        sub,
        "init",
        help="create or upgrade the database, seed reference data, generate flights",
        epilog=examples(
            "freightdesk init",
            "freightdesk --db ~/freightdesk-training.sqlite init --demo",
            "FREIGHTDESK_DB=postgresql+psycopg://desk@office/freightdesk freightdesk init",
            "",
            "Any command opens the database the same way; init only reports it.",
            "--demo adds AWB stock where a carrier has none and books demo consignments",
            "with request ids demo-0001... and consolidations on the next two weeks' flights",
            "(demo-load-0001...), then some fifteen months of flown and delivered consignments",
            "(demo-h-00001...) for the dashboard, the seller (only if none is set) and three",
            "months of invoices, payments and a credit note (only if there is no invoice yet):",
            "running it again adds nothing. --demo-count 0 books nothing on coming flights.",
        ),
        handler=cmd_init,
    )
    init.add_argument(
        "--demo",
        action="store_true",
        help="add demo bookings on upcoming flights, a history of past ones and invoices",
    )
    init.add_argument(
        "--demo-count",
        type=non_negative_int,
        default=DEMO_COUNT,
        metavar="N",
        help="how many small demo bookings (the loads come with them, unless N is 0)",
    )
    init.add_argument(
        "--demo-seed", type=non_negative_int, default=DEMO_SEED, metavar="N", help="random seed"
    )


def cmd_init(ctx: Context) -> int:
    opened = ctx.database()
    added = None
    if ctx.args.demo:
        added = seed_demo(
            opened.uow, count=ctx.args.demo_count, seed=ctx.args.demo_seed, today=date.today()
        )
    report = opened.migration
    document = {
        "database": opened.location,
        "migration": {
            "from_revision": report.from_revision,
            "to_revision": report.to_revision,
            "upgraded": report.upgraded,
            "backup": str(report.backup) if report.backup else None,
        },
        "seeded": opened.seeded,
        "flights_created": opened.flights_created,
        "demo_bookings_added": None if added is None else added.bookings_added,
        "demo_history_added": None if added is None else added.history_added,
        "demo_houses_added": None if added is None else added.houses_added,
        "demo_invoices_added": None if added is None else added.invoices_added,
        "demo_payments_added": None if added is None else added.payments_added,
        "demo_seller_set": None if added is None else added.seller_set,
    }
    return ctx.emit(document, lambda: _init_text(opened, added))


def _init_text(opened: OpenedDatabase, added: DemoReport | None) -> str:
    report = opened.migration
    schema = (
        f"upgraded {report.from_revision or 'empty'} -> {report.to_revision}"
        if report.upgraded
        else f"at {report.to_revision} (no upgrade needed)"
    )
    return labelled(
        [
            ("database", opened.location),
            ("schema", schema),
            ("backup", str(report.backup) if report.backup else "none needed"),
            ("seeded", yes_no(opened.seeded)),
            ("flights created", str(opened.flights_created)),
            ("demo bookings", None if added is None else f"{added.bookings_added} added"),
            ("demo history", None if added is None else f"{added.history_added} added"),
            ("demo houses", None if added is None else f"{added.houses_added} in 2 consolidations"),
            ("demo invoices", None if added is None else _billing_text(added)),
        ]
    )


def _billing_text(added: DemoReport) -> str:
    seller = "; seller set" if added.seller_set else ""
    return f"{added.invoices_added} added, {added.payments_added} payments{seller}"
