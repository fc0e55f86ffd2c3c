"""The driver path stores and reads exactly what SQLAlchemy's own execution does."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.engine import Database
from inventory_app.db.models import Base
from tests.conftest import make_item

MOVEMENTS = Base.metadata.tables["movements"]
COLUMNS = ("at", "item_id", "delta", "reason", "reference", "author", "note")
DRIVER_INSERT = DriverStatement(insert(MOVEMENTS), keys=COLUMNS)
READ = DriverStatement(
    select(MOVEMENTS.c.at, MOVEMENTS.c.delta).where(MOVEMENTS.c.reference == bindparam("ref"))
)


def _row(item: int, reference: str, delta: object) -> dict[str, object]:
    at = datetime(2026, 11, 23, 21, 5, 7, 123456)
    return {
        "at": at, "item_id": item, "delta": delta, "reason": "correction",
        "reference": reference, "author": "owner", "note": "",
    }  # fmt: skip


def test_values_are_stored_as_sqlalchemy_stores_them(db: Database) -> None:
    delta = Decimal("-22.123457")
    with db.transaction() as s:
        item = make_item(s)
        DRIVER_INSERT.execute_many(flushed(s), [_row(item, "driver", delta)])
        s.connection().execute(insert(MOVEMENTS), [_row(item, "core", delta)])
        s.connection().execute(insert(MOVEMENTS), [_row(item, "balance", -2 * delta)])
        stored = text("SELECT at, delta FROM movements WHERE reference = :r")
        by_driver = s.execute(stored, {"r": "driver"}).one()
        by_core = s.execute(stored, {"r": "core"}).one()
        read_back = READ.rows(flushed(s), {"ref": "core"})
    assert tuple(by_driver) == tuple(by_core)
    assert by_driver[1] == -22_123_457  # Fixed: millionths, as an integer
    assert read_back == [(datetime(2026, 11, 23, 21, 5, 7, 123456), delta)]


def test_a_driver_error_is_raised_as_sqlalchemys(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        DRIVER_INSERT.execute_many(flushed(s), [_row(999, "nowhere", Decimal(1))])


def test_a_value_its_type_refuses_is_a_statement_error(db: Database) -> None:
    with pytest.raises(StatementError, match="floats are never stored"), db.transaction() as s:
        DRIVER_INSERT.execute_many(flushed(s), [_row(make_item(s), "float", 1.5)])


def test_a_column_left_out_is_refused_not_defaulted(db: Database) -> None:
    row = _row(1, "partial", Decimal(1))
    del row["note"]
    with pytest.raises(StatementError, match="no value for 'note'"), db.transaction() as s:
        DRIVER_INSERT.execute_many(flushed(s), [row])


def test_an_expanding_in_is_refused(db: Database) -> None:
    keys = select(MOVEMENTS.c.id).where(MOVEMENTS.c.reference.in_(bindparam("r", expanding=True)))
    with pytest.raises(ValueError, match="expanding"), db.transaction() as s:
        DriverStatement(keys).rows(flushed(s), {"r": ["a"]})


def test_rows_of_an_executemany_keep_their_own_values(db: Database) -> None:
    """Values shared between rows are converted once; every row still gets its own."""
    deltas = [Decimal("1.5"), Decimal("1.5"), Decimal("-0.25"), Decimal("-2.75")]
    with db.transaction() as s:
        item = make_item(s)
        rows = [_row(item, f"many-{n}", delta) for n, delta in enumerate(deltas)]
        rows[1]["at"] = rows[2]["at"] = rows[0]["at"]  # the very same object, as in a sale
        rows[3]["at"] = datetime(2026, 11, 24, 1, 2, 3)
        DRIVER_INSERT.execute_many(flushed(s), rows)
        stored = [READ.rows(flushed(s), {"ref": f"many-{n}"})[0] for n in range(4)]
    assert [delta for _, delta in stored] == deltas
    assert [at for at, _ in stored] == [rows[0]["at"]] * 3 + [datetime(2026, 11, 24, 1, 2, 3)]


def test_rows_convert_only_the_columns_with_a_processor(db: Database) -> None:
    """Mixed columns (converted and passed through) keep their order; no rows is no rows."""
    mixed = DriverStatement(
        select(MOVEMENTS.c.reference, MOVEMENTS.c.delta, MOVEMENTS.c.author, MOVEMENTS.c.at)
        .where(MOVEMENTS.c.reference == bindparam("ref"))
        .order_by(MOVEMENTS.c.id)
    )
    with db.transaction() as s:
        item = make_item(s)
        deltas = [Decimal("0.25"), Decimal("-0.25"), Decimal(0)]  # on hand stays the ledger's
        DRIVER_INSERT.execute_many(flushed(s), [_row(item, "mixed", d) for d in deltas])
        assert mixed.rows(flushed(s), {"ref": "nothing"}) == []
        got = mixed.rows(flushed(s), {"ref": "mixed"})
    at = datetime(2026, 11, 23, 21, 5, 7, 123456)
    assert got == [("mixed", d, "owner", at) for d in deltas]
    assert all(type(row) is tuple for row in got)


def test_values_given_by_column_are_stored_as_by_row(db: Database) -> None:
    """Bulk writers hand their values column by column: the same rows, no dict per row."""
    deltas = [Decimal("-22.123457"), Decimal("22.123457")]  # the ledger stays balanced
    with db.transaction() as s:
        item = make_item(s)
        by_row = [_row(item, f"row-{n}", delta) for n, delta in enumerate(deltas)]
        DRIVER_INSERT.execute_many(flushed(s), by_row)
        by_column = {name: [row[name] for row in by_row] for name in COLUMNS}
        by_column["reference"] = [f"column-{n}" for n in range(len(deltas))]
        assert DRIVER_INSERT.execute_columns(flushed(s), by_column) == len(deltas)
        stored = text("SELECT at, delta FROM movements WHERE reference = :r")
        by_row_stored = [tuple(s.execute(stored, {"r": f"row-{n}"}).one()) for n in range(2)]
        by_column_stored = [tuple(s.execute(stored, {"r": f"column-{n}"}).one()) for n in range(2)]
    assert by_row_stored == by_column_stored
    assert [delta for _, delta in by_column_stored] == [-22_123_457, 22_123_457]


def test_a_value_refused_in_a_column_is_a_statement_error(db: Database) -> None:
    with pytest.raises(StatementError, match="floats are never stored"), db.transaction() as s:
        columns = {name: [value] for name, value in _row(make_item(s), "float", 1.5).items()}
        DRIVER_INSERT.execute_columns(flushed(s), columns)


def test_a_column_missing_from_the_columns_is_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="note"), db.transaction() as s:
        columns = {name: [value] for name, value in _row(make_item(s), "x", Decimal(1)).items()}
        del columns["note"]
        DRIVER_INSERT.execute_columns(flushed(s), columns)
