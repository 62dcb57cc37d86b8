"""The house manifest of a master AWB (issue 6), read back with pypdf: every house number,
the totals by customs mode and destination country, Chinese and Cyrillic names; refused
while a house blocks; the flight manifest with houses; `manifest --house` end to end."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.errors import InvalidState
from core.services.database import OpenedDatabase
from core.services.house_manifests import house_manifest, write_house_manifest
from core.services.manifests import flight_manifest
from tests.integration.cli_helpers import Cli
from tests.integration.consolidation_builders import (
    Consol,
    House,
    Item,
    add_houses,
    eur_rates,
    master_on,
)

DESTINATIONS = (
    ("DE", "Anna Müller", "Berlin", "IM2760000001"),
    ("FR", "Élodie Martin", "Lyon", "IM2500000002"),
    ("KZ", "Айгерим Нурланова", "Almaty", None),
    ("UZ", "Dilshod Karimov", "Tashkent", None),
    ("JP", "山田太郎", "Tokyo", None),
    ("MY", "Tan Wei Ling 陈慧玲", "Kuala Lumpur", None),
)
MODES = ("9610", "9610", "9710", "1210")


def parcels(count: int) -> list[House]:
    houses = []
    for index in range(count):
        country, name, city, ioss = DESTINATIONS[index % len(DESTINATIONS)]
        eu = country in ("DE", "FR")
        earphones = "Bluetooth earphones" if eu else "蓝牙耳机 Bluetooth earphones"
        item = Item(
            description=earphones if index % 3 == 0 else "men's cotton T-shirts",
            hs_code="851830" if index % 3 == 0 else "610910",
            currency="EUR" if eu else "USD",
        )
        houses.append(
            House(f"CGO1-H{index + 1:06d}").but(
                consignee_name=name,
                consignee_city=city,
                consignee_country=country,
                ioss_number=ioss,
                customs_mode=MODES[index % len(MODES)],
                b2c=MODES[index % len(MODES)] == "9610",
                pieces=1 + index % 2,
                gross_weight_g=500 + index,
                items=(item, Item(description="phone cases", hs_code="392690", quantity=1))
                if index % 5 == 0
                else (item,),
            )
        )
    return houses


@pytest.fixture
def consol(db: OpenedDatabase) -> Consol:
    eur_rates(db)
    found = master_on(db)
    add_houses(db, found, parcels(60))
    return found


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text(extraction_mode="layout") for page in reader.pages)
    return unicodedata.normalize("NFKC", text)


def test_every_house_and_the_totals_read_back(
    db: OpenedDatabase, consol: Consol, tmp_path: Path
) -> None:
    report = write_house_manifest(db.uow.reading(), consol.mawb, tmp_path)
    assert report.path.name == f"house-manifest-{consol.mawb}.pdf"
    assert (report.houses, report.pieces) == (60, 90)
    text = text_of(report.path.read_bytes())
    for index in range(60):
        assert f"CGO1-H{index + 1:06d}" in text
    for name in (
        "山田太郎",
        "陈慧玲",
        "Айгерим Нурланова",
        "Élodie Martin",
        "郑州优选电子商务有限公司",
    ):
        assert name in text, name
    assert "House manifest" in text and consol.mawb in text
    assert "60 house AWBs" in text
    weight = sum(500 + index for index in range(60)) / 1000
    assert f"{weight:,.3f}" in text
    assert "9610 B2C retail parcels" in text and "1210 bonded e-commerce" in text
    assert "Totals by destination country" in text
    assert f"Page {report.pages} of {report.pages}" in text


def test_totals_by_mode_and_country(db: OpenedDatabase, consol: Consol) -> None:
    from core.documents.house_manifest import house_totals

    data = house_manifest(db.uow.reading(), consol.id)
    totals = house_totals(data.lines)
    by_mode = {group.key: group.houses for group in totals.by_mode}
    assert by_mode == {"1210": 15, "9610": 30, "9710": 15}
    by_country = {group.key: group.houses for group in totals.by_country}
    assert by_country == dict.fromkeys(("DE", "FR", "JP", "KZ", "MY", "UZ"), 10)
    de = next(group for group in totals.by_country if group.key == "DE")
    assert {value.currency for value in de.values} == {"EUR"}


def test_refused_while_a_house_blocks(db: OpenedDatabase, consol: Consol, tmp_path: Path) -> None:
    add_houses(db, consol, [House("CGO1-H999999").but(items=(Item(description="gift"),))])
    with pytest.raises(InvalidState) as caught:
        write_house_manifest(db.uow.reading(), consol.mawb, tmp_path / "x.pdf")
    assert caught.value.code == "consolidation.blocked"
    assert "CGO1-H999999" in caught.value.message
    assert not (tmp_path / "x.pdf").exists()


def test_flight_manifest_lists_houses_under_their_master(
    db: OpenedDatabase, consol: Consol
) -> None:
    flight = f"{consol.flight.flight_number}/{consol.flight.departure_date.isoformat()}"
    bare = flight_manifest(db.uow.reading(), flight)
    assert all(row.kind == "master" for row in bare.rows)
    listed = flight_manifest(db.uow.reading(), flight, with_houses=True)
    numbers = [row.awb_number for row in listed.rows]
    master_at = numbers.index(consol.mawb)
    assert numbers[master_at + 1 : master_at + 61] == [f"CGO1-H{i:06d}" for i in range(1, 61)]
    assert {row.kind for row in listed.rows[master_at + 1 : master_at + 61]} == {"house"}


def test_cli_house_manifest(cli: Cli, db: OpenedDatabase, consol: Consol, tmp_path: Path) -> None:
    out = tmp_path / "house.pdf"
    run = cli("--json", "manifest", "--house", consol.mawb, "--out", str(out))
    assert run.code == 0, run.err
    document = json.loads(run.out)["house_manifest"]
    assert document["houses"] == 60 and out.exists()
    assert cli("manifest", "--out", str(out)).code == 2  # neither a flight nor --house
    assert cli("manifest", "--house", "999-99999999", "--out", str(out)).code == 3
    add_houses(db, consol, [House("CGO1-H999999").but(customs_mode=None)])
    refused = cli("manifest", "--house", str(consol.id), "--out", str(tmp_path / "y.pdf"))
    assert refused.code == 6 and "CGO1-H999999" in refused.err
    flight = f"{consol.flight.flight_number}/{consol.flight.departure_date.isoformat()}"
    with_houses = cli("manifest", flight, "--with-houses", "--out", str(tmp_path / "f.pdf"))
    assert with_houses.code == 0, with_houses.err
    assert "CGO1-H000060" in text_of((tmp_path / "f.pdf").read_bytes())


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_renders(db: OpenedDatabase, consol: Consol, tmp_path: Path) -> None:
    report = write_house_manifest(db.uow.reading(), consol.mawb, tmp_path / "h.pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(report.path),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    assert list(tmp_path.glob("p*.png"))
