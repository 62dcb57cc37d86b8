"""The workstation's settings as a clerk edits them: each key checked before it is stored.

core.services.settings keeps the raw store and the defaults; this module is the one way a
clerk (settings page, `freightdesk settings set`) changes them. The number series stay
core's: changing the workstation prefix changes the prefix of the next numbers, never the
counters, so every series stays gapless (DOMAIN: each workstation's numbers carry its prefix).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from core.db.models import Airport, NumberSeries, Setting
from core.domain.money import parse_currency
from core.domain.text import clean_code, iata_airport
from core.errors import NotFound, ValidationError
from core.services.changes import Entity, Notice, Outcome
from core.services.settings import DEFAULTS, get_setting, put_setting
from core.services.uow import UnitOfWork

__all__ = ["SETTING_KEYS", "SettingView", "list_settings", "set_settings"]

PREFIX_PATTERN = "[A-Z][A-Z0-9]{1,7}"  # "CGO1": a number "CGO1-I000001" fits 24 characters


@dataclass(frozen=True)
class SettingView:
    key: str
    value: str
    is_default: bool  # never set on this workstation: the built-in value applies


def _office_airport(uow: UnitOfWork, value: str) -> str:
    code = iata_airport(value, "office_airport")
    if uow.session.get(Airport, code) is None:
        raise NotFound("airport", code, field="office_airport")
    return code


def _prefix(uow: UnitOfWork, value: str) -> str:
    return clean_code(
        value, "workstation_prefix", pattern=PREFIX_PATTERN, example="CGO1", what="a prefix"
    )


def _currency(uow: UnitOfWork, value: str) -> str:
    return parse_currency(value, "default_currency")


def _whole(key: str, least: int, most: int) -> Callable[[UnitOfWork, str], str]:
    def check(uow: UnitOfWork, value: str) -> str:
        text = value.strip()
        if not text.isascii() or not text.isdecimal() or not least <= int(text) <= most:
            raise ValidationError(
                key,
                "number.range",
                f"{key}: a whole number from {least} to {most}",
                minimum=least,
                maximum=most,
            )
        return str(int(text))

    return check


# Every key a clerk may set, with its check; the order is the order `settings show` lists.
CHECKS: dict[str, Callable[[UnitOfWork, str], str]] = {
    "office_airport": _office_airport,
    "workstation_prefix": _prefix,
    "default_currency": _currency,
    "low_stock_threshold": _whole("low_stock_threshold", 0, 100_000),
    "schedule_horizon_days": _whole("schedule_horizon_days", 7, 366),
    "label_piece_digits": _whole("label_piece_digits", 3, 6),  # the label barcode's rule
}
SETTING_KEYS = tuple(CHECKS)


def list_settings(uow: UnitOfWork) -> list[SettingView]:
    with uow:
        return [_view(uow, key) for key in SETTING_KEYS]


def set_settings(uow: UnitOfWork, values: Mapping[str, str]) -> Outcome[list[SettingView]]:
    """Check every value, then store them all or none; returns the settings as now stored."""
    for key in values:
        if key not in CHECKS:
            known = ", ".join(SETTING_KEYS)
            raise ValidationError(
                "key",
                "setting.unknown",
                f"key: {key!r} is not one of {known}",
                value=key,
                choices=known,
            )
    with uow:
        cleaned = {key: CHECKS[key](uow, value) for key, value in values.items()}
        notices = _prefix_notice(uow, cleaned.get("workstation_prefix"))
        for key, value in cleaned.items():
            put_setting(uow, key, value)
        uow.session.flush()
        views = [_view(uow, key) for key in SETTING_KEYS]
        uow.commit()
        uow.changes.add(Entity.SETTINGS, *cleaned)
        return Outcome(views, uow.changes, notices)


def _view(uow: UnitOfWork, key: str) -> SettingView:
    stored = uow.session.get(Setting, key)
    value = stored.value if stored is not None else DEFAULTS[key]
    return SettingView(key, value, is_default=stored is None)


def _prefix_notice(uow: UnitOfWork, new: str | None) -> tuple[Notice, ...]:
    """Numbers already issued keep the old prefix: say so when some were issued."""
    old = get_setting(uow, "workstation_prefix")
    if new is None or new == old:
        return ()
    issued = uow.session.scalar(select(func.count()).where(NumberSeries.next_value > 1))
    if not issued:
        return ()
    return (
        Notice(
            "settings.prefix_changed",
            f"workstation_prefix: numbers already issued keep {old}; the next ones carry {new}",
        ),
    )
