"""Daily usage: stock that left the bar, per item and calendar day, in step with the ledger.

Days of cover weigh each weekday by the last weeks' usage. Summing those weeks from the
ledger read about 52,000 movements on a busy bar (most of the dashboard's time);
`daily_usage` holds the same sums per item and day of `at`, moved by the same statements
that append the movements (services/stock.py, as `stock_levels` is), so the read is at
most 42 small rows an item. Exact by construction: every movement is appended there, a
backdated one moves the day it is dated, and an undo is not usage (as in the ledger sum).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Insert, Table
from sqlalchemy.dialects import postgresql, sqlite

from inventory_app.db.driver_sql import DriverStatement
from inventory_app.db.models import Base
from inventory_app.domain.catalogue import Reason

# Stock that left the bar for good: what a par has to cover.
USAGE_REASONS = (Reason.SALE, Reason.PREP_USE, Reason.WASTE, Reason.BREAKAGE, Reason.COMP)
_USAGE_VALUES = frozenset(r.value for r in USAGE_REASONS)
_USAGE = Base.metadata.tables["daily_usage"]


def _upsert(insert: Any, table: Table) -> Insert:
    """Add to the day's row, creating it: both engines spell it ON CONFLICT DO UPDATE."""
    statement = insert(table)
    return statement.on_conflict_do_update(
        index_elements=[table.c.item_id, table.c.day],
        set_={"used": table.c.used + statement.excluded.used},
    )


_KEYS = ("item_id", "day", "weekday", "used")
# On the driver's cursor like the movements they follow (db/driver_sql.py): one per sale.
_UPSERT = {
    "sqlite": DriverStatement(_upsert(sqlite.insert, _USAGE), keys=_KEYS),
    "postgresql": DriverStatement(_upsert(postgresql.insert, _USAGE), keys=_KEYS),
}


def record_usage(
    connection: Connection, moves: Iterable[tuple[int, datetime, Decimal, str]]
) -> None:
    """Move each day's usage by movements (item id, at, delta, reason) just appended.

    Rows are written in (item, day) order: on PostgreSQL the caller already holds the
    items' `stock_levels` rows, so two writers never wait on each other here.
    """
    totals: dict[tuple[int, date], Decimal] = defaultdict(Decimal)
    for item_id, at, delta, reason in moves:
        if reason in _USAGE_VALUES:
            totals[(item_id, at.date())] -= delta
    if totals:
        keys = sorted(totals)
        days = [day for _, day in keys]
        columns: dict[str, Sequence[Any]] = {
            "item_id": [item_id for item_id, _ in keys],
            "day": days,
            "weekday": [day.weekday() for day in days],
            "used": [totals[key] for key in keys],
        }
        _UPSERT[connection.dialect.name].execute_columns(connection, columns)
