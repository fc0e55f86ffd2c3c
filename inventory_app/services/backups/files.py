"""Backups as the bar sees them: daily on the first start, and now on request.

Restoring one, and who may, is services/backups/restoring.py.

Only a SQLite file is backed up here; a PostgreSQL server is backed up by its own tools
(pg_dump, its base backups), so these refuse it with a clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from inventory_app.db.backups import (
    DEFAULT_KEEP,
    BackupFile,
    Reason,
    has_backup_on,
    list_backups,
    make_backup,
    stored_keep,
)
from inventory_app.db.engine import READ_ONLY, Database, make_engine, sqlite_path
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr


def sqlite_file(url: str) -> Path:
    """The database file behind a URL; a server database is refused with what to use instead."""
    path = sqlite_path(url)
    if path is None:
        raise InputError(
            tr(
                "backup and restore work on a SQLite file; this database is on a server: "
                "use the server's own backups (pg_dump for PostgreSQL)"
            )
        )
    return path


def daily_backup(database: Database, *, now: Callable[[], datetime] = datetime.now) -> Path | None:
    """The first open of a SQLite database on a date backs it up; later opens do nothing."""
    return daily_backup_of(database.url, now=now)


def daily_backup_of(url: str, *, now: Callable[[], datetime] = datetime.now) -> Path | None:
    """daily_backup by URL: the window takes it on the start-up check's thread, once sound."""
    path = sqlite_path(url)
    if path is None or has_backup_on(path, now().date(), Reason.DAILY):
        return None
    return make_backup(path, Reason.DAILY, keep=backups_to_keep(url), now=now)


def back_up_now(url: str, *, out: Path | None = None) -> Path:
    """A manual backup into the folder (rotated), or one file where the user asks.

    It takes a URL, not an open database, so a file too damaged to open is still copied.
    """
    path = sqlite_file(url)
    if not path.is_file():
        raise InputError(tr("there is no database file to back up yet"), file=str(path))
    if out is not None and out.resolve() == path.resolve():
        raise InputError(tr("--out: that is the database itself; choose another file"))

    return make_backup(path, Reason.MANUAL, keep=backups_to_keep(url), out=out)


def backups_of(database: Database) -> list[BackupFile]:
    """Newest first; none for a server database."""
    path = sqlite_path(database.url)
    return list_backups(path) if path is not None else []


def backups_to_keep(url: str) -> int:
    """The `backup_keep` setting, read without migrating; the default if it cannot be read."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return stored_keep(connection.execution_options(**{READ_ONLY: True}))
    except DBAPIError:
        return DEFAULT_KEEP
    finally:
        engine.dispose()
