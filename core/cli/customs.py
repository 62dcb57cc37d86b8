"""`check` and `export-customs`: a consolidation's customs checks and its broker export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from core.cli.args import SubParsers, add_command, examples
from core.cli.context import Context
from core.domain.clock import parse_date
from core.domain.customs import ConsolidationCheck, HouseCheck
from core.errors import InvalidState
from core.services.customs_check import check_consolidation
from core.services.customs_export import FORMATS, export_customs_data

# Something blocks: the consolidation is "not in that state" to be manifested or closed.
EXIT_BLOCKED = InvalidState.exit_code
_CONSOL_HELP = "consolidation id or master AWB such as 172-12345675"


def register(sub: SubParsers) -> None:
    cmd = add_command(
        sub,
        "check",
        help="check a consolidation's houses against the customs and lithium rules",
        epilog=examples(
            "freightdesk check 172-12345675",
            "freightdesk --json check 12 --on 2026-07-01",
            "exit status 6 when any house has a blocking finding; warnings alone exit 0",
        ),
        handler=cmd_check,
    )
    cmd.add_argument("consolidation", metavar="CONSOL", help=_CONSOL_HELP)
    cmd.add_argument(
        "--on",
        metavar="DATE",
        help="the day for dated rules when the flight has no date (default: today)",
    )
    add_export(sub, "export-customs")


def add_export(sub: SubParsers, name: str = "export") -> None:
    """The broker export as a command of ``sub`` (`export-customs`; `consol export` when
    the consol group registers it)."""
    command = "export-customs" if name == "export-customs" else f"consol {name}"
    export = add_command(
        sub,
        name,
        help="export a consolidation's houses, one row per goods line, for the customs broker",
        epilog=examples(
            f"freightdesk {command} 172-12345675 --out houses.xlsx",
            f"freightdesk --json {command} 12 --out houses.csv --format csv",
        ),
        handler=cmd_export,
    )
    export.add_argument("consolidation", metavar="CONSOL", help=_CONSOL_HELP)
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    export.add_argument(
        "--format", dest="fmt", choices=FORMATS, help="default: from the file's suffix"
    )


def cmd_check(ctx: Context) -> int:
    on_day = parse_date(ctx.args.on, "on") if ctx.args.on else date.today()
    check = check_consolidation(ctx.reading(), ctx.args.consolidation, on_day=on_day)
    ctx.emit({"check": check_document(check)}, lambda: "\n".join(check_text(check)))
    return 0 if check.can_proceed else EXIT_BLOCKED


def check_document(check: ConsolidationCheck) -> dict[str, Any]:
    """For --json: counts, then each house with findings, blocking and warnings apart."""
    return {
        "can_proceed": check.can_proceed,
        "houses_checked": len(check.houses),
        "blocked_houses": len(check.blocked_houses),
        "blocking": check.blocking_count,
        "warnings": check.warning_count,
        "houses": [_house_document(house) for house in check.houses if house.findings],
    }


def _house_document(house: HouseCheck) -> dict[str, Any]:
    return {
        "house_awb": house.house_awb,
        "blocked": house.is_blocked,
        "blocking": [finding.to_dict() for finding in house.blocking],
        "warnings": [finding.to_dict() for finding in house.warnings],
        "info": [finding.to_dict() for finding in house.infos],
    }


def check_text(check: ConsolidationCheck) -> list[str]:
    """What blocks first, house by house; then the warnings; clean houses are not listed."""
    blocked = check.blocked_houses
    lines = [
        f"{len(check.houses)} houses checked: {len(blocked)} blocked "
        f"({check.blocking_count} blocking findings), {check.warning_count} warnings"
    ]
    if blocked:
        lines += ["", "BLOCKING (fix before manifesting or closing):"]
        for house in blocked:
            lines.append(f"  HAWB {house.house_awb}")
            lines += [f"    {f.field}: {f.message} [{f.code}]" for f in house.blocking]
    noted = [house for house in check.houses if house.warnings or house.infos]
    if noted:
        lines += ["", "WARNING (may proceed):"]
        for house in noted:
            lines.append(f"  HAWB {house.house_awb}")
            lines += [f"    {f.field}: {f.message} [{f.code}]" for f in house.warnings]
            lines += [f"    info {f.field}: {f.message} [{f.code}]" for f in house.infos]
    lines += ["", "can proceed" if check.can_proceed else "BLOCKED: cannot manifest or close"]
    return lines


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    report = export_customs_data(ctx.reading(), a.consolidation, a.out, fmt=a.fmt)
    return ctx.emit(
        {"export": report},
        lambda: (
            f"exported {report.rows} goods lines of {report.houses} houses of "
            f"{report.mawb} to {report.path}"
        ),
    )
