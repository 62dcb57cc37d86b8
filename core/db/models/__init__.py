"""Every mapped table; import from here so the metadata is complete."""

from core.db.models.billing import (
    BookingCharge,
    Invoice,
    InvoiceDocument,
    InvoiceLine,
    Payment,
)
from core.db.models.booking import (
    Consignment,
    Customer,
    DimensionLine,
    LithiumDeclaration,
    Milestone,
)
from core.db.models.consolidation import (
    Consolidation,
    ConsolidationEvent,
    HouseItem,
    HouseShipment,
)
from core.db.models.rating import (
    ChargeRule,
    CommodityRate,
    CustomerAgreement,
    ExchangeRate,
    Tariff,
    TariffBreak,
)
from core.db.models.reference import AircraftType, Airport, Carrier, Flight, Route
from core.db.models.settings import NumberSeries, Setting
from core.db.models.stock import Awb, AwbStockRange

__all__ = [
    "AircraftType",
    "Airport",
    "Awb",
    "AwbStockRange",
    "BookingCharge",
    "Carrier",
    "ChargeRule",
    "CommodityRate",
    "Consignment",
    "Consolidation",
    "ConsolidationEvent",
    "Customer",
    "CustomerAgreement",
    "DimensionLine",
    "ExchangeRate",
    "Flight",
    "HouseItem",
    "HouseShipment",
    "Invoice",
    "InvoiceDocument",
    "InvoiceLine",
    "LithiumDeclaration",
    "Milestone",
    "NumberSeries",
    "Payment",
    "Route",
    "Setting",
    "Tariff",
    "TariffBreak",
]
