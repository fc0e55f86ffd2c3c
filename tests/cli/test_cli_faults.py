"""Each fault as a person meets it on the command line: its message, its exit status, and
never a restore offered for a file that is only busy, read-only, full or failing (issue 14).

The faults are real (tests/db/fault_kit.py): another process holding the lock, a read-only
mount, a full tmpfs, a removed -wal under an open reader, a flipped byte.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from inventory_app import cli
from inventory_app.db import backups, engine
from inventory_app.db.backups import Reason, list_backups, make_backup
from inventory_app.db.migrate import open_database
from tests.cli.test_cli import run
from tests.commands.running import TRACEBACK
from tests.conftest import make_item
from tests.db.damage import demo_file, items_in
from tests.db.fault_kit import (
    files_of,
    fill,
    flip_index_page,
    lock_held_by_another_process,
    read_only_folder,
    reader_open,
    small_disk,
)

OWNER = {"INVENTORY_APP_USER": "owner", "INVENTORY_APP_PIN": "1234"}


@pytest.fixture(autouse=True)
def signed_in_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo bar has PINs, so every command names the demo owner (README)."""
    for key, value in OWNER.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("INVENTORY_APP_DB", raising=False)


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    """The demo bar alone in a folder, with one good backup."""
    path = demo_file(tmp_path / "bar" / "bar.sqlite3")
    make_backup(path, Reason.DAILY)
    return path


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _no_restore_advice(err: str) -> None:
    assert "inventory-app restore" not in err and "Restore it" not in err
    assert "is damaged" not in err and TRACEBACK not in err


def _sales(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM sales").fetchone()[0])
    finally:
        connection.close()  # an open connection would keep SQLite's exclusive mode out


def test_a_lock_held_past_the_wait_makes_stock_sell_and_restore_busy(
    bar: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is held longer than the wait; `restore` is refused, whoever asks.

    Both waits are cut to 0.3 s, as in tests/db/test_faults.py: the writer's busy timeout
    and the check's (CHECK_WAIT_S, 5 s by default, met by every command here): 20 s -> 2 s.
    """
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(backups, "CHECK_WAIT_S", 0.3)
    url = f"sqlite:///{bar}"
    [backup] = list_backups(bar)
    sales = _sales(bar)
    commands = [["stock"], ["sell", "negroni"], ["restore", str(backup.path)]]
    with lock_held_by_another_process(bar, exclusive=True) as holder:
        for command in commands:
            status, out, err = main(capsys, "--db", url, *command)
            assert (status, out) == (4, ""), (command, err)
            assert err.startswith(f"inventory-app: error: the database {bar} is busy: ")
            assert f"process {holder.pid} (python" in err
            assert "Wait for it to finish and try again; the file is not damaged." in err
            _no_restore_advice(err)
        for key in OWNER:  # nobody signed in: still busy, never let through
            monkeypatch.delenv(key)
        status, _, err = main(capsys, "--db", url, "restore", str(backup.path))
        assert status == 4 and "is busy" in err
    status, _, err = main(capsys, "--db", url, "restore", str(backup.path))
    assert status == 3 and "this bar has PINs: say who you are" in err  # the lock gone
    assert [b.reason for b in list_backups(bar)] == [Reason.DAILY]
    assert _sales(bar) == sales


def test_a_write_that_waits_says_so_on_stderr_then_goes_through(
    bar: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales = _sales(bar)
    with lock_held_by_another_process(bar, exclusive=False) as holder:
        threading.Timer(1.5, holder.release).start()
        status, _, err = main(capsys, "--db", f"sqlite:///{bar}", "sell", "negroni")
    assert status == 0, err
    waiting = f"is writing to the database; waiting up to {engine.BUSY_TIMEOUT_MS // 1000} s…"
    assert err.startswith(f"inventory-app: process {holder.pid} (python") and waiting in err
    assert _sales(bar) == sales + 1


def test_a_read_only_folder_is_named_and_nothing_is_written(
    bar: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_of(bar)
    with read_only_folder(bar.parent):
        for command in (["sell", "negroni"], ["stock"]):
            status, _, err = main(capsys, "--db", f"sqlite:///{bar}", *command)
            assert status == 5, err
            assert f"its folder {bar.parent} is read-only. Nothing was written." in err
            _no_restore_advice(err)
    assert files_of(bar) == before


def test_a_removed_wal_under_an_open_reader_is_an_io_error_and_restore_is_refused(
    bar: Path,
) -> None:
    """Issue 14: following the advice lost 5 of 7 sales. Now no command advises it, the
    restore is refused, the files stay, and closing the reader keeps every item."""
    url = f"sqlite:///{bar}"
    [backup] = list_backups(bar)
    database = open_database(url)
    with reader_open(bar):
        for number in range(5):
            with database.transaction() as session:
                make_item(session, f"WAL-{number}")
        Path(f"{bar}-wal").unlink()
        kept = files_of(bar)
        for command in (["stock"], ["restore", str(backup.path)]):
            done = run("--db", url, *command, cwd=bar.parent)  # another terminal
            assert done.returncode == 7, done.stderr
            assert "could not be read or written (disk I/O error" in done.stderr
            assert "Keep the file and its -wal and -shm files as they are" in done.stderr
            _no_restore_advice(done.stderr)
        assert files_of(bar)["db"] == kept["db"] and "-shm" in files_of(bar)
    database.dispose()
    assert [b.reason for b in list_backups(bar)] == [Reason.DAILY]
    assert items_in(bar) == 69 + 5


def test_an_import_on_a_full_disk_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    catalogue = tmp_path / "catalogue.csv"
    rows = [f"BIG-{n},{n} {'x' * 190}" for n in range(3000)]
    catalogue.write_text("sku,name\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with small_disk(folder, kilobytes=2048):
        path = demo_file(folder / "bar.sqlite3")
        url = f"sqlite:///{path}"
        assert run("--db", url, "stock", cwd=tmp_path).returncode == 0  # today's backup
        fill(folder, leave_kilobytes=96)
        done = run("--db", url, "import", "catalogue", str(catalogue), cwd=tmp_path)
        assert done.returncode == 6, done.stderr
        assert "is full. Nothing was written: the change was undone whole." in done.stderr
        assert "savepoint" not in done.stderr
        _no_restore_advice(done.stderr)
        (folder / "ballast").unlink()
        assert items_in(path) == 69


def test_a_flipped_byte_is_damage_and_only_then_a_restore_is_offered(bar: Path) -> None:
    url = f"sqlite:///{bar}"
    [backup] = list_backups(bar)
    flip_index_page(bar, "sqlite_autoindex_suppliers_1")
    done = run("--db", url, "stock", cwd=bar.parent)
    assert done.returncode == 8, done.stderr
    assert f"the database file {bar} is damaged (" in done.stderr
    assert f"Restore it with:\n  inventory-app --db {url} restore {backup.path}" in done.stderr
    refused = run("--db", url, "--user", "giulia", "restore", str(backup.path), cwd=bar.parent)
    assert refused.returncode == 3  # its people can be read: only an owner restores
    done = run("--db", url, "restore", str(backup.path), cwd=bar.parent)
    assert done.returncode == 0, done.stderr
    kept = [b for b in list_backups(bar) if b.reason is Reason.BEFORE_RESTORE]
    assert len(kept) == 1 and f"kept in {kept[0].path}" in done.stdout
    assert run("--db", url, "stock", cwd=bar.parent).returncode == 0


def test_a_file_that_is_not_sqlite_may_be_restored_by_whoever_may_write_it(
    bar: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The one exception: proven damage, and nobody's PIN can be read any more."""
    url = f"sqlite:///{bar}"
    [backup] = list_backups(bar)
    garbage = b"PK\x03\x04 a spreadsheet saved over the bar" * 200
    bar.write_bytes(garbage)
    status, _, err = main(capsys, "--db", url, "stock")
    assert status == 8 and "is damaged (file is not a database)" in err
    for key in OWNER:
        monkeypatch.delenv(key)
    status, _, err = main(capsys, "--db", url, "restore", str(backup.path))
    assert status == 0, err
    [kept] = [b for b in list_backups(bar) if b.reason is Reason.BEFORE_RESTORE]
    assert kept.path.read_bytes() == garbage and items_in(bar) == 69


def test_the_next_start_removes_what_a_killed_restore_left(
    bar: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, young = bar.parent / ".restore-k1ll3d", bar.parent / ".restore-running"
    for folder in (old, young):
        folder.mkdir()
        shutil.copyfile(bar, folder / bar.name)
    an_hour_ago = time.time() - 3600
    for part in (old / bar.name, old):
        os.utime(part, (an_hour_ago, an_hour_ago))
    status, _, err = main(capsys, "--db", f"sqlite:///{bar}", "stock")
    assert status == 0
    assert f"inventory-app: removed {old}, left by a restore that was stopped" in err
    assert not old.exists() and young.exists()
