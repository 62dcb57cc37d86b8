"""The app's log: a rotating file in the user's log directory (platformdirs)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILE = "freightdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5  # freightdesk.log.1 ... .5: a few weeks of a clerk's errors, never a full disk
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
OWN = ("gui", "core")  # our loggers' INFO is kept; libraries' only from WARNING up


class _OwnInfoOnly(logging.Filter):
    """Alembic says some twenty INFO lines at every start: not what a clerk's log is for."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.split(".")[0] in OWN


def default_log_dir() -> Path:
    from platformdirs import user_log_path  # ~10 ms: after the first paint

    return user_log_path("FreightDesk", appauthor=False)


def start_log(directory: Path) -> RotatingFileHandler:
    """Log INFO and above to ``directory/freightdesk.log`` (created at the first record);
    returns the handler, to stop it."""
    from logging.handlers import RotatingFileHandler  # ~10 ms: after the first paint

    directory.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        directory / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    handler.addFilter(_OwnInfoOnly())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return handler


def stop_log(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()
