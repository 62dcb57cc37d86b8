"""GUI tests run offscreen (also exported by `make test`); set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from gui.worker import BackgroundWorker


@pytest.fixture
def worker(qapp: object) -> Iterator[BackgroundWorker]:
    background = BackgroundWorker(name="test")
    yield background
    background.shutdown()
