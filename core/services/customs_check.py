"""Customs and dangerous-goods checks of a stored consolidation (rules: core.domain.customs).

The stored houses become :class:`HouseFacts` (the rules never read the database); values
in other currencies are converted with the stored, dated exchange rates; the dated rules
(IOSS duty from 1 July 2026, the state-of-charge limit) use the master's flight date.
``check_houses`` runs inside another service's transaction (closing a consolidation and
printing its house manifest refuse when anything blocks); ``check_consolidation`` is the
read-only use case behind ``freightdesk check`` and the consolidation screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db.models import ExchangeRate as ExchangeRateRow
from core.domain import customs
from core.domain.customs import ConsolidationCheck, GoodsItem, HouseFacts, PartyFacts
from core.domain.fx import ExchangeRate
from core.errors import InvalidState
from core.services.house_records import HouseRecord, MasterRecord, find_master, load_houses
from core.services.uow import UnitOfWork

__all__ = [
    "check_consolidation",
    "check_houses",
    "check_records",
    "house_facts",
    "refuse_blocked",
]


def check_consolidation(
    uow: UnitOfWork, consolidation: int | str, *, on_day: date
) -> ConsolidationCheck:
    """Every house of the consolidation (an id or its MAWB) checked, in the order added."""
    with uow:
        master = find_master(uow.session, consolidation)
        return check_houses(uow.session, master.consolidation_id, on_day=on_day)


def check_houses(session: Session, consolidation_id: int, *, on_day: date) -> ConsolidationCheck:
    """The check inside the caller's transaction (two statements for the houses)."""
    master = find_master(session, consolidation_id)
    return check_records(session, master, load_houses(session, consolidation_id), on_day=on_day)


def check_records(
    session: Session, master: MasterRecord, houses: Sequence[HouseRecord], *, on_day: date
) -> ConsolidationCheck:
    """The check of houses already loaded (the house manifest reads them once for both)."""
    rates = customs.rates_from(stored_rates(session))
    facts = [house_facts(house, master) for house in houses]
    return customs.check_consolidation(facts, rates=rates, on_day=on_day)


def refuse_blocked(check: ConsolidationCheck, master: MasterRecord, action: str) -> None:
    """InvalidState naming the first blocked houses when anything blocks ``action``."""
    blocked = check.blocked_houses
    if not blocked:
        return
    shown = ", ".join(house.house_awb for house in blocked[:5])
    more = f" and {len(blocked) - 5} more" if len(blocked) > 5 else ""
    raise InvalidState(
        "consolidation.blocked",
        f"cannot {action} {master.mawb}: {len(blocked)} house(s) have blocking customs "
        f"findings ({shown}{more}); run 'freightdesk check {master.mawb}'",
        field="consolidation",
        mawb=master.mawb,
        blocked=len(blocked),
        blocking=check.blocking_count,
    )


def stored_rates(session: Session) -> list[ExchangeRate]:
    row = ExchangeRateRow
    rows = session.execute(select(row.base, row.quote, row.rate, row.valid_on))
    return [ExchangeRate(base, quote, rate, valid_on) for base, quote, rate, valid_on in rows]


def house_facts(house: HouseRecord, master: MasterRecord) -> HouseFacts:
    """What the rules read of a stored house; the export country is the master's origin."""
    return HouseFacts(
        house_awb=house.house_number,
        shipper=PartyFacts(
            house.shipper_name, house.shipper_address, house.shipper_city, house.shipper_country
        ),
        consignee=PartyFacts(
            house.consignee_name,
            house.consignee_address,
            house.consignee_city,
            house.consignee_country,
            postcode=house.consignee_postcode,
            tax_id=house.consignee_tax_id,
        ),
        pieces=house.pieces,
        weight_grams=house.gross_weight_g,
        items=tuple(
            GoodsItem(
                item.description, item.hs_code, item.quantity, item.unit_value, item.origin_country
            )
            for item in house.items
        ),
        export_country=master.origin_country,
        customs_mode=house.customs_mode,
        b2c=house.b2c,
        ioss_number=house.ioss_number,
        shcs=house.shc,
        lithium=house.lithium,
        departure_date=master.flight_date,
    )
