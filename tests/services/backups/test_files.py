"""Backups as the bar uses them; a server database is refused with what to do instead."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from inventory_app.db.backups import Reason, list_backups
from inventory_app.db.engine import Database, sqlite_path
from inventory_app.domain.errors import InputError
from inventory_app.services.backups.files import (
    back_up_now,
    backups_of,
    backups_to_keep,
    daily_backup,
)
from inventory_app.services.backups.restoring import restore_open
from inventory_app.services.settings import backup_keep, set_setting
from tests.conftest import make_item

EVENING = datetime(2026, 11, 23, 18, 30)


def _file(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        pytest.skip("a SQLite file only")
    return path


def test_the_first_open_of_a_day_backs_up_once(db: Database) -> None:
    path = _file(db)
    assert daily_backup(db, now=lambda: EVENING) is not None
    assert daily_backup(db, now=lambda: EVENING + timedelta(hours=3)) is None
    assert daily_backup(db, now=lambda: EVENING + timedelta(days=1)) is not None
    assert [b.reason for b in list_backups(path)] == [Reason.DAILY, Reason.DAILY]


def test_a_manual_backup_does_not_count_as_the_daily_one(db: Database) -> None:
    _file(db)
    back_up_now(db.url)
    assert daily_backup(db) is not None


def test_the_number_kept_is_a_setting(db: Database) -> None:
    path = _file(db)
    assert backups_to_keep(db.url) == 14
    with db.transaction() as session:
        set_setting(session, "backup_keep", " 2 ", author="owner")
        assert backup_keep(session) == 2
    assert backups_to_keep(db.url) == 2
    for day in range(4):
        daily_backup(db, now=lambda day=day: EVENING + timedelta(days=day))  # type: ignore[misc]
    assert [b.taken.day for b in list_backups(path)] == [26, 25]


@pytest.mark.parametrize("value", ["0", "-1", "two", "1000", "1.5"])
def test_a_senseless_number_to_keep_is_refused(db: Database, value: str) -> None:
    refused = pytest.raises(InputError, match="backup_keep is a whole number of backups")
    with refused, db.transaction() as session:
        set_setting(session, "backup_keep", value, author="owner")


def test_restore_under_an_open_database(db: Database) -> None:
    path = _file(db)
    with db.transaction() as session:
        make_item(session, "GIN-1")
    backup = back_up_now(db.url)
    with db.transaction() as session:
        make_item(session, "RUM-1")
    restored = restore_open(db, backup, sign_in=lambda _db: "owner")
    assert restored.kept_as is not None
    with db.reading() as session:
        assert session.execute(text("SELECT sku FROM items")).scalars().all() == ["GIN-1"]
    assert [b.path for b in backups_of(db)][1] == backup
    assert path.exists()


def test_a_server_database_is_not_backed_up_here(db: Database) -> None:
    if sqlite_path(db.url) is not None:
        pytest.skip("PostgreSQL only")
    assert daily_backup(db) is None
    assert backups_of(db) == []
    with pytest.raises(InputError, match="pg_dump"):
        back_up_now(db.url)
    with pytest.raises(InputError, match="pg_dump"):
        restore_open(db, Path("whatever.sqlite3"), sign_in=lambda _db: "owner")


@pytest.mark.usefixtures("italian")
def test_refusals_read_in_italian(tmp_path: Path) -> None:
    missing = tmp_path / "bar.sqlite3"
    with pytest.raises(InputError) as caught:
        back_up_now(f"sqlite:///{missing}")
    assert caught.value.file == str(missing)
    assert caught.value.detail == "non c'è ancora un file di database di cui fare il backup"
    with pytest.raises(InputError) as server:
        back_up_now("postgresql+psycopg://bar@db.example/bar")
    assert "usa i backup del server (pg_dump per PostgreSQL)" in server.value.detail
