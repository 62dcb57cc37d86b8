"""Realistic parcel files as platforms export them, for the parcel import's tests and bench.

Sellers are e-commerce companies in Henan (Chinese names and addresses); consignees are
private buyers across the EU (DE, FR, NL, ES, IT, HU, PL), the US, Kazakhstan, Uzbekistan,
Japan and Malaysia, with Latin, Chinese, Cyrillic and Japanese names. One row per goods
line; an order of several lines repeats its house cells on every line, as exports do.
``bad_rows`` gives one broken order per kind of mistake, each with the column at fault.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.imports.parcel_columns import COLUMNS_BY_NAME, TEMPLATE_COLUMNS

Row = dict[str, str]

SELLERS = (
    ("郑州鑫源跨境电子商务有限公司", "航空港区新港大道 88 号", "Zhengzhou"),
    ("河南优品汇进出口贸易有限公司", "郑东新区商务外环路 18 号", "Zhengzhou"),
    ("许昌瑞美发制品有限公司", "魏都区许由路 216 号", "Xuchang"),
    ("洛阳牡丹跨境电商有限公司", "洛龙区开元大道 260 号", "Luoyang"),
    ("南阳玉雕工艺品有限公司", "卧龙区仲景北路 9 号", "Nanyang"),
    ("开封宋都文创科技有限公司", "龙亭区中山路 35 号", "Kaifeng"),
    ("新乡智联电子有限公司", "红旗区平原路 120 号", "Xinxiang"),
)


@dataclass(frozen=True)
class Destination:
    country: str
    currency: str
    names: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, postcode)
    streets: tuple[str, ...]
    phone: str
    eu: bool = False
    gbk_safe: bool = True  # every name encodable in GBK (no ß, ő, ł...)


DESTINATIONS = (
    Destination("DE", "EUR", ("Anna Schmidt", "Lukas Weber", "王芳", "Jonas Becker"),
                (("Frankfurt am Main", "60311"), ("Berlin", "10115"), ("Dresden", "01067")),
                ("Hauptstraße 12", "Bahnhofstraße 5", "Schillerstraße 48"), "+49 30 ", eu=True,
                gbk_safe=False),
    Destination("FR", "EUR", ("Camille Martin", "Hugo Bernard", "李娜"),
                (("Paris", "75011"), ("Lyon", "69003")), ("12 rue de la Paix", "8 avenue Foch"),
                "+33 1 ", eu=True),
    Destination("NL", "EUR", ("Daan de Vries", "Emma Jansen", "陈静"),
                (("Amsterdam", "1012 AB"), ("Rotterdam", "3011 AD")),
                ("Damrak 70", "Coolsingel 40"), "+31 20 ", eu=True),
    Destination("ES", "EUR", ("Lucía García", "Pablo Fernández", "张伟"),
                (("Madrid", "28013"), ("Barcelona", "08002")),
                ("Calle Mayor 10", "Carrer de Balmes 21"), "+34 91 ", eu=True, gbk_safe=False),
    Destination("IT", "EUR", ("Giulia Rossi", "Marco Bianchi", "刘洋"),
                (("Milano", "20121"), ("Roma", "00184")), ("Via Roma 15", "Via Nazionale 200"),
                "+39 02 ", eu=True),
    Destination("HU", "EUR", ("Nagy Eszter", "Kovács Bence", "杨丽"),
                (("Budapest", "1051"), ("Debrecen", "4024")),
                ("Váci utca 20", "Piac utca 3"), "+36 1 ", eu=True, gbk_safe=False),
    Destination("PL", "EUR", ("Anna Kowalska", "Piotr Nowak", "黄磊"),
                (("Warszawa", "00-001"), ("Kraków", "31-042")),
                ("ul. Marszałkowska 10", "ul. Floriańska 7"), "+48 22 ", eu=True,
                gbk_safe=False),
    Destination("US", "USD", ("Emily Johnson", "Michael Brown", "赵敏"),
                (("Los Angeles", "90012"), ("New York", "10001"), ("Chicago", "60601")),
                ("350 S Grand Ave", "20 W 34th St", "233 S Wacker Dr"), "+1 213 "),
    Destination("KZ", "USD", ("Aigerim Nurlanovna", "Айгерим Нурланова", "Daniyar Seitkali"),
                (("Almaty", "050000"), ("Astana", "010000")),
                ("Abay Ave 52", "Kabanbay Batyr 11"), "+7 727 ", gbk_safe=False),
    Destination("UZ", "USD", ("Dilnoza Karimova", "Jasur Toshmatov"),
                (("Tashkent", "100000"), ("Samarkand", "140100")),
                ("Amir Temur 107", "Registon 3"), "+998 71 "),
    Destination("JP", "JPY", ("佐藤美咲", "Takahashi Ren", "鈴木一郎"),
                (("Tokyo", "150-0001"), ("Osaka", "530-0001")),
                ("1-2-3 Jingumae, Shibuya-ku", "4-5 Umeda, Kita-ku"), "+81 3 ", gbk_safe=False),
    Destination("MY", "USD", ("Tan Wei Ming", "陈伟明", "Nurul Aisyah"),
                (("Kuala Lumpur", "50450"), ("Penang", "10200")),
                ("Jalan Bukit Bintang 55", "Lebuh Chulia 12"), "+60 3 "),
)  # fmt: skip

GOODS = (  # description, HS code, unit value range in USD-ish units
    ("men's cotton T-shirts", "610910", (5, 15)),
    ("women's synthetic hair wigs", "670420", (15, 60)),
    ("TPU phone cases", "392690", (2, 8)),
    ("stainless steel kitchen knives", "821191", (8, 30)),
    ("LED desk lamps", "940520", (10, 35)),
    ("children's plastic building blocks", "950300", (6, 25)),
    ("polyester yoga leggings", "611030", (7, 20)),
    ("ceramic coffee mugs", "691200", (3, 12)),
    ("carved jade pendants", "711620", (20, 90)),
    ("silicone baking mats", "392410", (2, 9)),
)
EARPHONES = ("Bluetooth earphones with Li-ion battery", "851830", (12, 40))


def parcel_rows(
    count: int,
    *,
    seed: int = 1,
    gbk_safe: bool = False,
    max_lines: int = 3,
    prefix: str = "PDD",
) -> list[Row]:
    """About ``count`` rows (goods lines), whole orders of 1..max_lines lines each."""
    rng = random.Random(seed)
    places = [d for d in DESTINATIONS if d.gbk_safe or not gbk_safe]
    rows: list[Row] = []
    order = 0
    while len(rows) < count:
        order += 1
        lines = min(rng.randint(1, max_lines), count - len(rows))
        rows += _order(rng, rng.choice(places), f"{prefix}{seed:02d}{order:08d}", lines)
    return rows


def _order(rng: random.Random, d: Destination, number: str, lines: int) -> list[Row]:
    seller = rng.choice(SELLERS)
    city, postcode = rng.choice(d.cities)
    battery = rng.random() < 0.1
    house: Row = {
        "platform_order_number": number,
        "shipper_name": seller[0],
        "shipper_address": seller[1],
        "shipper_city": seller[2],
        "shipper_country": "CN",
        "consignee_name": rng.choice(d.names),
        "consignee_address": rng.choice(d.streets),
        "consignee_city": city,
        "consignee_postcode": postcode,
        "consignee_country": d.country,
        "consignee_phone": d.phone + str(rng.randint(1000000, 9999999)),
        "consignee_email": "",
        "consignee_tax_id": "",
        "pieces": "1",
        "gross_weight_kg": f"{rng.randint(100, 1800) / 1000:.3f}",
        "dimensions": f"{rng.randint(15, 40)}x{rng.randint(10, 30)}x{rng.randint(3, 20)}",
        "customs_mode": "9610",
        "b2c": "yes",
        "ioss_number": f"IM{rng.randint(0, 9_999_999_999):010d}" if d.eu else "",
        "shc": "ECM ELI" if battery else "ECM",
        **_lithium(battery),
    }
    rows = []
    for line in range(lines):
        description, hs, (low, high) = EARPHONES if battery and line == 0 else rng.choice(GOODS)
        value = rng.randint(low * 100, high * 100)
        unit = str(value) if d.currency == "JPY" else f"{value / 100:.2f}"
        item = {
            "description": description,
            "hs_code": hs,
            "quantity": str(rng.randint(1, 3)),
            "unit_value": unit,
            "line_value": "",
            "currency": d.currency,
            "origin_country": "CN",
        }
        rows.append({**house, **item})
    return rows


def _lithium(battery: bool) -> Row:
    keys = ("lithium_packing_instruction", "lithium_cell_wh", "lithium_battery_wh")
    keys += ("lithium_cell_g", "lithium_battery_g", "lithium_state_of_charge_pct")
    values = ("PI967", "", "3.5", "", "", "") if battery else ("",) * 6
    return dict(zip(keys, values, strict=True))


# --- broken orders ----------------------------------------------------------------------


@dataclass(frozen=True)
class BadRow:
    kind: str
    column: str  # canonical column at fault
    change: Callable[[Row], None]


def _set(column: str, value: str) -> Callable[[Row], None]:
    def change(row: Row) -> None:
        row[column] = value

    return change


BAD_ROWS = (
    BadRow("missing consignee", "consignee_name", _set("consignee_name", "")),
    BadRow("missing description", "description", _set("description", " ")),
    BadRow("bad country", "consignee_country", _set("consignee_country", "Germany")),
    BadRow("unknown country", "consignee_country", _set("consignee_country", "XX")),
    BadRow("bad weight", "gross_weight_kg", _set("gross_weight_kg", "1,2kg")),
    BadRow("zero weight", "gross_weight_kg", _set("gross_weight_kg", "0")),
    BadRow("bad HS code", "hs_code", _set("hs_code", "85AB30")),
    BadRow("bad customs mode", "customs_mode", _set("customs_mode", "9999")),
    BadRow("zero quantity", "quantity", _set("quantity", "0")),
    BadRow("fractional quantity", "quantity", _set("quantity", "1.5")),
    BadRow("negative value", "unit_value", _set("unit_value", "-5")),
    BadRow("bad value", "unit_value", _set("unit_value", "12.5.0")),
    BadRow("bad currency", "currency", _set("currency", "RMBX")),
    BadRow("control character", "consignee_name", _set("consignee_name", "Anna\x07 Schmidt")),
    BadRow("bidi override", "consignee_address", _set("consignee_address", "Main St \u202e1")),
    BadRow("too long", "consignee_address", _set("consignee_address", "Hauptstraße " * 12)),
    BadRow("bad pieces", "pieces", _set("pieces", "two")),
)


def with_bad_rows(rows: list[Row], every: int = 7) -> tuple[list[Row], dict[int, BadRow]]:
    """``rows`` with one bad order per kind of BAD_ROWS, spread through the file: the bad
    rows by their position (0-based, in the returned list)."""
    out = [dict(r) for r in rows]
    orders = _order_starts(out)
    bad: dict[int, BadRow] = {}
    for n, kind in enumerate(BAD_ROWS):
        index = orders[(n * every + 1) % len(orders)]
        kind.change(out[index])
        bad[index] = kind
        if not COLUMNS_BY_NAME[kind.column].item:  # exports repeat house cells on each line
            for line in _lines_of(out, index)[1:]:
                kind.change(out[line])
    return out, bad


def _lines_of(rows: Sequence[Row], first: int) -> list[int]:
    number = rows[first]["platform_order_number"]
    end = first
    while end < len(rows) and rows[end]["platform_order_number"] == number:
        end += 1
    return list(range(first, end))


def _order_starts(rows: Sequence[Row]) -> list[int]:
    return [
        i
        for i, row in enumerate(rows)
        if i == 0 or row["platform_order_number"] != rows[i - 1]["platform_order_number"]
    ]


# --- writing files ----------------------------------------------------------------------


def header_for(columns: Sequence[str], chinese: bool = False) -> list[str]:
    return [COLUMNS_BY_NAME[c].chinese if chinese else c for c in columns]


def write_csv(
    path: Path,
    rows: Iterable[Row],
    *,
    encoding: str = "utf-8",
    chinese: bool = False,
    columns: Sequence[str] = TEMPLATE_COLUMNS,
    header: Sequence[str] | None = None,
) -> Path:
    """``encoding``: "utf-8", "utf-8-sig" (with BOM, as Excel saves) or "gbk"."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header or header_for(columns, chinese))
    writer.writerows([row.get(c, "") for c in columns] for row in rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path,
    rows: Iterable[Row],
    *,
    chinese: bool = False,
    numbers: bool = True,
    columns: Sequence[str] = TEMPLATE_COLUMNS,
) -> Path:
    """As platforms export: weights, pieces and values as number cells when ``numbers``."""
    import xlsxwriter

    numeric = {"pieces", "gross_weight_kg", "quantity", "unit_value"} if numbers else set()
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "constant_memory": True})
    sheet = book.add_worksheet("Orders")
    for col, text in enumerate(header_for(columns, chinese)):
        sheet.write_string(0, col, text)
    for r, row in enumerate(rows, start=1):
        for col, name in enumerate(columns):
            value = row.get(name, "")
            if not value:
                continue
            if name in numeric and _is_number(value):
                sheet.write_number(r, col, float(value))
            else:
                sheet.write_string(r, col, value)
    book.close()
    return path


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
