"""`tariffs show ID|--origin --destination`, `tariffs edit ID` and `tariffs delete ID`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from core.cli.args import SubParsers, add_command, examples
from core.cli.context import Context
from core.cli.output import Column, labelled, table
from core.domain.rating import BREAKS
from core.errors import ValidationError
from core.services.tariffs import TariffEdit, TariffView, delete_tariff, get_tariff, update_tariff

DROP = "-"  # `--q300 -` removes the Q300 break


def register(group: SubParsers, show_lane: Callable[[Context], int]) -> None:
    """``show_lane`` is the lane listing `tariffs show --destination` always gave."""
    show = add_command(
        group,
        "show",
        help="show one tariff with its breaks and commodity rates, or the tariffs of a lane",
        epilog=examples(
            "freightdesk tariffs show 12", "freightdesk tariffs show --origin CGO --destination FRA"
        ),
        handler=lambda ctx: cmd_show(ctx, show_lane),
    )
    show.add_argument("id", nargs="?", type=int, help="the tariff's number (see tariffs list)")
    show.add_argument("--origin")
    show.add_argument("--destination")
    _register_edit(group)
    delete = add_command(
        group,
        "delete",
        help="delete a tariff (bookings keep the price they were made with)",
        epilog=examples("freightdesk tariffs delete 12"),
        handler=cmd_delete,
    )
    delete.add_argument("id", type=int)


def _register_edit(group: SubParsers) -> None:
    edit = add_command(
        group,
        "edit",
        help="change a tariff's validity, currency, M, N and weight breaks",
        epilog=examples(
            "freightdesk tariffs edit 12 --to 2027-01-31 --q45 33.50",
            f"freightdesk tariffs edit 12 --open-ended --q1000 {DROP}",
        ),
        handler=cmd_edit,
    )
    edit.add_argument("id", type=int)
    edit.add_argument("--currency")
    edit.add_argument("--from", dest="valid_from")
    until = edit.add_mutually_exclusive_group()
    until.add_argument("--to", dest="valid_to")
    until.add_argument("--open-ended", action="store_true", help="no end date")
    edit.add_argument("--minimum", help="M, the minimum charge")
    edit.add_argument("--normal", help="N, the rate per kg under the first break")
    for kg in BREAKS:
        edit.add_argument(f"--q{kg}", metavar="RATE", help=f"the Q{kg} rate; {DROP} removes it")


def cmd_show(ctx: Context, show_lane: Callable[[Context], int]) -> int:
    if ctx.args.id is None:
        if not ctx.args.destination:
            raise ValidationError(
                "destination", "cli.required", "give a tariff number or --destination"
            )
        return show_lane(ctx)
    view = get_tariff(ctx.reading(), ctx.args.id)
    return ctx.emit({"tariff": view}, lambda: tariff_text(view))


def cmd_edit(ctx: Context) -> int:
    current = get_tariff(ctx.reading(), ctx.args.id)
    outcome = update_tariff(ctx.writing(), ctx.args.id, edit_from(current, ctx.args))
    view = outcome.value
    return ctx.emit_outcome("tariff", outcome, lambda: tariff_text(view))


def edit_from(current: TariffView, a: argparse.Namespace) -> TariffEdit:
    """The stored tariff with the options given on the command line."""
    t = current.tariff
    breaks: dict[int, str | None] = {kg: str(rate) for kg, rate in t.breaks.items()}
    for kg in BREAKS:
        typed = getattr(a, f"q{kg}")
        if typed is not None:
            breaks[kg] = None if typed.strip() == DROP else typed
    return TariffEdit(
        currency=a.currency or t.currency,
        valid_from=a.valid_from or t.valid_from,
        valid_to=None if a.open_ended else (a.valid_to or t.valid_to),
        minimum=a.minimum or t.minimum,
        normal=a.normal or t.normal,
        breaks=breaks,
    )


def cmd_delete(ctx: Context) -> int:
    outcome = delete_tariff(ctx.writing(), ctx.args.id)
    return ctx.emit_outcome("deleted", outcome, lambda: f"deleted tariff {outcome.value}")


def tariff_text(view: TariffView) -> str:
    t = view.tariff
    head = labelled(
        [
            ("tariff", str(view.id)),
            ("lane", f"{t.origin}-{t.destination}"),
            ("carrier", t.carrier or "any"),
            ("customer", view.customer or "all"),
            ("valid", f"{t.valid_from} to {t.valid_to or 'open-ended'}"),
            ("currency", t.currency),
        ]
    )
    rates = [["M", "", str(t.minimum)], ["N", "", str(t.normal)]]
    rates += [[f"Q{kg}", str(kg), str(rate)] for kg, rate in sorted(t.breaks.items())]
    rates += [[f"C {c.code}", str(c.min_weight_kg), str(c.rate)] for c in t.commodity_rates]
    columns = [Column("CLASS"), Column("FROM KG", "right"), Column("RATE", "right")]
    return f"{head}\n{table(columns, rates)}"
