"""Each table's constraints and indexes by name, as declared and as a database holds them.

Autogenerate (tests/db/test_migrations.py) compares columns, types, indexes and unique
constraints, but not CHECK constraints, nor the names of foreign keys: these shapes do.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import CheckConstraint, Connection, ForeignKeyConstraint, Table, inspect
from sqlalchemy import UniqueConstraint as Unique

Shape = dict[str, Any]


def declared(table: Table, skip: frozenset[str]) -> Shape:
    """The shape the models declare; CHECK conditions as written."""
    constraints = table.constraints
    checks = [c for c in constraints if isinstance(c, CheckConstraint)]
    uniques = [c for c in constraints if isinstance(c, Unique)]
    return {
        "pk": (table.primary_key.name, tuple(table.primary_key.columns.keys())),
        "fk": {
            (c.name, tuple(c.column_keys), c.referred_table.name, c.ondelete)
            for c in constraints
            if isinstance(c, ForeignKeyConstraint)
        },
        "check": {(c.name, _words(c.sqltext)) for c in checks},
        "unique": {(c.name, tuple(c.columns.keys())) for c in uniques}
        | {(i.name, tuple(c.name for c in i.columns)) for i in table.indexes if i.unique},
        "index": {
            (i.name, tuple(c.name for c in i.columns))
            for i in table.indexes
            if not i.unique and i.name not in skip
        },
    }


def stored(conn: Connection, name: str, skip: frozenset[str]) -> Shape:
    """The shape a migrated database holds. PostgreSQL rewrites a CHECK's text
    (`kind::text = ANY (ARRAY[...])`), so there only the names are compared."""
    found = inspect(conn)
    sqlite = conn.dialect.name == "sqlite"
    sql = _create_sql(conn, name) if sqlite else ""
    pk = found.get_pk_constraint(name)
    indexes = [i for i in found.get_indexes(name) if i["name"] not in skip]
    uniques = found.get_unique_constraints(name)
    return {
        "pk": (pk["name"], tuple(pk["constrained_columns"])),
        "fk": {
            (
                f["name"] or _inline_name(sql, f["constrained_columns"]),
                tuple(f["constrained_columns"]),
                f["referred_table"],
                (f.get("options") or {}).get("ondelete"),
            )
            for f in found.get_foreign_keys(name)
        },
        "check": {
            (c["name"], _words(c["sqltext"]) if sqlite else None)
            for c in found.get_check_constraints(name)
        },
        "unique": {(u["name"], tuple(u["column_names"])) for u in uniques}
        | {(i["name"], tuple(i["column_names"])) for i in indexes if i["unique"]},
        "index": {(i["name"], tuple(i["column_names"])) for i in indexes if not i["unique"]},
    }


def without_check_text(shape: Shape) -> Shape:
    return {**shape, "check": {(name, None) for name, _ in shape["check"]}}


def _words(sql: object) -> str:
    return " ".join(str(sql).split())


def _create_sql(conn: Connection, name: str) -> str:
    query = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"
    return str(conn.exec_driver_sql(query, (name,)).scalar_one())


def _inline_name(sql: str, columns: list[str]) -> str | None:
    """SQLite reflects no name for a foreign key declared on its column (migration 0003's
    `ADD COLUMN bottle_id INTEGER CONSTRAINT fk_... REFERENCES`): read it from the DDL."""
    if len(columns) != 1:
        return None
    found = re.search(rf"\b{columns[0]}\b [^,]*?\bCONSTRAINT (\w+) REFERENCES", sql)
    return found.group(1) if found else None
