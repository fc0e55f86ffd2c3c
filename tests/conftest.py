"""Shared fixtures: every test gets its own real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Bottle, Movement, StockLevel
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue import save_item

AUTHOR = "owner"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bar.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    assert_ledger_invariant(database)
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """A session in one transaction, committed at the end of the test."""
    with db.transaction() as s:
        yield s


def assert_ledger_invariant(database: Database) -> None:
    """Invariant 1: per item (and per bottle), what is kept equals the sum of its movements."""
    with database.sessions() as s:
        query = select(Movement.item_id, func.sum(Movement.delta)).group_by(Movement.item_id)
        sums = {item_id: total for item_id, total in s.execute(query)}
        for item_id, on_hand in s.execute(select(StockLevel.item_id, StockLevel.on_hand)):
            assert on_hand == sums.get(item_id, Decimal(0)), f"item {item_id} drifted"
        per_bottle = select(Movement.bottle_id, func.sum(Movement.delta)).group_by(
            Movement.bottle_id
        )
        drawn = {bottle_id: total for bottle_id, total in s.execute(per_bottle)}
        for bottle_id, remaining in s.execute(select(Bottle.id, Bottle.remaining)):
            assert remaining == drawn.get(bottle_id, Decimal(0)), f"bottle {bottle_id} drifted"


def make_item(session: Session, sku: str = "GIN-1", **fields: object) -> int:
    """A catalogue item with sensible defaults, returned by id."""
    fields.setdefault("name", f"Item {sku}")
    fields.setdefault("size", Decimal(700))
    return save_item(session, ItemSpec(sku=sku, **fields)).id  # type: ignore[arg-type]
