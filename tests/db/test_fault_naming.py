"""Driver errors named as the faults they are (db/fault_naming.py), from real errors.

tests/db/test_faults.py makes each fault happen to a whole bar; here each rule of the
naming meets the driver's own error: the chain read whole, damage only where proven,
an error that names no fault left as it is, and a server's SQLSTATEs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from inventory_app.db.engine import Database
from inventory_app.db.fault_naming import named_fault, named_faults
from inventory_app.db.faults import DatabaseBusy, DiskIOError, ReadOnlyDatabase
from inventory_app.db.file_checks import DamagedDatabase
from inventory_app.db.migrate import open_database


@pytest.fixture
def bar(tmp_path: Path) -> Iterator[Path]:
    """An intact database file, closed."""
    path = tmp_path / "bar.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    yield path


def busy_error(path: Path) -> DBAPIError:
    """SQLAlchemy's error for a write the file's lock refused (SQLITE_BUSY, no wait)."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as caught, engine.begin() as conn:
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
        return caught.value
    finally:
        engine.dispose()
        holder.execute("ROLLBACK")
        holder.close()


def not_a_database_error(tmp_path: Path) -> sqlite3.DatabaseError:
    """SQLite's own SQLITE_NOTADB, from a file that is not SQLite at all."""
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database, " * 512)
    connection = sqlite3.connect(garbage)
    try:
        with pytest.raises(sqlite3.DatabaseError) as caught:
            connection.execute("SELECT * FROM sqlite_master").fetchall()
        return caught.value
    finally:
        connection.close()


def test_a_lock_refused_is_busy(bar: Path) -> None:
    fault = named_fault(busy_error(bar), str(bar))
    assert isinstance(fault, DatabaseBusy) and fault.where == str(bar)


def test_the_error_a_fault_happened_during_is_read_too(bar: Path) -> None:
    """SQLAlchemy's next step can hide the driver's error: the whole chain is read."""
    busy = busy_error(bar)
    try:
        try:
            raise busy
        except DBAPIError:
            raise RuntimeError("no such savepoint") from None  # the context stays
    except RuntimeError as later:
        assert isinstance(named_fault(later, str(bar)), DatabaseBusy)


def test_a_fault_already_named_comes_back_as_it_is(bar: Path) -> None:
    fault = ReadOnlyDatabase(str(bar), "the file itself is read-only")
    assert named_fault(RuntimeError("wrapped"), str(bar)) is None
    try:
        raise RuntimeError("wrapped") from fault
    except RuntimeError as error:
        assert named_fault(error, str(bar)) is fault


def test_an_unreadable_page_of_an_intact_file_is_an_io_error(bar: Path, tmp_path: Path) -> None:
    """SQLite's word for a bad page is not proof: the file's own check finds it intact."""
    fault = named_fault(not_a_database_error(tmp_path), str(bar))
    assert isinstance(fault, DiskIOError) and "file is not a database" in fault.detail


def test_a_bad_page_the_check_proves_is_damage(tmp_path: Path) -> None:
    error = not_a_database_error(tmp_path)
    fault = named_fault(error, str(tmp_path / "garbage.sqlite3"))
    assert isinstance(fault, DamagedDatabase)


def test_inside_named_faults_a_driver_error_comes_out_as_its_fault(bar: Path) -> None:
    busy = busy_error(bar)
    with pytest.raises(DatabaseBusy) as caught, named_faults(str(bar)):
        raise busy
    assert caught.value.__cause__ is busy


def test_an_error_that_names_no_fault_is_left_as_it_is(bar: Path) -> None:
    connection = sqlite3.connect(bar)
    try:
        refused = pytest.raises(sqlite3.OperationalError, match="no such table")
        with refused as caught, named_faults(str(bar)):
            connection.execute("SELECT * FROM no_such_table")
    finally:
        connection.close()
    assert named_fault(caught.value, str(bar)) is None


def test_a_server_that_takes_reads_only_names_it(db: Database) -> None:
    """PostgreSQL's SQLSTATE 25006 (read_only_sql_transaction), from the server itself."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL server's SQLSTATE")
    with pytest.raises(DBAPIError) as caught, db.engine.connect() as conn:
        conn.execute(text("SET TRANSACTION READ ONLY"))
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
    fault = named_fault(caught.value, "the server")
    assert isinstance(fault, ReadOnlyDatabase) and fault.what == "the server accepts reads only"


def test_a_lock_the_server_could_not_give_in_time_is_busy(db: Database) -> None:
    """PostgreSQL's SQLSTATE 55P03 (lock_not_available), from the server itself."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL server's SQLSTATE")
    with db.engine.connect() as holder:
        holder.execute(text("LOCK TABLE settings IN ACCESS EXCLUSIVE MODE"))
        with pytest.raises(DBAPIError) as caught, db.engine.connect() as conn:
            conn.execute(text("SET LOCAL lock_timeout = 50"))
            conn.execute(text("SELECT * FROM settings"))
        holder.rollback()
    assert isinstance(named_fault(caught.value, "the server"), DatabaseBusy)
