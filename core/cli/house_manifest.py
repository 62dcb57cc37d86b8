"""`manifest --house MAWB`: a consolidation's house manifest, written as a PDF."""

from __future__ import annotations

from core.cli.context import Context
from core.services.house_manifests import HouseManifestReport, write_house_manifest


def cmd_house_manifest(ctx: Context) -> int:
    report = write_house_manifest(ctx.reading(), ctx.args.house, ctx.args.out)
    return ctx.emit({"house_manifest": _document(report)}, lambda: _text(report))


def _document(report: HouseManifestReport) -> dict[str, object]:
    return {
        "path": str(report.path),
        "mawb": report.mawb,
        "pages": report.pages,
        "houses": report.houses,
        "pieces": report.pieces,
        "gross_weight_kg": report.gross_weight_kg,
        "sha256": report.sha256,
    }


def _text(report: HouseManifestReport) -> str:
    pages = f"{report.pages} page{'s' if report.pages != 1 else ''}"
    return (
        f"wrote {report.path}: house manifest of {report.mawb}, {report.houses} houses, "
        f"{report.pieces} pieces, {report.gross_weight_kg} kg on {pages}, "
        f"SHA-256 {report.sha256}"
    )
