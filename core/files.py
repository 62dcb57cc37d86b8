"""Files the application writes for the clerk: documents, exports, backups."""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new, never half.

    The bytes go to a temporary file in the target folder (same file system, so the rename
    is atomic), are fsynced, then renamed over ``path``. On any failure the temporary file
    is removed and ``path`` is left as it was; the error propagates (e.g. PermissionError
    on Windows when a viewer holds the PDF open).
    """
    folder = path.parent
    fd, temp_name = _create_temp(folder, path.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


# Unlike tempfile.mkstemp (mode 0600), the file gets the mode the user's umask gives any new
# document (0644 typically), so a PDF saved to a shared folder stays readable by others.
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    while True:
        temp_name = str(folder / f".{name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(temp_name, _TEMP_FLAGS, 0o666), temp_name
        except FileExistsError:  # a name already taken: draw another
            continue


def _fsync_folder(folder: Path) -> None:
    # POSIX: the rename is durable only once the directory entry is flushed. Windows cannot
    # open a directory for fsync; NTFS journals the rename itself.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
