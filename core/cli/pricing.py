"""`quote`, `tariffs import|export|list|show` and `fx add|list|import`."""

from __future__ import annotations

from pathlib import Path

from core.cli import tariff_edit
from core.cli.args import SubParsers, add_command, add_group, examples
from core.cli.context import Context
from core.cli.output import Column, labelled, table
from core.domain.rating import BREAKS
from core.imports.tabular import RowProblem
from core.services.fx_import import import_exchange_rates
from core.services.pricing import QuoteRequest, QuoteView, add_exchange_rate, list_exchange_rates
from core.services.pricing import quote as quote_service
from core.services.tariffs import TariffView, export_tariffs, import_tariffs, list_tariffs

EXIT_REJECTED = 2  # a sheet with invalid rows: nothing imported


def register(sub: SubParsers) -> None:
    _register_quote(sub)
    _register_tariffs(sub)
    _register_fx(sub)


def _register_quote(sub: SubParsers) -> None:
    q = add_command(
        sub,
        "quote",
        help="price a shipment: chargeable weight, rate class and break, charges, total",
        epilog=examples(
            "freightdesk quote --origin CGO --destination FRA --date 2026-12-15 --pieces 3 \\\n"
            "      --weight 36.9 --dims 60x40x35x3",
            "freightdesk quote --origin CGO --destination LUX --date 2026-12-15 --pieces 10 \\\n"
            "      --weight 250 --volume 2.4 --customer SH-CGO-002 --hs 851830",
        ),
        handler=cmd_quote,
    )
    q.add_argument("--origin", required=True)
    q.add_argument("--destination", required=True)
    q.add_argument("--date", required=True, help="the flight's local departure date")
    q.add_argument("--pieces", required=True)
    q.add_argument("--weight", required=True, help="gross weight in kg")
    q.add_argument("--dims", help="LxWxH[xPieces] in cm, lines separated by commas")
    q.add_argument("--volume", help="volume in m3, when no dimensions are known")
    q.add_argument("--hs", help="HS code (specific commodity rates by HS prefix)")
    q.add_argument("--commodity", help="commodity item number (specific commodity rates)")
    q.add_argument("--carrier", help="carrier code, for its own tariff")
    q.add_argument("--customer", help="account number: its tariff, discount and currency")


def cmd_quote(ctx: Context) -> int:
    a = ctx.args
    view = quote_service(
        ctx.reading(),
        QuoteRequest(
            origin=a.origin,
            destination=a.destination,
            day=a.date,
            pieces=a.pieces,
            gross_weight_kg=a.weight,
            dimensions=a.dims,
            volume_m3=a.volume,
            hs_code=a.hs,
            commodity=a.commodity,
            carrier=a.carrier,
            customer=a.customer,
        ),
    )
    return ctx.emit({"quote": view}, lambda: quote_text(view))


def quote_text(view: QuoteView) -> str:
    p = view.priced
    rows = [["FRT", "freight", p.freight.label, str(p.freight.amount.amount)]]
    if p.discount:
        rows.append(["", "discount", "", f"-{p.discount.amount}"])
    rows += [
        [c.code + c.due, c.description, f"{c.basis} {c.quantity} x {c.rate}", str(c.amount.amount)]
        for c in p.charges
    ]
    lines = table(
        [Column("CODE"), Column("CHARGE"), Column("BASIS"), Column(p.total.currency, "right")], rows
    )
    summary = [
        ("lane", f"{view.origin}-{view.destination} on {view.day}"),
        ("chargeable", f"{p.chargeable_weight_kg} kg"),
        ("total", str(p.total)),
        (
            "converted",
            f"{p.converted_total} (1 {p.exchange_rate.base} = {p.exchange_rate.rate} "
            f"{p.exchange_rate.quote} on {p.exchange_rate.valid_on})"
            if p.converted_total and p.exchange_rate
            else None,
        ),
    ]
    return f"{labelled(summary[:2])}\n{lines}\n{labelled(summary[2:])}"


def _register_tariffs(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "tariffs",
        help="tariffs: import and export rate sheets, list, show, edit, delete",
        epilog=examples(
            "freightdesk tariffs import rates.xlsx", "freightdesk tariffs list --destination FRA"
        ),
    )
    imp = add_command(
        group,
        "import",
        help="import a rate sheet (CSV or XLSX template)",
        epilog=examples(
            "freightdesk tariffs import rates.xlsx",
            "freightdesk tariffs import rates.csv --valid-rows-only",
        ),
        handler=cmd_tariffs_import,
    )
    imp.add_argument("path", type=Path)
    imp.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="import the valid rows even when others are rejected",
    )
    imp.add_argument("--customer", help="account number, for a customer-specific tariff")
    exp = add_command(
        group,
        "export",
        help="export tariffs to XLSX in the import template",
        epilog=examples("freightdesk tariffs export tariffs.xlsx"),
        handler=cmd_tariffs_export,
    )
    exp.add_argument("path", type=Path)
    cmd = add_command(
        group,
        "list",
        help="list tariffs with their rates",
        handler=cmd_tariffs_list,
        epilog=examples("freightdesk tariffs list --origin CGO --destination FRA"),
    )
    cmd.add_argument("--origin")
    cmd.add_argument("--destination")
    tariff_edit.register(group, show_lane=cmd_tariffs_list)


def cmd_tariffs_import(ctx: Context) -> int:
    a = ctx.args
    outcome = import_tariffs(
        ctx.writing(), a.path, valid_rows_only=a.valid_rows_only, customer=a.customer
    )
    report = outcome.value
    ctx.emit_outcome("import", outcome, lambda: _import_text(report.imported, report.problems))
    return EXIT_REJECTED if report.problems and not report.imported else 0


def _import_text(imported: int, problems: tuple[RowProblem, ...]) -> str:
    head = f"imported {imported} tariffs" if imported else "nothing imported"
    if not problems:
        return head
    rows = [[str(p.row), p.column, p.reason] for p in problems]
    return f"{head}; rejected:\n" + table(
        [Column("ROW", "right"), Column("COLUMN"), Column("REASON")], rows
    )


def cmd_tariffs_export(ctx: Context) -> int:
    count = export_tariffs(ctx.reading(), ctx.args.path)
    return ctx.emit(
        {"exported": count, "path": str(ctx.args.path)},
        lambda: f"exported {count} tariffs to {ctx.args.path}",
    )


def cmd_tariffs_list(ctx: Context) -> int:
    views = list_tariffs(ctx.reading(), origin=ctx.args.origin, destination=ctx.args.destination)
    return ctx.emit({"tariffs": views}, lambda: _tariffs_table(views))


def _tariffs_table(views: list[TariffView]) -> str:
    columns = [
        Column("ID", "right"),
        Column("LANE"),
        Column("CARRIER"),
        Column("CUR"),
        Column("FROM"),
        Column("TO"),
        Column("M", "right"),
        Column("N", "right"),
        *(Column(f"Q{kg}", "right") for kg in BREAKS),
    ]
    rows = [
        [
            str(v.id),
            f"{t.origin}-{t.destination}",
            t.carrier or "any",
            t.currency,
            str(t.valid_from),
            str(t.valid_to or ""),
            str(t.minimum),
            str(t.normal),
            *(str(t.breaks.get(kg, "")) for kg in BREAKS),
        ]
        for v in views
        for t in (v.tariff,)
    ]
    return table(columns, rows) if rows else "no tariffs"


def _register_fx(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "fx",
        help="exchange rates entered by the clerk: add, list, import",
        epilog=examples("freightdesk fx add CNY EUR 0.128 --date 2026-12-01"),
    )
    add = add_command(
        group,
        "add",
        help="add a dated rate: units of QUOTE per one BASE",
        epilog=examples("freightdesk fx add CNY EUR 0.128 --date 2026-12-01"),
        handler=cmd_fx_add,
    )
    add.add_argument("base")
    add.add_argument("quote")
    add.add_argument("rate")
    add.add_argument("--date", required=True, help="valid from this date")
    add_command(
        group,
        "list",
        help="list the stored rates",
        epilog=examples("freightdesk fx list"),
        handler=cmd_fx_list,
    )
    imp = add_command(
        group,
        "import",
        help="import rates from CSV/XLSX: base,quote,rate,valid_on",
        epilog=examples("freightdesk fx import rates.csv"),
        handler=cmd_fx_import,
    )
    imp.add_argument("path", type=Path)


def cmd_fx_add(ctx: Context) -> int:
    a = ctx.args
    outcome = add_exchange_rate(
        ctx.writing(), base=a.base, quote=a.quote, rate=a.rate, valid_on=a.date
    )
    r = outcome.value
    return ctx.emit_outcome(
        "rate", outcome, lambda: f"1 {r.base} = {r.rate} {r.quote} from {r.valid_on}"
    )


def cmd_fx_list(ctx: Context) -> int:
    rates = list_exchange_rates(ctx.reading())
    rows = [[r.base, r.quote, str(r.rate), str(r.valid_on)] for r in rates]
    return ctx.emit(
        {"rates": rates},
        lambda: (
            table(
                [Column("BASE"), Column("QUOTE"), Column("RATE", "right"), Column("VALID ON")], rows
            )
            if rows
            else "no exchange rates"
        ),
    )


def cmd_fx_import(ctx: Context) -> int:
    outcome = import_exchange_rates(ctx.writing(), ctx.args.path)
    report = outcome.value
    ctx.emit_outcome(
        "import",
        outcome,
        lambda: _import_text(report.imported, report.problems).replace("tariffs", "exchange rates"),
    )
    return EXIT_REJECTED if report.problems else 0
