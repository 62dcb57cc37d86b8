"""The parcel import's bulk insert: the ids it reports are the houses of the file, in file
order, with their own goods lines, even when the house series grows a digit mid-file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core.db.models import NumberSeries
from core.db.models.consolidation import HouseItem, HouseShipment
from core.services.consolidation_store import HOUSE_SERIES
from core.services.consolidations import ConsolidationRequest, create_consolidation
from core.services.database import OpenedDatabase
from core.services.parcel_import import import_parcels
from tests.integration.booking_helpers import future_flights
from tests.integration.parcel_files import parcel_rows, write_csv


@pytest.fixture
def consol(db: OpenedDatabase) -> int:
    flight = future_flights(db, "CGO", "LUX")[0]
    request = ConsolidationRequest(
        "SH-CGO-001", "CN-LUX-001", "100", "1", flight_id=flight.id, space_status="confirmed"
    )
    return create_consolidation(db.uow(), request).value.id


def _stored(db: OpenedDatabase, ids: tuple[int, ...]) -> list[tuple[str, str, list[str]]]:
    """(house number, order number, goods descriptions) of each id, in the ids' order."""
    with db.uow() as uow:
        houses = {
            h.id: h
            for h in uow.session.scalars(select(HouseShipment).where(HouseShipment.id.in_(ids)))
        }
        lines: dict[int, list[str]] = {}
        for item in uow.session.scalars(
            select(HouseItem).where(HouseItem.house_id.in_(ids)).order_by(HouseItem.line_no)
        ):
            lines.setdefault(item.house_id, []).append(item.description)
        return [
            (houses[i].house_number, houses[i].platform_order_number or "", lines[i]) for i in ids
        ]


@pytest.mark.parametrize("next_value", [1, 999_990])  # the second crosses H999999 -> H1000000
def test_ids_follow_the_file(
    db: OpenedDatabase, consol: int, tmp_path: Path, next_value: int
) -> None:
    with db.uow() as uow:  # the series as a busy forwarder's station may have it
        uow.session.merge(NumberSeries(name=HOUSE_SERIES, next_value=next_value, width=6))
        uow.commit()
    rows = parcel_rows(60, seed=3)
    report = import_parcels(db.uow(), consol, write_csv(tmp_path / "p.csv", rows)).value
    orders = list(dict.fromkeys(row["platform_order_number"] for row in rows))
    stored = _stored(db, report.house_ids)
    assert [order for _, order, _ in stored] == orders
    for _, order, descriptions in stored:
        assert descriptions == [
            row["description"] for row in rows if row["platform_order_number"] == order
        ]
    numbers = [number for number, _, _ in stored]
    suffixes = [int(number.rpartition("-H")[2]) for number in numbers]
    assert suffixes == list(range(next_value, next_value + len(orders)))
