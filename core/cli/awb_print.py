"""`awb print` (the air waybill, one page per original or copy) and `labels` (one label per
piece): PDF files written atomically, a status line or --json."""

from __future__ import annotations

from core.cli.args import SubParsers, add_command, examples
from core.cli.context import Context
from core.documents.awb_form import DEFAULT_COPIES, STANDARD_COPIES
from core.services.awb_documents import Report, write_awb, write_labels

AWB_HELP = "AWB number, e.g. 172-20000013 (spaces as printed are fine), or booking reference"
OUT_HELP = "the PDF file to write (replaced atomically if it exists)"


def register(sub: SubParsers) -> None:
    """The top-level `labels` command; `awb print` joins the `awb` group (see stock.py)."""
    cmd = add_command(
        sub,
        "labels",
        help="print one 100 x 150 mm label per piece, with a Code128 barcode",
        epilog=examples(
            "freightdesk labels 172-20000013 --out labels.pdf",
            "freightdesk --json labels CGO1-B000001 --out ~/labels/b1.pdf",
        ),
        handler=cmd_labels,
    )
    cmd.add_argument("awb", metavar="AWB", nargs="+", help=AWB_HELP)
    cmd.add_argument("--out", required=True, metavar="FILE", help=OUT_HELP)


def register_print(awb: SubParsers) -> None:
    iata_set = "\n".join(f"  {caption}" for caption in STANDARD_COPIES)
    cmd = add_command(
        awb,
        "print",
        help="print the air waybill on A4: one page per original or copy",
        epilog=examples(
            "freightdesk awb print 172-20000013 --out awb.pdf",
            "freightdesk awb print 172-20000013 --out awb.pdf \\\n"
            "      --copy 'ORIGINAL 3 (FOR SHIPPER)' --copy 'COPY 4 (DELIVERY RECEIPT)'",
        )
        + f"\n\nthe IATA set of originals and copies:\n{iata_set}",
        handler=cmd_print,
    )
    cmd.add_argument("awb", metavar="AWB", nargs="+", help=AWB_HELP)
    cmd.add_argument("--out", required=True, metavar="FILE", help=OUT_HELP)
    cmd.add_argument(
        "--copy",
        action="append",
        metavar="TEXT",
        help="caption of one page; repeat for more (default: the three originals)",
    )


def cmd_print(ctx: Context) -> int:
    a = ctx.args
    copies = tuple(a.copy) if a.copy else DEFAULT_COPIES
    report = write_awb(ctx.reading(), " ".join(a.awb), a.out, copies=copies)
    return _emit(ctx, "air waybill", report)


def cmd_labels(ctx: Context) -> int:
    report = write_labels(ctx.reading(), " ".join(ctx.args.awb), ctx.args.out)
    return _emit(ctx, "labels", report)


def _emit(ctx: Context, what: str, report: Report) -> int:
    pages = f"{report.pages} page{'s' if report.pages != 1 else ''}"
    return ctx.emit(
        {"document": report},
        lambda: f"wrote {what} {report.path} ({pages}, SHA-256 {report.sha256})",
    )
