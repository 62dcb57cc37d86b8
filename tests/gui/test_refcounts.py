"""The known trap: a PySide6 release that leaks references to None and True.

PySide6-Essentials 6.12.0 on Python 3.11 loses a reference to None on every void Qt call
and to True on every signal emit; the counts fall to zero and Python aborts with
"Fatal Python error: bool_dealloc". pyproject pins 6.11.3; this test fails at once on a
leaking release. The counting runs in its own process (refcount_probe.py), so an abort
fails this test rather than killing the whole run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("refcount_probe.py")
NOISE = 5  # a handful of references may come and go with caches; a leak loses ~20,000


@pytest.fixture(scope="module")
def drifts() -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, str(PROBE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, f"the probe died (exit {done.returncode}):\n{done.stderr}"
    counts: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return counts


@pytest.mark.parametrize(
    "measure",
    ["none_set_enabled", "none_set_object_name", "none_emit", "true_set_enabled", "true_emit"],
)
def test_refcount_does_not_fall_over_20000_qt_calls(drifts: dict[str, int], measure: str) -> None:
    assert drifts[measure] >= -NOISE, f"{measure}: {drifts[measure]} references lost"


def test_every_emit_reached_the_slot(drifts: dict[str, int]) -> None:
    assert drifts["emits_sent"] > 40_000
    assert drifts["emits_received"] == drifts["emits_sent"]
