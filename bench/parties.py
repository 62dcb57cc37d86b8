"""Generated shippers and consignees for the benchmark databases.

Shippers are Chinese exporters around the origin airports (CGO, HGH, NNG), named as they
are registered: most in Chinese ("郑州鑫源跨境电子商务有限公司"), some in their English
trade names ("Zhengzhou Xinyuan E-Commerce Co., Ltd."). Consignees are fulfilment and
import companies at each destination, named in their country's style and legal form.
Every value fits the column limits and passes core's validators (USCC check character,
account number format, e-mail shape).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from stdnum.cn import uscc as stdnum_uscc


@dataclass(frozen=True)
class Industry:
    zh: str
    en: str
    goods: tuple[tuple[str, str | None], ...]  # (goods description, HS code)
    lithium_share: float  # share of consignments with Section II lithium batteries
    shc: str  # the code its consignments usually carry besides ECC
    valuable: bool = False


INDUSTRIES: tuple[Industry, ...] = (
    Industry(
        "跨境电子商务",
        "E-Commerce",
        (
            ("CONSOLIDATED E-COMMERCE GOODS", None),
            ("E-COMMERCE PARCELS", None),
            ("CONSOLIDATION AS PER ATTACHED MANIFEST", None),
        ),
        0.3,
        "ECM",
    ),
    Industry(
        "供应链管理",
        "Supply Chain",
        (("CONSOLIDATED GENERAL CARGO", None), ("E-COMMERCE PARCELS", None)),
        0.15,
        "ECM",
    ),
    Industry(
        "服饰",
        "Apparel",
        (("LADIES GARMENTS", "620462"), ("KNITTED SWEATERS", "611030"), ("T-SHIRTS", "610910")),
        0.0,
        "GEN",
    ),
    Industry(
        "发制品",
        "Hair Products",
        (("HUMAN HAIR WIGS", "670420"), ("SYNTHETIC HAIR WIGS", "670411")),
        0.0,
        "GEN",
    ),
    Industry(
        "电子科技",
        "Electronics",
        (
            ("BLUETOOTH EARPHONES", "851830"),
            ("MOBILE PHONE ACCESSORIES", "851770"),
            ("SMART WATCHES", "851762"),
        ),
        0.85,
        "GEN",
    ),
    Industry(
        "工艺品",
        "Handicrafts",
        (("CERAMIC HANDICRAFTS", "691390"), ("RESIN ORNAMENTS", "392640")),
        0.0,
        "GEN",
    ),
    Industry("箱包", "Bags", (("HANDBAGS", "420222"), ("BACKPACKS", "420292")), 0.0, "GEN"),
    Industry("玩具", "Toys", (("PLASTIC TOYS", "950300"), ("PLUSH TOYS", "950300")), 0.1, "GEN"),
    Industry(
        "家居用品",
        "Household",
        (("HOUSEHOLD ARTICLES", "392490"), ("KITCHEN UTENSILS", "732393")),
        0.05,
        "GEN",
    ),
    Industry(
        "汽车配件", "Auto Parts", (("AUTO PARTS", "870899"), ("BRAKE PADS", "870830")), 0.0, "GEN"
    ),
    Industry("灯饰", "Lighting", (("LED LAMPS", "940540"), ("LED STRIPS", "940542")), 0.2, "GEN"),
    Industry(
        "五金工具", "Hardware", (("HAND TOOLS", "820559"), ("DRILL BITS", "820750")), 0.0, "GEN"
    ),
    Industry("珠宝", "Jewellery", (("JADE JEWELLERY", "711790"),), 0.0, "VAL", valuable=True),
)

# Industry weights per origin: Zhengzhou is e-commerce and wigs (Xuchang), Yiwu small goods.
_INDUSTRY_WEIGHTS = {
    "CGO": (30, 10, 12, 14, 10, 4, 4, 3, 4, 3, 3, 2, 2),
    "HGH": (35, 10, 14, 0, 8, 3, 8, 8, 8, 2, 3, 3, 1),
    "NNG": (40, 15, 10, 0, 10, 4, 5, 5, 6, 2, 3, 2, 0),
}

# (Chinese city, pinyin, province, address prefix, USCC region code, postcode, area code, share)
_CITIES = {
    "CGO": (
        ("郑州", "Zhengzhou", "河南", "河南省郑州市", "410100", "450000", "371", 0.52),
        ("许昌", "Xuchang", "河南", "河南省许昌市", "411000", "461000", "374", 0.14),
        ("洛阳", "Luoyang", "河南", "河南省洛阳市", "410300", "471000", "379", 0.09),
        ("南阳", "Nanyang", "河南", "河南省南阳市", "411300", "473000", "377", 0.06),
        ("新乡", "Xinxiang", "河南", "河南省新乡市", "410700", "453000", "373", 0.06),
        ("开封", "Kaifeng", "河南", "河南省开封市", "410200", "475000", "371", 0.05),
        ("焦作", "Jiaozuo", "河南", "河南省焦作市", "410800", "454000", "391", 0.04),
        ("商丘", "Shangqiu", "河南", "河南省商丘市", "411400", "476000", "370", 0.04),
    ),
    "HGH": (
        ("杭州", "Hangzhou", "浙江", "浙江省杭州市", "330100", "310000", "571", 0.6),
        ("义乌", "Yiwu", "浙江", "浙江省义乌市", "330782", "322000", "579", 0.25),
        ("宁波", "Ningbo", "浙江", "浙江省宁波市", "330200", "315000", "574", 0.15),
    ),
    "NNG": (
        ("南宁", "Nanning", "广西", "广西壮族自治区南宁市", "450100", "530000", "771", 0.7),
        ("柳州", "Liuzhou", "广西", "广西壮族自治区柳州市", "450200", "545000", "772", 0.15),
        ("桂林", "Guilin", "广西", "广西壮族自治区桂林市", "450300", "541000", "773", 0.15),
    ),
}

_BRAND_CHARS = (
    ("华", "hua"), ("盛", "sheng"), ("鑫", "xin"), ("源", "yuan"), ("达", "da"),
    ("通", "tong"), ("宏", "hong"), ("远", "yuan"), ("恒", "heng"), ("泰", "tai"),
    ("丰", "feng"), ("瑞", "rui"), ("祥", "xiang"), ("嘉", "jia"), ("兴", "xing"),
    ("隆", "long"), ("昌", "chang"), ("德", "de"), ("信", "xin"), ("诚", "cheng"),
    ("安", "an"), ("康", "kang"), ("和", "he"), ("美", "mei"), ("佳", "jia"),
    ("新", "xin"), ("创", "chuang"), ("联", "lian"), ("亿", "yi"), ("汇", "hui"),
    ("金", "jin"), ("海", "hai"), ("天", "tian"), ("宇", "yu"), ("星", "xing"),
    ("光", "guang"), ("明", "ming"), ("辰", "chen"), ("锦", "jin"), ("卓", "zhuo"),
    ("越", "yue"), ("博", "bo"), ("智", "zhi"), ("聚", "ju"), ("鼎", "ding"),
    ("正", "zheng"), ("腾", "teng"), ("飞", "fei"), ("云", "yun"), ("帆", "fan"),
    ("豪", "hao"), ("振", "zhen"), ("荣", "rong"), ("富", "fu"), ("益", "yi"),
    ("润", "run"), ("峰", "feng"), ("凯", "kai"), ("悦", "yue"), ("航", "hang"),
)  # fmt: skip

_ROADS = (
    "新港大道", "郑港六路", "雍州路", "航兴路", "商都路", "金水路", "建设西路", "中州大道",
    "江南大道", "保税路", "五象大道", "民族大道", "花园路", "工业大道", "科技路", "物流园路",
)  # fmt: skip
_PARKS = ("跨境电商产业园", "物流园", "科技园", "商务中心", "工业园", "电商大厦", "国际广场")
_STREETS_EN = ("Industrial Road", "Airport Avenue", "Logistics Park", "Trade Road", "Hi-Tech Zone")


@dataclass(frozen=True)
class Country:
    legal: tuple[str, ...]
    sectors: tuple[str, ...]
    places: tuple[str, ...]
    streets: tuple[str, ...]
    phone: str
    postcode: str  # "{n:05d}" style template fed one random int, or "" for none
    postcode_range: tuple[int, int] = (10000, 99999)
    style: str = "place sector legal"  # word order of the name
    vat: bool = False


_COUNTRIES = {
    "DE": Country(
        ("GmbH", "GmbH & Co. KG", "AG", "UG"),
        ("Logistik", "Fulfilment", "Versandhandel", "Handels", "E-Commerce", "Distribution"),
        ("Rhein-Main", "Taunus", "Main", "Hessen", "Spessart", "Odenwald", "Wetterau",
         "Kinzig", "Nidda", "Lahn", "Vogelsberg", "Feldberg", "Kelster", "Mönchhof"),
        ("Industriestraße", "Hafenstraße", "Gutenbergstraße", "Kruppstraße", "Am Prime Parc"),
        "+49 6107", "{:05d}", (60000, 65999), vat=True,
    ),
    "FR": Country(
        ("SAS", "SARL", "SA"),
        ("Logistique", "E-Commerce", "Fulfilment", "Distribution", "Import", "Commerce"),
        ("Roissy", "Val-d'Oise", "Seine", "Marne", "Aulnay", "Paris Nord", "Gonesse",
         "Goussainville", "Tremblay", "Villepinte", "Mitry", "Île-de-France"),
        ("avenue des Nations", "rue de la Belle Étoile", "rue du Commerce", "allée du Fret"),
        "+33 1 48", "{:05d}", (93000, 95999), vat=True,
    ),
    "HU": Country(
        ("Kft.", "Zrt."),
        ("Fulfilment", "Logisztika", "Kereskedelmi", "Disztribúció", "E-Commerce"),
        ("Duna", "Pest", "Buda", "Ferihegy", "Vecsés", "Gyömrő", "Csepel", "Tisza", "Mátra"),
        ("Gyömrői út", "Üllői út", "Ferihegyi repülőtéri út", "Raktár utca"),
        "+36 1", "{:04d}", (1000, 2399), vat=True,
    ),
    "TR": Country(
        ("A.Ş.", "Ltd. Şti."),
        ("E-Ticaret Lojistik", "Dış Ticaret", "Kargo", "Lojistik", "Fulfillment"),
        ("Boğaziçi", "Marmara", "Arnavutköy", "Haliç", "Anadolu", "Trakya", "Galata"),
        ("Terminal Cad.", "Lojistik Sok.", "Havalimanı Yolu", "Sanayi Cad."),
        "+90 212", "{:05d}", (34000, 34999),
    ),
    "ES": Country(
        ("S.L.", "S.A."),
        ("Fulfillment", "Logística", "Distribución", "Comercio Electrónico", "Importaciones"),
        ("Meseta", "Coslada", "Barajas", "Henares", "Castilla", "Getafe", "Torrejón"),
        ("Calle de la Logística", "Avenida de la Industria", "Calle del Transporte"),
        "+34 91", "{:05d}", (28000, 28999), vat=True,
    ),
    "LU": Country(
        ("S.à r.l.", "S.A."),
        ("E-Commerce Services", "Logistics", "Fulfilment", "Trading", "Distribution"),
        ("Findel", "Sandweiler", "Contern", "Bettembourg", "Moselle", "Alzette", "Kirchberg"),
        ("rue de Trèves", "route de Trèves", "rue de l'Aéroport", "Zone Industrielle"),
        "+352 26", "{:04d}", (1000, 9999), vat=True,
    ),
    "BE": Country(
        ("SRL", "SA", "BV"),
        ("Parcel Hub", "Logistique", "Fulfilment", "Distribution", "E-Commerce"),
        ("Meuse", "Liège", "Bierset", "Grâce-Hollogne", "Ardennes", "Wallonie", "Flémalle"),
        ("Rue de l'Aéroport", "Rue du Bourgmestre", "Avenue de l'Industrie"),
        "+32 4", "{:04d}", (4000, 4999), vat=True,
    ),
    "NL": Country(
        ("B.V.",),
        ("Fulfilment", "Logistics", "Distributie", "Parcel Services", "E-Commerce"),
        ("Polder", "Schiphol", "Haarlemmermeer", "Hoofddorp", "Amstel", "Zaan", "Aalsmeer"),
        ("Pakhuisweg", "Handelskade", "Fokkerweg", "Bellsingel"),
        "+31 20", "{:04d} AB", (1000, 2199), vat=True,
    ),
    "IT": Country(
        ("S.r.l.", "S.p.A."),
        ("E-Commerce Logistica", "Logistica", "Distribuzione", "Commercio", "Fulfilment"),
        ("Ticino", "Malpensa", "Varese", "Lombardia", "Olona", "Gallarate", "Busto"),
        ("Via dei Trasporti", "Via dell'Industria", "Via Malpensa", "Viale Europa"),
        "+39 0331", "{:05d}", (21000, 21099), vat=True,
    ),
    "US": Country(
        ("LLC", "Inc.", "Corp."),
        ("Fulfillment", "Logistics", "Distribution", "Trading", "Imports", "Commerce"),
        ("Lakeshore", "Prairie", "Midway", "Pacific", "Harbor", "Golden State", "Hudson",
         "Empire", "Liberty", "Atlantic", "Gateway", "Sunset"),
        ("Arthur Avenue", "Cargo Road", "Commerce Drive", "Industrial Parkway"),
        "+1 312", "{:05d}", (10000, 99999),
    ),
    "KZ": Country(
        ("ТОО",),
        ("Фулфилмент", "Логистик", "Трейд", "Экспресс", "Карго", "Дистрибьюшн"),
        ("Жетысу", "Алатау", "Медеу", "Капшагай", "Байтерек", "Есиль", "Сарыарка", "Тау"),
        ("ул. Майлина", "пр. Райымбека", "ул. Бекмаханова", "пр. Абая"),
        "+7 727", "", style="legal «place sector»",
    ),
    "UZ": Country(
        ("MChJ",),
        ("Fulfilment", "Logistika", "Savdo", "Ekspress", "Trade"),
        ("Ipak Yo'li", "Chorsu", "Yashnobod", "Sergeli", "Chilonzor", "Mirobod", "Olmazor"),
        ("Kichik Halqa Yo'li", "Amir Temur ko'chasi", "Sergeli ko'chasi"),
        "+998 71", "{:06d}", (100000, 100200),
    ),
    "KG": Country(
        ("LLC",),
        ("Parcel Logistics", "Trade", "Cargo", "Express", "Fulfilment"),
        ("Ala-Too", "Chuy", "Issyk-Kul", "Tian-Shan", "Manas", "Dordoi", "Naryn"),
        ("Chuy Avenue", "Manas Avenue", "Jibek Jolu Avenue"),
        "+996 312", "{:06d}", (720000, 720090),
    ),
    "JP": Country(
        ("株式会社",),
        ("物流", "通販", "フルフィルメント", "商事", "貿易", "ロジスティクス"),
        ("成田", "千葉", "東京", "芝山", "富里", "佐倉", "横浜", "川崎", "品川", "羽田"),
        ("千葉県成田市新泉", "千葉県成田市三里塚", "千葉県山武郡芝山町"),
        "+81 476", "{:03d}-0825", (280, 289), style="placesectorlegal",
    ),
    "MY": Country(
        ("Sdn. Bhd.",),
        ("Fulfilment", "Logistics", "Trading", "Express", "Distribution"),
        ("Klang Valley", "Sepang", "Nilai", "Shah Alam", "Putrajaya", "Cyberjaya", "Puchong"),
        ("Jalan KLIA S5", "Jalan Pekeliling", "Persiaran Cargo"),
        "+60 3", "{:05d}", (43900, 64000),
    ),
    "VN": Country(
        ("Công ty TNHH",),
        ("Giao Vận", "Thương Mại", "Logistics", "Chuyển Phát", "Xuất Nhập Khẩu"),
        ("Sài Gòn Xanh", "Tân Sơn", "Phú Mỹ", "Bình Dương", "Thủ Đức", "Gia Định", "Hưng Phát"),
        ("Trường Sơn", "Cộng Hòa", "Hoàng Văn Thụ", "Bạch Đằng"),
        "+84 28", "{:06d}", (700000, 700999), style="legal sector place",
    ),
    "TH": Country(
        ("Co., Ltd.",),
        ("Parcel Fulfilment", "Logistics", "Trading", "Express", "Import-Export"),
        ("Siam", "Bang Na", "Suvarnabhumi", "Chao Phraya", "Lat Krabang", "Sukhumvit"),
        ("Bang Na-Trat Road", "Kingkaew Road", "Romklao Road"),
        "+66 2", "{:05d}", (10520, 10540),
    ),
    "PH": Country(
        ("Corporation", "Inc."),
        ("Fulfillment", "Logistics", "Trading", "Express", "Distribution"),
        ("Luzon", "Manila Bay", "Parañaque", "Pasay", "Makati", "Taguig", "Cavite", "Laguna"),
        ("Ninoy Aquino Avenue", "Domestic Road", "Airport Road"),
        "+63 2", "{:04d}", (1700, 1750),
    ),
}  # fmt: skip

_TAGS = ("Nord", "Süd", "Cargo", "Parcel", "Express", "International", "Global", "Plus", "One")


@dataclass(frozen=True)
class Party:
    account_number: str
    name: str
    address: str
    city: str
    postcode: str | None
    country: str
    phone: str | None
    email: str | None
    uscc: str | None
    eu_vat: str | None
    eori: str | None
    station: str  # origin airport (shipper) or destination airport (consignee)
    industry: int  # index into INDUSTRIES; -1 for consignees


def make_shippers(rng: random.Random, counts: dict[str, int]) -> list[Party]:
    """Shippers around each origin airport; brands are unique across all of them."""
    brands = [(a, b) for a in _BRAND_CHARS for b in _BRAND_CHARS if a[0] != b[0]]
    rng.shuffle(brands)
    parties: list[Party] = []
    for origin, count in counts.items():
        cities = _CITIES[origin]
        for n in range(count):
            city = rng.choices(cities, weights=[c[7] for c in cities])[0]
            industry = rng.choices(range(len(INDUSTRIES)), weights=_INDUSTRY_WEIGHTS[origin])[0]
            (zh1, py1), (zh2, py2) = brands.pop()
            parties.append(_shipper(rng, origin, n, city, industry, zh1 + zh2, py1 + py2))
    return parties


def _shipper(
    rng: random.Random,
    origin: str,
    n: int,
    city: tuple[str, str, str, str, str, str, str, float],
    industry: int,
    brand_zh: str,
    brand_py: str,
) -> Party:
    city_zh, city_py, province, prefix, region, postcode, area, _ = city
    ind = INDUSTRIES[industry]
    style = rng.random()
    if style < 0.28:  # English trade name
        name = f"{city_py} {brand_py.title()} {ind.en} Co., Ltd."
    elif style < 0.78:
        name = f"{city_zh}{brand_zh}{ind.zh}有限公司"
    elif style < 0.92:
        name = f"{province}{brand_zh}{ind.zh}有限公司"
    else:
        name = f"{brand_zh}（{city_zh}）{ind.zh}有限公司"
    if style < 0.28:
        address = f"No. {rng.randrange(1, 400)} {rng.choice(_STREETS_EN)}, {city_py}, {province}"
    else:
        address = (
            f"{prefix}{rng.choice(_ROADS)}{rng.randrange(1, 300)}号"
            f"{brand_zh}{rng.choice(_PARKS)}{rng.randrange(1, 12)}号楼{rng.randrange(101, 1800)}室"
        )
    account = f"SH-{origin}-{1000 + n}"
    return Party(
        account_number=account,
        name=name[:70],
        address=address[:105],
        city=city_py,
        postcode=str(int(postcode) + rng.randrange(0, 200)),
        country="CN",
        phone=f"+86 {area} {rng.randrange(5000, 8999)} {rng.randrange(1000, 9999)}",
        email=f"export@{account.lower()}.example",
        uscc=_uscc(rng, region),
        eu_vat=None,
        eori=None,
        station=origin,
        industry=industry,
    )


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(rng: random.Random, region: str) -> str:
    """A valid unified social credit code: 91 (company), region, organisation code, check."""
    body = "91" + region + "".join(rng.choice(_USCC_CHARS) for _ in range(9))
    return body + stdnum_uscc.calc_check_digit(body)


def make_consignees(
    rng: random.Random, counts: dict[str, int], airports: dict[str, tuple[str, str]]
) -> list[Party]:
    """Consignees per destination airport; ``airports`` maps IATA to (city, country)."""
    parties: list[Party] = []
    for iata, count in counts.items():
        city, country_code = airports[iata]
        country = _COUNTRIES[country_code]
        seen: set[str] = set()
        for n in range(count):
            name = _consignee_name(rng, country)
            while name in seen:
                name = _consignee_name(rng, country, tag=rng.choice(_TAGS))
            seen.add(name)
            parties.append(_consignee(rng, iata, n, name, city, country_code, country))
    return parties


def _consignee_name(rng: random.Random, country: Country, tag: str | None = None) -> str:
    place = rng.choice(country.places)
    if tag:
        place = f"{place} {tag}"
    sector, legal = rng.choice(country.sectors), rng.choice(country.legal)
    if country.style == "legal «place sector»":
        return f"{legal} «{place} {sector}»"
    if country.style == "legal sector place":
        return f"{legal} {sector} {place}"
    if country.style == "placesectorlegal":
        return f"{place}{sector}{legal}"
    return f"{place} {sector} {legal}"


def _consignee(
    rng: random.Random, iata: str, n: int, name: str, city: str, code: str, country: Country
) -> Party:
    account = f"CN-{iata}-{1000 + n}"
    lo, hi = country.postcode_range
    vat_digits = "".join(rng.choice("0123456789") for _ in range(9))
    return Party(
        account_number=account,
        name=name[:70],
        address=f"{rng.choice(country.streets)} {rng.randrange(1, 250)}"[:105],
        city=city[:35],
        postcode=country.postcode.format(rng.randrange(lo, hi + 1)) if country.postcode else None,
        country=code,
        phone=f"{country.phone} {rng.randrange(100000, 999999)}",
        email=f"inbound@{account.lower()}.example",
        uscc=None,
        eu_vat=f"{code}{vat_digits}" if country.vat else None,
        eori=f"{code}{vat_digits}000" if country.vat else None,
        station=iata,
        industry=-1,
    )
