"""The seller on every invoice, its payment terms and tax rates: kept in settings.

Seller details are keys "seller.<field>"; tax rates are "tax_rate.<CODE>" (percent, two
decimals) with "tax_rate.default" for every other code. The default of the default is 0 %:
international air freight forwarding is usually VAT-exempt in China (zero-rated), and a
clerk sets e.g. "tax_rate.CH" = 6 for a domestic customs-clearance service.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from core.db.models import Setting
from core.documents.fonts import check_printable
from core.domain.parties import validate_uscc
from core.domain.text import clean_optional, country_code
from core.errors import ValidationError
from core.services.changes import Entity, Outcome
from core.services.uow import UnitOfWork

SELLER_PREFIX = "seller."
TAX_PREFIX = "tax_rate."
DEFAULT_TAX_KEY = "default"
DEFAULT_PAYMENT_DAYS = 30
MAX_PAYMENT_DAYS = 365
# The invoice row keeps the seller's address, city and country in one snapshot column.
SNAPSHOT_ADDRESS_LEN = 105
LIMITS = {"name": 70, "address": 105, "city": 35, "bank": 140, "payment_terms": 70}
REQUIRED = ("name", "uscc", "address", "city", "country", "bank")


@dataclass(frozen=True)
class SellerView:
    """What the clerk set; a field never set is None (issuing then names it)."""

    name: str | None = None
    uscc: str | None = None
    address: str | None = None
    city: str | None = None
    country: str | None = None
    bank: str | None = None  # bank name and account number, printed under "Payment to"
    payment_terms: str | None = None  # None: f"{payment_days} days net"
    payment_days: int = DEFAULT_PAYMENT_DAYS
    tax_rates: tuple[tuple[str, Decimal], ...] = ()  # (code or "default", percent)

    @property
    def terms(self) -> str:
        return self.payment_terms or f"{self.payment_days} days net"

    @property
    def snapshot_address(self) -> str:
        return ", ".join(p for p in (self.address, self.city, self.country) if p)

    def tax_rate(self, code: str) -> Decimal:
        rates = dict(self.tax_rates)
        return rates.get(code, rates.get(DEFAULT_TAX_KEY, Decimal("0.00")))


def require_complete(seller: SellerView) -> SellerView:
    """Issuing needs every seller field: the first one missing is named."""
    for name in REQUIRED:
        if getattr(seller, name) is None:
            raise ValidationError(
                f"seller.{name}",
                "seller.missing",
                f"seller.{name}: not set; set the seller details first (freightdesk seller set)",
                name=name,
            )
    return seller


def set_seller(
    uow: UnitOfWork,
    *,
    name: str | None = None,
    uscc: str | None = None,
    address: str | None = None,
    city: str | None = None,
    country: str | None = None,
    bank: str | None = None,
    payment_terms: str | None = None,
    payment_days: int | str | None = None,
    tax_rates: dict[str, str | Decimal] | None = None,
) -> Outcome[SellerView]:
    """Set the given fields (None keeps what is stored); each is checked as it is set."""
    values = _cleaned(name, uscc, address, city, country, bank, payment_terms, payment_days)
    rates = {
        f"{TAX_PREFIX}{_tax_code(code)}": str(_tax_pct(pct, code))
        for code, pct in (tax_rates or {}).items()
    }
    with uow:
        merged = {**_stored(uow), **values, **rates}
        seller = _view(merged)
        _check_snapshot(seller)
        for key, value in {**values, **rates}.items():
            _put(uow, key, value)
        uow.commit()
        uow.changes.add(Entity.SETTINGS, "seller")
        return Outcome(seller, uow.changes)


def get_seller(uow: UnitOfWork) -> SellerView:
    with uow:
        return load_seller(uow)


def load_seller(uow: UnitOfWork) -> SellerView:
    """The seller inside the caller's transaction (issuing reads it with the number)."""
    return _view(_stored(uow))


def _stored(uow: UnitOfWork) -> dict[str, str]:
    rows = uow.session.execute(
        select(Setting.key, Setting.value).where(
            Setting.key.startswith(SELLER_PREFIX, autoescape=True)
            | Setting.key.startswith(TAX_PREFIX, autoescape=True)
        )
    )
    return {key: value for key, value in rows}


def _view(stored: dict[str, str]) -> SellerView:
    text = {
        f.name: stored.get(f"{SELLER_PREFIX}{f.name}")
        for f in fields(SellerView)
        if f.name not in ("payment_days", "tax_rates")
    }
    days = stored.get(f"{SELLER_PREFIX}payment_days")
    rates = sorted(
        (key.removeprefix(TAX_PREFIX), Decimal(value))
        for key, value in stored.items()
        if key.startswith(TAX_PREFIX)
    )
    return SellerView(
        **text,
        payment_days=int(days) if days is not None else DEFAULT_PAYMENT_DAYS,
        tax_rates=tuple(rates),
    )


def _put(uow: UnitOfWork, key: str, value: str) -> None:
    row = uow.session.get(Setting, key)
    if row is None:
        uow.session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _cleaned(
    name: str | None,
    uscc: str | None,
    address: str | None,
    city: str | None,
    country: str | None,
    bank: str | None,
    payment_terms: str | None,
    payment_days: int | str | None,
) -> dict[str, str]:
    texts = {"name": name, "address": address, "city": city, "bank": bank}
    texts["payment_terms"] = payment_terms
    values = {
        key: _printable(value, f"seller.{key}", LIMITS[key])
        for key, value in texts.items()
        if value is not None
    }
    if uscc is not None:
        values["uscc"] = validate_uscc(uscc, "seller.uscc")
    if country is not None:
        values["country"] = country_code(country, "seller.country")
    if payment_days is not None:
        values["payment_days"] = str(_days(payment_days, "seller.payment_days"))
    return {f"{SELLER_PREFIX}{key}": value for key, value in values.items()}


def _printable(value: str, field: str, limit: int) -> str:
    text = clean_optional(value, field, max_len=limit)
    if text is None:
        raise ValidationError(field, "text.required", f"{field}: required")
    check_printable(text, field)
    return text


def _days(value: int | str, field: str) -> int:
    text = str(value).strip()
    if not text.isdecimal() or not 0 <= int(text) <= MAX_PAYMENT_DAYS:
        raise ValidationError(
            field,
            "days.range",
            f"{field}: a whole number of days, 0 to {MAX_PAYMENT_DAYS}",
            maximum=MAX_PAYMENT_DAYS,
        )
    return int(text)


def _check_snapshot(seller: SellerView) -> None:
    """Address, city and country together fit the invoice's seller_address column."""
    if len(seller.snapshot_address) > SNAPSHOT_ADDRESS_LEN:
        raise ValidationError(
            "seller.address",
            "seller.address_too_long",
            f"seller.address: address, city and country together are at most "
            f"{SNAPSHOT_ADDRESS_LEN} characters (got {len(seller.snapshot_address)})",
            max_len=SNAPSHOT_ADDRESS_LEN,
            length=len(seller.snapshot_address),
        )


def _tax_code(code: str) -> str:
    text = code.strip()
    if text.lower() == DEFAULT_TAX_KEY:
        return DEFAULT_TAX_KEY
    upper = text.upper()
    if not (2 <= len(upper) <= 3 and upper.isascii() and upper.isalnum()):
        raise ValidationError(
            "tax_rate",
            "tax_rate.code",
            f"tax_rate: {code!r} is not a charge code (e.g. FRT, CH)",
            value=code,
        )
    return upper


def _tax_pct(value: str | Decimal, code: str) -> Decimal:
    """A VAT rate in percent: 0 to 100, at most two decimals (0 allowed: exempt)."""
    try:
        pct = Decimal(str(value).strip().removesuffix("%").strip())
    except InvalidOperation:
        pct = Decimal("NaN")
    if not pct.is_finite() or not 0 <= pct <= 100 or pct != pct.quantize(Decimal("0.01")):
        raise ValidationError(
            "tax_rate",
            "tax_rate.range",
            f"tax_rate: {code} must be a percentage from 0 to 100 with at most two decimals",
            charge_code=code,
        )
    return pct.quantize(Decimal("0.01"))
