"""What every table shares (db/models/base.py), and a package that registers every table."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, inspect

import inventory_app.db.models as models
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Base, utcnow


def test_utcnow_is_naive_utc_now() -> None:
    """Stored datetimes are naive UTC: the same on SQLite and PostgreSQL columns."""
    before = datetime.now(UTC).replace(tzinfo=None)
    now = utcnow()
    after = datetime.now(UTC).replace(tzinfo=None)
    assert now.tzinfo is None and before <= now <= after


def test_every_datetime_default_is_taken_per_row() -> None:
    """A default of `datetime.now()` would stamp every row with the start-up time."""
    defaults = [
        (table.name, column.name, column.default)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, DateTime) and column.default is not None
    ]
    assert defaults, "some tables stamp their rows"
    assert [(t, c) for t, c, default in defaults if not default.is_callable] == []


def test_the_package_exports_a_class_for_every_table_the_migrations_make(sqlite_url: str) -> None:
    """Importing the package is enough for Alembic's env and the transfer, which read
    `Base.metadata` whole: every table is on it, each under a name the package exports."""
    database = open_database(sqlite_url)
    with database.engine.connect() as conn:
        made = set(inspect(conn).get_table_names()) - {"alembic_version"}
    database.dispose()
    exported = [getattr(models, name) for name in models.__all__]
    tables = {
        cls.__tablename__
        for cls in exported
        if isinstance(cls, type) and issubclass(cls, Base) and cls is not Base
    }
    assert tables == set(Base.metadata.tables) == made
