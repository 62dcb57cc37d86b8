"""Opening the database: resolve where it is, migrate (backup first), seed on first start."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta

from core.db.engine import make_engine, resolve_url
from core.db.migrate import MigrationReport, upgrade
from core.services.flights import ensure_flights
from core.services.pricing import has_pricing, seed_pricing
from core.services.reference import is_seeded, seed_reference
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
    seeded = False
    if not is_seeded(uow.reading()):
        seed_reference(uow())
        seeded = True
    if not has_pricing(uow.reading()):
        seed_pricing(uow())
    start = today or date.today()
    horizon = int(read_setting(uow.reading(), "schedule_horizon_days"))
    created = ensure_flights(uow(), start=start - timedelta(days=1), days=horizon + 1).value
    return OpenedDatabase(uow, url.render_as_string(hide_password=True), report, seeded, created)
