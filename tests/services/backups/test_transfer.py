"""Moving a whole bar between SQLite and PostgreSQL: every row, the same ids, checked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, update

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import AuditEntry, Movement, Sale, StockLevel
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, InventoryError, PermissionDenied
from inventory_app.services.backups.transfer import TransferError, tables, transfer
from inventory_app.services.ledger import movements as stock
from tests.conftest import AUTHOR, assert_ledger_invariant, make_item
from tests.services.transfer_fixtures import busy_bar, ledger, row_counts, two_urls

D = Decimal
PAIRS = [("sqlite", "sqlite"), ("sqlite", "postgresql"), ("postgresql", "sqlite")]


def as_owner(_source: Database) -> str:
    """The demo owner, signed in (the CLI asks for --user and the PIN)."""
    return AUTHOR


@pytest.fixture(params=PAIRS, ids=["-".join(p) for p in PAIRS])
def urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    yield from two_urls(request.param, tmp_path)


@pytest.fixture
def filled(urls: tuple[str, str], tmp_path: Path) -> tuple[str, str]:
    source = open_database(urls[0])
    busy_bar(source, tmp_path)
    source.dispose()
    return urls


def test_every_row_arrives_with_its_id(filled: tuple[str, str]) -> None:
    source_url, target_url = filled
    source = open_database(source_url)
    before, before_ledger = row_counts(source), ledger(source)
    seen: dict[str, int] = {}
    report = transfer(source_url, target_url, acting=as_owner, progress=seen.__setitem__)
    target = open_database(target_url)
    assert row_counts(target) == before
    assert all(before[t.name] for t in tables()), "the bar leaves no table empty"
    assert ledger(target) == before_ledger
    assert seen == before
    assert report.rows == sum(before.values()) and all(c.agrees for c in report.checks)
    assert row_counts(source) == before  # the source is only read
    assert_ledger_invariant(target)
    with target.reading() as s:
        assert s.scalar(select(Sale.voids_id).where(Sale.voids_id.is_not(None))) is not None
        assert s.scalar(select(AuditEntry.undoes_id).where(AuditEntry.undoes_id.is_not(None)))
    source.dispose()
    target.dispose()


def test_new_rows_get_fresh_ids_after_the_move(filled: tuple[str, str]) -> None:
    transfer(*filled, acting=as_owner)
    target = open_database(filled[1])
    with target.reading() as s:
        highest = s.scalar(select(Movement.id).order_by(Movement.id.desc()).limit(1))
    with target.transaction() as s:
        new = stock.record_movement(s, 1, D(700), Reason.RECEIVE, author=AUTHOR)
    assert highest is not None and new == highest + 1
    assert_ledger_invariant(target)
    target.dispose()


def test_a_target_holding_data_is_refused_and_untouched(filled: tuple[str, str]) -> None:
    source_url, target_url = filled
    target = open_database(target_url)
    with target.transaction() as s:
        stock.record_movement(s, make_item(s, "GIN-9"), D(1), Reason.RECEIVE, author=AUTHOR)
    before = row_counts(target)
    with pytest.raises(InputError, match="already holds data"):
        transfer(source_url, target_url, acting=as_owner)
    assert row_counts(target) == before
    target.dispose()


def test_a_copy_that_does_not_add_up_is_rolled_back(filled: tuple[str, str]) -> None:
    """A source whose kept level drifted from its ledger: the check fails, nothing lands."""
    source_url, target_url = filled
    source = open_database(source_url)
    with source.transaction() as s:
        s.execute(update(StockLevel).where(StockLevel.item_id == 1).values(on_hand=D(12345)))
    with pytest.raises(TransferError, match="on hand does not equal the ledger sum for 1 item"):
        transfer(source_url, target_url, acting=as_owner)
    target = open_database(target_url)
    left = {table: rows for table, rows in row_counts(target).items() if rows}
    assert left == {"users": 1, "usage_revisions": 1}  # what every new database starts with
    source.dispose()
    target.dispose()


def test_the_same_database_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bar.sqlite3'}"
    open_database(url).dispose()
    with pytest.raises(InputError, match="the same database"):
        transfer(url, f"sqlite:///{tmp_path / '.' / 'bar.sqlite3'}", acting=as_owner)


def test_only_an_owner_transfers_the_bar(filled: tuple[str, str]) -> None:
    """A bartender would carry off everything, PIN hashes included: refused, nothing opened."""
    source_url, target_url = filled
    source = open_database(source_url)
    before = row_counts(source)
    refused = "Only the owner may transfer the whole bar to another database (you are signed"
    with pytest.raises(PermissionDenied, match=re.escape(refused)):
        transfer(source_url, target_url, acting=lambda _source: "giulia")
    after = row_counts(source)
    assert after == {**before, "audit_log": before["audit_log"] + 1}  # the refusal's trace
    with source.reading() as s:
        trace = s.execute(select(AuditEntry.author, AuditEntry.action).order_by(
            AuditEntry.id.desc()).limit(1)).one()  # fmt: skip
    assert tuple(trace) == ("giulia", "refused")
    source.dispose()
    untouched = create_engine(target_url)  # not even migrated: the target was never opened
    with untouched.connect() as conn:
        assert not inspect(conn).has_table("alembic_version")
    untouched.dispose()


def test_a_target_that_cannot_be_reached_is_named_not_a_driver_trace(tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'bar.sqlite3'}"
    open_database(source).dispose()
    unreachable = "postgresql+psycopg://nobody@127.0.0.1:1/bar"  # nothing listens on port 1
    with pytest.raises(InventoryError, match=r"^cannot use the database: ") as caught:
        transfer(source, unreachable, acting=as_owner)
    assert not isinstance(caught.value, TransferError)
