"""Restore: the backup checked, the current database kept, the file replaced in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from inventory_app.db.backups import Reason, list_backups, make_backup
from inventory_app.db.engine import make_engine
from inventory_app.db.migrate import alembic_config, current_revision, head_revision, open_database
from inventory_app.db.restore import restore_backup
from inventory_app.domain.errors import InputError
from tests.db.damage import damage_pages, demo_file, items_in


def _empty_catalogue(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        for table in ("recipe_lines", "recipe_aliases", "recipes", "barcodes", "items"):
            connection.execute(f"DELETE FROM {table}")


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    return demo_file(tmp_path / "bar.sqlite3")


def test_restore_brings_the_backup_back_and_keeps_the_current(bar: Path) -> None:
    backup = make_backup(bar, Reason.MANUAL)
    _empty_catalogue(bar)
    assert items_in(bar) == 0
    restored = restore_backup(bar, backup)
    assert items_in(bar) == 69
    assert restored.kept_as is not None and items_in(restored.kept_as) == 0
    assert [b.reason for b in list_backups(bar)] == [Reason.BEFORE_RESTORE, Reason.MANUAL]


def test_an_open_database_sees_the_restored_data(bar: Path) -> None:
    """The copy goes into the live file: a window that has it open reads the restored rows."""
    backup = make_backup(bar, Reason.MANUAL)
    database = open_database(f"sqlite:///{bar}")
    with database.transaction() as session:
        session.execute(text("DELETE FROM recipe_lines"))
    restore_backup(bar, backup)
    with database.reading() as session:
        assert session.execute(text("SELECT count(*) FROM recipe_lines")).scalar_one() > 0
    with database.transaction() as session:  # and can go on writing into it
        session.execute(text("UPDATE settings SET value = value"))
    database.dispose()
    assert items_in(bar) == 69


@pytest.mark.parametrize("damage", ["pages", "header"])
def test_a_damaged_database_is_replaced_and_kept(bar: Path, damage: str) -> None:
    backup = make_backup(bar, Reason.DAILY)
    if damage == "pages":
        damage_pages(bar)
    else:
        bar.write_bytes(b"\xff" * 8192)
    restored = restore_backup(bar, backup)
    assert items_in(bar) == 69
    assert restored.kept_as is not None and restored.kept_as.stat().st_size > 0


def test_an_older_backup_is_migrated_on_open(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{old}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    bar = demo_file(tmp_path / "bar.sqlite3")
    assert restore_backup(bar, old).revision == "0001"
    database = open_database(f"sqlite:///{bar}")
    with database.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    database.dispose()
    reasons = [b.reason for b in list_backups(bar)]
    assert reasons == [Reason.BEFORE_MIGRATION, Reason.BEFORE_RESTORE]


def test_a_backup_from_a_newer_program_is_refused(bar: Path, tmp_path: Path) -> None:
    newer = demo_file(tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(InputError, match="made by a newer version of inventory-app"):
        restore_backup(bar, newer)
    assert list_backups(bar) == []


@pytest.mark.parametrize("what", ["not-sqlite", "damaged", "itself"])
def test_a_bad_source_changes_nothing(bar: Path, tmp_path: Path, what: str) -> None:
    source = {"itself": bar}.get(what, tmp_path / "source.sqlite3")
    if what == "not-sqlite":
        source.write_text("sku;name\nGIN;Gin\n", encoding="utf-8")
    elif what == "damaged":
        damage_pages(demo_file(source))
    before = bar.read_bytes()
    with pytest.raises(InputError):
        restore_backup(bar, source)
    assert bar.read_bytes() == before
    assert list_backups(bar) == []


def test_restore_onto_a_missing_file_creates_it(bar: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "new.sqlite3"
    target.parent.mkdir()
    assert restore_backup(target, bar).kept_as is None
    assert items_in(target) == 69
