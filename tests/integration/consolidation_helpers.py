"""Builders shared by the consolidation tests: a master on a future flight, houses."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, replace
from typing import Any

import pytest

from core.services.consolidation_views import ConsolidationView
from core.services.consolidations import ConsolidationRequest, create_consolidation
from core.services.database import OpenedDatabase
from core.services.house_input import HouseInput, HouseItemInput
from core.services.views import FlightView
from tests.integration.booking_helpers import future_flights


def flight(db: OpenedDatabase, n: int = 0) -> FlightView:
    return future_flights(db, "CGO", "FRA")[n]


def master(db: OpenedDatabase, on: FlightView, **changes: Any) -> ConsolidationView:
    base = ConsolidationRequest(
        shipper="SH-CGO-001",
        consignee="CN-FRA-001",
        gross_weight_kg="100",
        volume_m3="0.5",
        flight_id=on.id,
    )
    return create_consolidation(db.uow(), replace(base, **changes)).value


def house(n: int, **changes: Any) -> HouseInput:
    base = HouseInput(
        shipper_name="郑州跨境电商有限公司",
        shipper_address="郑州市航空港区 1 号",
        shipper_city="Zhengzhou",
        shipper_country="CN",
        consignee_name=f"Anna Weber {n}",
        consignee_address="Hauptstraße 1",
        consignee_city="Frankfurt am Main",
        consignee_country="DE",
        consignee_postcode="60311",
        pieces=1,
        gross_weight_kg="1.250",
        items=(HouseItemInput("Bluetooth earphones", "851830", 2, "12.50", "EUR", "CN"),),
        platform_order_number=f"TM-{n:06d}",
        customs_mode="9610",
        ioss_number="IM2760000123",
        shc="ECM",
    )
    return replace(base, **changes)


@dataclass(frozen=True)
class _House:
    house_awb: str


@dataclass(frozen=True)
class StubCheck:
    """What close reads of a ConsolidationCheck, with or without a blocked house."""

    blocked: tuple[str, ...] = ()

    @property
    def blocked_houses(self) -> tuple[_House, ...]:
        return tuple(_House(h) for h in self.blocked)

    @property
    def blocking_count(self) -> int:
        return len(self.blocked)

    @property
    def can_proceed(self) -> bool:
        return not self.blocked

    def summary_lines(self) -> tuple[str, ...]:
        return (f"{len(self.blocked)} houses blocked",)


def stub_customs(monkeypatch: pytest.MonkeyPatch, *blocked: str) -> None:
    """Stand in for core.services.customs_check (its own tests judge the rules)."""
    module = types.ModuleType("core.services.customs_check")
    module.check_houses = lambda session, cid, *, on_day: StubCheck(blocked)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "core.services.customs_check", module)
