"""Importing a parcel file into a consolidation (issue 6, "Parcel import").

The file is read (core.imports.parcels) and every house cleaned by the same rule as a house
typed on the screen (clean_house) before the writing transaction starts, so the database
is locked only for the inserts. Then, in one transaction: the consolidation must be open;
orders already stored (in any consolidation: the platform's order number is unique) are
skipped and reported; the rest are inserted with their house numbers and the master's
space is checked again on its flight like a booking (sync_master). A Cancelled from
``progress`` or any error rolls all of it back: nothing is left behind.

All or nothing by default: while any row is refused nothing is written and the report says
why, row by row and column by column. ``accept_valid`` is the clerk's explicit choice to
import the valid houses anyway. Duplicates are not refusals: they are skipped either way.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from core.db.models import Consignment, Flight
from core.db.models.consolidation import Consolidation
from core.errors import ValidationError
from core.imports.parcels import ParcelHouse, ParcelProblem, ParcelSheet, read_parcels
from core.progress import NO_PROGRESS, Progress
from core.services.changes import Entity, Outcome
from core.services.consolidation_houses import CleanHouse, clean_house
from core.services.consolidation_store import (
    insert_houses,
    known_orders,
    require_open,
    sync_master,
)
from core.services.consolidation_views import find_consolidation
from core.services.house_input import HouseInput
from core.services.uow import UnitOfWork

__all__ = ["ParcelImport", "ParcelProblem", "SkippedOrder", "import_parcels"]

_STEP = 500  # houses cleaned between two progress reports (and cancel checks)


@dataclass(frozen=True)
class SkippedOrder:
    """An order not imported because it is already there: in the database, or earlier in
    the same file. ``code``: parcels.duplicate_stored or parcels.duplicate_in_file."""

    rows: tuple[int, ...]
    order_number: str
    reason: str
    code: str


@dataclass(frozen=True)
class ParcelImport:
    rows_read: int  # non-blank data rows
    houses_added: int
    house_ids: tuple[int, ...]  # of the houses added, in file order
    duplicates: tuple[SkippedOrder, ...]
    refused_rows: tuple[int, ...]  # rows not imported because of a problem
    problems: tuple[ParcelProblem, ...]  # the report: row, column, value, reason, rule
    check_only: bool = False  # nothing was meant to be written (a preview)

    @property
    def written(self) -> bool:
        return self.houses_added > 0


def import_parcels(
    uow: UnitOfWork,
    consolidation_id: int | str,
    path: Path,
    *,
    accept_valid: bool = False,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
    check_only: bool = False,
) -> Outcome[ParcelImport]:
    """Import the houses of a parcel file (template: resources/templates/parcels.md).

    ``consolidation_id`` is the id or the master AWB number. ``check_only`` runs every
    check, duplicates included, and writes nothing (the screen's preview).
    Raises ValidationError for an unreadable file or a wrong mapping, NotFound for an
    unknown consolidation, InvalidState when it is closed, CapacityExceeded when the
    houses do not fit the flight, Cancelled when ``progress`` says so.
    """
    with _without_gc_pauses():
        return _import(uow, consolidation_id, path, accept_valid, mapping, progress, check_only)


def _import(
    uow: UnitOfWork,
    consolidation_id: int | str,
    path: Path,
    accept_valid: bool,
    mapping: Mapping[str, str] | None,
    progress: Progress,
    check_only: bool,
) -> Outcome[ParcelImport]:
    sheet = read_parcels(path, mapping=mapping)
    total = len(sheet.houses) + 2
    progress.step(0, total)
    with uow:
        on_day = _flight_day(uow, find_consolidation(uow.session, consolidation_id).id)
    cleaned = _Cleaned(sheet)
    for index, parcel in enumerate(sheet.houses):
        if index % _STEP == 0:
            progress.step(index, total)
        try:
            cleaned.add(parcel, clean_house(parcel.house, on_day=on_day))
        except ValidationError as err:
            cleaned.refuse(parcel, err)
    progress.step(len(sheet.houses), total)
    refused = tuple(sorted({*sheet.refused_rows, *cleaned.refused_rows}))
    problems = tuple(sorted([*sheet.problems, *cleaned.problems], key=lambda p: p.row))
    with uow:
        consolidation = find_consolidation(uow.session, consolidation_id)
        require_open(consolidation, "add houses")
        stored = known_orders(uow.session, [h.platform_order_number or "" for _, h in cleaned.ok])
        fresh = [(p, h) for p, h in cleaned.ok if h.platform_order_number not in stored]
        skipped = [*cleaned.skipped, *_stored(cleaned.ok, stored)]
        skipped.sort(key=lambda s: s.rows[0])
        if check_only or (problems and not accept_valid):
            fresh = []
        progress.step(len(sheet.houses) + 1, total)
        ids = insert_houses(uow.session, consolidation, [h for _, h in fresh])
        if ids:
            grew = sync_master(uow.session, consolidation)
            uow.changes.add(Entity.CONSOLIDATION, consolidation.id)
            if grew:  # the master's space on its flight changed
                master = uow.session.get_one(Consignment, consolidation.consignment_id)
                uow.changes.add(Entity.CONSIGNMENT, master.id)
                uow.changes.add(Entity.FLIGHT, master.flight_id)
        progress.step(total, total)  # the last moment a cancel leaves nothing written
        uow.commit()
        report = ParcelImport(
            rows_read=sheet.rows_read,
            houses_added=len(ids),
            house_ids=tuple(ids),
            duplicates=tuple(skipped),
            refused_rows=refused,
            problems=problems,
            check_only=check_only,
        )
        return Outcome(report, uow.changes)


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """The cyclic collector paused for the import, then resumed as it was.

    An import builds tens of thousands of objects (cells, houses, rows) that all live to
    its end, so the collector's passes over them free nothing and cost about a sixth of a
    20,000-row import. Reference counting still frees everything meanwhile; only cycles
    wait for the next collection. (Process-wide: another thread's cycles wait too.)"""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _flight_day(uow: UnitOfWork, consolidation_id: int) -> date:
    """The flight's local departure date: the day the lithium rules are judged by."""
    consolidation = uow.session.get_one(Consolidation, consolidation_id)
    master = uow.session.get_one(Consignment, consolidation.consignment_id)
    return uow.session.get_one(Flight, master.flight_id).departure_date


class _Cleaned:
    """The houses that passed clean_house, and the problems of those that did not."""

    def __init__(self, sheet: ParcelSheet) -> None:
        self.sheet = sheet
        self.ok: list[tuple[ParcelHouse, CleanHouse]] = []
        self.problems: list[ParcelProblem] = []
        self.refused_rows: list[int] = []
        self.skipped: list[SkippedOrder] = [
            SkippedOrder(
                r.rows,
                r.order_number,
                f"order {r.order_number} repeats rows {_rows_text(r.first_rows)} of this file",
                "parcels.duplicate_in_file",
            )
            for r in sheet.repeated
        ]
        self._seen: dict[str, ParcelHouse] = {}

    def add(self, parcel: ParcelHouse, house: CleanHouse) -> None:
        order = house.platform_order_number or ""
        first = self._seen.setdefault(order, parcel)
        if first is not parcel:  # "A  1" and "A 1" clean to the same order number
            reason = f"order {order} repeats rows {_rows_text(first.rows)} of this file"
            self.skipped.append(
                SkippedOrder(parcel.rows, order, reason, "parcels.duplicate_in_file")
            )
            return
        self.ok.append((parcel, house))

    def refuse(self, parcel: ParcelHouse, err: ValidationError) -> None:
        row, column = self.sheet.locate(parcel, err.field or "")
        reason = err.message.removeprefix(f"{err.field}:").strip()
        value = _field_text(parcel.house, err.field or "")
        self.problems.append(ParcelProblem(row, column, value, reason, err.code))
        self.refused_rows += parcel.rows


def _stored(
    ok: Sequence[tuple[ParcelHouse, CleanHouse]], stored: Mapping[str, str]
) -> list[SkippedOrder]:
    skipped = []
    for parcel, house in ok:
        order = house.platform_order_number
        if order is not None and order in stored:
            reason = f"order {order} is already imported as house {stored[order]}"
            skipped.append(SkippedOrder(parcel.rows, order, reason, "parcels.duplicate_stored"))
    return skipped


def _field_text(house: HouseInput, field: str) -> str:
    """The text the clerk typed for a HouseInput field, for the report."""
    name, _, rest = field.partition(".")
    target: object = house
    if name.startswith("items[") and rest:
        index = int(name[6:-1])
        target = house.items[index] if index < len(house.items) else None
        name = rest
    value = getattr(target, name, None)
    return "" if value is None or isinstance(value, tuple) else str(value)


def _rows_text(rows: Sequence[int]) -> str:
    return str(rows[0]) if len(rows) == 1 else f"{rows[0]}-{rows[-1]}"
