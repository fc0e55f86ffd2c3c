"""Files no importer may read: links to devices, FIFOs, folders, unreadable and oversized files.

Tests run as root in CI, and root reads a file whatever its mode: chmod 000 alone stops
nobody. So an unreadable file is made unreadable to root too, honestly, by taking away
the two capabilities that let root pass file permissions (CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH): `without_read_override()` for the calling thread (and the threads
it starts), `child_without_read_override` for a child process (its bounding set). Root
then meets mode 000 like any other owner. Where that is not possible the test skips,
saying why.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
_READ_OVERRIDE = (1 << CAP_DAC_OVERRIDE) | (1 << CAP_DAC_READ_SEARCH)
_CAPABILITY_V3 = 0x20080522
_PR_CAPBSET_DROP = 24
GOOD_CSV = "sku,name\nGIN,Gin\n"


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


@contextmanager
def without_read_override() -> Iterator[None]:
    """This thread (and threads it starts meanwhile) meets file modes as an ordinary owner."""
    if os.geteuid() != 0:
        yield
        return
    libc = _libc()
    header, data = _Header(_CAPABILITY_V3, 0), (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        pytest.skip("cannot read this thread's capabilities, so root cannot be kept out")
    saved = data[0].effective
    data[0].effective = saved & ~_READ_OVERRIDE
    if libc.capset(ctypes.byref(header), data) != 0:
        pytest.skip("cannot drop CAP_DAC_OVERRIDE here, so root cannot be kept out")
    try:
        yield
    finally:
        data[0].effective = saved
        libc.capset(ctypes.byref(header), data)


def child_without_read_override() -> None:
    """A subprocess preexec_fn: the program it runs (as root) cannot pass file modes."""
    if os.geteuid() != 0:
        return
    libc = _libc()
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@dataclass(frozen=True)
class BadFile:
    """How to make one kind of bad file, and the words its refusal must hold."""

    name: str
    make: Callable[[Path, int], None]  # (path, the importer's size limit)
    words: str

    def at(self, folder: Path, file_name: str, limit: int) -> Path:
        path = folder / file_name
        self.make(path, limit)
        return path


def _dev_zero_link(path: Path, _limit: int) -> None:
    path.symlink_to("/dev/zero")


def _fifo(path: Path, _limit: int) -> None:
    os.mkfifo(path)


def _folder(path: Path, _limit: int) -> None:
    path.mkdir()


def _unreadable(path: Path, _limit: int) -> None:
    path.write_text(GOOD_CSV, encoding="utf-8")
    path.chmod(0)


def _too_large(path: Path, limit: int) -> None:
    """A sparse file one byte over the limit: no disk is spent on its zeros."""
    with path.open("wb") as handle:
        handle.write(b"sku,name\n")
        handle.truncate(limit + 1)


def _empty(path: Path, _limit: int) -> None:
    path.write_bytes(b"")


_TOO_LARGE = (
    "the file is {size:,} bytes; at most {mb} MB ({limit:,} bytes) is read: "
    "split it into smaller files"
)
BAD_FILES = (
    BadFile("dev-zero", _dev_zero_link, "it links to /dev/zero, which is a device, not a file"),
    BadFile("fifo", _fifo, "it is a pipe (FIFO), not a file"),
    BadFile("folder", _folder, "it is a folder, not a file"),
    BadFile("unreadable", _unreadable, "unreadable: permission denied"),
    BadFile("too-large", _too_large, _TOO_LARGE),
    BadFile("empty", _empty, "the file is empty (0 bytes)"),
)
IDS = [bad.name for bad in BAD_FILES]
MB = 2**20
# Each importer's size limit, as README says (a workbook's own limit is lower: 200 MB).
LIMITS = {"sales": 1024 * MB, "catalogue": 100 * MB, "recipes": 100 * MB, "count": 100 * MB}


def refusal(bad: BadFile, file_name: str, limit: int) -> str:
    """The whole message every front end shows: the file's name, then what is wrong."""
    words = bad.words.format(size=limit + 1, mb=limit // MB, limit=limit)
    return f"{file_name}: {words}"


def require_unreadable(path: Path) -> None:
    """Skip, saying why, when this machine cannot make `path` unreadable to the test."""
    try:
        with without_read_override():
            path.read_bytes()
    except PermissionError:
        return
    pytest.skip("this machine lets the test read a file of mode 000; the case cannot be made")
