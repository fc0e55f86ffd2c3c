"""Every imported file is proven a regular, readable file under its size limit before it is read.

The check opens the file without waiting (a FIFO would block an ordinary open until a
writer comes) and asks the open descriptor what it is, so the file that was checked is
the file that is read: a link to /dev/zero, a FIFO, a folder, an unreadable or an
oversized file is refused at once, by name, before a byte is hashed or parsed.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from inventory_app.domain.errors import InputError

MB = 1024 * 1024
# A sales export: 2 million lines of a Square export (35 columns) stay under this.
MAX_SALES_BYTES = 1024 * MB
# A catalogue, recipe book or count sheet is read whole: 200,000 rows stay far under this.
MAX_TABLE_BYTES = 100 * MB

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_NOT_A_FILE = {
    stat.S_IFDIR: "a folder",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFIFO: "a pipe (FIFO)",
    stat.S_IFSOCK: "a socket",
}
_OPEN_ERRORS = {
    errno.ENOENT: "no such file",
    errno.EACCES: "unreadable: permission denied",
    errno.EPERM: "unreadable: permission denied",
    errno.EISDIR: "a folder, not a file",
    errno.ENXIO: "a socket or a device without a reader, not a file",
    errno.ELOOP: "a symbolic link that loops, not a file",
}


@dataclass(frozen=True)
class FileLimit:
    """How large the file may be, and what to do when it is larger."""

    max_bytes: int
    advice: str = "split it into smaller files"


def open_checked(path: Path, limit: FileLimit) -> BinaryIO:
    """The file opened for reading, once proven regular, readable, not empty and under `limit`.

    Raises InputError naming the file and what is wrong (CLI exit 2); the caller closes it.
    """
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise InputError(_open_problem(exc), file=_name(path)) from None
    try:
        _check_kind(path, os.fstat(descriptor), limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _check_kind(path: Path, info: os.stat_result, limit: FileLimit) -> None:
    kind = stat.S_IFMT(info.st_mode)
    if kind != stat.S_IFREG:
        what = _NOT_A_FILE.get(kind, "a special file")
        raise InputError(f"{_target(path)}is {what}, not a file", file=_name(path))
    if info.st_size == 0:
        raise InputError("the file is empty (0 bytes)", file=_name(path))
    if info.st_size > limit.max_bytes:
        raise InputError(
            f"the file is {info.st_size:,} bytes; at most {limit.max_bytes // MB} MB "
            f"({limit.max_bytes:,} bytes) is read: {limit.advice}",
            file=_name(path),
        )


def _open_problem(exc: OSError) -> str:
    known = _OPEN_ERRORS.get(exc.errno or 0)
    return known if known is not None else f"unreadable: {exc.strerror or exc}"


def _target(path: Path) -> str:
    """'links to /dev/zero, which ' for a symbolic link, so the message says where it leads."""
    if not path.is_symlink():
        return "it "
    return f"it links to {os.path.realpath(path)}, which "


def _name(path: Path) -> str:
    """The name messages give: the file's own name (a folder given as 'x/' keeps its name)."""
    return path.name or str(path)
