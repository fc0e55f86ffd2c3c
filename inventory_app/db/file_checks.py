"""Is a SQLite file sound, and is it one of ours? Asked at start-up and before a restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inventory_app.db.backups import BackupFile, list_backups, open_existing
from inventory_app.domain.errors import InputError, InventoryError

SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = ("alembic_version", "items", "movements", "stock_levels")
MAX_SHOWN = 3


class DamagedDatabase(InventoryError):
    """The database file fails SQLite's own check: opening it could lose or invent stock."""

    def __init__(
        self, path: Path, problems: list[str], good_backup: BackupFile | None, advice: str
    ) -> None:
        self.path = path
        self.problems = problems
        self.good_backup = good_backup
        super().__init__(f"the database file {path} is damaged ({problems[0]}). {advice}")


def file_problems(path: Path, *, thorough: bool = False) -> list[str]:
    """What SQLite finds wrong in the file; empty when it is sound.

    quick_check (start-up) reads every page but skips the index-to-table cross checks;
    integrity_check (restore) does those too.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        connection = open_existing(path)
        try:
            rows = connection.execute(f"PRAGMA {pragma}({MAX_SHOWN})").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    found = [line for (text,) in rows for line in str(text).splitlines()]
    return [] if found == ["ok"] else [line for line in found if not line.startswith("***")]


def newest_good_backup(database: Path) -> BackupFile | None:
    """The newest backup that passes integrity_check, the one to offer after damage."""
    for backup in list_backups(database):
        if not file_problems(backup.path, thorough=True):
            return backup
    return None


def check_ours(path: Path) -> str:
    """Refuse anything but a sound database of this application; its revision comes back."""
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise InputError("not a SQLite database, so not one of our backups", file=str(path))
    missing, revision = _our_marks(path)
    if missing:
        raise InputError(
            f"a SQLite database, but not ours: no {', '.join(missing)} table", file=str(path)
        )
    problems = file_problems(path, thorough=True)
    if problems:
        raise InputError(f"fails the integrity check: {problems[0]}", file=str(path))
    return revision


def _our_marks(path: Path) -> tuple[list[str], str]:
    try:
        connection = open_existing(path)
        try:
            names = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
            missing = [t for t in OUR_TABLES if t not in names]
            revision = "" if missing else _revision(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise InputError(f"cannot be read: {error}", file=str(path)) from None
    return missing, revision


def _revision(connection: sqlite3.Connection) -> str:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else ""
