"""Tariffs in the database: stored from the domain's Tariff, found for a lane and a day."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.db.models import Airport, Carrier, Customer, TariffBreak
from core.db.models import CommodityRate as CommodityRateRow
from core.db.models import Tariff as TariffRow
from core.domain import rating
from core.domain.measures import g_to_kg, kg_to_g
from core.domain.money import Money, parse_currency
from core.errors import NotFound, ValidationError
from core.imports.rate_sheet import read_rate_rows, read_rate_sheet, write_rate_sheet
from core.imports.tabular import RowProblem, Table, is_blank, read_date, read_number, read_table
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
        return [_view(session, r) for r in session.scalars(stmt)]


def _view(session: Session, row: TariffRow) -> TariffView:
    return TariffView(row.id, _account(session, row.customer_id), to_domain(session, row))


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


@dataclass(frozen=True)
class ReportLine:
    """A problem of the import report with the cell's text as the sheet holds it."""

    row: int
    column: str
    value: str  # "" for an empty cell or a header problem
    reason: str
    code: str


@dataclass(frozen=True)
class RateSheetCheck:
    """What importing a sheet would do, read without writing (the GUI's report)."""

    rows_read: int
    valid_rows: int
    tariffs: int  # tariffs the valid rows make (several SCR rows merge into one)
    problems: tuple[ReportLine, ...]


def check_rate_sheet(path: Path) -> RateSheetCheck:
    """Read a rate sheet and report, row by row, what the import would refuse."""
    table = read_table(path)
    sheet = read_rate_rows(table.header, table.rows, header_row=table.header_row)
    lines = tuple(
        ReportLine(p.row, p.column, _cell_text(table, p), p.reason, p.code) for p in sheet.problems
    )
    return RateSheetCheck(sheet.rows_read, sheet.valid_rows, len(sheet.tariffs), lines)


def _cell_text(table: Table, problem: RowProblem) -> str:
    index = problem.row - table.header_row - 1
    labels = [text.strip() for text in table.header]
    if index < 0 or index >= len(table.rows) or problem.column not in labels:
        return ""
    cells = table.rows[index]
    column = labels.index(problem.column)
    cell = cells[column] if column < len(cells) else None
    return "" if is_blank(cell) else str(cell).strip()


# --- one tariff: show, edit, delete ------------------------------------------------------


def get_tariff(uow: UnitOfWork, tariff_id: int) -> TariffView:
    """One stored tariff with its breaks and specific commodity rates."""
    with uow:
        return _view(uow.session, _row(uow.session, tariff_id))


def _row(session: Session, tariff_id: int) -> TariffRow:
    row = session.get(TariffRow, tariff_id)
    if row is None:
        raise NotFound("tariff", tariff_id, field="tariff")
    return row


@dataclass(frozen=True)
class TariffEdit:
    """A stored tariff's new rates and validity, as typed or exact.

    The lane, carrier and customer stay. Each field is checked by the rate sheet's own
    cell rules and an error names the sheet's column (M, N, Q45, valid_to...), the column
    the import report would name. A break left blank (or None) is no such break;
    ``commodity_rates`` None keeps the stored SCRs.
    """

    currency: str
    valid_from: str | date
    valid_to: str | date | None
    minimum: str | Decimal
    normal: str | Decimal
    breaks: Mapping[int, str | Decimal | None]
    commodity_rates: tuple[rating.CommodityRate, ...] | None = None


def update_tariff(uow: UnitOfWork, tariff_id: int, edit: TariffEdit) -> Outcome[TariffView]:
    """Replace a tariff's rates and validity in one transaction; bookings already priced
    keep their price lines (booking_charge), so an edit never reprices them."""
    with uow:
        session = uow.session
        row = _row(session, tariff_id)
        stored = to_domain(session, row)
        checked = _edited(stored, edit)
        row.currency, row.valid_from, row.valid_to = (
            checked.currency,
            checked.valid_from,
            checked.valid_to,
        )
        row.minimum_minor = Money(checked.minimum, checked.currency).to_minor()
        row.normal_rate = checked.normal
        _replace_breaks(row, checked.breaks)
        row.commodity_rates = [
            CommodityRateRow(code=c.code, min_weight_g=kg_to_g(c.min_weight_kg), rate=c.rate)
            for c in checked.commodity_rates
        ]
        session.flush()
        view = _view(session, row)
        uow.commit()
        uow.changes.add(Entity.TARIFF, tariff_id)
        return Outcome(view, uow.changes)


def _replace_breaks(row: TariffRow, breaks: Mapping[int, Decimal]) -> None:
    """In place: a break's row is keyed by (tariff, kg), and a delete and an insert of the
    same key in one flush would collide."""
    kept = [b for b in row.breaks if b.break_kg in breaks]
    for b in kept:
        b.rate = breaks[b.break_kg]
    have = {b.break_kg for b in kept}
    added = [TariffBreak(break_kg=kg, rate=r) for kg, r in breaks.items() if kg not in have]
    row.breaks = sorted([*kept, *added], key=lambda b: b.break_kg)


def _edited(stored: rating.Tariff, edit: TariffEdit) -> rating.Tariff:
    """The same checks as a sheet's cells, then the domain's own gate."""
    currency = parse_currency(str(edit.currency), field="currency")
    valid_from = read_date(edit.valid_from, "valid_from")
    valid_to = None if is_blank(edit.valid_to) else read_date(edit.valid_to, "valid_to")
    rating.check_validity(valid_from, valid_to)
    minimum = read_number(edit.minimum, "M")
    rating.check_amount(minimum, currency, "M", f"the minimum charge in {currency}")
    normal = _rate(edit.normal, "N")
    breaks = {kg: _rate(text, f"Q{kg}") for kg, text in edit.breaks.items() if not is_blank(text)}
    scrs = stored.commodity_rates if edit.commodity_rates is None else edit.commodity_rates
    return rating.validate_tariff(
        replace(
            stored,
            currency=currency,
            valid_from=valid_from,
            valid_to=valid_to,
            minimum=minimum,
            normal=normal,
            breaks=breaks,
            commodity_rates=scrs,
        )
    )


def _rate(value: object, field: str) -> Decimal:
    if is_blank(value):
        raise ValidationError(field, "sheet.required", "required: the rate is empty")
    return rating.check_rate(read_number(value, field), field, "the rate per kg")


def delete_tariff(uow: UnitOfWork, tariff_id: int) -> Outcome[int]:
    """Remove a tariff with its breaks and SCRs. Nothing refers to a tariff: a booking
    keeps the price lines it was made with, so deleting never changes a booking's price."""
    with uow:
        session = uow.session
        session.delete(_row(session, tariff_id))
        uow.commit()
        uow.changes.add(Entity.TARIFF, tariff_id)
        return Outcome(tariff_id, uow.changes)
