"""`settings show|set`: the workstation's settings (office airport, number prefix...)."""

from __future__ import annotations

from core.cli.args import SubParsers, add_command, add_group, examples
from core.cli.context import Context
from core.cli.output import labelled
from core.services.workstation import SETTING_KEYS, SettingView, list_settings, set_settings


def register(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "settings",
        help="this workstation's settings: show, set",
        epilog=examples(
            "freightdesk settings show",
            "freightdesk settings set office_airport HGH",
            "freightdesk --json settings set workstation_prefix HGH1",
        ),
    )
    add_command(
        group,
        "show",
        help="list the settings, marking those left at their default",
        epilog=examples("freightdesk settings show --json"),
        handler=cmd_show,
    )
    cmd = add_command(
        group,
        "set",
        help="set one setting (checked first: a wrong value changes nothing)",
        epilog=examples(
            "freightdesk settings set default_currency EUR",
            "freightdesk settings set low_stock_threshold 200",
        ),
        handler=cmd_set,
    )
    cmd.add_argument("key", metavar="KEY", help=", ".join(SETTING_KEYS))
    cmd.add_argument("value", metavar="VALUE")


def cmd_show(ctx: Context) -> int:
    views = list_settings(ctx.reading())
    return ctx.emit({"settings": views}, lambda: settings_text(views))


def cmd_set(ctx: Context) -> int:
    outcome = set_settings(ctx.writing(), {ctx.args.key: ctx.args.value})
    views = outcome.value
    return ctx.emit_outcome("settings", outcome, lambda: settings_text(views))


def settings_text(views: list[SettingView]) -> str:
    return labelled((v.key, f"{v.value}  (default)" if v.is_default else v.value) for v in views)
