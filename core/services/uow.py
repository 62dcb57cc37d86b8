"""Unit of work: one session, one transaction, rolled back unless committed (rule 3)."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from core.db.engine import read_only
from core.services.changes import ChangeSet


class UnitOfWork:
    """``with uow: ...; uow.commit()``. A writing unit starts with BEGIN IMMEDIATE on
    SQLite (see core.db.engine); a reading one with a plain BEGIN, so lists and searches
    never wait for a booking."""

    session: Session

    def __init__(
        self, factory: sessionmaker[Session], *, dialect: str, facts: dict[str, str]
    ) -> None:
        self._factory = factory
        self.dialect = dialect
        # Facts about the database that never change once written (its identity), kept
        # across units so the hot booking path does not read them again.
        self.facts = facts
        self.changes = ChangeSet()

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.changes = ChangeSet()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


class UnitOfWorkFactory:
    """Hands out units of work over one engine; the GUI and CLI hold one of these."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(read_only(engine), expire_on_commit=False)
        self._facts: dict[str, str] = {}

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._write, dialect=self.engine.dialect.name, facts=self._facts)

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self._read, dialect=self.engine.dialect.name, facts=self._facts)

    def dispose(self) -> None:
        self.engine.dispose()
