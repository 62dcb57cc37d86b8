"""Workstation settings and gapless number series, read and written in the caller's unit."""

from __future__ import annotations

import uuid

from sqlalchemy import bindparam, insert, select, update

from core.db.models import NumberSeries, Setting
from core.services.uow import UnitOfWork

DEFAULTS = {
    "office_airport": "CGO",
    "workstation_prefix": "CGO1",
    "low_stock_threshold": "50",
    "schedule_horizon_days": "63",
    "label_piece_digits": "5",  # DOMAIN (check): label barcode = 11 AWB digits + piece
    "default_currency": "CNY",  # offered first where a clerk picks a currency
}


_SETTING = select(Setting.value).where(Setting.key == bindparam("key"))
_DRAW = (
    update(NumberSeries)
    .where(NumberSeries.name == bindparam("series"))
    .values(next_value=NumberSeries.next_value + 1)
    .returning(NumberSeries.next_value, NumberSeries.width)
)


def get_setting(uow: UnitOfWork, key: str) -> str:
    value = uow.session.connection().scalar(_SETTING, {"key": key})
    return value if value is not None else DEFAULTS[key]


def read_setting(uow: UnitOfWork, key: str) -> str:
    """A setting in a unit of its own (for callers outside a transaction)."""
    with uow:
        return get_setting(uow, key)


def put_setting(uow: UnitOfWork, key: str, value: str) -> None:
    row = uow.session.get(Setting, key)
    if row is None:
        uow.session.add(Setting(key=key, value=value))
    else:
        row.value = value


def database_id(uow: UnitOfWork) -> str:
    """This database's identity: AWB stock ranges belong to exactly one database."""
    if "database_id" in uow.facts:
        return uow.facts["database_id"]
    value = uow.session.scalar(select(Setting.value).where(Setting.key == "database_id"))
    if value is None:
        value = str(uuid.uuid4())
        uow.session.add(Setting(key="database_id", value=value))
        uow.session.flush()
    else:  # only a committed identity may be remembered
        uow.facts["database_id"] = value
    return value


def next_number(uow: UnitOfWork, series: str) -> str:
    """Next number of a series, with this workstation's prefix: "CGO1-B000042".

    Drawn from the counter row inside the caller's transaction: if the transaction rolls
    back, so does the counter, and the series stays gapless.
    """
    drawn = uow.session.connection().execute(_DRAW, {"series": series}).first()
    if drawn is None:
        uow.session.execute(insert(NumberSeries).values(name=series, next_value=2, width=6))
        value, width = 1, 6
    else:
        value, width = drawn[0] - 1, drawn[1]
    prefix = get_setting(uow, "workstation_prefix")
    return f"{prefix}-{series[0].upper()}{value:0{width}d}"
