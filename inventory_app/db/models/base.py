"""What every table shares: the declarative base, its naming convention and `utcnow`.

Alembic migrations own the schema; the modules beside this one mirror it, one domain each.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Called per row (never `default=datetime.now()`, which is evaluated once)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# One count open at a time and one draft order per supplier are also held by two partial
# unique indexes that only migration 0012 declares (and one rule per modifier for every
# recipe by one of 0016): spelling their WHERE here takes
# `postgresql_where`, which loads SQLAlchemy's PostgreSQL dialect on every start (~30 ms
# before the first page, on a SQLite bar too). tests/db/test_migrations.py knows them.
MIGRATION_ONLY_INDEXES = frozenset(
    {"uq_counts_one_open", "uq_orders_one_draft_per_supplier", "uq_modifier_rules_every_recipe"}
)
