"""Engine and session set-up: the entry point builds one and passes it down."""

from __future__ import annotations

import random
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

# The handle `Database.reading()` and `transaction()` give, re-exported: the front ends name
# it when they hand it to a service, and import nothing of SQLAlchemy themselves.
from sqlalchemy.orm import Session as Session
from sqlalchemy.orm import sessionmaker

from inventory_app.db.fault_naming import named_faults
from inventory_app.db.faults import holders_text, lock_holders
from inventory_app.i18n.catalogue import tr

BUSY_TIMEOUT_MS = 10_000  # a writer waits this long for another
POLL_S = (0.0005, 0.002)  # between two tries for the write lock (see _poll_write_lock)
SAY_WAITING_AFTER_S = 0.5  # a wait this long is said (Database.while_waiting)
WAIT_NOTICE = "inventory_wait_notice"  # execution option: who hears that a write waits


def user_folder() -> Path:
    """The platform's user data folder: the bar's own database and the error log live here."""
    return Path(user_data_dir("inventory-app", appauthor=False))


def default_url() -> str:
    """The bar's own SQLite file in the platform's user data folder."""
    return f"sqlite:///{user_folder() / 'inventory.sqlite3'}"


def is_database_url(url: str) -> bool:
    """Whether the text reads as a database URL (the front ends say which option was wrong)."""
    try:
        make_url(url)
    except ArgumentError:
        return False
    return True


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# The bar's durability setting (services/settings.py checks it; README: Reliability).
# NORMAL in WAL mode may lose the last commits on a power cut, never the file; FULL
# syncs the WAL at every commit and loses none.
SYNCHRONOUS_SETTING = "synchronous"
SYNCHRONOUS_MODES = ("normal", "full")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 opens implicit transactions lazily; we issue BEGIN ourselves
    # (see _sqlite_begin) so that a write transaction takes its lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=0")  # the setting is read without waiting for a lock
    cursor.execute(f"PRAGMA synchronous={_synchronous(cursor)}")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _synchronous(cursor: Any) -> str:
    """The bar's chosen mode, read from its settings table at every new connection.

    A file without the table (a new one, before its migration) has the default; a
    setting that cannot be read at once (a lock another process holds, a damaged page)
    gets FULL, so durability never weakens silently and opening never waits here.
    """
    try:
        found = cursor.execute(
            "SELECT value FROM settings WHERE key = ?", (SYNCHRONOUS_SETTING,)
        ).fetchone()
    except sqlite3.OperationalError as error:
        return "NORMAL" if "no such table" in str(error) else "FULL"
    except sqlite3.DatabaseError:
        return "FULL"
    return "FULL" if found and found[0] == "full" else "NORMAL"


READ_ONLY = "inventory_read_only"


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE: a writer takes the write lock at BEGIN, so two writers wait on the
    # busy timeout instead of failing half-way with "database is locked". Readers
    # (Database.reading) begin DEFERRED and never wait for a writer under WAL.
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN")
        return
    notice = conn.get_execution_options().get(WAIT_NOTICE)
    if not _poll_write_lock(conn.connection.dbapi_connection, _say(notice, conn.engine)):
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the last try; Database names its error


def _say(notice: Callable[[str], None] | None, engine: Engine) -> Callable[[], None]:
    """The words for a write that waits, naming who holds the lock when the system says."""

    def say() -> None:
        if notice is None:
            return
        path = sqlite_path(engine.url.render_as_string(hide_password=False))
        holders = lock_holders(path) if path is not None else []
        notice(
            tr("{who} is writing to the database; waiting up to {seconds} s…").format(
                who=holders_text(holders), seconds=BUSY_TIMEOUT_MS // 1000
            )
        )

    return say


def _poll_write_lock(dbapi_connection: Any, say: Callable[[], None] = lambda: None) -> bool:
    """BEGIN IMMEDIATE, retried every millisecond or two for up to the busy timeout.

    SQLite's own busy handler sleeps up to 100 ms between tries, so with several
    terminals writing a waiter can keep missing the lock for seconds while the others
    take turns (measured in tests/robustness: 4 s for one sale). Short, jittered polls
    take it at the next gap. Nothing has run yet, so a retry replays nothing. A wait
    longer than SAY_WAITING_AFTER_S is said once (`say`), so nobody thinks it froze.
    False (no transaction begun) when the time ran out or the error was not BUSY.
    """
    began = time.monotonic()
    deadline, said = began + BUSY_TIMEOUT_MS / 1000, False
    dbapi_connection.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as error:
                busy = error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY  # BUSY_RECOVERY too
                if not busy or time.monotonic() > deadline:
                    return False
            if not said and time.monotonic() - began > SAY_WAITING_AFTER_S:
                said = True
                say()
            time.sleep(random.uniform(*POLL_S))
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _no_wait() -> None:
    """Writes need nothing first (no start-up check is running)."""


def _quiet(_message: str) -> None:
    """Nobody is told that a write waits (tests, scripts)."""


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


@dataclass
class Database:
    """An open database: the engine and the session factory built on it.

    `before_write` runs before every write transaction: the window opens the bar while
    its file is still being checked, and writes wait there for the check's verdict
    (db/file_checks.py FileCheck), refused when the file is damaged. `while_waiting`
    hears it when a write waits for another terminal's lock (the command line prints
    it, the window shows it in its status bar). A driver error that names a fault
    (busy, read-only, full, I/O, damage: db/faults.py) comes out of a session as it.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    before_write: Callable[[], None] = field(default=_no_wait, compare=False, repr=False)
    while_waiting: Callable[[str], None] = field(default=_quiet, compare=False, repr=False)
    _writer: Engine = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Every write's connection carries the notice, read at its BEGIN (_sqlite_begin).
        self._writer = self.engine.execution_options(**{WAIT_NOTICE: _WaitRelay(self)})

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error.

        An error may carry `after_rollback` (a refused permission, a wrong PIN): work
        that must survive the rollback, so it runs here in a transaction of its own.
        """
        self.before_write()
        try:
            with (
                named_faults(self.label),
                self.sessions(bind=self._writer) as session,
                session.begin(),
            ):
                yield session
        except Exception as exc:
            follow_up = getattr(exc, "after_rollback", None)
            if follow_up is not None:
                self._after_rollback(exc, follow_up)
            raise

    def _after_rollback(self, exc: Exception, follow_up: Any) -> None:
        try:
            with self.sessions.begin() as session:
                follow_up(session)
        except Exception as failure:  # the refusal still stands; say why its trace is missing
            exc.add_note(f"(its audit line could not be written: {failure})")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: it takes no write lock, so it never waits for a writer."""
        with named_faults(self.label), self.sessions() as session:
            session.connection(execution_options={READ_ONLY: True})
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def label(self) -> str:
        """How the status bar and messages name this database (no password)."""
        return label_of(self.url)


class _WaitRelay:
    """Passes a waiting write's words to its Database's `while_waiting`, read at that moment.

    It holds the database weakly: a strong reference from the engine's options back to
    the database would make a cycle, and a window closed would live on until Python's
    cycle collector came by.
    """

    def __init__(self, database: Database) -> None:
        self._database = weakref.ref(database)

    def __call__(self, message: str) -> None:
        database = self._database()
        if database is not None:
            database.while_waiting(message)


def label_of(url: str) -> str:
    """A SQLite file's path, else the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)
