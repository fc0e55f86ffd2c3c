"""Is a SQLite file sound, and is it one of ours? Asked at start-up and before a restore."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from inventory_app.db.backups import BackupFile, list_backups, open_existing
from inventory_app.db.faults import CORRUPT, DatabaseFault, DiskIOError, fault_of_code
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import date_time_text

SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = ("alembic_version", "items", "movements", "stock_levels")
MAX_SHOWN = 3


class DamagedDatabase(DatabaseFault):
    """SQLite's own check proves the file damaged (or it is not SQLite at all) (exit 8).

    The only fault that offers a backup: opening it could lose or invent stock.
    """

    exit_code = 8
    heading = N_("The database is damaged")

    def __init__(
        self, path: Path, problems: list[str], good_backup: BackupFile | None, advice: str
    ) -> None:
        self.path = path
        self.problems = problems
        self.good_backup = good_backup
        message = tr("the database file {path} is damaged ({problem}). {advice}").format(
            path=path, problem=problems[0], advice=advice
        )
        super().__init__(str(path), message)


def file_problems(path: Path, *, thorough: bool = False) -> list[str]:
    """What SQLite's own check finds wrong in the file; empty when it is sound.

    quick_check (start-up) reads every page but skips the index-to-table cross checks;
    integrity_check (restore) does those too. Only proof of damage comes back: the
    check's findings, or SQLite stopping the check on a malformed page or a file that is
    not SQLite at all ("file is not a database"). A file that is busy, read-only or
    failing to read raises its own fault (db/faults.py): it may be perfectly sound. The
    file is read by SQLite only: closing a handle of our own on it would drop the locks
    SQLite holds on it for the open window (POSIX locks belong to the process).
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        connection = open_existing(path)
        try:
            rows = connection.execute(f"PRAGMA {pragma}({MAX_SHOWN})").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]  # the check itself met the damage
        raise _fault_of(error, str(path)) or error from error
    found = [line for (text,) in rows for line in str(text).splitlines()]
    if found == ["ok"]:
        return []
    _raise_unread_pages(path, found)
    return [line for line in found if not line.startswith("***")]


_UNREAD_PAGE = re.compile(r"unable to get the page\. error code=(\d+)")


def _raise_unread_pages(path: Path, found: list[str]) -> None:
    """A page the check could not *read* (a short read, a busy file) proves no damage.

    quick_check lists it among its findings ("Page 85: unable to get the page. error
    code=522", a -wal removed under an open reader): the fault its code names is raised.
    """
    for line in found:
        match = _UNREAD_PAGE.search(line)
        if match is None:
            continue
        code = int(match[1])
        fault = fault_of_code(code, str(path), f"disk I/O error, {line}")
        if fault is not None:
            raise fault


def is_damage(error: sqlite3.Error) -> bool:
    """SQLite's own word for a malformed file or one that is not SQLite at all."""
    code = int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in CORRUPT


def _fault_of(error: sqlite3.Error, where: str) -> DatabaseFault | None:
    """What the check met while reading, damage aside (is_damage): busy, read-only, I/O."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else fault_of_code(int(code), where, f"{error}")


def proven_damage(path: Path) -> DatabaseFault | None:
    """After SQLite met a bad page mid-work: damage if its check proves it, else None.

    A fault met while checking (the file busy or unreadable now) comes back instead.
    """
    try:
        problems = file_problems(path)
    except DatabaseFault as fault:
        return fault
    if not problems:
        return None
    good = newest_good_backup(path)
    return DamagedDatabase(path, problems, good, default_advice(good))


def default_advice(good: BackupFile | None) -> str:
    """The way out of proven damage, where no front end has worded its own."""
    if good is None:
        return tr(
            "No backup of it passes the integrity check. Keep the file as it is (copy it "
            "somewhere safe) and ask for help: sqlite3's .recover can often save most of it."
        )
    return tr(
        "The newest good backup is {path} ({taken}, {reason}); restore it as an owner "
        "(inventory-app restore FILE)."
    ).format(path=good.path, taken=date_time_text(good.taken), reason=good.reason.label)


class FileCheck:
    """The start-up check of a SQLite file on a thread of its own, begun at once.

    A file the check could not read (busy, a read-only folder, an I/O error) is not
    called damaged: `fault()` names what happened, and the next write checks again.

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
        self._fault: DatabaseFault | None = None  # the check could not be made (yet)
        self._thread = threading.Thread(target=self._run, name="start-up check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._verdict()
        finally:
            self._finished.set()
        try:
            if self._damage is None and self._fault is None:
                self._then()
        finally:
            self._done()

    def _verdict(self) -> None:
        """Damage, a fault that kept the check from reading (busy, unreadable), or sound."""
        try:
            problems = file_problems(self.path)
        except DatabaseFault as fault:
            self._fault = fault
            return
        except OSError as error:
            self._fault = DiskIOError(
                str(self.path), tr("the file could not be read: {error}").format(error=error)
            )
            return
        self._fault = None
        if problems:
            good = newest_good_backup(self.path)
            self._damage = DamagedDatabase(self.path, problems, good, self._advice(good))

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

    def fault(self) -> DatabaseFault | None:
        """What kept the check from reading the file (busy, read-only folder, I/O), if any."""
        self._finished.wait()
        return self._fault

    def require_sound(self) -> None:
        """Before a write: wait for the verdict; a damaged file raises DamagedDatabase.

        A check that could not be made is made again now: nothing is written to a file
        that has not passed (fail closed), and a busy file that has let go is not refused.
        """
        damage = self.damage()
        if damage is None and self._fault is not None:
            self._verdict()
            damage = self._damage
            if self._fault is not None:
                raise self._fault
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
        raise InputError(tr("no such file"), file=str(path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise InputError(tr("not a SQLite database, so not one of our backups"), file=str(path))
    missing, revision = _our_marks(path)
    if missing:
        raise InputError(
            tr("a SQLite database, but not ours: no {tables} table").format(
                tables=", ".join(missing)
            ),
            file=str(path),
        )
    problems = file_problems(path, thorough=True)
    if problems:
        raise InputError(
            tr("fails the integrity check: {problem}").format(problem=problems[0]),
            file=str(path),
        )
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
        raise InputError(
            tr("cannot be read: {error}").format(error=error), file=str(path)
        ) from None
    return missing, revision


def _revision(connection: sqlite3.Connection) -> str:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else ""
