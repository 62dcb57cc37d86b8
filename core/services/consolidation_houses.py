"""A house shipment as typed (HouseInput) checked by core's rules: CleanHouse, ready to store.

Pure: no database. The screen, the CLI and the parcel import all pass through clean_house,
so a house is refused for the same reason whichever way it arrives. Errors name the
HouseInput field ("consignee_country", "items[0].hs_code"), after ``row_field_prefix``
("houses[12]." for the twelfth row of a batch). Customs judgements that are warnings or
depend on the destination (IOSS threshold, a blank customs mode, vague descriptions) are the
customs check's (core.domain.customs), not refusals here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from core.db.models.consolidation import CUSTOMS_MODES
from core.documents.fonts import check_printable
from core.domain.lithium import LithiumDeclaration, check_lithium, parse_lithium, shc_consistent
from core.domain.measures import kg_to_g, parse_pieces, parse_weight_kg
from core.domain.money import parse_currency, parse_money
from core.domain.parties import validate_email, validate_phone
from core.domain.shc import parse_shcs
from core.domain.text import FIELD_LIMITS, clean_code, clean_optional, clean_text, country_code
from core.errors import ValidationError
from core.services.booking_input import volume_of
from core.services.house_input import HouseInput, HouseItemInput

MAX_HOUSE_KG = Decimal("10000")  # one house is a parcel or a pallet, never a freighter load
MAX_ITEMS = 999
_IOSS_TEXT = re.compile(r"[A-Z0-9]{1,12}", re.ASCII)
# The lithium rules name their fields "lithium.cell_wh"; a house names them as HouseInput.
_LITHIUM_FIELDS = {
    "lithium.packing_instruction": "lithium_packing_instruction",
    "lithium.cell_wh": "lithium_cell_wh",
    "lithium.battery_wh": "lithium_battery_wh",
    "lithium.cell_lithium_g": "lithium_cell_g",
    "lithium.battery_lithium_g": "lithium_battery_g",
    "lithium.state_of_charge_pct": "lithium_state_of_charge_pct",
}


@dataclass(frozen=True)
class CleanItem:
    description: str
    hs_code: str | None  # digits only
    quantity: int
    unit_value_minor: int  # in ``currency``'s minor unit
    currency: str
    origin_country: str | None


@dataclass(frozen=True)
class CleanHouse:
    platform_order_number: str | None
    shipper_name: str
    shipper_address: str
    shipper_city: str
    shipper_country: str
    consignee_name: str
    consignee_address: str
    consignee_city: str
    consignee_postcode: str | None
    consignee_country: str
    consignee_phone: str | None
    consignee_email: str | None
    consignee_tax_id: str | None
    pieces: int
    gross_weight_g: int
    volume_cm3: int | None
    customs_mode: str | None
    b2c: bool
    ioss_number: str | None
    shc: tuple[str, ...]
    lithium: LithiumDeclaration | None
    items: tuple[CleanItem, ...]


def clean_house(
    house: HouseInput, *, row_field_prefix: str = "", on_day: date | None = None
) -> CleanHouse:
    """Every field checked and normalised; ValidationError names the (prefixed) field.

    ``on_day`` is the date the lithium rules are judged by (the flight's local departure
    date when known; today otherwise).
    """
    try:
        return _clean(house, on_day or date.today())
    except ValidationError as err:
        raise _renamed(err, row_field_prefix) from None


def _clean(h: HouseInput, on_day: date) -> CleanHouse:
    pieces = parse_pieces(h.pieces)
    kg = parse_weight_kg(h.gross_weight_kg, "gross_weight_kg", maximum=MAX_HOUSE_KG)
    lithium = _lithium(h)
    shc = shc_consistent(parse_shcs(h.shc), lithium)
    if lithium is not None:
        check_lithium(lithium, shc, on_day)
    return CleanHouse(
        platform_order_number=_order_number(h.platform_order_number),
        shipper_name=_repeated(h.shipper_name, "shipper_name", "name"),
        shipper_address=_repeated(h.shipper_address, "shipper_address", "address"),
        shipper_city=_repeated(h.shipper_city, "shipper_city", "city"),
        shipper_country=_country(h.shipper_country, "shipper_country"),
        consignee_name=_printed(h.consignee_name, "consignee_name", "name"),
        consignee_address=_printed(h.consignee_address, "consignee_address", "address"),
        consignee_city=_printed(h.consignee_city, "consignee_city", "city"),
        consignee_postcode=_optional(h.consignee_postcode, "consignee_postcode", 12),
        consignee_country=_country(h.consignee_country, "consignee_country"),
        consignee_phone=validate_phone(_blank_none(h.consignee_phone), "consignee_phone"),
        consignee_email=validate_email(_blank_none(h.consignee_email), "consignee_email"),
        consignee_tax_id=_tax_id(h.consignee_tax_id),
        pieces=pieces,
        gross_weight_g=kg_to_g(kg),
        volume_cm3=_volume(h.dimensions, pieces),
        customs_mode=_customs_mode(h.customs_mode),
        b2c=bool(h.b2c),
        ioss_number=_ioss(h.ioss_number),
        shc=shc,
        lithium=lithium,
        items=_items(h.items),
    )


def _renamed(err: ValidationError, prefix: str) -> ValidationError:
    field = err.field or ""
    name = _LITHIUM_FIELDS.get(field, field)
    if not prefix and name == field:
        return err
    message = err.message
    if message.startswith(f"{field}:"):
        message = message[len(field) + 1 :].lstrip()
    return ValidationError(f"{prefix}{name}", err.code, message, **err.params)


def _blank_none(value: str | None) -> str | None:
    return value if value is not None and value.strip() else None


def _printed(value: object, field: str, kind: str) -> str:
    """Printed on the house manifest: bounded like the party fields, drawable by our fonts."""
    text = clean_text(value, field, max_len=FIELD_LIMITS[kind])
    check_printable(text, field)
    return text


# A parcel file repeats its sellers and its goods descriptions on thousands of houses:
# their texts are judged once per distinct value (clean_text and check_printable are pure;
# a refusal is never cached, so it is raised again each time). Consignee texts are
# nearly all distinct and are not cached.
_printed_once = lru_cache(maxsize=2048)(_printed)


def _repeated(value: object, field: str, kind: str) -> str:
    if value.__class__ is not str:  # only hashable text is cached; the rule says the rest
        return _printed(value, field, kind)
    return _printed_once(value, field, kind)


_country_once = lru_cache(maxsize=1024)(country_code)  # a few hundred codes at most


def _country(value: object, field: str) -> str:
    if value.__class__ is not str:
        return country_code(value, field)
    return _country_once(value, field)


def _optional(value: str | None, field: str, limit: int) -> str | None:
    text = clean_optional(value, field, max_len=limit)
    if text is not None:
        check_printable(text, field)
    return text


def _order_number(value: str | None) -> str | None:
    """Kept as the platform wrote it (case included): it is how the platform finds it."""
    return clean_optional(value, "platform_order_number", max_len=64)


def _tax_id(value: str | None) -> str | None:
    text = clean_optional(value, "consignee_tax_id", max_len=20)
    if text is None:
        return None
    return clean_code(
        text.replace(" ", ""),
        "consignee_tax_id",
        pattern="[A-Z0-9./-]{2,20}",
        example="DE123456789",
        what="an EORI, VAT number or tax id",
    )


def _volume(dimensions: str | None, pieces: int) -> int | None:
    """From the dimension lines when known (their pieces must add up); None otherwise."""
    if dimensions is None or not dimensions.strip():
        return None
    return volume_of(dimensions, None, pieces)


def _customs_mode(value: str | None) -> str | None:
    """Blank is stored as unknown: the customs check flags it (China needs it on every
    house); anything else must be one of the four modes."""
    text = (value or "").strip()
    if not text:
        return None
    if text not in CUSTOMS_MODES:
        raise ValidationError(
            "customs_mode",
            "customs_mode.unknown",
            f"customs_mode: expected one of {', '.join(CUSTOMS_MODES)} (got {text[:12]!r})",
            value=text[:12],
        )
    return text


def _ioss(value: str | None) -> str | None:
    """Kept as typed, upper-cased: whether it is well formed (IM + 10 digits) and needed
    is the customs check's judgement, so the clerk sees it with the reason."""
    text = "".join((value or "").split()).upper()
    if not text:
        return None
    if not _IOSS_TEXT.fullmatch(text):
        raise ValidationError(
            "ioss_number",
            "ioss.text",
            "ioss_number: at most 12 letters and digits, such as IM2760000123",
            value=text[:20],
        )
    return text


def _lithium(h: HouseInput) -> LithiumDeclaration | None:
    values = (
        h.lithium_cell_wh,
        h.lithium_battery_wh,
        h.lithium_cell_g,
        h.lithium_battery_g,
        h.lithium_state_of_charge_pct,
    )
    pi = (h.lithium_packing_instruction or "").strip()
    if not pi:
        if any(v is not None and str(v).strip() for v in values):
            raise ValidationError(
                "lithium_packing_instruction",
                "lithium.packing_instruction_required",
                "lithium_packing_instruction: give the packing instruction (PI966, PI967, "
                "PI969 or PI970) for the declared batteries",
            )
        return None
    cell_wh, battery_wh, cell_g, battery_g, soc = (_blank_none(v) for v in values)
    return parse_lithium(
        pi,
        cell_wh=cell_wh,
        battery_wh=battery_wh,
        cell_lithium_g=cell_g,
        battery_lithium_g=battery_g,
        state_of_charge_pct=soc,
    )


def _items(items: tuple[HouseItemInput, ...]) -> tuple[CleanItem, ...]:
    if not items:
        raise ValidationError("items", "items.required", "items: at least one goods line")
    if len(items) > MAX_ITEMS:
        raise ValidationError(
            "items", "items.too_many", f"items: at most {MAX_ITEMS} goods lines per house"
        )
    return tuple(_item(item, f"items[{n}].") for n, item in enumerate(items))


def _item(item: HouseItemInput, at: str) -> CleanItem:
    description = _description(item.description, f"{at}description")
    currency_text = (item.currency or "").strip()
    if not currency_text:
        raise ValidationError(
            f"{at}currency", "currency.required", f"{at}currency: give the currency"
        )
    currency = parse_currency(currency_text, f"{at}currency")
    value_text = (item.unit_value or "").strip()
    if not value_text:
        raise ValidationError(
            f"{at}unit_value", "value.required", f"{at}unit_value: give the value per unit"
        )
    value = parse_money(value_text, currency, f"{at}unit_value")
    origin = _blank_none(item.origin_country)
    return CleanItem(
        description=description,
        hs_code=_hs(item.hs_code, f"{at}hs_code"),
        quantity=parse_pieces(item.quantity, f"{at}quantity"),
        unit_value_minor=value.to_minor(),
        currency=currency,
        origin_country=_country(origin, f"{at}origin_country") if origin else None,
    )


def _description(value: object, field: str) -> str:
    if value.__class__ is not str:
        return _goods_text(value, field)
    return _goods_text_once(value, field)


def _goods_text(value: object, field: str) -> str:
    description = clean_text(value, field, max_len=140)
    check_printable(description, field)
    return description


_goods_text_once = lru_cache(maxsize=2048)(_goods_text)  # see _printed_once


def _hs_code(value: str | None, field: str) -> str | None:
    """Digits only, 4 to 12 (dots and spaces dropped). Whether 6 are enough for the
    destination (ICS2 needs 6) is the customs check's finding, with the reason."""
    text = clean_optional(value, field, max_len=20)
    if text is None:
        return None
    digits = text.replace(".", "").replace(" ", "")
    return clean_code(digits, field, pattern=r"\d{4,12}", example="851830", what="an HS code")


_hs_code_once = lru_cache(maxsize=2048)(_hs_code)  # the goods of a file repeat their codes


def _hs(value: str | None, field: str) -> str | None:
    if value.__class__ is not str:
        return _hs_code(value, field)
    return _hs_code_once(value, field)
