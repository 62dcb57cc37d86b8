"""A consolidation's customs data for the broker, as CSV or XLSX.

One row per goods line (a house with three items gives three rows), each carrying its
house's fields, so the broker's system can import it without joins. Cells are
formula-injection safe and numbers stay numbers (:mod:`.sheet_export`); the file is written
atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.documents.pdf_io import write_atomic
from core.domain.measures import cm3_to_m3, g_to_kg
from core.services.house_records import HouseRecord, MasterRecord, master_houses
from core.services.sheet_export import (
    FORMATS,
    Cell,
    amount_format,
    csv_bytes,
    export_format,
    xlsx_bytes,
)
from core.services.uow import UnitOfWork

__all__ = ["FORMATS", "HEADERS", "CustomsExportReport", "customs_rows", "export_customs_data"]

HEADERS = (
    "MAWB",
    "Flight",
    "Flight date",
    "Origin",
    "Destination",
    "HAWB",
    "Platform order",
    "Customs mode",
    "B2C",
    "IOSS number",
    "Shipper",
    "Shipper address",
    "Shipper city",
    "Shipper country",
    "Consignee",
    "Consignee address",
    "Consignee city",
    "Consignee postcode",
    "Consignee country",
    "Consignee phone",
    "Consignee email",
    "Consignee tax ID",
    "Pieces",
    "Gross kg",
    "Volume m3",
    "SHC",
    "Lithium PI",
    "Line",
    "Description",
    "HS code",
    "Quantity",
    "Unit value",
    "Value",
    "Currency",
    "Origin country",
)
_CURRENCY = HEADERS.index("Currency")
_AMOUNTS = {HEADERS.index("Unit value"), HEADERS.index("Value")}


@dataclass(frozen=True)
class CustomsExportReport:
    path: str
    fmt: str
    mawb: str
    houses: int
    rows: int


def export_customs_data(
    uow: UnitOfWork,
    consolidation: int | str,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
) -> CustomsExportReport:
    """Write the consolidation's (id or MAWB) goods lines; ``fmt`` defaults to the suffix."""
    target = Path(path).expanduser()
    kind = export_format(fmt, target)
    with uow:
        master, houses = master_houses(uow.session, consolidation)
    rows = list(customs_rows(master, houses))
    if kind == "xlsx":
        data = xlsx_bytes("Customs data", HEADERS, rows, _number_format)
    else:
        data = csv_bytes(HEADERS, rows)
    write_atomic(target, data)
    return CustomsExportReport(str(target), kind, master.mawb, len(houses), len(rows))


def customs_rows(master: MasterRecord, houses: Sequence[HouseRecord]) -> Iterator[list[Cell]]:
    """A row per goods line; a house stored without items still gets one row."""
    head: list[Cell] = [
        master.mawb,
        master.flight_number,
        master.flight_date,
        master.origin,
        master.destination,
    ]
    for house in houses:
        fields = [*head, *_house_cells(house)]
        if not house.items:
            yield [*fields, *[None] * 8]
        for item in house.items:
            value = item.value
            yield [
                *fields,
                item.line_no,
                item.description,
                item.hs_code,
                item.quantity,
                item.unit_value.amount,
                value.amount,
                value.currency,
                item.origin_country,
            ]


def _house_cells(house: HouseRecord) -> list[Cell]:
    return [
        house.house_number,
        house.platform_order_number,
        house.customs_mode,
        "B2C" if house.b2c else "B2B",
        house.ioss_number,
        house.shipper_name,
        house.shipper_address,
        house.shipper_city,
        house.shipper_country,
        house.consignee_name,
        house.consignee_address,
        house.consignee_city,
        house.consignee_postcode,
        house.consignee_country,
        house.consignee_phone,
        house.consignee_email,
        house.consignee_tax_id,
        house.pieces,
        g_to_kg(house.gross_weight_g),
        cm3_to_m3(house.volume_cm3) if house.volume_cm3 is not None else None,
        " ".join(house.shc),
        house.lithium.packing_instruction if house.lithium else None,
    ]


def _number_format(column: int, row: Sequence[Cell]) -> str | None:
    if column in _AMOUNTS:
        return amount_format(str(row[_CURRENCY]))
    return "0.000"  # kilograms to the gram, cubic metres to the litre
