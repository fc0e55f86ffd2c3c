"""The database itself: migrations, pragmas, an append-only ledger, exact columns."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError

from inventory_app.db.engine import Database
from inventory_app.db.migrate import current_revision, head_revision, open_database
from inventory_app.db.models import Movement
from inventory_app.db.types import Fixed
from inventory_app.domain.catalogue import Reason
from inventory_app.services.ledger.movements import record_movement
from tests.conftest import make_item


def test_open_migrates_to_head_and_is_idempotent(db_url: str) -> None:
    first = open_database(db_url)
    first.dispose()
    again = open_database(db_url)
    with again.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        tables = set(inspect(conn).get_table_names())
    again.dispose()
    assert {"items", "movements", "stock_levels", "suppliers", "locations", "imports"} <= tables


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() >= 5000


@pytest.mark.parametrize("statement", ["UPDATE movements SET delta = 0", "DELETE FROM movements"])
def test_ledger_refuses_update_and_delete(db: Database, statement: str) -> None:
    with db.transaction() as s:
        item = make_item(s)
        record_movement(s, item, Decimal(700), Reason.RECEIVE, author="owner")
    with pytest.raises(DBAPIError, match="append-only"), db.transaction() as s:
        s.execute(text(statement))
    with db.sessions() as s:
        assert s.query(Movement).count() == 1


def test_quantities_are_stored_as_integers(db: Database) -> None:
    with db.transaction() as s:
        item = make_item(s)
        record_movement(s, item, Decimal("-22.5"), Reason.WASTE, author="owner")
    with db.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT delta FROM movements").scalar_one()
    assert raw == -22_500_000 and isinstance(raw, int)


def test_floats_are_never_stored(db: Database) -> None:
    with pytest.raises(StatementError, match="floats are never stored"), db.transaction() as s:
        item = make_item(s)
        record_movement(s, item, 22.5, Reason.WASTE, author="owner")  # type: ignore[arg-type]


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO movements (at, item_id, delta, reason, reference, author, note)"
                " VALUES (CURRENT_TIMESTAMP, 999, 1, 'waste', '', 'owner', '')"
            )
        )


def test_readers_do_not_wait_for_a_writer(sqlite_db: Database) -> None:
    db = sqlite_db
    with db.transaction() as s:
        make_item(s)
    with db.transaction() as writer:
        record_movement(writer, 1, Decimal(5), Reason.RECEIVE, author="owner")
        with db.reading() as reader:  # would wait the busy timeout under BEGIN IMMEDIATE
            assert reader.scalar(text("SELECT count(*) FROM movements")) == 0


def test_migrations_down_and_up_keep_the_ledgers_append_only(sqlite_url: str) -> None:
    """A migration that copies `movements` on SQLite would silently drop its triggers."""
    from alembic import command

    from inventory_app.db.engine import make_engine
    from inventory_app.db.migrate import alembic_config

    engine = make_engine(sqlite_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        command.upgrade(config, "head")
        triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
        assert sorted(t for (t,) in triggers) == [
            "audit_log_no_delete",
            "audit_log_no_update",
            "movements_no_delete",
            "movements_no_update",
        ]
    engine.dispose()


def test_a_fixed_value_rounds_half_to_even_on_every_path() -> None:
    """A value finer than the scale rounds half to even, whether SQLAlchemy or the driver
    path converts it (Fixed's own bind processor) and whatever the decimal context says."""
    fixed, dialect = Fixed(6), sqlite.dialect()
    process = fixed.bind_processor(dialect)
    values = [Decimal("0.0000005"), Decimal("0.0000015"), Decimal("-0.0000025"), 3, None]
    with localcontext(rounding=ROUND_HALF_UP):
        assert [process(v) for v in values] == [0, 2, -2, 3_000_000, None]
        assert [fixed.process_bind_param(v, dialect) for v in values] == [0, 2, -2, 3_000_000, None]
