"""What the Consolidations screen asks of the database, on a worker thread (rule 1).

Each function takes the screen's DataAccess and calls core.services with its units of
work; core is imported inside the functions, so the screen's module loads without it.
Long ones (the parcel import, the manifest, the export) run on the ``jobs`` worker.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.domain.customs import ConsolidationCheck
    from core.progress import Progress
    from core.services.changes import Outcome
    from core.services.consolidation_views import ConsolidationView, HouseRow
    from gui.data import DataAccess


@dataclass(frozen=True)
class HousePage:
    """One page of a consolidation's houses as the table asks for it."""

    consolidation_id: int
    offset: int
    limit: int
    sort: str | None = None  # a list_houses key; None: the series' order
    descending: bool = False
    text: str | None = None  # the filter field: house, order number, name...


@dataclass(frozen=True)
class ReportLine:
    """One refused cell of a parcel file, as the clerk finds it in Excel."""

    row: int  # the sheet's row, the header being row 1
    column: str
    value: str
    rule: str  # why, in words
    code: str  # the rule's stable code


@dataclass(frozen=True)
class ParcelReport:
    """A parcel file read and checked, nothing written."""

    rows: int  # non-blank data rows
    refused: int  # rows refused for a problem
    duplicates: int  # rows of orders already stored or earlier in the file: skipped
    problems: tuple[ReportLine, ...]  # the refusals, then the duplicates

    @property
    def valid(self) -> int:
        """Rows "Import the valid rows" would add."""
        return max(self.rows - self.refused - self.duplicates, 0)


def clerk() -> str:
    """Who closes or reopens: the workstation's login (the desk has no sign-in)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "clerk"


# -- reading ---------------------------------------------------------------------------------
def list_consolidations(data: DataAccess) -> list[ConsolidationView]:
    from core.services.consolidations import ConsolidationFilter
    from core.services.consolidations import list_consolidations as listed

    return list(listed(data.units().reading(), ConsolidationFilter(limit=1000)))


def get_consolidation(data: DataAccess, consolidation_id: int) -> ConsolidationView:
    from core.services.consolidations import get_consolidation as got

    return got(data.units().reading(), consolidation_id)


def house_sorts() -> frozenset[str]:
    """The columns list_houses orders in SQL (the others sort the loaded rows)."""
    from core.services import consolidations

    return frozenset(getattr(consolidations, "HOUSE_SORTS", ()))


def list_houses(data: DataAccess, page: HousePage) -> list[HouseRow]:
    from core.services.consolidations import list_houses as listed

    return list(
        listed(
            data.units().reading(),
            page.consolidation_id,
            offset=page.offset,
            limit=page.limit,
            sort=page.sort or "house_number",
            descending=page.descending,
            text=page.text,
        )
    )


def check(data: DataAccess, consolidation_id: int, on_day: date) -> ConsolidationCheck:
    from core.services.customs_check import check_consolidation

    return check_consolidation(data.units().reading(), consolidation_id, on_day=on_day)


# -- changing --------------------------------------------------------------------------------
def create(data: DataAccess, request: Any) -> Outcome[ConsolidationView]:
    """``request``: a core.services.consolidations.ConsolidationRequest."""
    from core.services.consolidations import create_consolidation

    return create_consolidation(data.units()(), request)


def set_tendered_pieces(data: DataAccess, consolidation_id: int, pieces: str) -> Outcome[Any]:
    from core.services.consolidations import set_tendered_pieces as set_pieces

    return set_pieces(data.units()(), consolidation_id, pieces)


def close(data: DataAccess, consolidation_id: int) -> Outcome[Any]:
    """Judged on the flight's date, as the check the screen shows."""
    from core.services.consolidations import close_consolidation

    return close_consolidation(data.units()(), consolidation_id, actor=clerk())


def reopen(data: DataAccess, consolidation_id: int, reason: str) -> Outcome[Any]:
    from core.services.consolidations import reopen_consolidation

    return reopen_consolidation(data.units()(), consolidation_id, actor=clerk(), reason=reason)


def remove_houses(data: DataAccess, house_ids: Sequence[int]) -> Outcome[Any]:
    from core.services.consolidations import remove_house

    outcome: Outcome[Any] | None = None
    for house_id in house_ids:
        outcome = remove_house(data.units()(), house_id)
    assert outcome is not None
    return outcome


# -- parcel import (jobs worker) -------------------------------------------------------------
def parcel_report(data: DataAccess, consolidation_id: int, path: Path) -> ParcelReport:
    """The file read and every row checked, duplicates too, nothing written."""
    from core.services.parcel_import import import_parcels as imported

    checked = imported(data.units()(), consolidation_id, path, check_only=True).value
    lines = [ReportLine(p.row, p.column, p.value, p.reason, p.code) for p in checked.problems]
    order_column = "platform_order_number"
    lines += [
        ReportLine(row, order_column, d.order_number, d.reason, d.code)
        for d in checked.duplicates
        for row in d.rows
    ]
    return ParcelReport(
        rows=checked.rows_read,
        refused=len(checked.refused_rows),
        duplicates=sum(len(d.rows) for d in checked.duplicates),
        problems=tuple(lines),
    )


def imported_count(outcome: Any) -> int:
    """How many houses an import added."""
    return int(outcome.value.houses_added)


def import_parcels(
    data: DataAccess,
    consolidation_id: int,
    path: Path,
    accept_valid: bool,
    progress: Progress,
) -> Outcome[Any]:
    from core.services.parcel_import import import_parcels as imported

    return imported(
        data.units()(), consolidation_id, path, accept_valid=accept_valid, progress=progress
    )


# -- documents and exports (jobs worker) -----------------------------------------------------
def house_manifest_pdf(data: DataAccess, consolidation_id: int) -> bytes:
    from core.services.house_manifests import house_manifest_pdf as pdf

    return pdf(data.units().reading(), consolidation_id)


def export_customs(data: DataAccess, consolidation_id: int, path: Path) -> Any:
    """The broker's file (CSV or XLSX by its suffix); a CustomsExportReport."""
    from core.services.customs_export import export_customs_data

    return export_customs_data(data.units().reading(), consolidation_id, path)
