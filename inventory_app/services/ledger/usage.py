"""Daily usage: stock that left the bar, per item and calendar day, in step with the ledger.

Days of cover weigh each weekday by the last weeks' usage. Summing those weeks from the
ledger read about 52,000 movements on a busy bar (most of the dashboard's time);
`daily_usage` holds the same sums per item and day of `at`, moved by the same statements
that append the movements (services/ledger/movements.py, as `stock_levels` is), so the read is at
most 42 small rows an item. Exact by construction: every movement is appended there, a
backdated one moves the day it is dated, and an undo is not usage (as in the ledger sum).

A write dated before the day it is made also appends a row to `usage_revisions` in the
same transaction: readers reuse the past weeks they summed until that table moves
(services/ordering/usage_profiles.py). Insert-only, and only for such writes: a sale of today
appends nothing, and no row is shared that every sale would update (on PostgreSQL that
row would queue the terminals behind each other).
"""

from __future__ import annotations

import importlib
import secrets
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Insert, Table, insert

from inventory_app.db.driver_sql import DriverStatement
from inventory_app.db.models import Base, utcnow
from inventory_app.domain.catalogue import USAGE_REASONS

_USAGE_VALUES = frozenset(r.value for r in USAGE_REASONS)
_USAGE = Base.metadata.tables["daily_usage"]
_REVISIONS = Base.metadata.tables["usage_revisions"]
_NEW_REVISION = insert(_REVISIONS)


def utc_today() -> date:
    """The day of a movement made now: `at` is UTC, and so is the day daily usage keeps."""
    return utcnow().date()


def _upsert(insert: Any, table: Table) -> Insert:
    """Add to the day's row, creating it: both engines spell it ON CONFLICT DO UPDATE."""
    statement = insert(table)
    upsert: Insert = statement.on_conflict_do_update(
        index_elements=[table.c.item_id, table.c.day],
        set_={"used": table.c.used + statement.excluded.used},
    )
    return upsert


_KEYS = ("item_id", "day", "weekday", "used")
# On the driver's cursor like the movements they follow (db/driver_sql.py): one per sale.
_UPSERTS: dict[str, DriverStatement] = {}


def _upsert_for(dialect: str) -> DriverStatement:
    """Built on first use: loading the PostgreSQL dialect cost a SQLite bar ~25 ms of start-up."""
    statement = _UPSERTS.get(dialect)
    if statement is None:
        module = importlib.import_module(f"sqlalchemy.dialects.{dialect}")
        statement = DriverStatement(_upsert(module.insert, _USAGE), keys=_KEYS)
        _UPSERTS[dialect] = statement
    return statement


def record_usage(
    connection: Connection, moves: Iterable[tuple[int, datetime, Decimal, str]]
) -> None:
    """Move each day's usage by movements (item id, at, delta, reason) just appended.

    Rows are written in (item, day) order: on PostgreSQL the caller already holds the
    items' `stock_levels` rows, so two writers never wait on each other here. A day
    before today also appends a usage revision (see the module's docstring).
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
        _upsert_for(connection.dialect.name).execute_columns(connection, columns)
        if min(days) < utc_today():
            connection.execute(_NEW_REVISION, {"token": secrets.randbits(40)})
