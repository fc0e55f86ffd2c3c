"""Backup files: a consistent copy under a temporary name, names that say why, rotation."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from inventory_app.db.backups import (
    Reason,
    copy_database,
    has_backup_on,
    list_backups,
    make_backup,
    rotate,
)
from inventory_app.db.migrate import open_database
from inventory_app.i18n.catalogue import ITALIAN, in_language
from inventory_app.services.catalogue.items import item_count
from tests.db.damage import demo_file, items_in

START = datetime(2026, 11, 23, 22, 15, 0)


def clock(start: datetime = START, step: timedelta = timedelta(hours=1)) -> Callable[[], datetime]:
    moments = iter(start + step * n for n in range(1000))
    return lambda: next(moments)


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    return demo_file(tmp_path / "bar.sqlite3")


def test_a_backup_is_named_for_when_and_why_and_holds_the_bar(bar: Path) -> None:
    written = make_backup(bar, Reason.DAILY, now=lambda: START)
    assert written == bar.parent / "backups" / "bar-2026-11-23T221500-daily.sqlite3"
    assert items_in(written) == 69
    [listed] = list_backups(bar)
    assert (listed.path, listed.taken, listed.reason) == (written, START, Reason.DAILY)
    assert listed.size == written.stat().st_size > 0


def test_a_backup_is_one_self_contained_file(bar: Path) -> None:
    written = make_backup(bar, Reason.MANUAL)
    with sqlite3.connect(written) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]


def test_two_backups_in_the_same_second_keep_both(bar: Path) -> None:
    first = make_backup(bar, Reason.MANUAL, now=lambda: START)
    second = make_backup(bar, Reason.MANUAL, now=lambda: START)
    assert (first.name, second.name) == (
        "bar-2026-11-23T221500-manual.sqlite3",
        "bar-2026-11-23T221500-manual-2.sqlite3",
    )
    assert len(list_backups(bar)) == 2


def test_the_copy_sees_what_an_open_writer_committed(tmp_path: Path) -> None:
    """The live database in WAL mode: committed pages still in the -wal are in the copy."""
    path = demo_file(tmp_path / "bar.sqlite3")
    database = open_database(f"sqlite:///{path}")
    with database.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM recipe_lines")
    written = make_backup(path, Reason.MANUAL)
    with sqlite3.connect(written) as copy:
        assert copy.execute("SELECT count(*) FROM recipe_lines").fetchone() == (0,)
    with database.reading() as session:
        assert item_count(session) == 69
    database.dispose()


def test_rotation_keeps_the_newest(bar: Path) -> None:
    now = clock()
    for _ in range(5):
        make_backup(bar, Reason.DAILY, keep=3, now=now)
    kept = list_backups(bar)
    assert [b.taken.hour for b in kept] == [2, 1, 0]  # 02:15, 01:15, 00:15 the next day
    assert rotate(bar, keep=1) == [kept[1].path, kept[2].path]
    assert [b.path for b in list_backups(bar)] == [kept[0].path]


def test_out_writes_one_file_and_leaves_the_folder_alone(bar: Path, tmp_path: Path) -> None:
    make_backup(bar, Reason.DAILY, keep=1, now=lambda: START)
    out = tmp_path / "usb" / "copy.sqlite3"
    assert make_backup(bar, Reason.MANUAL, keep=1, out=out) == out
    assert items_in(out) == 69
    assert len(list_backups(bar)) == 1


def test_a_half_written_or_foreign_file_is_not_a_backup(bar: Path) -> None:
    make_backup(bar, Reason.DAILY, now=lambda: START)
    folder = bar.parent / "backups"
    (folder / ".bar-2026-11-24T010000-daily.sqlite3.0a1b2c3d.partial").write_bytes(b"half")
    (folder / "other-2026-11-24T010000-daily.sqlite3").write_bytes(b"not ours")
    (folder / "bar-2026-11-24T010000-whim.sqlite3").write_bytes(b"unknown reason")
    (folder / "bar-2-2026-11-24T010000-daily.sqlite3").write_bytes(b"another database")
    assert [b.taken for b in list_backups(bar)] == [START]


def test_half_files_a_crash_left_go_with_the_next_rotation(bar: Path) -> None:
    """Old `.partial` files are deleted; a young one (a copy under way elsewhere) stays."""
    folder = bar.parent / "backups"
    folder.mkdir()
    stale = folder / ".bar-2026-11-20T010000-daily.sqlite3.0a1b2c3d.partial"
    young = folder / ".bar-2026-11-24T010000-manual.sqlite3.4e5f6a7b.partial"
    other = folder / ".other-2026-11-20T010000-daily.sqlite3.0a1b2c3d.partial"
    for half in (stale, young, other):
        half.write_bytes(b"half")
    day_old = time.time() - 24 * 3600
    os.utime(stale, (day_old, day_old))
    os.utime(other, (day_old, day_old))
    make_backup(bar, Reason.DAILY, now=lambda: START)
    assert not stale.exists()
    assert young.exists() and other.exists()  # under way, or another database's
    assert [b.taken for b in list_backups(bar)] == [START]


def test_a_failed_copy_leaves_no_file(bar: Path, tmp_path: Path) -> None:
    """A crash while copying leaves at most a .partial file, which nobody lists or restores."""
    target = tmp_path / "backups" / "bar-2026-11-23T221500-manual.sqlite3"
    with pytest.raises(sqlite3.OperationalError):
        copy_database(tmp_path / "missing.sqlite3", target)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_has_backup_on_a_day_for_a_reason(bar: Path) -> None:
    make_backup(bar, Reason.MANUAL, now=lambda: START)
    assert not has_backup_on(bar, date(2026, 11, 23), Reason.DAILY)
    make_backup(bar, Reason.DAILY, now=lambda: START)
    assert has_backup_on(bar, date(2026, 11, 23), Reason.DAILY)
    assert not has_backup_on(bar, date(2026, 11, 24), Reason.DAILY)


BACKUP_REASON_LABELS = [
    (Reason.DAILY, "daily", "giornaliero"),
    (Reason.MANUAL, "manual", "manuale"),
    (Reason.BEFORE_MIGRATION, "before-migration", "prima dell'aggiornamento"),
    (Reason.BEFORE_RESTORE, "before-restore", "prima del ripristino"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), BACKUP_REASON_LABELS)
def test_backup_reason_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_backup_reason_value_has_a_label() -> None:
    assert all(value.label for value in Reason)
