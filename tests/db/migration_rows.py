"""A valid row for every table as it stands at any revision, built from the reflected schema."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
)

# Columns with a CHECK on their values; every other column takes a value from its type.
CHOICES = {
    "items.kind": "bottle", "items.unit": "ml", "items.tracking": "bulk",
    "recipes.kind": "cocktail", "recipe_lines.channel": "takeaway", "sales.kind": "sale",
    "sales.channel": "takeaway", "bottles.state": "sealed", "counts.status": "open",
    "unmatched_sales.kind": "sale", "unmatched_sales.channel": "takeaway",
    "modifier_rules.action": "ignore",
    "orders.status": "draft", "users.role": "owner", "users.secret_kind": "pin",
    # A bottle's level is the sum of its movements; the sample movement is poured from none.
    "movements.bottle_id": None, "bottles.remaining": 0,
    # A sale, so migration 0009 has usage to fill `daily_usage` with (checked by the ledger).
    "movements.reason": "sale",
}  # fmt: skip
WHEN = datetime(2026, 11, 20, 21, 30, 15, 250000)
ONE = 1_000_000  # 1 ml or 1 piece as stored: movements and kept levels then agree


def reflect(conn: Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(conn)
    metadata.remove(metadata.tables["alembic_version"])
    return metadata


def sample_value(table: Table, column: Column[Any]) -> object:
    """A value the column accepts; foreign keys point at row 1 of the table they name."""
    key = f"{table.name}.{column.name}"
    if key in CHOICES:
        return CHOICES[key]
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table
        return None if target is table else 1
    kind = column.type
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, DateTime):
        return WHEN
    if isinstance(kind, Date):
        return WHEN.date()
    if isinstance(kind, BigInteger):
        return ONE
    if isinstance(kind, Integer):
        return 1
    if isinstance(kind, String | Text):
        length = getattr(kind, "length", None) or 40
        return f"{table.name}.{column.name}"[:length]
    raise AssertionError(f"no sample for {key} of type {kind!r}")


def insert_samples(
    conn: Connection, metadata: MetaData, skip: set[str]
) -> dict[str, dict[str, object]]:
    """One row in each table not in `skip`, parents first; returns what was written."""
    written = {}
    for table in metadata.sorted_tables:
        if table.name in skip:
            continue
        row = {c.name: sample_value(table, c) for c in table.columns if not _serial(c)}
        conn.execute(table.insert().values(row))
        written[table.name] = row
    return written


def stored_rows(conn: Connection, metadata: MetaData) -> dict[str, list[dict[str, object]]]:
    """Every row of every table, as mappings, in primary key order."""
    return {
        table.name: [
            dict(row)
            for row in conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        ]
        for table in metadata.sorted_tables
    }


def _serial(column: Column[Any]) -> bool:
    """An id the database numbers itself (given explicitly, PostgreSQL's sequence would lag)."""
    return column.primary_key and not column.foreign_keys and isinstance(column.type, Integer)
