"""Turns per person for checking a PIN (db/sign_in_turns.py), held across processes."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from inventory_app.db import sign_in_turns
from inventory_app.db.engine import Database, sqlite_path
from inventory_app.db.sign_in_turns import file_read_only, person_turn, sidecar
from inventory_app.domain.errors import SignInError

ANNA, GIULIA = 1, 2  # user ids: the byte of each in the sidecar file

# Another process holds one person's byte of the sidecar file until its stdin closes.
_HOLDER = """
import fcntl, sys
with open(sys.argv[1], "r+b", buffering=0) as handle:
    fcntl.lockf(handle.fileno(), fcntl.LOCK_EX, 1, int(sys.argv[2]))
    print("held", flush=True)
    sys.stdin.read()
"""


BUSY = "another sign-in as giulia is still being checked; no PIN was checked, try again"


def refusal(database: Database, user_id: int, name: str) -> str:
    """Why that person's turn is refused now (the test fails if it is given)."""
    with pytest.raises(SignInError) as caught, person_turn(database, user_id, name):
        pass
    return str(caught.value)


@pytest.fixture
def short_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A turn not had within 0.3 s is refused (30 s in use)."""
    monkeypatch.setattr(sign_in_turns, "TURN_WAIT_S", 0.3)


@contextmanager
def byte_held_by_another_process(database: Database, user_id: int) -> Iterator[None]:
    path = sqlite_path(database.url)
    assert path is not None
    sidecar(path).touch()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(sidecar(path)), str(user_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_the_sidecar_sits_beside_the_database() -> None:
    assert sidecar(Path("/bar/bar.sqlite3")) == Path("/bar/bar.sqlite3.sign-in")


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("", None),
        ("?mode=ro", "the database was opened read-only"),
        ("?immutable=1", "the database was opened read-only"),
    ],
)
def test_a_file_opened_read_only_is_named(tmp_path: Path, query: str, why: str | None) -> None:
    path = tmp_path / "bar.sqlite3"
    path.touch()
    assert file_read_only(f"sqlite:///{path}{query}") == why


def test_a_file_not_made_yet_is_not_called_read_only(tmp_path: Path) -> None:
    assert file_read_only(f"sqlite:///{tmp_path / 'new.sqlite3'}") is None


def test_a_verification_owed_is_kept_for_that_person_alone(sqlite_db: Database) -> None:
    """What one turn marks as verified but not counted, the next turn of that person finds,
    in the sidecar file beside the database; another person's byte is their own."""
    with person_turn(sqlite_db, GIULIA, "giulia") as turn:
        assert not turn.owed()
        turn.owe(True)
    with person_turn(sqlite_db, ANNA, "anna") as turn:
        assert not turn.owed()
    with person_turn(sqlite_db, GIULIA, "giulia") as turn:
        assert turn.owed()
        turn.owe(False)
    with person_turn(sqlite_db, GIULIA, "giulia") as turn:
        assert not turn.owed()
    path = sqlite_path(sqlite_db.url)
    assert path is not None and sidecar(path).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the other process locks with fcntl")
def test_a_turn_held_by_another_process_is_refused_after_the_wait(
    sqlite_db: Database, short_turns: None
) -> None:
    with byte_held_by_another_process(sqlite_db, GIULIA):
        assert refusal(sqlite_db, GIULIA, "giulia") == BUSY
        with person_turn(sqlite_db, ANNA, "anna") as turn:  # another person's turn is free
            assert not turn.owed()
    with person_turn(sqlite_db, GIULIA, "giulia") as turn:  # and so is hers once let go
        assert not turn.owed()


def test_the_threads_of_one_process_take_turns(sqlite_db: Database, short_turns: None) -> None:
    """POSIX record locks belong to the process: its threads queue on a plain lock first."""
    inside, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with person_turn(sqlite_db, ANNA, "anna"):
            inside.set()
            leave.wait(timeout=10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert inside.wait(timeout=10)
        assert refusal(sqlite_db, GIULIA, "giulia") == BUSY
    finally:
        leave.set()
        holder.join()


def test_a_file_opened_read_only_gives_no_turn(sqlite_db: Database) -> None:
    """Fail closed: where a wrong PIN could not be counted, no turn, so no PIN is checked."""
    read_only = replace(sqlite_db, url=f"{sqlite_db.url}?mode=ro")
    assert refusal(read_only, ANNA, "anna").startswith(
        "anna cannot sign in: the database was opened read-only, so a wrong PIN"
    )


def test_a_server_turn_waits_for_the_same_person_only(db: Database, short_turns: None) -> None:
    """PostgreSQL: an advisory lock per person, for the length of the check's transaction."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("the PostgreSQL advisory lock")
    inside, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with person_turn(db, GIULIA, "giulia"):
            inside.set()
            leave.wait(timeout=10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert inside.wait(timeout=10)
        assert refusal(db, GIULIA, "giulia") == BUSY
        with person_turn(db, ANNA, "anna") as turn, turn.read() as session:
            assert not turn.owed() and turn.read_only(session) is None
    finally:
        leave.set()
        holder.join()
