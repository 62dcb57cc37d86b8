"""The parcel import on generated platform files: every kind of bad row, duplicates,
encodings, mappings, cancelling, and 20,000 rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db.models import Consignment
from core.db.models.consolidation import HouseItem, HouseShipment
from core.errors import Cancelled, NotFound, ValidationError
from core.imports.parcel_columns import HEADER_ALIASES
from core.imports.tabular import normalised_header
from core.services.consolidations import ConsolidationRequest, create_consolidation
from core.services.database import OpenedDatabase
from core.services.parcel_import import import_parcels
from tests.integration.booking_helpers import future_flights
from tests.integration.cli_helpers import Cli
from tests.integration.parcel_files import (
    BAD_ROWS,
    parcel_rows,
    with_bad_rows,
    write_csv,
    write_xlsx,
)


@pytest.fixture
def consol(db: OpenedDatabase) -> int:
    flight = future_flights(db, "CGO", "LUX")[0]
    request = ConsolidationRequest(
        "SH-CGO-001", "CN-LUX-001", "100", "1", flight_id=flight.id, space_status="confirmed"
    )
    return create_consolidation(db.uow(), request).value.id


def counts(db: OpenedDatabase) -> tuple[int, int]:
    with db.uow() as uow:
        houses = uow.session.scalar(select(func.count(HouseShipment.id)))
        items = uow.session.scalar(select(func.count(HouseItem.id)))
    return houses or 0, items or 0


def orders_in(rows: list[dict[str, str]]) -> int:
    return len({row["platform_order_number"] for row in rows})


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_every_encoding_with_chinese_headers(
    db: OpenedDatabase, consol: int, tmp_path: Path, encoding: str
) -> None:
    rows = parcel_rows(60, gbk_safe=encoding == "gbk")
    path = write_csv(tmp_path / "orders.csv", rows, encoding=encoding, chinese=True)
    report = import_parcels(db.uow(), consol, path).value
    assert report.problems == ()
    assert report.houses_added == orders_in(rows)
    assert counts(db) == (orders_in(rows), len(rows))
    with db.uow() as uow:
        names = set(uow.session.scalars(select(HouseShipment.shipper_name)))
    assert "郑州鑫源跨境电子商务有限公司" in names or len(names) > 1


def test_xlsx_with_number_cells_stores_what_was_typed(
    db: OpenedDatabase, consol: int, tmp_path: Path
) -> None:
    rows = parcel_rows(30, seed=3)
    path = write_xlsx(tmp_path / "orders.xlsx", rows)
    report = import_parcels(db.uow(), consol, path).value
    assert report.problems == ()
    first = rows[0]
    with db.uow() as uow:
        house = uow.session.scalars(
            select(HouseShipment).where(
                HouseShipment.platform_order_number == first["platform_order_number"]
            )
        ).one()
        weight_g = round(float(first["gross_weight_kg"]) * 1000)
        assert house.gross_weight_g == weight_g
        assert house.consignee_name == first["consignee_name"]
        assert house.items[0].hs_code == first["hs_code"]
        lines = [r for r in rows if r["platform_order_number"] == first["platform_order_number"]]
        assert len(house.items) == len(lines)


def test_every_kind_of_bad_row_is_reported_and_nothing_written(
    db: OpenedDatabase, consol: int, tmp_path: Path
) -> None:
    rows, bad = with_bad_rows(parcel_rows(300, seed=5), every=4)
    path = write_csv(tmp_path / "bad.csv", rows)
    report = import_parcels(db.uow(), consol, path).value
    assert report.houses_added == 0 and counts(db) == (0, 0)
    found = {(p.row, p.column) for p in report.problems}
    for index, kind in bad.items():
        assert (index + 2, kind.column) in found, kind.kind  # header is row 1
    assert len({p.row for p in report.problems}) == len(BAD_ROWS)
    codes = {p.code for p in report.problems}
    assert {"text.control_character", "text.too_long", "country.unknown"} <= codes
    assert all(p.reason and p.code for p in report.problems)


def test_accept_valid_imports_the_rest(db: OpenedDatabase, consol: int, tmp_path: Path) -> None:
    clean = parcel_rows(300, seed=5)
    rows, bad = with_bad_rows(clean, every=4)
    path = write_csv(tmp_path / "bad.csv", rows)
    report = import_parcels(db.uow(), consol, path, accept_valid=True).value
    assert report.houses_added == orders_in(rows) - len(bad)
    assert set(report.refused_rows) >= {index + 2 for index in bad}
    assert counts(db)[0] == report.houses_added


def test_the_same_file_twice_never_duplicates(
    db: OpenedDatabase, consol: int, tmp_path: Path
) -> None:
    rows = parcel_rows(40, seed=7)
    path = write_csv(tmp_path / "orders.csv", rows)
    first = import_parcels(db.uow(), consol, path).value
    again = import_parcels(db.uow(), consol, path).value
    assert first.houses_added == orders_in(rows)
    assert again.houses_added == 0 and again.problems == ()
    assert len(again.duplicates) == orders_in(rows)
    assert {d.code for d in again.duplicates} == {"parcels.duplicate_stored"}
    assert "already imported as house" in again.duplicates[0].reason
    assert counts(db) == (orders_in(rows), len(rows))


def test_duplicates_within_the_file_and_against_the_database(
    db: OpenedDatabase, consol: int, tmp_path: Path
) -> None:
    old = parcel_rows(10, seed=8)
    import_parcels(db.uow(), consol, write_csv(tmp_path / "old.csv", old))
    new = parcel_rows(20, seed=9)
    rows = [*new, *old[:4], *new[:3]]  # some stored, some pasted twice
    report = import_parcels(db.uow(), consol, write_csv(tmp_path / "mixed.csv", rows)).value
    assert report.problems == ()
    assert report.houses_added == orders_in(new)
    kinds = {d.code for d in report.duplicates}
    assert kinds == {"parcels.duplicate_stored", "parcels.duplicate_in_file"}
    assert counts(db)[0] == orders_in(old) + orders_in(new)


def test_lines_of_one_order_that_disagree_refuse_the_order(
    db: OpenedDatabase, consol: int, tmp_path: Path
) -> None:
    rows = parcel_rows(20, seed=10, max_lines=3)
    index = next(i for i in range(1, len(rows)) if rows[i]["platform_order_number"] ==
                 rows[i - 1]["platform_order_number"])  # fmt: skip
    rows[index]["consignee_country"] = "FR" if rows[index]["consignee_country"] != "FR" else "DE"
    rows[index + 0]["gross_weight_kg"] = rows[index]["gross_weight_kg"]
    report = import_parcels(db.uow(), consol, write_csv(tmp_path / "c.csv", rows)).value
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (index + 2, "consignee_country", "parcels.order_conflict")
    ]


def test_empty_and_header_only_files(db: OpenedDatabase, consol: int, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    report = import_parcels(db.uow(), consol, empty).value
    assert [p.code for p in report.problems] == ["parcels.empty"]
    header_only = write_csv(tmp_path / "header.csv", [])
    report = import_parcels(db.uow(), consol, header_only).value
    assert report.problems == () and report.rows_read == 0 and report.houses_added == 0


def test_unknown_column_needs_a_mapping(db: OpenedDatabase, consol: int, tmp_path: Path) -> None:
    rows = parcel_rows(10, seed=11)
    columns = [c for c in rows[0] if c != "consignee_name"]
    header = [*columns, "买家姓名", "Remark"]
    for row in rows:
        row["买家姓名"] = row["consignee_name"]
        row["Remark"] = '=HYPERLINK("http://x")'
    path = write_csv(tmp_path / "export.csv", rows, columns=[*columns, "买家姓名", "Remark"],
                     header=header)  # fmt: skip
    without = import_parcels(db.uow(), consol, path).value
    assert without.houses_added == 0
    assert {(p.row, p.code) for p in without.problems} >= {(1, "sheet.column_missing")}
    assert "买家姓名" in {p.column for p in without.problems}
    mapping = {"买家姓名": "consignee_name", "Remark": "ignore"}
    mapped = import_parcels(db.uow(), consol, path, mapping=mapping).value
    assert mapped.problems == () and mapped.houses_added == orders_in(rows)
    with pytest.raises(ValidationError) as err:
        import_parcels(db.uow(), consol, path, mapping={"Remark": "nonsense"})
    assert err.value.code == "parcels.mapping_target"


def test_formula_text_is_stored_as_text(db: OpenedDatabase, consol: int, tmp_path: Path) -> None:
    rows = parcel_rows(3, seed=12, max_lines=1)
    rows[0]["consignee_name"] = "=cmd|' /C calc'!A0"
    import_parcels(db.uow(), consol, write_csv(tmp_path / "f.csv", rows))
    with db.uow() as uow:
        stored = set(uow.session.scalars(select(HouseShipment.consignee_name)))
    assert "=cmd|' /C calc'!A0" in stored


def test_a_cancel_leaves_nothing_written(db: OpenedDatabase, consol: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "orders.csv", parcel_rows(200, seed=13))

    class CancelAtEnd:
        def step(self, done: int, total: int) -> None:
            if done == total:
                raise Cancelled("parcel import")

    with pytest.raises(Cancelled):
        import_parcels(db.uow(), consol, path, progress=CancelAtEnd())
    assert counts(db) == (0, 0)


def test_check_only_and_unknown_consolidation(
    db: OpenedDatabase, consol: int, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "orders.csv", parcel_rows(20, seed=14))
    report = import_parcels(db.uow(), consol, path, check_only=True).value
    assert report.check_only and report.houses_added == 0 and counts(db) == (0, 0)
    with pytest.raises(NotFound):
        import_parcels(db.uow(), 999, path)


def test_twenty_thousand_rows(db: OpenedDatabase, consol: int, tmp_path: Path) -> None:
    rows = parcel_rows(20_000, seed=15)
    path = write_csv(tmp_path / "big.csv", rows, encoding="utf-8-sig")
    report = import_parcels(db.uow(), consol, path).value
    assert report.problems == () and report.rows_read == 20_000
    assert counts(db) == (orders_in(rows), 20_000)
    with db.uow() as uow:
        total_g = uow.session.scalar(select(func.sum(HouseShipment.gross_weight_g)))
        master_g = uow.session.scalar(
            select(Consignment.gross_weight_g).order_by(Consignment.id.desc()).limit(1)
        )
    assert master_g == total_g


def test_cli_import_parcels(cli: Cli, db: OpenedDatabase, consol: int, tmp_path: Path) -> None:
    rows, _ = with_bad_rows(parcel_rows(60, seed=16), every=1)
    path = write_csv(tmp_path / "orders.csv", rows)
    refused = cli("import", "parcels", str(path), "--consol", str(consol))
    assert refused.code == 2 and "nothing imported" in refused.out and "ROW" in refused.out
    done = cli("--json", "import", "parcels", str(path), "--consol", str(consol),
               "--accept-valid")  # fmt: skip
    assert done.code == 0
    document = json.loads(done.out)
    assert document["summary"]["houses_added"] > 0
    assert document["import"]["problems"]
    bad_map = cli("import", "parcels", str(path), "--consol", str(consol), "--map", "x")
    assert bad_map.code == 2 and "COL=FIELD" in bad_map.err


def test_aliases_are_unambiguous() -> None:
    owners: dict[str, set[str]] = {}
    for key, aliases in HEADER_ALIASES.items():
        for alias in (key, *aliases):
            owners.setdefault(normalised_header(alias), set()).add(key)
    assert {name: keys for name, keys in owners.items() if len(keys) > 1} == {}


@pytest.mark.parametrize("name", ["parcels.csv", "parcels.xlsx"])
def test_the_template_imports(db: OpenedDatabase, consol: int, name: str) -> None:
    path = Path(__file__).parents[2] / "resources" / "templates" / name
    report = import_parcels(db.uow(), consol, path, check_only=True).value
    assert report.problems == () and report.rows_read == 3
