"""One sign-in at a time per person, taken without the database's write lock.

A PIN check must read the person's failure count, verify the PIN and, if it was wrong,
commit the new count before anyone else checks a PIN for that person: otherwise forty
terminals read "0 failures" together and forty PINs are tried (issue 14). The obvious
serialisation, a write transaction around the check, is what made every sign-in wait
for a long import's write lock on SQLite. So each backend serialises per person with a
lock that no import holds:

- SQLite: an OS lock on one byte (at the person's id) of a sidecar file beside the
  database, `<file>.sign-in` (fcntl on POSIX, msvcrt on Windows). The OS drops it when
  the process dies. POSIX record locks belong to the process, and closing any handle on
  the file drops them all, so the threads of one process take turns on a plain lock
  first. The check then reads in a read transaction and writes, when it must, in a write
  transaction of its own, committed before the turn ends.
- PostgreSQL: `pg_advisory_xact_lock` on (SIGN_IN_LOCKS, id) at the start of the check's
  one transaction; it ends with that transaction. Row locks of an import do not touch it.
- Other databases: `SELECT ... FOR UPDATE` of the person's row, in the same way.

A turn not had within TURN_WAIT_S refuses the sign-in without checking the PIN.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database, sqlite_path
from inventory_app.db.models import User
from inventory_app.domain.errors import SignInError
from inventory_app.i18n.catalogue import tr

TURN_WAIT_S = 30.0  # longer than a turn that waits for a write (the busy timeout)
SIGN_IN_LOCKS = 0x5349  # "SI": the advisory lock space of sign-ins (PostgreSQL)
_POLL_S = 0.005
_OWED, _SETTLED = b"!", b"\0"  # a person's byte in the sidecar file
# POSIX record locks are per process: one process's threads take turns here first.
_THIS_PROCESS = threading.Lock()


class Turn(Protocol):
    """What a check may do while it holds its person's turn."""

    def read(self) -> AbstractContextManager[Session]: ...

    def write(self) -> AbstractContextManager[Session]: ...

    def read_only(self, session: Session) -> str | None:
        """Why a wrong PIN could not be counted here (a read-only database), else None."""
        ...

    def owed(self) -> bool:
        """Whether an earlier turn verified a PIN and could not record what it found."""
        ...

    def owe(self, owing: bool) -> None:
        """Mark (before verifying) or clear (once recorded) a verification not yet counted."""
        ...


def person_turn(database: Database, user_id: int, name: str) -> AbstractContextManager[Turn]:
    """Hold the turn of one person (by id) to check a PIN; `name` is for the refusal."""
    if sqlite_path(database.url) is not None:
        return _file_turn(database, user_id, name)
    return _transaction_turn(database, user_id, name)


def sidecar(database_file: Path) -> Path:
    """The file whose bytes are the sign-in locks of a SQLite database."""
    return database_file.with_name(database_file.name + ".sign-in")


class _SeparateTransactions:
    """SQLite: reads never take the write lock; a write is its own committed transaction.

    That write can fail after the PIN was verified (another terminal's import held the
    write lock past the busy timeout; the process was killed). So the locked byte itself
    says "verified, not yet counted" from just before the verification until its outcome
    is committed, and the next turn counts such a verification as a wrong PIN before it
    verifies anything: every verification is counted, even one whose write failed.
    """

    def __init__(self, database: Database, handle: IO[bytes], offset: int) -> None:
        self._database = database
        self._handle = handle
        self._offset = offset

    def read(self) -> AbstractContextManager[Session]:
        return self._database.reading()

    def write(self) -> AbstractContextManager[Session]:
        return self._database.transaction()

    def read_only(self, session: Session) -> str | None:
        return file_read_only(self._database.url)

    def owed(self) -> bool:
        self._handle.seek(self._offset)
        return self._handle.read(1) == _OWED

    def owe(self, owing: bool) -> None:
        self._handle.seek(self._offset)
        self._handle.write(_OWED if owing else _SETTLED)


class _OneTransaction:
    """PostgreSQL and others: the lock, the read and the write share one transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def read(self) -> AbstractContextManager[Session]:
        return nullcontext(self._session)

    @contextmanager
    def write(self) -> Iterator[Session]:
        yield self._session
        self._session.flush()

    def owed(self) -> bool:
        return False  # the count commits with the check's one transaction, or neither does

    def owe(self, owing: bool) -> None:
        """Nothing to keep: a check that fails before its commit ends its transaction too."""

    def read_only(self, session: Session) -> str | None:
        if session.get_bind().dialect.name != "postgresql":
            return None
        setting = session.scalar(text("SELECT current_setting('transaction_read_only')"))
        return tr("the PostgreSQL server takes no writes (read-only)") if setting == "on" else None


def file_read_only(url: str) -> str | None:
    """Why a SQLite file takes no writes: opened read-only, on a read-only disk, not writable.

    Root writes through a file's mode bits, so for root only the first two can hold.
    """
    query = make_url(url).query
    if query.get("mode") == "ro" or query.get("immutable") == "1":
        return tr("the database was opened read-only")
    path = sqlite_path(url)
    if path is None or not path.exists():
        return None
    if hasattr(os, "statvfs") and os.statvfs(path).f_flag & os.ST_RDONLY:
        return tr("{path} is on a read-only disk").format(path=path)
    for target in (path, path.parent):
        if not os.access(target, os.W_OK):
            return tr("{path} is not writable").format(path=target)
    return None


@contextmanager
def _file_turn(database: Database, user_id: int, name: str) -> Iterator[Turn]:
    path = sqlite_path(database.url)
    assert path is not None
    read_only = file_read_only(database.url)
    if read_only is not None:
        raise cannot_count(name, read_only)
    if not _THIS_PROCESS.acquire(timeout=TURN_WAIT_S):
        raise _busy(name)
    try:
        with _open_sidecar(path, name) as handle:
            _lock_byte(handle, user_id, name)
            try:
                yield _SeparateTransactions(database, handle, user_id)
            finally:
                _unlock_byte(handle, user_id)
    finally:
        _THIS_PROCESS.release()


@contextmanager
def _open_sidecar(path: Path, name: str) -> Iterator[IO[bytes]]:
    """Fail closed: without the lock file no PIN is checked, for nobody could be sure of a turn."""
    try:  # who may write the database may take turns (SQLite gives its -wal the same mode)
        mode = os.stat(path).st_mode & 0o666 if path.exists() else 0o644
        descriptor = os.open(sidecar(path), os.O_RDWR | os.O_CREAT, mode)
    except OSError as error:
        why = tr("the sign-in lock beside {path} cannot be opened ({error})").format(
            path=path, error=error.strerror
        )
        raise cannot_count(name, why) from error
    with os.fdopen(descriptor, "r+b", buffering=0) as handle:
        yield handle


def _lock_byte(handle: IO[bytes], offset: int, name: str) -> None:
    deadline = time.monotonic() + TURN_WAIT_S
    while not _try_lock(handle, offset):
        if time.monotonic() > deadline:
            raise _busy(name)
        time.sleep(_POLL_S)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes], offset: int) -> bool:
        handle.seek(offset)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_byte(handle: IO[bytes], offset: int) -> None:
        handle.seek(offset)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes], offset: int) -> bool:
        try:
            fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset)
        except (BlockingIOError, PermissionError):
            return False
        return True

    def _unlock_byte(handle: IO[bytes], offset: int) -> None:
        fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, 1, offset)


@contextmanager
def _transaction_turn(database: Database, user_id: int, name: str) -> Iterator[Turn]:
    with database.transaction() as session:
        if session.get_bind().dialect.name == "postgresql":
            wait_ms = int(TURN_WAIT_S * 1000)
            session.execute(text(f"SET LOCAL lock_timeout = {wait_ms}"))
            lock = select(func.pg_advisory_xact_lock(SIGN_IN_LOCKS, user_id))
        else:
            lock = select(User.id).where(User.id == user_id).with_for_update()
        try:
            session.execute(lock)
        except OperationalError as error:
            if "lock timeout" not in str(error):
                raise
            raise _busy(name) from error
        yield _OneTransaction(session)


def cannot_count(name: str, why: str) -> SignInError:
    """Fail closed: where a wrong PIN cannot be counted, no PIN is checked at all."""
    return SignInError(
        tr(
            "{name} cannot sign in: {why}, so a wrong PIN could not be counted and no PIN "
            "was checked. Open a writable copy of the database."
        ).format(name=name, why=why)
    )


def _busy(name: str) -> SignInError:
    return SignInError(
        tr(
            "another sign-in as {name} is still being checked; no PIN was checked, try again"
        ).format(name=name)
    )
