"""A spreadsheet cell as the text a clerk typed, or refused for what only a spreadsheet can
get wrong: a date or TRUE/FALSE where text belongs, a number cell where leading zeros matter
(HS codes, postcodes), a number too long for Excel to have kept, float noise from a formula.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from core.errors import ValidationError
from core.imports.tabular import cell_kind, float_decimal

# Columns whose leading zeros a number cell has already lost (HS 0901..., postcode 01067).
TEXT_ONLY = frozenset({"hs_code", "consignee_postcode"})
NUMBERS = frozenset(
    {"pieces", "gross_weight_kg", "quantity", "unit_value", "line_value", "lithium_cell_wh"}
    | {"lithium_battery_wh", "lithium_cell_g", "lithium_battery_g", "lithium_state_of_charge_pct"}
)
NUMBER_PLACES = 6  # decimals a number cell may hold (more is a formula's float noise)
PLAIN_INTEGER = 10**15  # floats below this repr as their integer digits plus ".0"
EXCEL_DIGITS = 15  # Excel keeps 15 significant digits: a longer number cell is already cut
YES = frozenset({"yes", "y", "true", "1", "b2c", "是", "个人"})
NO = frozenset({"no", "n", "false", "0", "b2b", "否", "企业"})


class CellRefused(Exception):
    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


def cell_text(cell: object, name: str) -> str | None:
    """A cell as the text the clerk sees; None when blank."""
    if isinstance(cell, str):
        return cell if cell.strip() else None
    if cell is None:
        return None
    if isinstance(cell, bool | date | time):
        raise CellRefused(
            f"expected text, not a {cell_kind(cell)} cell (format the column as text)",
            "sheet.text_expected",
        )
    if name in TEXT_ONLY:
        raise CellRefused(
            "a number cell has lost any leading zeros: format the column as text and "
            "type the code again",
            "sheet.text_expected",
        )
    if name in NUMBERS:
        return number_text(cell, name)
    if isinstance(cell, float) and not cell.is_integer():
        return number_text(cell, name)
    if isinstance(cell, int | float) and abs(cell) >= 10**EXCEL_DIGITS:
        raise CellRefused(
            f"a number cell of more than {EXCEL_DIGITS} digits has lost its last digits "
            "in Excel: format the column as text",
            "parcels.number_too_long",
        )
    return str(int(cell)) if isinstance(cell, int | float) else str(cell)


def number_text(cell: object, name: str) -> str:
    if type(cell) is float:
        # Fast path for the common number cell; the same text exact_number_text gives.
        shortest = repr(cell)  # what float_decimal reads: the digits Excel wrote
        if cell.is_integer():
            if 1 <= abs(cell) < PLAIN_INTEGER:
                return shortest.removesuffix(".0")
        else:
            _, dot, decimals = shortest.partition(".")
            if dot and decimals.isdigit() and len(decimals) <= NUMBER_PLACES:
                return shortest
    return exact_number_text(cell, name)


def exact_number_text(cell: object, name: str) -> str:
    if isinstance(cell, float):
        try:
            number = float_decimal(cell, name, places=NUMBER_PLACES)
        except ValidationError as err:
            raise CellRefused(err.message.removeprefix(f"{name}: "), err.code) from None
    elif isinstance(cell, int | Decimal):
        number = Decimal(cell)
    else:
        return str(cell)
    return str(int(number)) if number == number.to_integral_value() else format(number, "f")


def flag(text: str | None) -> bool:
    if text is None:
        return True
    folded = text.strip().casefold()
    if folded in YES:
        return True
    if folded in NO:
        return False
    raise CellRefused("expected yes or no (是/否, B2C/B2B)", "parcels.b2c")
