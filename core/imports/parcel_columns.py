"""The columns of a parcel file (resources/templates/parcels.md documents them for clerks).

A column's canonical name is the HouseInput / HouseItemInput field it fills, so a problem
found while cleaning a house ("consignee_country", "items[1].hs_code") leads straight back
to its column. ``line_value`` is the one column with no field of its own: the declared
value of the whole goods line, which platform exports give more often than a unit price.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ParcelColumn:
    name: str  # canonical: the HouseInput / HouseItemInput field
    chinese: str  # the alias a Chinese template uses as its header
    aliases: tuple[str, ...]  # further names, English and Chinese
    required: bool
    item: bool  # a goods-line field (one per row) rather than a house field (one per order)
    meaning: str
    example: str


def _house(name: str, chinese: str, aliases: str, meaning: str, example: str, *,
           required: bool = False) -> ParcelColumn:  # fmt: skip
    return ParcelColumn(name, chinese, _split(aliases), required, False, meaning, example)


def _item(name: str, chinese: str, aliases: str, meaning: str, example: str, *,
          required: bool = False) -> ParcelColumn:  # fmt: skip
    return ParcelColumn(name, chinese, _split(aliases), required, True, meaning, example)


def _split(aliases: str) -> tuple[str, ...]:
    return tuple(alias.strip() for alias in aliases.split("|") if alias.strip())


PARCEL_COLUMNS: tuple[ParcelColumn, ...] = (
    _house(
        "platform_order_number",
        "订单号",
        "order|order no|order number|order id|platform order|平台订单号|订单编号|订单ID",
        "the platform's order number: lines with the same number are one house; "
        "a number already imported is skipped",
        "JD2026120100017",
        required=True,
    ),
    _house(
        "shipper_name",
        "发件人",
        "shipper|seller|sender|consignor|卖家|发货人|寄件人|卖家名称",
        "the seller as the platform names it",
        "郑州鑫源跨境电子商务有限公司",
        required=True,
    ),
    _house(
        "shipper_address",
        "发件人地址",
        "shipper address|seller address|sender address|卖家地址|发货人地址|寄件人地址",
        "the seller's street address",
        "航空港区新港大道88号",
        required=True,
    ),
    _house(
        "shipper_city",
        "发件人城市",
        "shipper city|seller city|sender city|卖家城市|发货人城市",
        "the seller's city",
        "Zhengzhou",
        required=True,
    ),
    _house(
        "shipper_country",
        "发件人国家",
        "shipper country|seller country|sender country|卖家国家|发货人国家",
        "ISO 3166 two-letter code",
        "CN",
        required=True,
    ),
    _house(
        "consignee_name",
        "收件人",
        "consignee|receiver|recipient|buyer|收货人|收件人姓名|买家",
        "the end customer",
        "Anna Schmidt",
        required=True,
    ),
    _house(
        "consignee_address",
        "收件人地址",
        "consignee address|receiver address|recipient address|address|收货地址|收货人地址",
        "street and house number",
        "Hauptstraße 12",
        required=True,
    ),
    _house(
        "consignee_city",
        "收件人城市",
        "consignee city|receiver city|city|城市|收货城市",
        "the consignee's city",
        "Frankfurt am Main",
        required=True,
    ),
    _house(
        "consignee_postcode",
        "收件人邮编",
        "postcode|postal code|zip|zip code|邮编",
        "postcode, as text (leading zeros kept)",
        "60311",
    ),
    _house(
        "consignee_country",
        "收件人国家",
        "consignee country|receiver country|country|destination country|目的国|国家",
        "ISO 3166 two-letter code",
        "DE",
        required=True,
    ),
    _house(
        "consignee_phone",
        "收件人电话",
        "phone|telephone|tel|电话|手机",
        "with country prefix",
        "+49 69 1234567",
    ),
    _house("consignee_email", "收件人邮箱", "email|e-mail|邮箱", "", "anna@example.de"),
    _house(
        "consignee_tax_id",
        "收件人税号",
        "tax id|eori|vat number|税号",
        "EORI, VAT number or tax id, when known",
        "",
    ),
    _house(
        "pieces",
        "件数",
        "pcs|packages|parcels|包裹数",
        "parcels of the order (whole number)",
        "1",
        required=True,
    ),
    _house(
        "gross_weight_kg",
        "毛重",
        "gross weight|weight|weight kg|gross weight kg|重量|毛重kg|毛重(kg)|重量(kg)",
        "the order's gross weight in kg (up to 3 decimals)",
        "0.85",
        required=True,
    ),
    _house(
        "dimensions",
        "尺寸",
        "dims|size|dimensions cm|尺寸cm",
        "LxWxH in cm, xPIECES when several, lines separated by commas",
        "30x20x10",
    ),
    _house(
        "customs_mode",
        "监管方式",
        "customs mode|customs procedure|海关模式|贸易方式",
        "China export mode: 9610, 9710, 9810 or 1210",
        "9610",
    ),
    _house(
        "b2c",
        "是否B2C",
        "b2c|to consumer|个人件",
        "yes when the consignee is a private person; empty = yes",
        "yes",
    ),
    _house(
        "ioss_number",
        "IOSS号",
        "ioss|ioss no|ioss number|IOSS编号",
        "EU IOSS number, IM + 10 digits",
        "IM2760000742",
    ),
    _house(
        "shc",
        "特殊处理代码",
        "special handling|shc codes|特货代码",
        "special handling codes separated by spaces",
        "ECM ELI",
    ),
    _house(
        "lithium_packing_instruction",
        "锂电池包装说明",
        "li pi|lithium pi|packing instruction",
        "Section II: PI966, PI967, PI969 or PI970",
        "PI967",
    ),
    _house("lithium_cell_wh", "电芯瓦时", "cell wh", "watt-hours per cell", ""),
    _house("lithium_battery_wh", "电池瓦时", "battery wh", "watt-hours per battery", "3.5"),
    _house("lithium_cell_g", "电芯锂含量", "cell lithium g", "lithium metal per cell, g", ""),
    _house(
        "lithium_battery_g", "电池锂含量", "battery lithium g", "lithium metal per battery, g", ""
    ),
    _house(
        "lithium_state_of_charge_pct",
        "荷电状态",
        "soc|state of charge|电量百分比",
        "state of charge in %",
        "30",
    ),
    _item(
        "description",
        "品名",
        "goods|goods description|description of goods|"
        "item description|product|product name|英文品名|商品名称|货物描述",
        "plain English, specific (ICS2)",
        "Bluetooth earphones",
        required=True,
    ),
    _item(
        "hs_code",
        "海关编码",
        "hs|hs code|hscode|tariff code|commodity code|HS编码|商品编码",
        "at least 6 digits, as text",
        "851830",
    ),
    _item("quantity", "数量", "qty|quantity of goods|商品数量", "units of this goods line", "2"),
    _item(
        "unit_value",
        "申报单价",
        "unit value|unit price|price|单价",
        "declared value of one unit",
        "12.50",
    ),
    _item(
        "line_value",
        "申报价值",
        "declared value|value|total value|line value|申报总价|总价",
        "declared value of the whole line (instead of unit_value)",
        "",
    ),
    _item("currency", "币种", "curr|ccy|币制|货币", "ISO 4217 code", "EUR"),
    _item(
        "origin_country",
        "原产国",
        "origin|country of origin|原产地",
        "ISO 3166 two-letter code",
        "CN",
    ),
)

COLUMNS_BY_NAME = {column.name: column for column in PARCEL_COLUMNS}
TEMPLATE_COLUMNS = tuple(column.name for column in PARCEL_COLUMNS)
REQUIRED_COLUMNS = tuple(column.name for column in PARCEL_COLUMNS if column.required)
HOUSE_COLUMNS = tuple(column.name for column in PARCEL_COLUMNS if not column.item)
ITEM_COLUMNS = tuple(column.name for column in PARCEL_COLUMNS if column.item)
HEADER_ALIASES = {column.name: (column.chinese, *column.aliases) for column in PARCEL_COLUMNS}
# A mapping may send a column here to read a file with extra columns deliberately.
IGNORE = "ignore"
