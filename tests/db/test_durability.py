"""The bar's durability setting: `synchronous=full` reaches every new SQLite connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from inventory_app.db.migrate import open_database
from inventory_app.domain.errors import InputError
from inventory_app.services.settings import set_setting
from tests.conftest import add_people

NORMAL, FULL = 1, 2  # what PRAGMA synchronous reads


def _synchronous(url: str) -> list[int]:
    """PRAGMA synchronous on two fresh connections of a newly opened database."""
    database = open_database(url)
    connections = [database.engine.raw_connection() for _ in range(2)]  # both held: two
    try:
        return [int(c.execute("PRAGMA synchronous").fetchone()[0]) for c in connections]
    finally:
        for connection in connections:
            connection.close()
        database.dispose()


def test_normal_is_the_default(sqlite_url: str) -> None:
    assert _synchronous(sqlite_url) == [NORMAL, NORMAL]


def test_full_takes_effect_on_every_new_connection(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    add_people(database)
    with database.transaction() as session:
        set_setting(session, "synchronous", "full", author="owner")
    database.dispose()
    assert _synchronous(sqlite_url) == [FULL, FULL]


def test_back_to_normal(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    add_people(database)
    for mode in ("full", "normal"):
        with database.transaction() as session:
            set_setting(session, "synchronous", mode, author="owner")
    database.dispose()
    assert _synchronous(sqlite_url) == [NORMAL, NORMAL]


def test_a_new_file_before_its_tables_is_normal(tmp_path: Path) -> None:
    from inventory_app.db.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    connection = engine.raw_connection()
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == NORMAL
    connection.close()
    engine.dispose()


@pytest.mark.parametrize("value", ["FULL!", "off", "extra", ""])
def test_only_normal_or_full(sqlite_url: str, value: str) -> None:
    database = open_database(sqlite_url)
    add_people(database)
    refused = pytest.raises(InputError, match="synchronous is one of normal, full")
    with refused, database.transaction() as session:
        set_setting(session, "synchronous", value, author="owner")
    database.dispose()


def test_a_bartender_may_not_change_it(sqlite_url: str) -> None:
    from inventory_app.domain.errors import PermissionDenied

    database = open_database(sqlite_url)
    add_people(database)
    with pytest.raises(PermissionDenied), database.transaction() as session:
        set_setting(session, "synchronous", "full", author="giulia")
    database.dispose()
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'synchronous'").fetchall() == []
    conn.close()
