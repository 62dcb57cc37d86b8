"""Exchange rates from a sheet (CSV or XLSX): base, quote, rate, valid_on — all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core.db.models import ExchangeRate as ExchangeRateRow
from core.domain import fx
from core.domain.money import parse_currency
from core.errors import ValidationError
from core.imports.tabular import (
    Columns,
    RowProblem,
    aliases_index,
    is_blank_row,
    map_header,
    read_date,
    read_number,
    read_table,
)
from core.services.changes import Entity, Outcome
from core.services.uow import UnitOfWork

TEMPLATE = ("base", "quote", "rate", "valid_on")
ALIASES = aliases_index(
    {
        "base": ("from", "基准货币"),
        "quote": ("to", "目标货币"),
        "rate": ("汇率",),
        "valid_on": ("date", "日期", "生效日期"),
    }
)


@dataclass(frozen=True)
class RateImport:
    imported: int
    problems: tuple[RowProblem, ...]


def import_exchange_rates(uow: UnitOfWork, path: Path) -> Outcome[RateImport]:
    """Rates typed into a sheet by the clerk (no network). Nothing is written while any
    row is wrong; a rate already stored for the same pair and day is replaced."""
    table = read_table(path)
    columns = map_header(table.header, table.header_row, ALIASES, TEMPLATE, TEMPLATE)
    rates, problems = _rows(table.rows, columns, table.header_row + 1)
    problems = [*columns.problems, *problems]
    if problems:
        return Outcome(RateImport(0, tuple(problems)), uow.changes)
    with uow:
        for rate in rates:
            _store(uow, rate)
        uow.commit()
        uow.changes.add(Entity.TARIFF, "fx")
        return Outcome(RateImport(len(rates), ()), uow.changes)


def _rows(
    rows: list[list[object]], columns: Columns, first: int
) -> tuple[list[fx.ExchangeRate], list[RowProblem]]:
    rates: list[fx.ExchangeRate] = []
    problems: list[RowProblem] = []
    if columns.missing:
        return rates, problems
    for number, cells in enumerate(rows, start=first):
        if is_blank_row(cells):
            continue
        try:
            rates.append(_rate(cells, columns))
        except ValidationError as err:
            column = columns.name(err.field or "rate")
            problems.append(RowProblem(number, column, err.message, err.code))
    return rates, problems


def _rate(cells: list[object], columns: Columns) -> fx.ExchangeRate:
    return fx.validate_exchange_rate(
        fx.ExchangeRate(
            parse_currency(str(columns.cell(cells, "base")), "base"),
            parse_currency(str(columns.cell(cells, "quote")), "quote"),
            read_number(columns.cell(cells, "rate"), "rate"),
            read_date(columns.cell(cells, "valid_on"), "valid_on"),
        )
    )


def _store(uow: UnitOfWork, rate: fx.ExchangeRate) -> None:
    row = uow.session.scalar(
        select(ExchangeRateRow).where(
            ExchangeRateRow.base == rate.base,
            ExchangeRateRow.quote == rate.quote,
            ExchangeRateRow.valid_on == rate.valid_on,
        )
    )
    if row is None:
        uow.session.add(
            ExchangeRateRow(
                base=rate.base, quote=rate.quote, valid_on=rate.valid_on, rate=rate.rate
            )
        )
    else:
        row.rate = rate.rate
