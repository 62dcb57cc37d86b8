"""House manifests: a consolidation's houses under its master AWB, printed as a PDF.

A house manifest is what the broker files and the carrier reconciles, so it is refused
(InvalidState "consolidation.blocked") while any house has a blocking customs finding: the
same check as ``freightdesk check`` and closing, on the same loaded houses. Also here: the
house rows the flight manifest lists under each master when asked (``with_houses``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from core.db.models import Airport, Awb, Consignment, Consolidation, HouseItem, HouseShipment
from core.documents.house_manifest import (
    HouseLine,
    HouseManifestData,
    RenderedHouseManifest,
    build_house_manifest,
)
from core.documents.manifest import MANIFEST_LIMITS, ManifestPoint, ManifestRow
from core.documents.pdf_io import safe_filename
from core.domain.measures import cm3_to_m3, g_to_kg
from core.files import write_atomic
from core.services.customs_check import check_records, refuse_blocked
from core.services.house_records import HouseRecord, MasterRecord, master_houses
from core.services.seller import load_seller
from core.services.uow import UnitOfWork

__all__ = [
    "HouseManifestReport",
    "house_manifest",
    "house_manifest_pdf",
    "house_rows",
    "write_house_manifest",
]


@dataclass(frozen=True)
class HouseManifestReport:
    path: Path
    mawb: str
    pages: int
    houses: int
    pieces: int
    gross_weight_kg: str
    sha256: str


def house_manifest(
    uow: UnitOfWork, mawb: int | str, *, on_day: date | None = None
) -> HouseManifestData:
    """The house manifest of the consolidation (its MAWB or id) as plain data; refused
    while anything blocks. ``on_day`` decides dated rules when the flight has no date."""
    with uow:
        session = uow.session
        master, houses = master_houses(session, mawb)
        check = check_records(session, master, houses, on_day=on_day or date.today())
        refuse_blocked(check, master, "print the house manifest of")
        return HouseManifestData(
            mawb=master.mawb,
            carrier=master.carrier,
            flight_number=master.flight_number,
            flight_date=master.flight_date,
            origin=_point(session, master.origin),
            destination=_point(session, master.destination),
            consolidator=load_seller(uow).name,
            tendered_pieces=master.tendered_pieces,
            lines=[house_line(house, master) for house in houses],
        )


def house_manifest_pdf(uow: UnitOfWork, mawb: int | str) -> bytes:
    """The house manifest as PDF bytes, for the preview."""
    return build_house_manifest(house_manifest(uow, mawb)).pdf


def write_house_manifest(uow: UnitOfWork, mawb: int | str, out: Path) -> HouseManifestReport:
    """Render and write atomically to ``out`` (a file, or a folder for a name from the
    MAWB); a failed write leaves no partial file."""
    from core.services.manifests import checked_folder, unwritable

    target = checked_folder(out)
    data = house_manifest(uow, mawb)
    if target.is_dir():
        target = target / f"{safe_filename(f'house-manifest-{data.mawb}')}.pdf"
    rendered = build_house_manifest(data)
    try:
        write_atomic(target, rendered.pdf)
    except OSError as exc:
        raise unwritable(target, exc) from exc
    return _report(target, data, rendered)


def _report(
    target: Path, data: HouseManifestData, rendered: RenderedHouseManifest
) -> HouseManifestReport:
    totals = rendered.totals
    return HouseManifestReport(
        path=target,
        mawb=data.mawb,
        pages=rendered.pages,
        houses=totals.houses,
        pieces=totals.pieces,
        gross_weight_kg=f"{totals.gross_weight_kg:f}",
        sha256=hashlib.sha256(rendered.pdf).hexdigest(),
    )


def house_line(house: HouseRecord, master: MasterRecord) -> HouseLine:
    consignee = f"{house.consignee_name}, {house.consignee_city} {house.consignee_country}"
    return HouseLine(
        house_number=house.house_number,
        route=f"{master.origin}–{house.consignee_country}",
        pieces=house.pieces,
        gross_weight_kg=g_to_kg(house.gross_weight_g),
        shipper=house.shipper_name,
        consignee=consignee,
        goods="; ".join(item.description for item in house.items),
        hs_code=" ".join(item.hs_code for item in house.items if item.hs_code),
        values=house.declared_values(),
        customs_mode=house.customs_mode,
        shc=house.shc,
        country=house.consignee_country,
    )


def _point(session: Session, code: str) -> ManifestPoint:
    airport = session.get_one(Airport, code)
    return ManifestPoint(airport.iata, airport.name)


_HOUSE_ROWS = (
    select(
        Awb.number,
        HouseShipment.id,
        HouseShipment.house_number,
        HouseShipment.pieces,
        HouseShipment.gross_weight_g,
        HouseShipment.volume_cm3,
        HouseShipment.shc,
    )
    .select_from(Consolidation)
    .join(HouseShipment, HouseShipment.consolidation_id == Consolidation.id)
    .join(Consignment, Consignment.id == Consolidation.consignment_id)
    .join(Awb, Awb.id == Consignment.awb_id)
    .where(Awb.number.in_(bindparam("masters", expanding=True)))
    .order_by(HouseShipment.id)
)
_FIRST_ITEMS = (
    select(HouseItem.house_id, HouseItem.description)
    .join(HouseShipment, HouseShipment.id == HouseItem.house_id)
    .join(Consolidation, Consolidation.id == HouseShipment.consolidation_id)
    .join(Consignment, Consignment.id == Consolidation.consignment_id)
    .join(Awb, Awb.id == Consignment.awb_id)
    .where(Awb.number.in_(bindparam("masters", expanding=True)))
    .where(HouseItem.line_no == 1)
)


def house_rows(session: Session, masters: Sequence[ManifestRow]) -> dict[str, list[ManifestRow]]:
    """For the flight manifest: per master AWB number, its houses as rows of kind "house"
    (first goods line as the nature of goods, the master's destination)."""
    ids = [row.awb_number for row in masters]
    if not ids:
        return {}
    destinations = {row.awb_number: row.destination for row in masters}
    limit = MANIFEST_LIMITS["nature_of_goods"]
    goods: dict[int, str] = {
        house_id: text for house_id, text in session.execute(_FIRST_ITEMS, {"masters": ids})
    }
    found: dict[str, list[ManifestRow]] = {}
    for master, house_id, number, pieces, gross_g, volume, shc in session.execute(
        _HOUSE_ROWS, {"masters": ids}
    ):
        kg = g_to_kg(gross_g)
        found.setdefault(master, []).append(
            ManifestRow(
                awb_number=number,
                pieces=pieces,
                gross_weight_kg=kg,
                chargeable_weight_kg=kg,
                volume_m3=cm3_to_m3(volume or 0),
                nature_of_goods=goods.get(house_id, "")[:limit],
                shc=tuple(shc.split()),
                destination=destinations[master],
                kind="house",
            )
        )
    return found


def with_houses(session: Session, rows: Sequence[ManifestRow]) -> list[ManifestRow]:
    """The flight manifest's rows with each consolidation's houses under its master."""
    houses = house_rows(session, rows)
    listed: list[ManifestRow] = []
    for row in rows:
        listed.append(row)
        listed.extend(houses.get(row.awb_number, ()))
    return listed
