"""The `freightdesk` command line: the same use cases as the GUI, for people and scripts.

Every command calls core.services only. Errors are reported in ONE place (``run``):
a FreightDeskError becomes one line "error: <message>" on stderr (and {"error": ...} on
stdout with --json) and its own exit status; anything unexpected becomes one line
"internal error: ..." and status 70, with the traceback only when FREIGHTDESK_DEBUG=1.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import traceback
from collections.abc import Sequence

from core.cli import (
    admin,
    awb_print,
    booking_ops,
    bookings,
    charges,
    consol,
    customers,
    customs,
    dashboard,
    invoices,
    manifests,
    parcels,
    pricing,
    reference,
    settings,
    stock,
)
from core.cli.args import Formatter, global_options
from core.cli.context import Context
from core.cli.output import json_text
from core.errors import FreightDeskError

EXIT_INTERNAL = 70  # BSD sysexits EX_SOFTWARE
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports it
DEBUG_ENV = "FREIGHTDESK_DEBUG"

EPILOG = """\
examples:
  freightdesk init --demo
  freightdesk flights --origin CGO --destination LUX
  freightdesk awb stock add --carrier CV --first 5000000 --last 5009999
  freightdesk book --shipper SH-CGO-001 --consignee CN-LUX-001 --flight CV9734 \\
      --date 2026-12-02 --pieces 3 --weight 36.9 --dims 60x40x35x3 --goods "TPU phone cases"
  freightdesk --json show 172-50000002

Each command has --help with examples. Exit status: 0 done, 2 invalid input,
3 not found, 4 no space on the flight, 5 no AWB stock, 6 not in that state,
7 conflicts with stored data, 70 internal error."""

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="freightdesk",
        description="FreightDesk: book air freight, manage AWB stock and track shipments.",
        epilog=EPILOG,
        formatter_class=Formatter,
        parents=[global_options(suppress=False)],
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in (
        admin,
        reference,
        customers,
        stock,
        bookings,
        booking_ops,
        pricing,
        charges,
        invoices,
        dashboard,
        awb_print,
        manifests,
        settings,
        consol,
        customs,
        parcels,
    ):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    _tolerate_narrow_consoles()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # usage errors (2) and --help (0)
        return stop.code if isinstance(stop.code, int) else 2
    return run(Context(args, sys.stdout, sys.stderr))


def run(ctx: Context) -> int:
    try:
        code: int = ctx.args.handler(ctx)
        return code
    except FreightDeskError as err:
        return _refused(ctx, err)
    except KeyboardInterrupt:
        print("interrupted", file=ctx.err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `freightdesk search | head`: the reader has gone
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        return _internal(ctx, exc)
    finally:
        ctx.close()


def _refused(ctx: Context, err: FreightDeskError) -> int:
    if ctx.json:
        print(json_text({"error": err.to_dict()}), file=ctx.out)
    print(f"error: {_one_line(err.message)}", file=ctx.err)
    return err.exit_code


def _internal(ctx: Context, exc: Exception) -> int:
    if os.environ.get(DEBUG_ENV) == "1":
        traceback.print_exception(exc, file=ctx.err)
    text = _one_line(str(exc)) or "(no message)"
    hint = "" if os.environ.get(DEBUG_ENV) == "1" else f" ({DEBUG_ENV}=1 shows the traceback)"
    print(f"internal error: {type(exc).__name__}: {text}{hint}", file=ctx.err)
    return EXIT_INTERNAL


def _one_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _silence_stdout() -> None:
    """Python's recipe: point stdout at devnull so the flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _tolerate_narrow_consoles() -> None:
    """A console that cannot show Chinese names prints "?" instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if isinstance(stream, io.TextIOWrapper) and encoding != "utf8":
            stream.reconfigure(errors="replace")
