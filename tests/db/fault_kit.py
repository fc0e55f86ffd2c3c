"""Faults made for real on real files: a lock held by another process, a read-only mount or
file, a full tmpfs, a removed -wal under an open reader, a flipped byte.

The tests run as root, and chmod does not stop root, so read-only is made with what binds
root too: a read-only bind mount for a folder, the immutable attribute (chattr +i) for a
file. A full disk is a small tmpfs. Where the machine refuses mounts (a container without
CAP_SYS_ADMIN), those tests are skipped with the reason, never faked.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PAGE = 4096

_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE" if sys.argv[2] == "exclusive" else "BEGIN IMMEDIATE")
connection.execute("CREATE TABLE IF NOT EXISTS held_by_another (id INTEGER)")
print("held", flush=True)
sys.stdin.read()  # until the test lets go
connection.execute("ROLLBACK")
"""


@dataclass(frozen=True)
class Holder:
    """The other process: its pid, and a way to make it let go before the block ends."""

    pid: int
    release: Callable[[], None]


@contextmanager
def lock_held_by_another_process(path: Path, *, exclusive: bool) -> Iterator[Holder]:
    """Another process holds the write lock (exclusive: readers are locked out too).

    It holds it until released or the block ends, however long the app waits.
    """
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), "exclusive" if exclusive else "write"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    stdin = holder.stdin

    def release() -> None:
        if not stdin.closed:
            stdin.close()

    try:
        assert holder.stdout.readline() == "held\n"
        yield Holder(holder.pid, release)
    finally:
        release()
        holder.wait(timeout=30)
        holder.stdout.close()


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """The folder bind-mounted read-only on itself: root may not write in it either."""
    if not (_run("mount", "--bind", str(folder), str(folder))):
        pytest.skip("this machine refuses mounts (needs root with CAP_SYS_ADMIN)")
    try:
        assert _run("mount", "-o", "remount,ro,bind", str(folder))
        yield
    finally:
        assert _run("umount", str(folder))


@contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """The file marked immutable (chattr +i): root may not write it either."""
    if not _run("chattr", "+i", str(path)):
        pytest.skip("this file system has no immutable attribute (chattr +i)")
    try:
        yield
    finally:
        assert _run("chattr", "-i", str(path))


@contextmanager
def small_disk(folder: Path, *, kilobytes: int) -> Iterator[None]:
    """A tmpfs of that size mounted on the folder: a real disk that fills up."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(folder)):
        pytest.skip("this machine refuses mounts (needs root with CAP_SYS_ADMIN)")
    try:
        yield
    finally:
        assert _run("umount", str(folder))


def fill(folder: Path, *, leave_kilobytes: int) -> None:
    """Take all but that much of the disk's free space with a ballast file."""
    import shutil

    free = shutil.disk_usage(folder).free
    (folder / "ballast").write_bytes(b"\0" * max(0, free - leave_kilobytes * 1024))


def flip_index_page(path: Path, index: str) -> int:
    """Flip the page-type byte of an index's root page: one bad byte, as a bad disk makes.

    An index nothing writes to keeps its page in the main file (not in the -wal), so
    SQLite's check meets the flipped byte; the page number comes back.
    """
    with sqlite3.connect(path) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * PAGE)
        kind = handle.read(1)[0]
        handle.seek((root - 1) * PAGE)
        handle.write(bytes([kind ^ 0x01]))
    return int(root)


@contextmanager
def reader_open(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program reading the file, in the middle of a read transaction."""
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM movements").fetchone()
    try:
        yield reader
    finally:
        reader.close()


_FINGERPRINTS = """
import hashlib, sys
from pathlib import Path
for side in ("", "-wal", "-shm"):
    part = Path(sys.argv[1] + side)
    if part.exists():
        print(side or "db", hashlib.sha256(part.read_bytes()).hexdigest())
"""


def files_of(path: Path) -> dict[str, str]:
    """The database and whatever -wal and -shm lie beside it, as hashes of their bytes.

    Read in another process: closing a file this process opened would drop every POSIX
    lock it holds on that file, SQLite's own included (the open reader's read mark).
    """
    done = subprocess.run(
        [sys.executable, "-c", _FINGERPRINTS, str(path)], capture_output=True, text=True
    )
    return dict(line.split() for line in done.stdout.splitlines())
