"""Files the application writes for the clerk: documents, exports, backups."""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from contextlib import suppress
from pathlib import Path

__all__ = ["safe_file_name", "write_atomic"]


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


# --- names --------------------------------------------------------------------------------

# Path separators everywhere, what Windows forbids in a name, control characters, blanks.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f\s]+')
_UNDERSCORES = re.compile("_{2,}")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")
# Windows reserves these device names whatever the extension ("CON.pdf" cannot be opened).
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
_MAX_NAME_CHARS = 100
# Most file systems allow 255 bytes per name; leave room for the ".name.xxxx.part" temp file.
_MAX_NAME_BYTES = 200


def safe_file_name(text: str, default: str = "document") -> str:
    """A file name for a suggestion built from data ("Invoice 郑州/CGO1.pdf"), valid on
    Windows and POSIX: no folder part, no forbidden or control characters, no device name,
    no leading dot or dash (hidden file, command-line option), bounded in characters and
    UTF-8 bytes. A short extension such as ".pdf" is kept; an empty result is ``default``.
    """
    name = unicodedata.normalize("NFC", text).strip()
    match = _SUFFIX.search(name)
    suffix = match.group(0).lower() if match and match.start() > 0 else ""
    stem = _UNDERSCORES.sub("_", _FORBIDDEN.sub("_", name[: len(name) - len(suffix)]))
    stem = _bounded(stem.lstrip(".-_").rstrip(". _"), suffix)
    if not stem:
        stem = default
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem + suffix


def _bounded(stem: str, suffix: str) -> str:
    stem = stem[: _MAX_NAME_CHARS - len(suffix)]
    while len((stem + suffix).encode("utf-8")) > _MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem.rstrip(". _")
