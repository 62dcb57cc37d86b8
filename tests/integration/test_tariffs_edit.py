"""One tariff shown, edited with the rate sheet's own rules, deleted; also from the CLI."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.domain.rating import CommodityRate
from core.errors import NotFound, ValidationError
from core.services.changes import Entity
from core.services.database import OpenedDatabase
from core.services.tariffs import (
    TariffEdit,
    check_rate_sheet,
    delete_tariff,
    get_tariff,
    list_tariffs,
    save_tariff,
    update_tariff,
)
from tests.integration.cli_helpers import Cli
from tests.integration.test_tariffs import DOMAIN_EXAMPLE

EDIT = TariffEdit(
    currency="cny",
    valid_from="2026-02-01",
    valid_to="2026-12-31",
    minimum="330",
    normal="46.5",
    breaks={45: "33.50", 100: "", 300: Decimal("27.00"), 1000: "22"},
)


def saved(db: OpenedDatabase) -> int:
    return save_tariff(db.uow(), DOMAIN_EXAMPLE).value.id


def test_get_tariff_has_its_breaks_and_scrs(db: OpenedDatabase) -> None:
    view = get_tariff(db.uow.reading(), saved(db))
    assert view.tariff.breaks == {45: Decimal("34.00"), 100: Decimal("30.00"), 300: Decimal("27.5")}
    assert view.tariff.commodity_rates == DOMAIN_EXAMPLE.commodity_rates
    with pytest.raises(NotFound) as missing:
        get_tariff(db.uow.reading(), 999_999)
    assert missing.value.code == "tariff.not_found" and missing.value.field == "tariff"


def test_update_replaces_rates_and_validity_and_keeps_the_lane_and_scrs(
    db: OpenedDatabase,
) -> None:
    tariff_id = saved(db)
    outcome = update_tariff(db.uow(), tariff_id, EDIT)
    assert outcome.changes.keys_of(Entity.TARIFF) == {tariff_id}
    t = get_tariff(db.uow.reading(), tariff_id).tariff
    assert (t.origin, t.destination, t.carrier) == ("CGO", "FRA", None)
    assert (t.currency, t.valid_from, t.valid_to) == ("CNY", date(2026, 2, 1), date(2026, 12, 31))
    assert (t.minimum, t.normal) == (Decimal("330.00"), Decimal("46.5"))
    assert t.breaks == {45: Decimal("33.5"), 300: Decimal("27"), 1000: Decimal("22")}
    assert t.commodity_rates == DOMAIN_EXAMPLE.commodity_rates
    assert outcome.value.tariff == t


def test_update_can_replace_the_scrs(db: OpenedDatabase) -> None:
    tariff_id = saved(db)
    scrs = (CommodityRate("0007", Decimal(50), Decimal("19.5")),)
    update_tariff(db.uow(), tariff_id, replace(EDIT, commodity_rates=scrs))
    assert get_tariff(db.uow.reading(), tariff_id).tariff.commodity_rates == scrs


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"valid_to": "2026-01-15"}, "valid_to", "validity.order"),
        ({"valid_from": "15/01/2026"}, "valid_from", "date.format"),
        ({"currency": "XXQ"}, "currency", "currency.unknown"),
        ({"minimum": "330.001"}, "M", "rate.precision"),
        ({"normal": "0"}, "N", "rate.not_positive"),
        ({"normal": ""}, "N", "sheet.required"),
        ({"breaks": {45: "abc"}}, "Q45", "rate.not_a_number"),
        ({"breaks": {100: "-3"}}, "Q100", "rate.not_positive"),
        ({"breaks": {300: "1.23456"}}, "Q300", "rate.precision"),
        ({"breaks": {250: "20"}}, "breaks", "tariff.break_unknown"),
    ],
)
def test_a_bad_edit_names_the_sheet_column_and_changes_nothing(
    db: OpenedDatabase, change: dict[str, object], field: str, code: str
) -> None:
    tariff_id = saved(db)
    before = get_tariff(db.uow.reading(), tariff_id)
    with pytest.raises(ValidationError) as refused:
        update_tariff(db.uow(), tariff_id, replace(EDIT, **change))  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.code) == (field, code)
    assert get_tariff(db.uow.reading(), tariff_id) == before


def test_delete_removes_the_tariff_with_its_rates(db: OpenedDatabase) -> None:
    count = len(list_tariffs(db.uow.reading()))
    tariff_id = saved(db)
    assert delete_tariff(db.uow(), tariff_id).changes.keys_of(Entity.TARIFF) == {tariff_id}
    assert len(list_tariffs(db.uow.reading())) == count
    with pytest.raises(NotFound):
        delete_tariff(db.uow(), tariff_id)


def test_check_rate_sheet_reports_without_writing(db: OpenedDatabase, tmp_path: Path) -> None:
    sheet = tmp_path / "rates.csv"
    sheet.write_text(
        "origin,destination,currency,valid_from,M,N,Q45\n"
        "CGO,FRA,CNY,2027-01-01,320,45,34\n"
        "CGO,LUX,CNY,2027-01-01,320,abc,34\n",
        encoding="utf-8",
    )
    count = len(list_tariffs(db.uow.reading()))
    check = check_rate_sheet(sheet)
    assert (check.rows_read, check.valid_rows, check.tariffs) == (2, 1, 1)
    assert [(p.row, p.column, p.value) for p in check.problems] == [(3, "N", "abc")]
    assert len(list_tariffs(db.uow.reading())) == count


def test_cli_show_edit_and_delete(cli: Cli) -> None:
    listed = cli("--json", "tariffs", "list", "--origin", "CGO", "--destination", "FRA").json()
    tariff_id = listed["tariffs"][0]["id"]
    assert f"{tariff_id} " in cli("tariffs", "list", "--destination", "FRA").out
    shown = cli("tariffs", "show", str(tariff_id))
    assert shown.code == 0 and "Q45" in shown.out and "CGO-FRA" in shown.out
    edited = cli("--json", "tariffs", "edit", str(tariff_id), "--q45", "33.5", "--q1000", "-")
    assert edited.code == 0, edited.err
    document = edited.json()
    assert document["tariff"]["tariff"]["breaks"]["45"] == "33.5"
    assert "1000" not in document["tariff"]["tariff"]["breaks"]
    assert document["changes"] == {"tariff": [tariff_id]}
    refused = cli("tariffs", "edit", str(tariff_id), "--to", "2025-01-01")
    assert refused.code == 2 and "valid_to" in refused.err
    assert cli("tariffs", "show").code == 2  # neither a number nor a lane
    assert "CGO-FRA" in cli("tariffs", "show", "--destination", "FRA").out
    assert cli("tariffs", "delete", str(tariff_id)).code == 0
    assert cli("tariffs", "show", str(tariff_id)).code == 3
