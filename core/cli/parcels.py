"""`import parcels FILE --consol ID`: house shipments from a platform's CSV or XLSX."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.cli.args import SubParsers, add_command, add_group, examples
from core.cli.context import Context
from core.cli.output import Column, table
from core.errors import ValidationError
from core.services.parcel_import import ParcelImport, import_parcels

EXIT_REJECTED = 2  # rows refused: nothing imported (all or nothing)


def register(sub: SubParsers) -> None:
    group = add_group(
        sub,
        "import",
        help="import files: parcels (house shipments) into a consolidation",
        epilog=examples("freightdesk import parcels orders.xlsx --consol 3"),
    )
    cmd = add_command(
        group,
        "parcels",
        help="import house shipments from a parcel file (CSV or XLSX template)",
        epilog=examples(
            "freightdesk import parcels orders.xlsx --consol 3",
            "freightdesk import parcels orders.csv --consol 172-20000013 --accept-valid",
            "freightdesk import parcels export.csv --consol 3 --map '买家姓名=consignee_name' \\\n"
            "      --map 'Remark=ignore'",
        ),
        handler=cmd_import_parcels,
    )
    cmd.add_argument("path", type=Path, metavar="FILE")
    cmd.add_argument("--consol", required=True, help="consolidation id or master AWB number")
    cmd.add_argument(
        "--accept-valid",
        action="store_true",
        help="import the valid houses even when other rows are refused",
    )
    cmd.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COL=FIELD",
        help="read file column COL as FIELD (a template column, or 'ignore'); repeatable",
    )
    cmd.add_argument("--check", action="store_true", help="report only: write nothing")


def cmd_import_parcels(ctx: Context) -> int:
    a = ctx.args
    outcome = import_parcels(
        ctx.writing(),
        a.consol,
        a.path,
        accept_valid=a.accept_valid,
        mapping=_mapping(a.map),
        check_only=a.check,
    )
    report = outcome.value
    ctx.emit_outcome("import", outcome, lambda: _text(report), summary=_summary(report))
    return EXIT_REJECTED if report.problems and not report.houses_added else 0


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise ValidationError("mapping", "parcels.mapping_syntax", f"{pair!r}: use COL=FIELD")
        mapping[column.strip()] = target.strip()
    return mapping


def _summary(r: ParcelImport) -> dict[str, Any]:
    return {
        "rows_read": r.rows_read,
        "houses_added": r.houses_added,
        "duplicates_skipped": len(r.duplicates),
        "rows_refused": len(r.refused_rows),
    }


def _text(r: ParcelImport) -> str:
    if r.check_only:
        head = "checked only, nothing written"
    elif r.houses_added:
        head = f"added {r.houses_added} houses"
    else:
        head = "nothing imported"
    head += f" ({r.rows_read} rows read"
    if r.duplicates:
        head += f", {len(r.duplicates)} orders already there skipped"
    if r.refused_rows:
        head += f", {len(r.refused_rows)} rows refused"
    head += ")"
    if not r.problems:
        return head
    rows = [[str(p.row), p.column, p.value[:30], p.reason] for p in r.problems]
    columns = [Column("ROW", "right"), Column("COLUMN"), Column("VALUE"), Column("REASON")]
    return f"{head}\n" + table(columns, rows)
