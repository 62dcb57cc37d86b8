"""Shared fixtures: a migrated and seeded database, made once and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.cli import main
from core.services.database import OpenedDatabase, open_database
from core.services.stock import add_range
from tests.integration.cli_helpers import Cli, Run


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeding takes over a second; every test starts from a copy of this file."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    opened = open_database(path)
    for carrier, first in (
        ("LH", "1000000"),
        ("CV", "2000000"),
        ("TK", "3000000"),
        ("CA", "4000000"),
        ("CZ", "5000000"),
        ("CK", "6000000"),
        ("AF", "7000000"),
        ("5Y", "8000000"),
    ):
        add_range(opened.uow(), carrier=carrier, first=first, last=str(int(first) + 4999))
    opened.uow.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "freightdesk.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[OpenedDatabase]:
    opened = open_database(db_path)
    yield opened
    opened.uow.dispose()


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """main(argv) on this test's database; returns the exit status and both streams."""
    monkeypatch.delenv("FREIGHTDESK_DB", raising=False)
    monkeypatch.delenv("FREIGHTDESK_DEBUG", raising=False)

    def run(*argv: str) -> Run:
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run
