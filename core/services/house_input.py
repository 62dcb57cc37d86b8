"""A house shipment as a clerk or a parcel file gives it: text as typed, not yet checked.

The same input serves the consolidation screen, the CLI and the parcel import, so every
path is checked by the same rules (core.services.consolidations cleans it; the field names
here are the ones its ValidationErrors name, and the parcel file's canonical columns).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HouseItemInput:
    description: str
    hs_code: str | None = None
    quantity: str | int = 1
    unit_value: str | None = None  # per unit, in ``currency``
    currency: str | None = None
    origin_country: str | None = None


@dataclass(frozen=True)
class HouseInput:
    shipper_name: str
    shipper_address: str
    shipper_city: str
    shipper_country: str
    consignee_name: str
    consignee_address: str
    consignee_city: str
    consignee_country: str
    pieces: str | int
    gross_weight_kg: str
    items: tuple[HouseItemInput, ...]
    platform_order_number: str | None = None
    consignee_postcode: str | None = None
    consignee_phone: str | None = None
    consignee_email: str | None = None
    consignee_tax_id: str | None = None  # EORI, VAT number or tax id, when known
    dimensions: str | None = None  # "LxWxHxPIECES,..." in cm, when known
    customs_mode: str | None = None  # 9610, 9710, 9810 or 1210
    b2c: bool = True
    ioss_number: str | None = None
    shc: str | None = None  # space-separated codes
    lithium_packing_instruction: str | None = None  # PI965..PI970, Section II
    lithium_cell_wh: str | None = None
    lithium_battery_wh: str | None = None
    lithium_cell_g: str | None = None
    lithium_battery_g: str | None = None
    lithium_state_of_charge_pct: str | None = None
