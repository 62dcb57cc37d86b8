"""argparse plumbing shared by the command modules: one way to declare a command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.cli.context import Context

Handler = Callable[["Context"], int]
SubParsers = Any  # argparse's _SubParsersAction is private; add_parser is all we use


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of the examples in each epilog."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """--db and --json, accepted before the command and after it.

    On the commands the defaults are SUPPRESS, so an option given before the command is
    not overwritten by the command's own default.
    """
    parser = argparse.ArgumentParser(add_help=False)
    default_db: Any = argparse.SUPPRESS if suppress else None
    default_json: Any = argparse.SUPPRESS if suppress else False
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default_db,
        help="database file or SQLAlchemy URL (default: $FREIGHTDESK_DB, else the user data dir)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=default_json,
        help="print one JSON document on stdout (numbers exact, as strings)",
    )
    return parser


_COMMON = global_options(suppress=True)


def examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def add_command(
    sub: SubParsers, name: str, *, help: str, epilog: str, handler: Handler
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=help[0].upper() + help[1:] + ".",
        epilog=epilog,
        formatter_class=Formatter,
        parents=[_COMMON],
    )
    parser.set_defaults(handler=handler)
    return parser


def add_group(sub: SubParsers, name: str, *, help: str, epilog: str) -> SubParsers:
    """A command with commands of its own (`customers add`, `awb stock list`)."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=help[0].upper() + help[1:] + ".",
        epilog=epilog,
        formatter_class=Formatter,
    )
    return parser.add_subparsers(title="commands", metavar="COMMAND", required=True)


def positive_int(text: str) -> int:
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {text!r}")
    return value


def non_negative_int(text: str) -> int:
    value = _int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, not {text!r}")
    return value


def _int(text: str) -> int:
    stripped = text.strip()
    if not stripped.lstrip("+-").isdecimal() or not stripped.isascii():
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}")
    return int(stripped)


def add_flight_choice(parser: argparse.ArgumentParser) -> None:
    """A flight by id (from `freightdesk flights`) or by number and local departure date."""
    choice = parser.add_mutually_exclusive_group(required=True)
    choice.add_argument("--flight-id", type=positive_int, metavar="N", help="flight id")
    choice.add_argument("--flight", metavar="NUMBER", help="flight number, e.g. CV9734")
    parser.add_argument(
        "--date", metavar="DATE", help="local departure date with --flight, e.g. 2026-12-02"
    )
