"""GUI tests run offscreen (also exported by `make test`); set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.data import DataAccess, open_data
from gui.i18n import Languages
from gui.theme import Themes
from gui.worker import BackgroundWorker
from tests.gui.bookings_db import make_bookings_db


@pytest.fixture
def worker(qapp: object) -> Iterator[BackgroundWorker]:
    background = BackgroundWorker(name="test")
    yield background
    background.shutdown()


@pytest.fixture
def jobs(qapp: object) -> Iterator[BackgroundWorker]:
    """The long-job worker (documents, imports), as the main window has beside ``worker``."""
    background = BackgroundWorker(name="test-jobs")
    yield background
    background.shutdown()


@pytest.fixture
def data(bookings_db: Path) -> Iterator[DataAccess]:
    """The bookings database opened as the window opens it."""
    opened = open_data(bookings_db)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window settings in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    chosen = Languages(qapp)
    chosen.use("en")
    yield chosen
    chosen.use("en")  # the next test starts in English, whatever this one chose


@pytest.fixture
def themes(qapp: QApplication) -> Iterator[Themes]:
    chosen = Themes(qapp)
    yield chosen
    qapp.setPalette(qapp.style().standardPalette())


@pytest.fixture(scope="session")
def bookings_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated, seeded, with AWB stock and a few bookings: made once, copied per test."""
    return make_bookings_db(tmp_path_factory.mktemp("bookings") / "template.sqlite")


@pytest.fixture
def bookings_db(bookings_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "fd.sqlite"
    shutil.copyfile(bookings_template, path)
    return path
