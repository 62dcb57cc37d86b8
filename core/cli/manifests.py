"""`manifest`: the flight cargo manifest of a flight, or the house manifest of a master
AWB (`--house`), written as a PDF."""

from __future__ import annotations

from pathlib import Path

from core.cli.args import SubParsers, add_command, examples
from core.cli.context import Context
from core.errors import ValidationError
from core.services.manifests import ManifestReport, write_flight_manifest


def register(sub: SubParsers) -> None:
    cmd = add_command(
        sub,
        "manifest",
        help="write a flight's cargo manifest as a PDF (bookings with confirmed space only)",
        epilog=examples(
            "freightdesk manifest CV9734/2026-12-02 --out CV9734-2026-12-02.pdf",
            "freightdesk --json manifest 42 --out ~/manifests/",
            "freightdesk manifest CV9734/2026-12-02 --with-houses --out manifest.pdf",
            "freightdesk manifest --house 172-12345675 --out house-manifest.pdf",
        ),
        handler=cmd_manifest,
    )
    cmd.add_argument(
        "flight",
        metavar="FLIGHT",
        nargs="?",
        help="flight id, or NUMBER/DATE such as CV9734/2026-12-02",
    )
    cmd.add_argument(
        "--house",
        metavar="MAWB",
        help="instead: the house manifest of this consolidation (master AWB or id)",
    )
    cmd.add_argument(
        "--with-houses",
        action="store_true",
        help="list each consolidation's house AWBs under its master",
    )
    cmd.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="the PDF to write (an existing folder: a name from the flight)",
    )


def cmd_manifest(ctx: Context) -> int:
    a = ctx.args
    if (a.flight is None) == (a.house is None):
        raise ValidationError("flight", "manifest.what", "flight: give a FLIGHT or --house MAWB")
    if a.house is not None:
        from core.cli.house_manifest import cmd_house_manifest

        return cmd_house_manifest(ctx)
    report = write_flight_manifest(ctx.reading(), a.flight, a.out, with_houses=a.with_houses)
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
