"""What a command handler gets: its arguments, the output streams and the database."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO, TypeVar

from core.cli.output import json_text
from core.services.changes import Notice, Outcome
from core.services.database import OpenedDatabase, open_database
from core.services.uow import UnitOfWork, UnitOfWorkFactory

T = TypeVar("T")
Render = Callable[[], str]


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO
    _opened: OpenedDatabase | None = field(default=None, init=False)

    @property
    def json(self) -> bool:
        return bool(self.args.json)

    def database(self) -> OpenedDatabase:
        """Opened on first use (migrated, seeded, flights ahead), so `awb check` and
        `--help` never create a database."""
        if self._opened is None:
            self._opened = open_database(self.args.db)
        return self._opened

    @property
    def uow_factory(self) -> UnitOfWorkFactory:
        return self.database().uow

    def writing(self) -> UnitOfWork:
        return self.uow_factory()

    def reading(self) -> UnitOfWork:
        return self.uow_factory.reading()

    def close(self) -> None:
        if self._opened is not None:
            self._opened.uow.dispose()
            self._opened = None

    def emit(self, document: dict[str, Any], render: Render) -> int:
        """The JSON document with --json, else the text for people; exit status 0."""
        print(json_text(document) if self.json else render(), file=self.out)
        return 0

    def emit_outcome(self, key: str, outcome: Outcome[T], render: Render, **extra: Any) -> int:
        """A changing command's result: warnings on stderr, the value and what changed."""
        self.warn(outcome.notices)
        document = {
            key: outcome.value,
            **extra,
            "notices": [{"code": n.code, "message": n.message} for n in outcome.notices],
            "changes": outcome.changes.to_dict(),
        }
        return self.emit(document, render)

    def warn(self, notices: tuple[Notice, ...]) -> None:
        for notice in notices:
            print(f"warning: {notice.message}", file=self.err)
