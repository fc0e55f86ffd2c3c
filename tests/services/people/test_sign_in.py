"""Signing in under pressure: a held write lock, forty terminals racing, a read-only file."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from inventory_app.db import engine
from inventory_app.db.engine import Database, sqlite_path
from inventory_app.db.faults import DatabaseBusy
from inventory_app.db.migrate import open_database
from inventory_app.db.models import AuditEntry, User
from inventory_app.db.sign_in_turns import sidecar
from inventory_app.domain.errors import SignInError
from inventory_app.domain.permissions import Actor, Role
from inventory_app.services.people import roster as people
from inventory_app.services.people.sign_in import sign_in

T0 = datetime(2026, 11, 21, 20, 0)
RACERS = 40


@pytest.fixture
def bar(db: Database) -> Database:
    """The owner has PIN 1234, giulia (bartender) 1111."""
    with db.transaction() as s:
        people.set_secret(s, "owner", "1234", author="owner")
        people.set_secret(s, "giulia", "1111", author="owner")
    return db


def audit_notes(db: Database) -> Counter[str]:
    with db.reading() as s:
        query = select(AuditEntry.action, AuditEntry.note).where(AuditEntry.entity == "user")
        return Counter(f"{action}: {note}" for action, note in s.execute(query))


def giulia(db: Database) -> tuple[int, datetime | None]:
    with db.reading() as s:
        query = select(User.failed_attempts, User.locked_until).where(User.key == "giulia")
        failures, until = s.execute(query).one()
        return failures, until


def test_a_right_pin_signs_in_while_another_terminal_holds_the_write_lock(
    bar: Database, tmp_path: Path
) -> None:
    path = sqlite_path(bar.url)
    if path is None:
        pytest.skip("SQLite's write lock; PostgreSQL has none for a whole database")
    before = audit_notes(bar)
    importer = sqlite3.connect(path, isolation_level=None, timeout=0)
    importer.execute("BEGIN IMMEDIATE")  # a long import: it holds the write lock throughout
    try:
        assert sign_in(bar, "giulia", "1111", now=T0) == Actor("giulia", Role.BARTENDER)
        assert sign_in(bar, "Owner", "1234", now=T0) == Actor("owner", Role.OWNER)
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    assert audit_notes(bar) == before, "a right PIN wrote nothing"


def test_a_wrong_pin_whose_count_could_not_be_written_is_counted_before_the_next_check(
    bar: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import holds the write lock past the busy timeout: the count waits, owed."""
    path = sqlite_path(bar.url)
    if path is None:
        pytest.skip("SQLite's write lock")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    importer = sqlite3.connect(path, isolation_level=None, timeout=0)
    importer.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="busy"):
            sign_in(bar, "giulia", "0000", now=T0)  # verified, but its count cannot be written
        with pytest.raises(DatabaseBusy, match="busy"):
            sign_in(bar, "giulia", "1111", now=T0)  # not even the right PIN is checked now
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    with pytest.raises(SignInError, match="Wrong PIN for giulia: 3 tries left"):
        sign_in(bar, "giulia", "0000", now=T0)
    notes = audit_notes(bar)
    assert notes["sign_in_failed: wrong PIN (1), counted late: its own write had failed"] == 1
    assert notes["sign_in_failed: wrong PIN (2)"] == 1
    assert sign_in(bar, "giulia", "1111", now=T0).name == "giulia"
    assert giulia(bar) == (0, None)


def test_a_right_pin_after_failures_clears_them_in_one_write(bar: Database) -> None:
    for _ in range(2):
        with pytest.raises(SignInError, match="tries left"):
            sign_in(bar, "giulia", "0000", now=T0)
    assert giulia(bar) == (2, None)
    assert sign_in(bar, "giulia", "1111", now=T0).name == "giulia"
    assert giulia(bar) == (0, None)


def _racer(url: str, pin: str, start: Barrier, results: Any) -> None:
    """Another terminal: opens the bar, waits for the others, then tries its PIN."""
    database = open_database(url)
    start.wait()
    try:
        sign_in(database, "giulia", pin, now=T0)
        results.put("signed in")
    except SignInError as error:
        results.put(str(error))
    finally:
        database.dispose()


def race(db: Database, pins: list[str]) -> list[str]:
    """Every PIN from its own process, all released at once; what each was told."""
    db.dispose()  # no connection of this process is carried into the children
    forked = multiprocessing.get_context("fork")
    start = forked.Barrier(len(pins))
    results = forked.Queue()
    racers = [forked.Process(target=_racer, args=(db.url, pin, start, results)) for pin in pins]
    for process in racers:
        process.start()
    told = [results.get(timeout=120) for _ in racers]
    for process in racers:
        process.join(timeout=30)
        assert process.exitcode == 0
    return told


def test_forty_terminals_with_wrong_pins_verify_five_then_the_lock_holds(bar: Database) -> None:
    told = Counter(race(bar, ["0000"] * RACERS))
    assert told == {
        "Wrong PIN for giulia: 4 tries left before a one-minute lock": 1,
        "Wrong PIN for giulia: 3 tries left before a one-minute lock": 1,
        "Wrong PIN for giulia: 2 tries left before a one-minute lock": 1,
        "Wrong PIN for giulia: 1 try left before a one-minute lock": 1,
        "Wrong PIN for giulia: giulia is now locked for 60 seconds after five wrong PINs": 1,
        "giulia is locked for 60 more seconds after five wrong PINs": RACERS - 5,
    }
    # The audit log has one line per PIN verified and found wrong: five, whatever the race.
    notes = audit_notes(bar)
    assert [notes[f"sign_in_failed: wrong PIN ({n})"] for n in range(1, 7)] == [1] * 5 + [0]
    assert notes["sign_in_failed: tried while locked"] == RACERS - 5
    assert notes["locked: locked for 60 s"] == 1
    # The right PIN, after the race, is refused while the lock lasts and clears nothing.
    with pytest.raises(SignInError, match="giulia is locked for 59 more seconds"):
        sign_in(bar, "giulia", "1111", now=T0 + timedelta(seconds=1))
    assert giulia(bar) == (0, T0 + timedelta(seconds=60))
    assert sign_in(bar, "giulia", "1111", now=T0 + timedelta(seconds=60)).name == "giulia"
    assert giulia(bar) == (0, None)


def test_the_right_pin_racing_wrong_ones_never_unlocks_a_lock(bar: Database) -> None:
    """Whenever the right PIN's turn comes, the wrong ones verified around it stay few."""
    told = race(bar, ["0000"] * (RACERS - 1) + ["1111"])
    notes = audit_notes(bar)
    verified_wrong = sum(notes[f"sign_in_failed: wrong PIN ({n})"] for n in range(1, 6))
    if "signed in" in told:  # its turn came before the lock: it cleared at most four failures
        assert 5 <= verified_wrong <= 4 + 5
    else:  # its turn came after the lock: refused unverified
        assert verified_wrong == 5
    assert notes["locked: locked for 60 s"] == 1, "the 35 or more after it still locked giulia"


@pytest.fixture
def read_only_copy(bar: Database, tmp_path: Path) -> Iterator[Database]:
    """The bar seen through a read-only bind mount: refused writes bind root too.

    Another terminal keeps the bar open on the writable side, so its -wal and -shm
    files exist and SQLite can read through the mount.
    """
    path = sqlite_path(bar.url)
    if path is None:
        pytest.skip("a SQLite file on a read-only disk")
    other_terminal = sqlite3.connect(path)
    other_terminal.execute("SELECT count(*) FROM users").fetchall()
    mounted = tmp_path / "read-only"
    mounted.mkdir()
    done = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(path.parent), str(mounted)],
        capture_output=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        other_terminal.close()
        pytest.skip(f"no read-only bind mount here: {done.stderr.decode().strip()}")
    database = open_database(f"sqlite:///{mounted / path.name}")
    try:
        yield database
    finally:
        database.dispose()
        subprocess.run(["umount", "--lazy", str(mounted)], check=True)  # a pooled handle may linger
        other_terminal.close()


def test_a_read_only_database_checks_no_pin(bar: Database, read_only_copy: Database) -> None:
    for pin in ("1111", "0000"):
        with pytest.raises(SignInError) as caught:
            sign_in(read_only_copy, "giulia", pin, now=T0)
        assert str(caught.value).startswith("giulia cannot sign in: ")
        assert str(caught.value).endswith(
            "is on a read-only disk, so a wrong PIN could not be counted and no PIN was "
            "checked. Open a writable copy of the database."
        )
    assert giulia(bar) == (0, None)


def test_a_folder_without_room_for_the_lock_file_checks_no_pin(bar: Database) -> None:
    path = sqlite_path(bar.url)
    if path is None:
        pytest.skip("the SQLite sidecar lock")
    sidecar(path).mkdir()  # a lock file that can never be opened, for root too
    with pytest.raises(SignInError, match="giulia cannot sign in: the sign-in lock beside"):
        sign_in(bar, "giulia", "1111", now=T0)
    assert giulia(bar) == (0, None)


def test_a_read_only_postgresql_database_checks_no_pin(bar: Database) -> None:
    """`default_transaction_read_only` binds every role: the server refuses each write."""
    if bar.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL database that takes no writes")
    name = make_url(bar.url).database
    with bar.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    bar.dispose()  # new connections are read-only from here on
    for pin in ("1111", "0000"):
        with pytest.raises(SignInError) as caught:
            sign_in(bar, "giulia", pin, now=T0)
        assert str(caught.value) == (
            "giulia cannot sign in: the PostgreSQL server takes no writes (read-only), so a "
            "wrong PIN could not be counted and no PIN was checked. Open a writable copy of "
            "the database."
        )
    assert giulia(bar) == (0, None)
