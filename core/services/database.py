"""Opening the database: resolve where it is, migrate (backup first), seed on first start.

A start on a database that is ready (schema at head, seeded, flights made for the weeks
ahead) only reads: three small queries after the engine is made. Alembic, the reference
files (airportsdata) and the pricing importer are imported only when there is work for
them, which is what puts the flights board on screen sooner (issue 5).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from core.db.engine import make_engine, resolve_url
from core.db.migrate import MigrationReport, upgrade
from core.db.models import Carrier, Tariff
from core.services.flights import ensure_flights, flights_missing
from core.services.settings import read_setting
from core.services.uow import UnitOfWorkFactory


@dataclass(frozen=True)
class OpenedDatabase:
    uow: UnitOfWorkFactory
    location: str  # shown in the status bar; never the password of a server URL
    migration: MigrationReport
    seeded: bool
    flights_created: int


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    today: date | None = None,
    immediate_writes: bool = True,
) -> OpenedDatabase:
    """Ready to use: schema at head, reference data seeded, flights generated ahead.

    The schedule horizon rolls forward at each start (ARCHITECTURE: no background
    timers in core), so a workstation opened on Monday has flights for the weeks ahead.
    """
    url = resolve_url(target)
    engine = make_engine(url, immediate_writes=immediate_writes)
    report = upgrade(engine)
    uow = UnitOfWorkFactory(engine)
    has_reference, has_pricing = _seeded(uow)
    if not has_reference:
        from core.services.reference import seed_reference

        seed_reference(uow())
    if not has_pricing:
        from core.services.pricing import seed_pricing

        seed_pricing(uow())
    start = (today or date.today()) - timedelta(days=1)
    days = int(read_setting(uow.reading(), "schedule_horizon_days")) + 1
    created = 0
    if flights_missing(uow.reading(), start=start, days=days):  # else no write lock to take
        created = ensure_flights(uow(), start=start, days=days).value
    location = url.render_as_string(hide_password=True)
    return OpenedDatabase(uow, location, report, not has_reference, created)


def _seeded(uow: UnitOfWorkFactory) -> tuple[bool, bool]:
    """Whether the reference data and the sample pricing are there (one reading unit)."""
    with uow.reading() as reading:
        carriers = reading.session.scalar(select(Carrier.id).limit(1)) is not None
        pricing = reading.session.scalar(select(Tariff.id).limit(1)) is not None
    return carriers, pricing
