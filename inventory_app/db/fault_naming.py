"""Driver errors turned into the faults they are (db/faults.py), in one place for every caller.

Apart from db/faults.py because damage has to be proven: SQLite's word "malformed" in the
middle of work is checked against the file (db/file_checks.py), which itself names the
faults it meets while checking, so the naming of faults sits above both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from inventory_app.db.faults import (
    CORRUPT,
    DatabaseBusy,
    DatabaseFault,
    DiskFull,
    DiskIOError,
    ReadOnlyDatabase,
    fault_of_code,
)
from inventory_app.db.file_checks import proven_damage
from inventory_app.i18n.catalogue import tr

_PG_BUSY = ("55P03", "40P01")  # lock_not_available, deadlock_detected
_PG_FULL = ("53100",)  # disk_full
_PG_READ_ONLY = ("25006",)  # read_only_sql_transaction (a standby, default_transaction_read_only)


def named_fault(error: BaseException, where: str) -> DatabaseFault | None:
    """What `error` (or an error it happened during) says about the database; None: not a fault.

    The whole chain is read: on a full disk SQLite rolls the transaction back itself, and
    SQLAlchemy's next step ("no such savepoint") hides the SQLITE_FULL it came from.
    """
    for cause in _chain(error):
        if isinstance(cause, DatabaseFault):
            return cause
        driver = cause.orig if isinstance(cause, DBAPIError) else cause
        fault = _from_sqlite(driver, where) if isinstance(driver, sqlite3.Error) else None
        fault = fault or _from_server(driver, where)
        if fault is not None:
            return fault
    return None


@contextmanager
def named_faults(where: str) -> Iterator[None]:
    """Inside, a driver error that names a fault is raised as that fault."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as error:
        fault = named_fault(error, where)
        if fault is None:
            raise
        raise fault from error


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _from_sqlite(error: sqlite3.Error, where: str) -> DatabaseFault | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    if code & 0xFF in CORRUPT:
        return _proven_or_io(error, where)
    return fault_of_code(code, where, f"{error}")


def _proven_or_io(error: sqlite3.Error, where: str) -> DatabaseFault:
    """SQLite met a page it could not read: damage only if its own check proves it."""
    return proven_damage(Path(where)) or DiskIOError(where, f"{error}")


def _from_server(error: object, where: str) -> DatabaseFault | None:
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if state in _PG_BUSY:
        return DatabaseBusy(where, [])
    if state in _PG_FULL:
        return DiskFull(where)
    if state in _PG_READ_ONLY:
        return ReadOnlyDatabase(where, tr("the server accepts reads only"))
    return None
