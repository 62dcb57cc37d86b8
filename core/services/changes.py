"""What a service changed, so each open view decides for itself to refresh (rule 4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Entity(StrEnum):
    CONSIGNMENT = "consignment"
    FLIGHT = "flight"
    CUSTOMER = "customer"
    AWB_STOCK = "awb_stock"
    REFERENCE = "reference"
    SETTINGS = "settings"
    TARIFF = "tariff"
    INVOICE = "invoice"
    CONSOLIDATION = "consolidation"


@dataclass
class ChangeSet:
    touched: dict[Entity, set[int | str]] = field(default_factory=dict)

    def add(self, entity: Entity, *keys: int | str) -> None:
        self.touched.setdefault(entity, set()).update(keys)

    def __contains__(self, entity: object) -> bool:
        return entity in self.touched

    def keys_of(self, entity: Entity) -> frozenset[int | str]:
        return frozenset(self.touched.get(entity, ()))

    def to_dict(self) -> dict[str, list[int | str]]:
        return {str(k): sorted(v, key=str) for k, v in self.touched.items()}


@dataclass(frozen=True)
class Notice:
    """A warning the clerk should see, that does not stop the operation."""

    code: str
    message: str


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a changing service returns: the result, what changed, and any warnings."""

    value: T
    changes: ChangeSet
    notices: tuple[Notice, ...] = ()
