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
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from inventory_app.domain.display import number_text
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import N_, tr

MB = 1024 * 1024
# A sales export: 2 million lines of a Square export (35 columns) stay under this.
MAX_SALES_BYTES = 1024 * MB
# A catalogue, recipe book or count sheet is read whole: 200,000 rows stay far under this.
MAX_TABLE_BYTES = 100 * MB
SPLIT_ADVICE = N_("split it into smaller files")

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_NOT_A_FILE = {
    stat.S_IFDIR: N_("a folder"),
    stat.S_IFCHR: N_("a device"),
    stat.S_IFBLK: N_("a device"),
    stat.S_IFIFO: N_("a pipe (FIFO)"),
    stat.S_IFSOCK: N_("a socket"),
}
_OPEN_ERRORS = {
    errno.ENOENT: N_("no such file"),
    errno.EACCES: N_("unreadable: permission denied"),
    errno.EPERM: N_("unreadable: permission denied"),
    errno.EISDIR: N_("a folder, not a file"),
    errno.ENXIO: N_("a socket or a device without a reader, not a file"),
    errno.ELOOP: N_("a symbolic link that loops, not a file"),
}


@dataclass(frozen=True)
class FileLimit:
    """How large the file may be, and what to do when it is larger."""

    max_bytes: int
    advice: str = SPLIT_ADVICE  # translated when shown; any other advice comes translated


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
        what = tr(_NOT_A_FILE.get(kind, N_("a special file")))
        raise InputError(_not_a_file(path, what), file=_name(path))
    if info.st_size == 0:
        raise InputError(tr("the file is empty (0 bytes)"), file=_name(path))
    if info.st_size > limit.max_bytes:
        message = tr("the file is {size} bytes; at most {mb} MB ({limit} bytes) is read: {advice}")
        advice = tr(SPLIT_ADVICE) if limit.advice == SPLIT_ADVICE else limit.advice
        raise InputError(
            message.format(
                size=_grouped(info.st_size), mb=limit.max_bytes // MB,
                limit=_grouped(limit.max_bytes), advice=advice,
            ),
            file=_name(path),
        )  # fmt: skip


def _grouped(count: int) -> str:
    return number_text(Decimal(count))


def _open_problem(exc: OSError) -> str:
    known = _OPEN_ERRORS.get(exc.errno or 0)
    if known is not None:
        return tr(known)
    return tr("unreadable: {reason}").format(reason=exc.strerror or exc)


def _not_a_file(path: Path, what: str) -> str:
    """'it is a folder, not a file'; for a symbolic link, where it leads."""
    if not path.is_symlink():
        return tr("it is {what}, not a file").format(what=what)
    return tr("it links to {target}, which is {what}, not a file").format(
        target=os.path.realpath(path), what=what
    )


def _name(path: Path) -> str:
    """The name messages give: the file's own name (a folder given as 'x/' keeps its name)."""
    return path.name or str(path)
