"""The wheel a workstation installs carries the data the app reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_reference_data_and_migrations(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(tmp_path),
        ],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("freightdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "resources/reference/routes.csv",
        "resources/reference/carriers.csv",
        "resources/reference/customers.csv",
        "resources/reference/aircraft_types.csv",
        "core/db/migrations/env.py",
        "core/db/migrations/script.py.mako",
        "core/db/migrations/versions/0001_booking_core.py",
        "gui/app.py",
        "resources/fonts/wqy-microhei.ttc",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/LICENSE-wqy-microhei.txt",
        "resources/fonts/LICENSE-dejavu.txt",
    ):
        assert needed in names, f"{needed} missing from {wheel.name}"
    assert not any(name.startswith("tests/") for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "freightdesk = core.cli:main" in text and "freightdesk-gui = gui.app:main" in text
