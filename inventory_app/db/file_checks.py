"""Is a SQLite file sound, and is it one of ours? Asked at start-up and before a restore."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
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


class FileCheck:
    """The start-up check of a SQLite file on a thread of its own, begun at once.

    quick_check reads the whole file (half a second for 250 MB, more on a busy machine),
    so the window does not wait for it to show the bar: reads go ahead, and every write
    asks `require_sound` first (Database.before_write), which waits for the verdict and
    refuses a damaged file. Nothing is written to a file before it has passed. `then`
    runs on the same thread once the file is found sound (the day's first backup);
    `done` runs there after the verdict, whatever it is.
    """

    def __init__(
        self,
        path: Path,
        *,
        advice: Callable[[BackupFile | None], str],
        then: Callable[[], None] = lambda: None,
        done: Callable[[], None] = lambda: None,
    ) -> None:
        self.path = path
        self._advice = advice
        self._then = then
        self._done = done
        self._finished = threading.Event()
        self._damage: DamagedDatabase | None = None
        self._thread = threading.Thread(target=self._run, name="start-up check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            try:
                problems = file_problems(self.path)
            except OSError as error:  # unreadable is not sound
                problems = [f"the file could not be read: {error}"]
            if problems:
                good = newest_good_backup(self.path)
                self._damage = DamagedDatabase(self.path, problems, good, self._advice(good))
        finally:
            self._finished.set()
        try:
            if self._damage is None:
                self._then()
        finally:
            self._done()

    def join(self) -> None:
        """Wait for the thread, the day's backup included (before the program exits)."""
        self._thread.join()

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    def damage(self) -> DamagedDatabase | None:
        """What the check found (None: sound), waiting for it if it is still reading."""
        self._finished.wait()
        return self._damage

    def restored(self) -> None:
        """A backup that passed integrity_check is now in place of the damaged file."""
        self.damage()
        self._damage = None

    def require_sound(self) -> None:
        """Before a write: wait for the verdict; a damaged file raises DamagedDatabase."""
        damage = self.damage()
        if damage is not None:
            raise damage


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
