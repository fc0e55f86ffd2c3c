"""Exact columns: quantities and money stored as integers, floats refused (db/types.py)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError

from inventory_app.db.engine import Database
from inventory_app.db.models import Base
from inventory_app.db.types import Bound, Fixed, fixed, stored_integers
from inventory_app.domain.catalogue import Reason
from inventory_app.services.ledger.movements import record_movement
from tests.conftest import make_item

_MOVEMENTS = Base.metadata.tables["movements"]


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


def test_a_fixed_value_rounds_half_to_even_on_every_path() -> None:
    """A value finer than the scale rounds half to even, whether SQLAlchemy or the driver
    path converts it (Fixed's own bind processor) and whatever the decimal context says."""
    fixed, dialect = Fixed(6), sqlite.dialect()
    process = fixed.bind_processor(dialect)
    values: list[Bound] = [
        Decimal("0.0000005"),
        Decimal("0.0000015"),
        Decimal("-0.0000025"),
        3,
        None,
    ]
    with localcontext(rounding=ROUND_HALF_UP):
        assert [process(v) for v in values] == [0, 2, -2, 3_000_000, None]
        assert [fixed.process_bind_param(v, dialect) for v in values] == [0, 2, -2, 3_000_000, None]


def test_stored_integers_reads_the_units_and_from_stored_turns_them_back(db: Database) -> None:
    """Rows keyed on the stored integers hold exactly what is stored; other columns are
    read as usual, and the column's `from_stored` gives back the Decimal a plain read gives."""
    with db.transaction() as s:
        item = make_item(s)
        record_movement(s, item, Decimal("-22.5"), Reason.WASTE, author="owner")
    query = select(_MOVEMENTS.c.delta, _MOVEMENTS.c.reason)
    with db.reading() as s:
        raw, reason = s.execute(stored_integers(query)).one()
        (delta, _) = s.execute(query).one()
    assert (raw, reason) == (-22_500_000, "waste") and isinstance(raw, int)
    from_stored = fixed(_MOVEMENTS.c.delta).from_stored
    assert from_stored(raw) == delta == Decimal("-22.5")
    assert from_stored(None) is None


def test_fixed_names_a_column_that_is_not_exact() -> None:
    with pytest.raises(TypeError, match="is not a Fixed column"):
        fixed(_MOVEMENTS.c.reason)
