"""`freightdesk settings show|set` and the workstation settings service behind it."""

from __future__ import annotations

import pytest

from core.errors import NotFound, ValidationError
from core.services.booking import book
from core.services.database import OpenedDatabase
from core.services.settings import read_setting
from core.services.workstation import SETTING_KEYS, list_settings, set_settings
from tests.integration.booking_helpers import future_flights, request
from tests.integration.cli_helpers import Cli


@pytest.mark.parametrize("command", [["settings", "show"], ["settings", "set"]], ids=" ".join)
def test_every_command_has_help_with_examples(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    assert "examples:\n  freightdesk settings" in result.out


def test_show_lists_every_setting_and_marks_defaults(cli: Cli) -> None:
    shown = cli("--json", "settings", "show")
    assert shown.code == 0
    settings = {s["key"]: s for s in shown.json()["settings"]}
    assert list(settings) == list(SETTING_KEYS)
    assert settings["office_airport"]["value"] == "CGO"
    assert settings["default_currency"] == {
        "key": "default_currency",
        "value": "CNY",
        "is_default": True,
    }
    text = cli("settings", "show").out
    assert "default_currency" in text and "CNY  (default)" in text


def test_set_stores_the_cleaned_value_and_reports_the_change(cli: Cli, db: OpenedDatabase) -> None:
    result = cli("--json", "settings", "set", "office_airport", " hgh ")
    assert result.code == 0, result.err
    document = result.json()
    stored = {s["key"]: s["value"] for s in document["settings"]}
    assert stored["office_airport"] == "HGH"
    assert "settings" in document["changes"]
    assert read_setting(db.uow.reading(), "office_airport") == "HGH"


@pytest.mark.parametrize(
    ("key", "value", "field", "code"),
    [
        ("office_airport", "XQZ", "office_airport", 3),
        ("office_airport", "CG", "office_airport", 2),
        ("workstation_prefix", "1CG", "workstation_prefix", 2),
        ("workstation_prefix", "CGO-1", "workstation_prefix", 2),
        ("default_currency", "EURO", "default_currency", 2),
        ("label_piece_digits", "9", "label_piece_digits", 2),
        ("low_stock_threshold", "-1", "low_stock_threshold", 2),
        ("colour", "blue", "key", 2),
    ],
)
def test_a_wrong_value_is_refused_naming_the_field_and_changes_nothing(
    cli: Cli, key: str, value: str, field: str, code: int
) -> None:
    before = cli("--json", "settings", "show").json()
    result = cli("--json", "settings", "set", key, value)
    assert result.code == code
    assert result.json()["error"]["field"] == field
    assert result.err.startswith(f"error: {field}:")
    assert cli("--json", "settings", "show").json() == before


def test_changing_the_prefix_keeps_the_series_gapless_and_says_so(db: OpenedDatabase) -> None:
    flight = future_flights(db, "CGO", "FRA")[0]
    assert book(db.uow(), request(flight)).value.booking_ref == "CGO1-B000001"
    outcome = set_settings(db.uow(), {"workstation_prefix": "cgo2"})
    assert [n.code for n in outcome.notices] == ["settings.prefix_changed"]
    assert book(db.uow(), request(flight)).value.booking_ref == "CGO2-B000002"


def test_several_settings_are_stored_all_or_none(db: OpenedDatabase) -> None:
    with pytest.raises(NotFound):
        set_settings(db.uow(), {"default_currency": "EUR", "office_airport": "XQZ"})
    values = {s.key: s.value for s in list_settings(db.uow.reading())}
    assert values["default_currency"] == "CNY"
    with pytest.raises(ValidationError):
        set_settings(db.uow(), {"schedule_horizon_days": "3"})
