"""Each fault named for what it is, made for real on real files (db/faults.py, issue 14).

A busy, read-only, full or failing file is never called damaged and never advises a
restore; only SQLite's own check proves damage.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from inventory_app.db import backups, engine
from inventory_app.db.engine import Database
from inventory_app.db.faults import (
    DatabaseBusy,
    DatabaseFault,
    DiskFull,
    ReadOnlyDatabase,
)
from inventory_app.db.file_checks import DamagedDatabase, FileCheck, file_problems
from inventory_app.db.migrate import open_database
from tests.conftest import backend_url, make_item
from tests.db.damage import demo_file
from tests.db.fault_kit import (
    files_of,
    fill,
    flip_index_page,
    lock_held_by_another_process,
    read_only_file,
    read_only_folder,
    reader_open,
    small_disk,
)


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    """The demo bar, closed (no -wal), alone in a folder of its own."""
    return demo_file(tmp_path / "bar" / "bar.sqlite3")


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writers, readers and the file's check give up after 0.3 s; the lock is held longer."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(backups, "CHECK_WAIT_S", 0.3)


@pytest.fixture
def database(bar: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{bar}")
    yield opened
    opened.dispose()


def _skus(database: Database, prefix: str) -> list[str]:
    with database.reading() as session:
        query = text("SELECT sku FROM items WHERE sku LIKE :p ORDER BY sku")
        return list(session.execute(query, {"p": f"{prefix}%"}).scalars())


def _advises_no_restore(fault: DatabaseFault) -> None:
    message = str(fault)
    assert "damaged" not in message.replace("not damaged", "")
    assert "restore it" not in message.lower() and "inventory-app restore" not in message


def test_a_write_lock_held_past_the_wait_is_busy_and_names_who_holds_it(
    database: Database, bar: Path, short_wait: None
) -> None:
    with lock_held_by_another_process(bar, exclusive=False) as holder:
        with pytest.raises(DatabaseBusy) as caught, database.transaction() as session:
            make_item(session, "BUSY-1")
        assert _skus(database, "BUSY") == []  # reads go on beside the writer
    busy = caught.value
    assert busy.exit_code == 4 and busy.holders[0].startswith(f"process {holder.pid} (python")
    assert f"{bar} is busy: process {holder.pid}" in str(busy)
    assert "Nothing was changed. Wait for it to finish and try again" in str(busy)
    _advises_no_restore(busy)


def test_an_exclusive_lock_makes_reads_and_the_check_busy_not_damaged(
    database: Database, bar: Path, short_wait: None
) -> None:
    database.dispose()  # SQLite's exclusive mode waits for every other connection to close
    with lock_held_by_another_process(bar, exclusive=True):
        with pytest.raises(DatabaseBusy), database.reading() as session:
            session.execute(text("SELECT count(*) FROM items")).scalar()
        with pytest.raises(DatabaseBusy) as caught:
            file_problems(bar)
        check = FileCheck(bar, advice=lambda _good: "restore it")
        assert isinstance(check.fault(), DatabaseBusy) and check.damage() is None
        with pytest.raises(DatabaseBusy):
            check.require_sound()  # no write before the file has passed
    _advises_no_restore(caught.value)
    check.require_sound()  # let go: checked again at the write, and sound
    assert check.fault() is None and check.damage() is None


def test_a_write_that_waits_says_so_then_goes_through(database: Database, bar: Path) -> None:
    said: list[str] = []
    database.while_waiting = said.append
    with lock_held_by_another_process(bar, exclusive=False) as holder:
        threading.Timer(1.5, holder.release).start()
        with database.transaction() as session:
            make_item(session, "WAITED-1")
    assert _skus(database, "WAITED") == ["WAITED-1"]
    assert len(said) == 1
    assert said[0].startswith(f"process {holder.pid} (python")
    assert said[0].endswith("is writing to the database; waiting up to 10 s…")


def test_a_read_only_folder_is_named_and_nothing_is_written(bar: Path) -> None:
    before = files_of(bar)
    with read_only_folder(bar.parent):
        with pytest.raises(ReadOnlyDatabase) as opening:
            open_database(f"sqlite:///{bar}")
        with pytest.raises(ReadOnlyDatabase) as checking:
            file_problems(bar)
    for caught in (opening, checking):
        assert caught.value.exit_code == 5
        assert f"its folder {bar.parent} is read-only. Nothing was written." in str(caught.value)
        _advises_no_restore(caught.value)
    assert files_of(bar) == before


def test_a_read_only_file_is_named_and_nothing_is_written(bar: Path) -> None:
    with read_only_file(bar):
        assert file_problems(bar) == []  # it reads, and it is sound
        database = open_database(f"sqlite:///{bar}")
        try:
            with pytest.raises(ReadOnlyDatabase) as caught, database.transaction() as session:
                make_item(session, "RO-1")
        finally:
            database.dispose()
        assert "the file itself is read-only. Nothing was written." in str(caught.value)
    database = open_database(f"sqlite:///{bar}")
    assert _skus(database, "RO") == []
    database.dispose()
    _advises_no_restore(caught.value)


def test_a_removed_wal_under_an_open_reader_is_an_io_error_and_the_files_are_kept(
    database: Database, bar: Path
) -> None:
    """Issue 14's sales lost by following the advice: here nothing advises a restore.

    The other terminal checks the file first, then reads in a session, as `stock` does.
    """
    with reader_open(bar):
        for number in range(5):
            with database.transaction() as session:
                make_item(session, f"WAL-{number}")
        Path(f"{bar}-wal").unlink()
        kept = files_of(bar)
        for call in ("file_problems(path)", _READ_ITEMS):  # another terminal, as `stock` does
            name, message = _fault_in_another_process(bar, call)
            assert name == "DiskIOError", (call, message)
            assert "disk I/O error" in message
            assert "Keep the file and its -wal and -shm files as they are" in message
            assert "restore it" not in message.lower() and "damaged" not in message
        after = files_of(bar)  # the -shm's read marks move as others look; nothing else
        assert after["db"] == kept["db"] and "-shm" in after
    database.dispose()  # the last connection closes: what the -wal held is written in
    again = open_database(f"sqlite:///{bar}")
    assert _skus(again, "WAL") == [f"WAL-{n}" for n in range(5)]
    again.dispose()


_ANOTHER_TERMINAL = """
import sys
from pathlib import Path
from inventory_app.db.faults import DatabaseFault
from inventory_app.db.file_checks import file_problems
from inventory_app.db.migrate import open_database
path = Path(sys.argv[1])
url = f"sqlite:///{path}"
from sqlalchemy import text
try:
    exec(sys.argv[2])
except DatabaseFault as fault:
    print(type(fault).__name__)
    print(fault)
else:
    print("none")
"""


_READ_ITEMS = """
from sqlalchemy.orm import sessionmaker
from inventory_app.db.engine import Database, make_engine
engine = make_engine(url)
reader = Database(url=url, engine=engine, sessions=sessionmaker(engine))
with reader.reading() as session:
    session.execute(text("SELECT * FROM items")).all()
"""


def _fault_in_another_process(path: Path, call: str) -> tuple[str, str]:
    """What a call raises in another process (SQLite shares its locks within one)."""
    done = subprocess.run(
        [sys.executable, "-c", _ANOTHER_TERMINAL, str(path), call],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )  # fmt: skip
    name, _, message = done.stdout.partition("\n")
    return name, message.strip()


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo bar on a small tmpfs with 96 kB left: a real disk that fills."""
    folder = tmp_path / "small"
    with small_disk(folder, kilobytes=2048):
        path = demo_file(folder / "bar.sqlite3")
        fill(folder, leave_kilobytes=96)
        yield path


def test_a_full_disk_says_so_and_the_write_is_undone_whole(full_disk: Path) -> None:
    database = open_database(f"sqlite:///{full_disk}")
    try:
        with (
            pytest.raises(DiskFull) as caught,
            database.transaction() as session,
            session.begin_nested(),  # an import's savepoint, as in issue 14
        ):
            for number in range(2000):
                make_item(session, f"FULL-{number}", name=f"{number} " + "x" * 190)
        assert _skus(database, "FULL") == []
    finally:
        database.dispose()
    assert caught.value.exit_code == 6
    assert "is full. Nothing was written: the change was undone whole." in str(caught.value)
    assert "savepoint" not in str(caught.value)
    _advises_no_restore(caught.value)


def test_a_flipped_byte_is_proven_damage(bar: Path) -> None:
    page = flip_index_page(bar, "sqlite_autoindex_suppliers_1")
    problems = file_problems(bar)
    assert problems and f"Page {page}" in " ".join(problems)


def test_a_file_that_is_not_sqlite_is_proven_damage_on_open(bar: Path) -> None:
    bar.write_bytes(b"PK\x03\x04 a spreadsheet saved over it" * 100)
    assert file_problems(bar) == ["file is not a database"]
    with pytest.raises(DamagedDatabase) as caught:
        open_database(f"sqlite:///{bar}")
    assert caught.value.exit_code == 8 and caught.value.problems == ["file is not a database"]


def test_max_page_count_full_is_named_the_same(bar: Path) -> None:
    """SQLite's own page limit gives the same SQLITE_FULL a full disk gives."""
    database = open_database(f"sqlite:///{bar}")

    def limit(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages + 2}")

    database.dispose()
    event.listen(database.engine, "connect", limit)
    try:
        with pytest.raises(DiskFull), database.transaction() as session:
            for number in range(200):
                make_item(session, f"CAP-{number}", name="y" * 190)
    finally:
        database.dispose()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Database]:
    """A new PostgreSQL database (skipped without INVENTORY_APP_TEST_PG)."""
    for url in backend_url("postgresql", tmp_path):
        opened = open_database(url)
        yield opened
        opened.dispose()


def test_a_row_lock_held_past_the_servers_wait_is_busy(server: Database) -> None:
    """On PostgreSQL the same words: another session holds the lock past lock_timeout."""
    with server.transaction() as session:
        item = make_item(session, "PG-1")
    holder = server.engine.connect()
    try:
        holder.begin()
        holder.exec_driver_sql(f"SELECT * FROM stock_levels WHERE item_id = {item} FOR UPDATE")
        with pytest.raises(DatabaseBusy) as caught, server.transaction() as session:
            session.execute(text("SET LOCAL lock_timeout = '200ms'"))
            session.execute(text(f"UPDATE stock_levels SET on_hand = 0 WHERE item_id = {item}"))
    finally:
        holder.close()
    assert caught.value.exit_code == 4 and "another terminal or program" in str(caught.value)
    _advises_no_restore(caught.value)


def test_a_server_that_takes_reads_only_is_read_only(server: Database) -> None:
    with pytest.raises(ReadOnlyDatabase) as caught, server.transaction() as session:
        session.execute(text("SET TRANSACTION READ ONLY"))
        make_item(session, "PG-RO")
    assert "the server accepts reads only. Nothing was written." in str(caught.value)
