"""SQLite's own checks at start-up and before a restore, on real damaged files."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from inventory_app.db.backups import BackupFile, Reason, make_backup
from inventory_app.db.file_checks import (
    DamagedDatabase,
    FileCheck,
    check_ours,
    file_problems,
    newest_good_backup,
)
from inventory_app.db.migrate import head_revision, open_database
from inventory_app.domain.errors import InputError
from tests.db.damage import damage_pages, demo_file


def test_a_sound_file_has_no_problems(tmp_path: Path) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    assert file_problems(bar) == []
    assert file_problems(bar, thorough=True) == []


def test_garbage_in_the_middle_is_found_by_the_quick_check(tmp_path: Path) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    damage_pages(bar)
    problems = file_problems(bar)
    assert problems and all(p.startswith("Page ") for p in problems)
    assert len(problems) <= 3


def test_a_file_that_is_not_sqlite_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "bar.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    assert file_problems(path) == ["file is not a database"]


def test_the_newest_good_backup_skips_damaged_ones(tmp_path: Path) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    older = make_backup(bar, Reason.DAILY, now=lambda: datetime(2026, 11, 21, 18, 0))
    newer = make_backup(bar, Reason.DAILY, now=lambda: datetime(2026, 11, 22, 18, 0))
    assert newest_good_backup(bar).path == newer  # type: ignore[union-attr]
    damage_pages(newer)
    assert newest_good_backup(bar).path == older  # type: ignore[union-attr]
    damage_pages(older)
    assert newest_good_backup(bar) is None


def test_one_of_ours_gives_its_revision(tmp_path: Path) -> None:
    assert check_ours(demo_file(tmp_path / "bar.sqlite3")) == head_revision()


def _foreign_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    return path


def _damaged(path: Path) -> Path:
    damage_pages(demo_file(path))
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such file"),
        (lambda p: p.write_bytes(b"PK\x03\x04 a zip, say") and p, "not a SQLite database"),
        (_foreign_sqlite, "a SQLite database, but not ours: no alembic_version, items, movements"),
        (_damaged, "fails the integrity check: Page "),
    ],
    ids=["missing", "not-sqlite", "foreign", "damaged"],
)
def test_anything_else_is_refused(tmp_path: Path, make: object, message: str) -> None:
    path = tmp_path / "candidate.sqlite3"
    make(path)  # type: ignore[operator]
    with pytest.raises(InputError, match=message) as caught:
        check_ours(path)
    assert caught.value.file == str(path)


def _advice(_good: BackupFile | None) -> str:
    return "restore it"


def test_the_check_on_its_thread_finds_a_sound_file_sound_then_runs_its_follow_up(
    tmp_path: Path,
) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    followed: list[str] = []
    check = FileCheck(bar, advice=_advice, then=lambda: followed.append("backup"))
    assert check.damage() is None
    check.require_sound()
    check.join()
    assert check.finished and followed == ["backup"]


def test_the_check_finds_damage_and_the_good_backup_and_skips_the_follow_up(
    tmp_path: Path,
) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    good = make_backup(bar, Reason.DAILY, now=lambda: datetime(2026, 11, 22, 18, 0))
    damage_pages(bar)
    followed: list[str] = []
    check = FileCheck(bar, advice=_advice, then=lambda: followed.append("backup"))
    damage = check.damage()
    assert damage is not None and damage.good_backup is not None
    assert damage.good_backup.path == good and damage.problems[0].startswith("Page ")
    with pytest.raises(DamagedDatabase, match="restore it"):
        check.require_sound()
    check.join()
    assert followed == []
    check.restored()  # a good backup is back in place: writes may go ahead
    check.require_sound()


def test_writes_wait_for_the_verdict_and_a_damaged_file_gets_none(tmp_path: Path) -> None:
    """The window reads while the check runs; nothing is written before it has passed."""
    bar = demo_file(tmp_path / "bar.sqlite3")
    damage_pages(bar)
    check = FileCheck(bar, advice=_advice)
    database = open_database(f"sqlite:///{bar}", before_write=check.require_sound)
    before = bar.read_bytes()
    try:
        with pytest.raises(DamagedDatabase), database.transaction() as session:
            session.execute(text("CREATE TABLE written (id INTEGER)"))
    finally:
        database.dispose()
    assert bar.read_bytes() == before
    assert check.finished


def test_a_sound_file_is_written_once_the_check_has_passed(tmp_path: Path) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    gate = threading.Event()
    check = FileCheck(bar, advice=_advice)
    waited: list[bool] = []

    def before_write() -> None:
        waited.append(gate.is_set())
        check.require_sound()

    database = open_database(f"sqlite:///{bar}", before_write=before_write)
    gate.set()
    try:
        with database.transaction() as session:
            session.execute(text("CREATE TABLE written (id INTEGER)"))
        with database.reading() as session:
            assert session.execute(text("SELECT count(*) FROM written")).scalar() == 0
    finally:
        database.dispose()
    assert waited == [True]  # asked at the write, not at the open (the file was at head)
