"""Every way a database can fail that is not bad input, named once, with what to do about it.

A busy, read-only, full or failing disk is not a damaged file: calling it damaged used to
offer a restore, and a restore over a file whose newest sales sit in a `-wal` loses them
(issue 14). So each fault is its own error with its own exit status and advice, and only
damage proven by SQLite's own check (db/file_checks.py) ever mentions a backup. Every front
end shows these the same way: they are InventoryErrors, raised where a session or a file
operation fails (`named_faults` of db/fault_naming.py, in Database.transaction and .reading,
open_database, the backup service).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import N_, tr

KEEP_FILES = N_(
    "Keep the file and its -wal and -shm files as they are: do not delete, move or replace "
    "them, and do not restore a backup over them (the newest sales may be in the -wal)."
)
# SQLite's primary result codes (the low byte of an extended code).
_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
CORRUPT = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
# PostgreSQL's SQLSTATEs for the same situations on a server.


class DatabaseFault(InventoryError):
    """The database could not be used as it is now; nothing was written."""

    exit_code = 1
    heading = N_("The database could not be used")  # a dialog's heading, marked

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        super().__init__(message)

    @property
    def title(self) -> str:
        """The dialog's heading in the current language (translated when shown)."""
        return tr(self.heading)


class DatabaseBusy(DatabaseFault):
    """Another terminal or program holds the lock past the wait: try again (exit 4)."""

    exit_code = 4
    heading = N_("The database is busy")

    def __init__(self, where: str, holders: list[str]) -> None:
        self.holders = holders
        super().__init__(
            where,
            tr(
                "the database {where} is busy: {who} is using it and did not let go in time. "
                "Nothing was changed. Wait for it to finish and try again; the file is not "
                "damaged."
            ).format(where=where, who=holders_text(holders)),
        )


class ReadOnlyDatabase(DatabaseFault):
    """The file or its folder may not be written (exit 5)."""

    exit_code = 5
    heading = N_("The database is read-only")

    def __init__(self, where: str, what: str) -> None:
        self.what = what
        super().__init__(
            where,
            tr(
                "the database {where} cannot be written: {what}. Nothing was written. Make it "
                "writable (or move the bar's file to a folder you may write) and try again."
            ).format(where=where, what=what),
        )


class DiskFull(DatabaseFault):
    """No room left on the disk (or the server): the change was rolled back whole (exit 6)."""

    exit_code = 6
    heading = N_("The disk is full")

    def __init__(self, where: str) -> None:
        super().__init__(
            where,
            tr(
                "the disk holding the database {where} is full. Nothing was written: the change "
                "was undone whole. Free some space (old files, downloads) and try again."
            ).format(where=where),
        )


class DiskIOError(DatabaseFault):
    """The disk or the system failed a read or write: check it, keep every file (exit 7)."""

    exit_code = 7
    heading = N_("The disk could not be read or written")

    def __init__(self, where: str, detail: str) -> None:
        self.detail = detail
        super().__init__(
            where,
            tr(
                "the database {where} could not be read or written ({detail}). Nothing was "
                "written. Check the disk (is it unplugged, failing, a network share?), close "
                "other programs using the file, and try again. {keep_files}"
            ).format(where=where, detail=detail, keep_files=tr(KEEP_FILES)),
        )


def holders_text(holders: list[str]) -> str:
    """'process 12 (…) and process 34 (…)', or who it may be when the system does not say."""
    if not holders:
        return tr("another terminal or program")
    text = holders[0]
    for holder in holders[1:]:
        text = tr("{first} and {second}").format(first=text, second=holder)
    return text


def fault_of_code(code: int, where: str, detail: str) -> DatabaseFault | None:
    """The fault a SQLite result code names; None for damage (proven elsewhere) and the rest."""
    primary = code & 0xFF
    if primary in _BUSY:
        return DatabaseBusy(where, lock_holders(Path(where)))
    if primary == sqlite3.SQLITE_READONLY:
        return ReadOnlyDatabase(where, read_only_part(Path(where)) or tr("it was opened read-only"))
    if primary == sqlite3.SQLITE_CANTOPEN:
        part = read_only_part(Path(where))
        return ReadOnlyDatabase(where, part) if part else DiskIOError(where, detail)
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull(where)
    if primary == sqlite3.SQLITE_IOERR:
        return DiskIOError(where, detail)
    return None


def read_only_part(path: Path) -> str | None:
    """Which of the file and its folder may not be written (root included); None: both may."""
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK):
        return tr("its folder {folder} is read-only").format(folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        return tr("the file itself is read-only")
    return None


def lock_holders(path: Path) -> list[str]:
    """Who holds a lock on the file or its -shm, as `pid 123 (inventory-app import sales)`.

    Linux lists every POSIX lock in /proc/locks with its process; elsewhere, or when it
    cannot be read, nobody is named and the message says "another terminal or program".
    """
    inodes = {_inode(path), _inode(Path(f"{path}-shm"))} - {None}
    try:
        lines = Path("/proc/locks").read_text(encoding="ascii").splitlines()
    except OSError:
        return []
    pids: list[int] = []
    for line in lines:
        fields = line.split()
        if len(fields) < 6 or not fields[4].isdigit():
            continue
        pid, inode = int(fields[4]), fields[5].rsplit(":", 1)[-1]
        if inode in inodes and pid != os.getpid() and pid not in pids:
            pids.append(pid)
    return [_process(pid) for pid in pids]


def _inode(path: Path) -> str | None:
    try:
        return str(path.stat().st_ino)
    except OSError:
        return None


def _process(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return tr("process {pid}").format(pid=pid)
    words = [w.decode(errors="replace") for w in raw.split(b"\0") if w]
    command = " ".join(Path(w).name if i == 0 else w for i, w in enumerate(words[:6]))
    if not command:
        return tr("process {pid}").format(pid=pid)
    return tr("process {pid} ({command})").format(pid=pid, command=command)
