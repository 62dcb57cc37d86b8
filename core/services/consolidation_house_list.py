"""A consolidation's houses: paged and sorted in SQL (tens of thousands of rows), and one
house edited or removed while the consolidation is open."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.orm import Session

from core.db.models.consolidation import Consolidation, HouseItem, HouseShipment
from core.domain.measures import g_to_kg
from core.domain.money import Money
from core.errors import Conflict, NotFound, ValidationError
from core.services.changes import Entity, Outcome
from core.services.consolidation_houses import clean_house
from core.services.consolidation_store import house_fields, require_open, sync_master, write_items
from core.services.consolidation_views import (
    ConsolidationView,
    HouseRow,
    consolidation_view,
    find_consolidation,
)
from core.services.house_input import HouseInput, HouseItemInput
from core.services.uow import UnitOfWork

# Sort keys a caller may ask for; each ends with the id so pages never overlap.
HOUSE_SORTS: dict[str, ColumnElement[object]] = {
    "house_number": HouseShipment.house_number,  # type: ignore[dict-item]
    "platform_order_number": HouseShipment.platform_order_number,  # type: ignore[dict-item]
    "shipper_name": HouseShipment.shipper_name,  # type: ignore[dict-item]
    "consignee_name": HouseShipment.consignee_name,  # type: ignore[dict-item]
    "consignee_city": HouseShipment.consignee_city,  # type: ignore[dict-item]
    "consignee_country": HouseShipment.consignee_country,  # type: ignore[dict-item]
    "pieces": HouseShipment.pieces,  # type: ignore[dict-item]
    "gross_weight_kg": HouseShipment.gross_weight_g,  # type: ignore[dict-item]
    "customs_mode": HouseShipment.customs_mode,  # type: ignore[dict-item]
    "shc": HouseShipment.shc,  # type: ignore[dict-item]
    "id": HouseShipment.id,  # type: ignore[dict-item]
}
MAX_PAGE = 5000


def list_houses(
    uow: UnitOfWork,
    consolidation_id: int | str,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "house_number",
    descending: bool = False,
    text: str | None = None,
) -> list[HouseRow]:
    """One page of houses in the order asked; ``text`` matches house number, platform
    order number, shipper or consignee name (contains, case-insensitive for Latin)."""
    column = _sort_column(sort)
    if not 0 < limit <= MAX_PAGE or offset < 0:
        raise ValidationError("limit", "page.range", f"limit: 1 to {MAX_PAGE}, offset 0 or more")
    with uow:
        session = uow.session
        cid = find_consolidation(session, consolidation_id).id
        order = (
            (column.desc(), HouseShipment.id.desc()) if descending else (column, HouseShipment.id)
        )
        stmt = (
            select(HouseShipment)
            .where(HouseShipment.consolidation_id == cid, *_matching(text))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        houses = list(session.scalars(stmt))
        values = _declared_values(session, [h.id for h in houses])
        return [_row(h, values.get(h.id, "")) for h in houses]


def count_houses(uow: UnitOfWork, consolidation_id: int | str, *, text: str | None = None) -> int:
    """How many houses list_houses would page through with the same ``text``."""
    with uow:
        cid = find_consolidation(uow.session, consolidation_id).id
        stmt = select(func.count(HouseShipment.id)).where(
            HouseShipment.consolidation_id == cid, *_matching(text)
        )
        return int(uow.session.scalar(stmt) or 0)


def _sort_column(sort: str) -> ColumnElement[object]:
    if sort not in HOUSE_SORTS:
        raise ValidationError(
            "sort", "sort.unknown", f"sort: expected one of {', '.join(HOUSE_SORTS)} (got {sort!r})"
        )
    return HOUSE_SORTS[sort]


def _matching(text: str | None) -> list[ColumnElement[bool]]:
    needle = (text or "").strip()
    if not needle:
        return []
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    columns = (
        HouseShipment.house_number,
        HouseShipment.platform_order_number,
        HouseShipment.shipper_name,
        HouseShipment.consignee_name,
    )
    return [or_(*(c.ilike(pattern, escape="\\") for c in columns))]


def _declared_values(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    stmt = (
        select(
            HouseItem.house_id,
            HouseItem.currency,
            func.sum(HouseItem.quantity * HouseItem.unit_value_minor),
        )
        .where(HouseItem.house_id.in_(ids))
        .group_by(HouseItem.house_id, HouseItem.currency)
        .order_by(HouseItem.house_id, HouseItem.currency)
    )
    parts: dict[int, list[str]] = defaultdict(list)
    for house_id, currency, minor in session.execute(stmt):
        parts[house_id].append(str(Money.from_minor(int(minor), currency)))
    return {house_id: " + ".join(texts) for house_id, texts in parts.items()}


def _row(h: HouseShipment, declared: str) -> HouseRow:
    return HouseRow(
        id=h.id,
        house_number=h.house_number,
        platform_order_number=h.platform_order_number,
        shipper_name=h.shipper_name,
        consignee_name=h.consignee_name,
        consignee_city=h.consignee_city,
        consignee_country=h.consignee_country,
        pieces=h.pieces,
        gross_weight_kg=g_to_kg(h.gross_weight_g),
        customs_mode=h.customs_mode,
        declared_value=declared,
        shc=h.shc,
    )


def _house(session: Session, house_id: int) -> HouseShipment:
    house = session.get(HouseShipment, house_id)
    if house is None:
        raise NotFound("house", house_id, field="house")
    return house


def house_input(uow: UnitOfWork, house_id: int) -> HouseInput:
    """A stored house in the input shape, to fill the house editor (text as stored)."""
    with uow:
        h = _house(uow.session, house_id)
        return HouseInput(
            shipper_name=h.shipper_name,
            shipper_address=h.shipper_address,
            shipper_city=h.shipper_city,
            shipper_country=h.shipper_country,
            consignee_name=h.consignee_name,
            consignee_address=h.consignee_address,
            consignee_city=h.consignee_city,
            consignee_country=h.consignee_country,
            pieces=h.pieces,
            gross_weight_kg=str(g_to_kg(h.gross_weight_g)),
            items=tuple(_item_input(i) for i in h.items),
            platform_order_number=h.platform_order_number,
            consignee_postcode=h.consignee_postcode,
            consignee_phone=h.consignee_phone,
            consignee_email=h.consignee_email,
            consignee_tax_id=h.consignee_tax_id,
            customs_mode=h.customs_mode,
            b2c=h.b2c,
            ioss_number=h.ioss_number,
            shc=h.shc or None,
            lithium_packing_instruction=h.lithium_packing_instruction,
            lithium_cell_wh=_text(h.lithium_cell_wh),
            lithium_battery_wh=_text(h.lithium_battery_wh),
            lithium_cell_g=_text(h.lithium_cell_g),
            lithium_battery_g=_text(h.lithium_battery_g),
            lithium_state_of_charge_pct=_text(h.lithium_state_of_charge_pct),
        )
        # Dimensions are stored as the volume only: an edit keeps it unless retyped.


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.normalize():f}"


def _item_input(i: HouseItem) -> HouseItemInput:
    return HouseItemInput(
        description=i.description,
        hs_code=i.hs_code,
        quantity=i.quantity,
        unit_value=f"{Money.from_minor(i.unit_value_minor, i.currency).amount:f}",
        currency=i.currency,
        origin_country=i.origin_country,
    )


def update_house(uow: UnitOfWork, house_id: int, house: HouseInput) -> Outcome[HouseRow]:
    """Replace a house's data (its number stays); the master follows, space rechecked."""
    with uow:
        session = uow.session
        row = _house(session, house_id)
        consolidation = session.get_one(Consolidation, row.consolidation_id)
        require_open(consolidation, "change its houses")
        clean = clean_house(house)
        order = clean.platform_order_number
        if order is not None and order != row.platform_order_number:
            _refuse_taken(session, order, house_id)
        fields = house_fields(clean)
        if house.dimensions is None or not house.dimensions.strip():
            fields["volume_cm3"] = row.volume_cm3  # not retyped: keep what was known
        session.execute(update(HouseShipment).where(HouseShipment.id == house_id).values(fields))
        session.execute(delete(HouseItem).where(HouseItem.house_id == house_id))
        write_items(session, [(house_id, clean)])
        session.expire(row)
        master = sync_master(session, consolidation)
        result = _row(row, _declared_values(session, [house_id]).get(house_id, ""))
        view = consolidation_view(session, consolidation.id, with_events=False)
        uow.commit()
        _changed(uow, view, master)
        return Outcome(result, uow.changes)


def _refuse_taken(session: Session, order: str, house_id: int) -> None:
    other = session.scalar(
        select(HouseShipment.house_number).where(
            HouseShipment.platform_order_number == order, HouseShipment.id != house_id
        )
    )
    if other is not None:
        raise Conflict(
            "house.duplicate_order",
            f"platform_order_number: {order} is already house {other}",
            field="platform_order_number",
            house_number=other,
        )


def remove_house(uow: UnitOfWork, house_id: int) -> Outcome[ConsolidationView]:
    """Take a house out of an open consolidation; its number is never issued again."""
    with uow:
        session = uow.session
        row = _house(session, house_id)
        consolidation = session.get_one(Consolidation, row.consolidation_id)
        require_open(consolidation, "remove houses")
        session.execute(delete(HouseItem).where(HouseItem.house_id == house_id))
        session.execute(delete(HouseShipment).where(HouseShipment.id == house_id))
        session.expire(consolidation)
        master = sync_master(session, consolidation)
        view = consolidation_view(session, consolidation.id)
        uow.commit()
        _changed(uow, view, master)
        return Outcome(view, uow.changes)


def _changed(uow: UnitOfWork, view: ConsolidationView, master: bool) -> None:
    uow.changes.add(Entity.CONSOLIDATION, view.id)
    if master:
        uow.changes.add(Entity.CONSIGNMENT, view.consignment_id)
        uow.changes.add(Entity.FLIGHT, view.flight_id)
