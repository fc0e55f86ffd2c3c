"""Who may restore, decided once in the service (services/backups/restoring.py), failing closed.

Only an owner; a fault never opens the door; the one exception is proven damage that has
made the people unreadable.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db import engine
from inventory_app.db.backups import Reason, list_backups, make_backup
from inventory_app.db.engine import Database
from inventory_app.db.faults import DatabaseBusy, ReadOnlyDatabase
from inventory_app.db.migrate import open_database
from inventory_app.db.models import AuditEntry
from inventory_app.domain.errors import PermissionDenied, SignInError
from inventory_app.services.backups.restoring import SignIn, restore, restore_open
from inventory_app.services.people import roster as people
from tests.conftest import make_item
from tests.db.damage import demo_file, items_in
from tests.db.fault_kit import flip_index_page, lock_held_by_another_process, read_only_folder


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    path = demo_file(tmp_path / "bar" / "bar.sqlite3")
    make_backup(path, Reason.DAILY)
    return path


def _backup(bar: Path) -> Path:
    return list_backups(bar)[-1].path


def _as(name: str) -> SignIn:
    """Someone already signed in (the window's person, a PIN checked)."""
    return lambda _database: name


def _never_asked(_database: Database) -> str:
    raise AssertionError("nobody should be asked to sign in")


def _reads_the_people(database: Database) -> str:
    """A sign-in that must read the people first, as every real one does."""
    with database.reading() as session:
        people.list_users(session)
    raise SignInError("this bar has PINs: say who you are")


def test_an_owner_restores(bar: Path) -> None:
    restored = restore(f"sqlite:///{bar}", _backup(bar), sign_in=_as("owner"))
    assert restored.kept_as is not None and items_in(bar) == 69


def test_a_bartender_is_refused_and_the_refusal_is_recorded(bar: Path) -> None:
    before = bar.read_bytes()
    with pytest.raises(PermissionDenied, match="restore backups"):
        restore(f"sqlite:///{bar}", _backup(bar), sign_in=_as("giulia"))
    assert [b.reason for b in list_backups(bar)] == [Reason.DAILY]
    database = open_database(f"sqlite:///{bar}")
    with database.reading() as session:
        refused = session.scalars(select(AuditEntry).where(AuditEntry.action == "refused"))
        assert [(e.author, e.entity_id) for e in refused] == [("giulia", "restore_backup")]
    database.dispose()
    assert bar.read_bytes()[:100] == before[:100]


def test_nobody_signed_in_is_refused(bar: Path) -> None:
    with pytest.raises(SignInError):
        restore(f"sqlite:///{bar}", _backup(bar), sign_in=_reads_the_people)
    assert [b.reason for b in list_backups(bar)] == [Reason.DAILY]


@pytest.fixture
def open_bar(bar: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{bar}")
    yield database
    database.dispose()


def test_proven_damage_with_readable_people_still_needs_an_owner_and_keeps_the_wal(
    bar: Path, open_bar: Database
) -> None:
    """The sales only in the -wal come out in the `before-restore` copy, not lost."""
    for sku in ("WAL-1", "WAL-2"):
        with open_bar.transaction() as session:
            make_item(session, sku)
    flip_index_page(bar, "sqlite_autoindex_suppliers_1")
    with pytest.raises(PermissionDenied):
        restore_open(open_bar, _backup(bar), sign_in=_as("giulia"))
    restored = restore_open(open_bar, _backup(bar), sign_in=_as("owner"))
    assert restored.kept_as is not None
    kept = sqlite3.connect(restored.kept_as)
    try:
        skus = kept.execute("SELECT sku FROM items WHERE sku LIKE 'WAL-%' ORDER BY sku").fetchall()
    finally:
        kept.close()
    assert skus == [("WAL-1",), ("WAL-2",)]
    assert items_in(bar) == 69


def test_proven_damage_that_made_the_people_unreadable_is_the_one_exception(bar: Path) -> None:
    garbage = b"\x00not a database any more" * 500
    bar.write_bytes(garbage)
    restored = restore(f"sqlite:///{bar}", _backup(bar), sign_in=_reads_the_people)
    assert restored.kept_as is not None and restored.kept_as.read_bytes() == garbage
    assert items_in(bar) == 69


def test_a_busy_file_never_unlocks_a_restore(bar: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    with lock_held_by_another_process(bar, exclusive=True), pytest.raises(DatabaseBusy):
        restore(f"sqlite:///{bar}", _backup(bar), sign_in=_never_asked)
    assert [b.reason for b in list_backups(bar)] == [Reason.DAILY]


def test_a_read_only_folder_never_unlocks_a_restore(bar: Path) -> None:
    with read_only_folder(bar.parent), pytest.raises(ReadOnlyDatabase):
        restore(f"sqlite:///{bar}", _backup(bar), sign_in=_never_asked)
