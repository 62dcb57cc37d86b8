"""A realistic sample air waybill: for previews, tests and the benchmark.

DOMAIN.md's rating example: 3 cartons 60x40x35 cm, 36.9 kg gross, 42.0 kg chargeable,
rated at the Q45 break (45 kg x 34.00 = 1,530.00 CNY), with the December other charges
of a CGO export and Section II lithium-ion batteries in equipment.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal
from typing import Any

from core.documents.awb_form import (
    AwbAirport,
    AwbCharge,
    AwbDimension,
    AwbDocument,
    AwbParty,
    AwbRating,
)

__all__ = ["SAMPLE_AGENT", "SAMPLE_CONSIGNEE", "SAMPLE_SHIPPER", "sample_awb"]

_D = Decimal
SAMPLE_SHIPPER = AwbParty(
    name="郑州豫通跨境电子商务有限公司",
    address="河南省郑州市航空港经济综合实验区新港大道与雍州路交叉口兴港跨境电商产业园3号楼506室",
    city="451162 Zhengzhou",
    country="CN",
    account="SH-CGO-001",
    phone="+86 371 6817 2305",
)
SAMPLE_CONSIGNEE = AwbParty(
    name="Rhein-Main Fulfilment GmbH",
    address="Industriestraße 41, Halle 3",
    city="65451 Kelsterbach",
    country="DE",
    account="CN-FRA-001",
    phone="+49 6107 918 240",
)
SAMPLE_AGENT = AwbParty(
    name="郑州航空港货运代理有限公司 Zhengzhou Airport Cargo Agency Co., Ltd.",
    address="河南省郑州市航空港区新港大道 88 号",
    city="Zhengzhou",
    country="CN",
    account="91410100MA2Y29N116",
)
_CHARGES = (("MY", "C", "189.00"), ("SC", "C", "50.40"), ("XB", "C", "30.00"), ("AW", "A", "50.00"))


def sample_awb(number: str = "020-10000012", **changes: Any) -> AwbDocument:
    doc = AwbDocument(
        number=number,
        carrier_name="Lufthansa Cargo",
        carrier_code="LH",
        shipper=SAMPLE_SHIPPER,
        consignee=SAMPLE_CONSIGNEE,
        agent=SAMPLE_AGENT,
        departure=AwbAirport("CGO", "Xinzheng Airport", "Zhengzhou"),
        destination=AwbAirport("FRA", "Frankfurt am Main International Airport", "Frankfurt"),
        flight_number="LH8407",
        flight_date=datetime.date(2026, 12, 2),
        reference="CGO1-B000001",
        payment="PP",
        currency="CNY",
        rating=AwbRating("Q", _D("45.0"), _D("34.0000"), _D("1530.00")),
        other_charges=tuple(AwbCharge(code, due, _D(amount)) for code, due, amount in _CHARGES),
        declared_carriage="NVD",
        declared_customs="1530.00 CNY",
        pieces=3,
        gross_weight_kg=_D("36.9"),
        chargeable_weight_kg=_D("42.0"),
        volume_m3=_D("0.252"),
        dimensions=(AwbDimension(60, 40, 35, 3),),
        goods_description="Bluetooth earphones with Li-ion battery",
        hs_code="851830",
        shc=("ECM", "ELI"),
        security_status="SPX",
        lithium_statement="LITHIUM ION BATTERIES IN COMPLIANCE WITH SECTION II OF PI967",
        executed_on=datetime.date(2026, 11, 29),
        executed_at="Zhengzhou",
    )
    return replace(doc, **changes)
