"""What proves a copy equals its source: counts and exact sums per table, and the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Base, Bottle, StockLevel
from inventory_app.domain.catalogue import Reason
from inventory_app.services.backups.transfer_checks import (
    TableCheck,
    ledger_drift,
    summed_columns,
    table_checks,
)
from inventory_app.services.ledger import movements as stock
from tests.conftest import AUTHOR, copy_migrated
from tests.services.bottle_fixtures import make_shelf

D = Decimal
TABLES = [Base.metadata.tables[name] for name in ("movements", "stock_levels", "bottles")]


@pytest.fixture
def copy(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A second SQLite bar holding the same shelf, to be altered by the test."""
    url = f"sqlite:///{tmp_path / 'copy.sqlite3'}"
    copy_migrated(migrated_template, url)
    database = open_database(url)
    with database.transaction() as s:
        make_shelf(s)
    yield database
    database.dispose()


@pytest.fixture
def source(db: Database) -> Database:
    with db.transaction() as s:
        make_shelf(s)
    return db


def test_the_ids_and_exact_columns_are_summed() -> None:
    assert [c.name for c in summed_columns(TABLES[0])] == ["id", "delta"]
    assert [c.name for c in summed_columns(TABLES[1])] == ["item_id", "on_hand"]


def test_an_equal_copy_agrees_table_by_table(source: Database, copy: Database) -> None:
    with source.engine.connect() as src, copy.engine.connect() as dst:
        checks = table_checks(src, dst, TABLES)
    assert [c.table for c in checks] == ["movements", "stock_levels", "bottles"]
    assert all(c.agrees for c in checks)
    movements = checks[0]
    assert movements.source_rows == movements.target_rows > 0
    assert movements.sums["delta"][0] == movements.sums["delta"][1] > 0


def test_an_altered_or_added_row_disagrees(source: Database, copy: Database) -> None:
    with copy.engine.begin() as conn:
        conn.execute(update(StockLevel).where(StockLevel.item_id == 1).values(on_hand=D("0.001")))
    with source.engine.connect() as src, copy.engine.connect() as dst:
        moved, levels, bottles = table_checks(src, dst, TABLES)
    assert moved.agrees and bottles.agrees
    assert not levels.agrees and levels.source_rows == levels.target_rows
    assert levels.sums["item_id"][0] == levels.sums["item_id"][1]
    assert levels.sums["on_hand"][0] != levels.sums["on_hand"][1]
    with copy.transaction() as s:
        stock.record_movement(s, 2, D(-30), Reason.WASTE, author=AUTHOR)
    with source.engine.connect() as src, copy.engine.connect() as dst:
        moved = table_checks(src, dst, TABLES)[0]
    assert (moved.source_rows + 1, moved.agrees) == (moved.target_rows, False)
    assert not TableCheck("t", 3, 2, {}).agrees  # a lost row, sums aside


def test_ledger_drift_counts_items_and_bottles_off_their_movements(
    source: Database, copy: Database
) -> None:
    with source.engine.connect() as conn:
        assert ledger_drift(conn) == 0
    with copy.engine.begin() as conn:
        assert ledger_drift(conn) == 0
        conn.execute(update(StockLevel).where(StockLevel.item_id == 1).values(on_hand=D(1)))
        assert ledger_drift(conn) == 1
        conn.execute(update(Bottle).where(Bottle.id == 1).values(remaining=D(5)))
        assert ledger_drift(conn) == 2
