"""Put a backup back in place of the database, keeping what was there as a backup first.

The backup is copied *into the live file* with SQLite's backup API rather than renamed over
it: the copy is one write transaction of SQLite's own, so a crash half-way rolls back to the
old content, and a window or terminal that has the file open sees the restored data at its
next read instead of going on writing into a file that was replaced beneath it (and WAL
pages left beside a renamed file would be replayed into the wrong database). Only when the
live file is not a SQLite database at all, and so nobody can be using it, is it replaced by
an atomic rename.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inventory_app.db.backups import (
    Reason,
    copy_database,
    new_backup_path,
    open_existing,
    partial_path,
)
from inventory_app.db.file_checks import check_ours, is_damage
from inventory_app.db.migrate import is_known_revision
from inventory_app.db.restore_leftovers import STAGING, staging_lock
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr


@dataclass(frozen=True)
class Restored:
    """What a restore did: from which file, and where the replaced database was kept."""

    source: Path
    kept_as: Path | None
    revision: str


def restore_backup(database: Path, source: Path) -> Restored:
    """Check the backup, keep the current database, then copy the backup in.

    Rotation waits for the next backup, so the file being restored is never the one dropped.
    An older revision is migrated by whoever opens the database next, as on any start.
    """
    revision = check_ours(source)
    if not is_known_revision(revision):
        raise InputError(
            tr("made by a newer version of inventory-app (schema {revision}); update first").format(
                revision=revision
            ),
            file=str(source),
        )
    if database.exists() and source.resolve() == database.resolve():
        raise InputError(tr("this is the database itself, not a backup of it"), file=str(source))
    kept = keep_current(database) if database.exists() else None
    # The new revision goes into a staged copy, so the file is replaced once, whole, with
    # it: written afterwards, a busy file could refuse it after the restore had happened.
    with (
        tempfile.TemporaryDirectory(prefix=STAGING, dir=database.parent) as folder,
        staging_lock(Path(folder)),
    ):
        staged = Path(folder) / database.name
        copy_database(source, staged)
        _new_usage_revision(staged)
        _copy_in(staged, database)
    return Restored(source=source, kept_as=kept, revision=revision)


def keep_current(database: Path) -> Path:
    """A `before-restore` backup; a file SQLite can no longer read is kept byte for byte.

    SQLite's copy holds every committed change, those still in the `-wal` included; the
    byte copy keeps the `-wal` and `-shm` beside it, so nothing committed is left behind.
    """
    target = new_backup_path(database, Reason.BEFORE_RESTORE, datetime.now())
    try:
        copy_database(database, target)
    except sqlite3.DatabaseError:
        _copy_bytes(database, target)
    return target


def _new_usage_revision(database: Path) -> None:
    """The restored past is another history: readers must sum its weeks again.

    A backup taken before today's sales holds the very usage revisions the replaced file
    had (they move only on backdated writes), yet other usage on the days since. A row
    with a new random token tells every window and terminal on the file that the past
    weeks changed (services/ordering/usage_profiles.py). A backup from before migration 0010 has no
    such table: the migration gives it its first row when the file is next opened.
    """
    connection = open_existing(database)
    try:
        with connection:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'usage_revisions'"
            ).fetchone()
            if found is not None:
                token = secrets.randbits(40)
                connection.execute("INSERT INTO usage_revisions (token) VALUES (?)", (token,))
    finally:
        connection.close()


def _copy_in(source: Path, database: Path) -> None:
    if not database.exists():
        copy_database(source, database)
        return
    try:
        src, dst = open_existing(source), open_existing(database)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise  # busy, read-only, full, failing: the live file and its -wal stay
        _replace_unreadable(source, database)


def _replace_unreadable(source: Path, database: Path) -> None:
    """Its stale -wal and -shm must go too, or SQLite would replay them into the new file.

    Only a file SQLite calls malformed or not SQLite at all is replaced (it was kept aside
    first, keep_current): on any other error (busy, read-only, a failing disk) the -wal,
    which may hold the newest sales, is never deleted.
    """
    for side in ("-wal", "-shm", "-journal"):
        Path(f"{database}{side}").unlink(missing_ok=True)
    copy_database(source, database)


def _copy_bytes(source: Path, target: Path) -> None:
    partial = partial_path(target)
    shutil.copyfile(source, partial)
    os.replace(partial, target)
    for side in ("-wal", "-shm"):
        if Path(f"{source}{side}").exists():
            shutil.copyfile(Path(f"{source}{side}"), Path(f"{target}{side}"))
