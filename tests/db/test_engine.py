"""Connections as db/engine.py sets them up: pragmas, foreign keys, readers beside a
writer, and how a SQLite writer waits for another process's write lock."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from inventory_app.db import engine
from inventory_app.db.engine import Database
from inventory_app.db.faults import DatabaseBusy
from inventory_app.domain.catalogue import Reason
from inventory_app.services.ledger.movements import on_hand, record_movement
from tests.conftest import make_item


@contextmanager
def another_writer(db: Database, seconds: float) -> Iterator[None]:
    """Inside: another terminal holds the write lock, for `seconds` from the start."""
    taken = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(_path(db), seconds, taken))
    holder.start()
    taken.wait()
    try:
        yield
    finally:
        holder.join()


def _hold_write_lock(path: str, seconds: float, taken: threading.Event) -> None:
    """Another terminal: takes the write lock and keeps it `seconds`."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    taken.set()
    time.sleep(seconds)
    other.execute("COMMIT")
    other.close()


def _path(db: Database) -> str:
    path = engine.sqlite_path(db.url)
    assert path is not None
    return str(path)


def test_a_writer_takes_the_lock_as_soon_as_another_lets_go(sqlite_db: Database) -> None:
    with sqlite_db.transaction() as s:
        item = make_item(s)
    with another_writer(sqlite_db, 0.3):
        began = time.monotonic()
        with sqlite_db.transaction() as s:
            record_movement(s, item, Decimal(700), Reason.RECEIVE, author="owner")
        waited = time.monotonic() - began
    with sqlite_db.reading() as s:
        assert on_hand(s, item) == Decimal(700)
    assert 0.25 < waited < 5, "it waited for the lock, then wrote, within the busy timeout"


def test_the_busy_timeout_is_back_after_waiting(sqlite_db: Database) -> None:
    with another_writer(sqlite_db, 0.1), sqlite_db.transaction() as s:
        timeout = s.connection().exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert timeout == engine.BUSY_TIMEOUT_MS


def test_a_lock_held_past_the_busy_timeout_is_an_error_that_changes_nothing(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    with sqlite_db.transaction() as s:
        item = make_item(s)
    locked = pytest.raises(DatabaseBusy, match="is busy: another terminal or program")
    with another_writer(sqlite_db, 1.5), locked, sqlite_db.transaction() as s:
        record_movement(s, item, Decimal(700), Reason.RECEIVE, author="owner")
    with sqlite_db.reading() as s:
        assert on_hand(s, item) == 0


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() >= 5000


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO movements (at, item_id, delta, reason, reference, author, note)"
                " VALUES (CURRENT_TIMESTAMP, 999, 1, 'waste', '', 'owner', '')"
            )
        )


def test_readers_do_not_wait_for_a_writer(sqlite_db: Database) -> None:
    db = sqlite_db
    with db.transaction() as s:
        make_item(s)
    with db.transaction() as writer:
        record_movement(writer, 1, Decimal(5), Reason.RECEIVE, author="owner")
        with db.reading() as reader:  # would wait the busy timeout under BEGIN IMMEDIATE
            assert reader.scalar(text("SELECT count(*) FROM movements")) == 0


@pytest.mark.parametrize(
    ("url", "readable"),
    [
        ("sqlite:///bar.sqlite3", True),
        ("postgresql+psycopg://owner:secret@host/bar", True),
        ("bar.sqlite3", False),
        ("", False),
        ("not a url at all", False),
    ],
)
def test_is_database_url(url: str, readable: bool) -> None:
    assert engine.is_database_url(url) is readable
