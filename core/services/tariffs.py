"""Tariffs in the database: stored from the domain's Tariff, found for a lane and a day."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.db.models import Airport, Carrier, Customer, TariffBreak
from core.db.models import CommodityRate as CommodityRateRow
from core.db.models import Tariff as TariffRow
from core.domain import rating
from core.domain.measures import g_to_kg, kg_to_g
from core.domain.money import Money
from core.errors import NotFound
from core.imports.rate_sheet import read_rate_sheet, write_rate_sheet
from core.imports.tabular import RowProblem
from core.services.changes import Entity, Outcome
from core.services.customers import find_customer
from core.services.stock import find_carrier
from core.services.uow import UnitOfWork


@dataclass(frozen=True)
class TariffView:
    id: int
    customer: str | None  # account number of a customer-specific tariff
    tariff: rating.Tariff


def save_tariff(
    uow: UnitOfWork, tariff: rating.Tariff, *, customer: str | None = None
) -> Outcome[TariffView]:
    checked = rating.validate_tariff(tariff)
    with uow:
        row = store_tariff(uow, checked, customer)
        uow.commit()
        uow.changes.add(Entity.TARIFF, row.id)
        return Outcome(TariffView(row.id, customer, checked), uow.changes)


def store_tariff(uow: UnitOfWork, t: rating.Tariff, customer: str | None) -> TariffRow:
    """Insert one validated tariff inside the caller's transaction."""
    session = uow.session
    for field, code in (("origin", t.origin), ("destination", t.destination)):
        if session.get(Airport, code) is None:
            raise NotFound("airport", code, field=field)
    row = TariffRow(
        origin=t.origin,
        destination=t.destination,
        carrier_id=find_carrier(session, t.carrier).id if t.carrier else None,
        customer_id=find_customer(uow, customer, field="customer").id if customer else None,
        currency=t.currency,
        valid_from=t.valid_from,
        valid_to=t.valid_to,
        minimum_minor=Money(t.minimum, t.currency).to_minor(),
        normal_rate=t.normal,
        breaks=[TariffBreak(break_kg=kg, rate=r) for kg, r in sorted(t.breaks.items())],
        commodity_rates=[
            CommodityRateRow(code=c.code, min_weight_g=kg_to_g(c.min_weight_kg), rate=c.rate)
            for c in t.commodity_rates
        ],
    )
    session.add(row)
    session.flush()
    return row


def list_tariffs(
    uow: UnitOfWork, *, origin: str | None = None, destination: str | None = None
) -> list[TariffView]:
    with uow:
        session = uow.session
        stmt = (
            select(TariffRow)
            .options(selectinload(TariffRow.breaks), selectinload(TariffRow.commodity_rates))
            .order_by(TariffRow.origin, TariffRow.destination, TariffRow.valid_from)
        )
        if origin:
            stmt = stmt.where(TariffRow.origin == origin.strip().upper())
        if destination:
            stmt = stmt.where(TariffRow.destination == destination.strip().upper())
        return [
            TariffView(r.id, _account(session, r.customer_id), to_domain(session, r))
            for r in session.scalars(stmt)
        ]


def to_domain(session: Session, row: TariffRow) -> rating.Tariff:
    carrier = session.get_one(Carrier, row.carrier_id).iata_code if row.carrier_id else None
    return rating.Tariff(
        origin=row.origin,
        destination=row.destination,
        carrier=carrier,
        currency=row.currency,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        minimum=Money.from_minor(row.minimum_minor, row.currency).amount,
        normal=row.normal_rate,
        breaks={b.break_kg: b.rate for b in row.breaks},
        commodity_rates=tuple(
            rating.CommodityRate(c.code, g_to_kg(c.min_weight_g), c.rate)
            for c in row.commodity_rates
        ),
    )


def _account(session: Session, customer_id: int | None) -> str | None:
    if customer_id is None:
        return None
    return session.get_one(Customer, customer_id).account_number


@dataclass(frozen=True)
class TariffImport:
    imported: int
    rows_read: int
    problems: tuple[RowProblem, ...]


def import_tariffs(
    uow: UnitOfWork, path: Path, *, valid_rows_only: bool = False, customer: str | None = None
) -> Outcome[TariffImport]:
    """Import a rate sheet (CSV or XLSX, the template in resources/templates).

    All or nothing: while any row is invalid nothing is imported and the report says why,
    row by row; ``valid_rows_only`` is the clerk's explicit choice to import the rest.
    """
    sheet = read_rate_sheet(path)
    if sheet.problems and not valid_rows_only:
        return Outcome(TariffImport(0, sheet.rows_read, sheet.problems), uow.changes)
    with uow:
        for tariff in sheet.tariffs:
            store_tariff(uow, rating.validate_tariff(tariff), customer)
        uow.commit()
        if sheet.tariffs:
            uow.changes.add(Entity.TARIFF, "import")
        return Outcome(
            TariffImport(len(sheet.tariffs), sheet.rows_read, sheet.problems), uow.changes
        )


def export_tariffs(
    uow: UnitOfWork, path: Path, *, origin: str | None = None, destination: str | None = None
) -> int:
    """Write the tariffs to an XLSX in the import template; returns how many."""
    views = list_tariffs(uow, origin=origin, destination=destination)
    write_rate_sheet(path, [v.tariff for v in views])
    return len(views)
