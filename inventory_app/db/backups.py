"""Backup files of a SQLite database: written whole or not at all, named, listed and rotated.

Backups live in a `backups/` folder beside the database file, so each bar's file keeps its
own history wherever it is (the default database's are in the user data folder). A name
says whose, when and why: `bar-2026-11-23T221500-daily.sqlite3`.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from inventory_app.i18n.catalogue import NC_, trc
from inventory_app.io.atomic_file import sync_file, sync_folder

if TYPE_CHECKING:  # the start-up check runs on plain sqlite3, before SQLAlchemy is loaded
    from sqlalchemy import Connection

DEFAULT_KEEP = 14  # two weeks of daily backups
KEEP_SETTING = "backup_keep"
FOLDER = "backups"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
STALE_PARTIAL = timedelta(hours=6)  # a copy of even a huge bar takes minutes
_STAMP = "%Y-%m-%dT%H%M%S"


class Reason(StrEnum):
    """Why a backup was taken; part of its file name."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"

    @property
    def label(self) -> str:
        """Why, as a person reads it ('daily', 'giornaliero'); the value is in the file name."""
        return trc("backup reason", _REASON_LABELS[self])


_REASON_LABELS = {
    Reason.DAILY: NC_("backup reason", "daily"),
    Reason.MANUAL: NC_("backup reason", "manual"),
    Reason.BEFORE_MIGRATION: NC_("backup reason", "before-migration"),
    Reason.BEFORE_RESTORE: NC_("backup reason", "before-restore"),
}


_REASONS = "|".join(re.escape(r.value) for r in Reason)


@dataclass(frozen=True)
class BackupFile:
    """One backup as the lists show it."""

    path: Path
    taken: datetime
    reason: Reason
    size: int


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def _pattern(database: Path) -> re.Pattern[str]:
    stem = re.escape(database.stem)
    return re.compile(
        rf"^{stem}-(?P<when>\d{{4}}-\d\d-\d\dT\d{{6}})-(?P<reason>{_REASONS})(?:-\d+)?"
        rf"{re.escape(SUFFIX)}$"
    )


def list_backups(database: Path) -> list[BackupFile]:
    """This database's backups, newest first; half-written and foreign files are not listed."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = _pattern(database)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match["when"], _STAMP)
        stat = path.stat()
        backup = BackupFile(path, taken, Reason(match["reason"]), stat.st_size)
        found.append((taken, stat.st_mtime_ns, backup))  # same second: the later write first
    return [backup for *_, backup in sorted(found, key=lambda f: f[:2], reverse=True)]


def make_backup(
    database: Path,
    reason: Reason,
    *,
    keep: int = DEFAULT_KEEP,
    out: Path | None = None,
    now: Callable[[], datetime] = datetime.now,
) -> Path:
    """Copy the database through SQLite's backup API, then drop the oldest beyond `keep`.

    `out` writes one file elsewhere and leaves the folder's rotation alone.
    """
    target = out if out is not None else new_backup_path(database, reason, now())
    copy_database(database, target)
    if out is None:
        rotate(database, keep=keep)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy, even while others write (WAL included), that appears whole or never.

    The copy is written under a temporary name, switched to a single self-contained file
    (journal_mode=DELETE) and synced, then renamed: a crash leaves only a `.partial` file,
    which no list shows.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(target)
    try:
        src = open_existing(source)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        sync_file(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    sync_folder(target.parent)


def partial_path(target: Path) -> Path:
    """A hidden name of its own: two terminals starting together never share a half file."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{PARTIAL}")


CHECK_WAIT_S = 5.0  # how long a check or a copy waits for a lock another program holds


def open_existing(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that never creates a missing file (mode=rw)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=CHECK_WAIT_S)


def rotate(database: Path, *, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups of this database; the deleted come back.

    Half files a crash left behind (`.partial`, never listed) go too once they are older
    than any copy takes: another terminal's copy under way is younger and stays.
    """
    old = [b.path for b in list_backups(database)[max(keep, 1) :]]
    for path in old:
        path.unlink(missing_ok=True)
    cutoff = time.time() - STALE_PARTIAL.total_seconds()
    for half in backup_folder(database).glob(f".{database.stem}-*{PARTIAL}"):
        with contextlib.suppress(FileNotFoundError):  # another terminal's clean-up was first
            if half.stat().st_mtime < cutoff:
                half.unlink()
    return old


def has_backup_on(database: Path, day: date, reason: Reason) -> bool:
    return any(b.taken.date() == day and b.reason is reason for b in list_backups(database))


def stored_keep(connection: Connection) -> int:
    """The `backup_keep` setting read straight from a database of any revision."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("settings"):
        return DEFAULT_KEEP
    value = connection.execute(
        text("SELECT value FROM settings WHERE key = :key"), {"key": KEEP_SETTING}
    ).scalar()
    return int(value) if value is not None and str(value).isdigit() else DEFAULT_KEEP


def new_backup_path(database: Path, reason: Reason, when: datetime) -> Path:
    """A name in the backups folder no other backup has (a counter when in the same second)."""
    folder = backup_folder(database)
    base = f"{database.stem}-{when.strftime(_STAMP)}-{reason.value}"
    path = folder / f"{base}{SUFFIX}"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{base}-{number}{SUFFIX}"
    return path
