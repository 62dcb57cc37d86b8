"""`manifest`: the flight cargo manifest of a flight, written as a PDF."""

from __future__ import annotations

from pathlib import Path

from core.cli.args import SubParsers, add_command, examples
from core.cli.context import Context
from core.services.manifests import ManifestReport, write_flight_manifest


def register(sub: SubParsers) -> None:
    cmd = add_command(
        sub,
        "manifest",
        help="write a flight's cargo manifest as a PDF (bookings with confirmed space only)",
        epilog=examples(
            "freightdesk manifest CV9734/2026-12-02 --out CV9734-2026-12-02.pdf",
            "freightdesk --json manifest 42 --out ~/manifests/",
        ),
        handler=cmd_manifest,
    )
    cmd.add_argument(
        "flight", metavar="FLIGHT", help="flight id, or NUMBER/DATE such as CV9734/2026-12-02"
    )
    cmd.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="the PDF to write (an existing folder: a name from the flight)",
    )


def cmd_manifest(ctx: Context) -> int:
    report = write_flight_manifest(ctx.reading(), ctx.args.flight, ctx.args.out)
    return ctx.emit({"manifest": _document(report)}, lambda: _text(report))


def _document(report: ManifestReport) -> dict[str, object]:
    return {
        "path": str(report.path),
        "pages": report.pages,
        "awbs": report.awbs,
        "sha256": report.sha256,
    }


def _text(report: ManifestReport) -> str:
    pages = f"{report.pages} page{'s' if report.pages != 1 else ''}"
    awbs = f"{report.awbs} AWB{'s' if report.awbs != 1 else ''}"
    return f"wrote {report.path}: {awbs} on {pages}, SHA-256 {report.sha256}"
