"""Open a database and bring its schema to the newest migration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.orm import sessionmaker

from inventory_app.db.backups import Reason, make_backup, stored_keep
from inventory_app.db.engine import (
    READ_ONLY,
    WAIT_NOTICE,
    Database,
    label_of,
    make_engine,
    sqlite_path,
)
from inventory_app.db.fault_naming import named_faults

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration's revision: a database already there opens without importing Alembic
# (a third of a second at every start). tests/db/test_migrate.py checks it is Alembic's head.
HEAD_REVISION = "0022_suppliers"


def alembic_config(url: str | None = None) -> Config:
    """Alembic's configuration pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The head as Alembic finds it in the scripts (HEAD_REVISION must equal it)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in alembic_version, read with a plain query (None: no schema yet)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known_revision(revision: str) -> bool:
    """A revision this version can migrate from (a newer program's file is not one)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return any(script.revision == revision for script in scripts.walk_revisions())


def upgrade(connection: Connection) -> None:
    """Apply every pending migration; a no-op on an up-to-date database."""
    current = current_revision(connection)
    if current == HEAD_REVISION:
        return
    from alembic import command

    if current is not None:
        _back_up_before_migration(connection)
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def open_database(
    url: str,
    *,
    before_write: Callable[[], None] | None = None,
    while_waiting: Callable[[str], None] | None = None,
) -> Database:
    """Connect, migrate and return the database, ready for sessions.

    `before_write` (the start-up check's verdict) runs before a migration writes, and
    before every write transaction of the returned database. `while_waiting` hears it
    when a write waits for another terminal (Database.while_waiting), this first one too.
    """
    engine = make_engine(url)
    opening = engine.execution_options(**{WAIT_NOTICE: while_waiting}) if while_waiting else engine
    try:
        with named_faults(label_of(url)):
            if not _at_head(engine):  # a database already there opens with a read: no write lock
                with opening.begin() as connection:
                    if before_write is not None and current_revision(connection) != HEAD_REVISION:
                        before_write()
                    upgrade(connection)
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    database = Database(url=url, engine=engine, sessions=sessions)
    if before_write is not None:
        database.before_write = before_write
    if while_waiting is not None:
        database.while_waiting = while_waiting
    return database


def _at_head(engine: Engine) -> bool:
    """Read the stamp without the write lock: a long import elsewhere must not hold up a start."""
    with engine.connect() as connection:
        connection.execution_options(**{READ_ONLY: True})
        with connection.begin():
            return current_revision(connection) == HEAD_REVISION


def _back_up_before_migration(connection: Connection) -> None:
    """A SQLite file with data gets a backup before its schema changes (read while we wait)."""
    path = sqlite_path(connection.engine.url.render_as_string(hide_password=False))
    if path is not None and path.is_file():
        make_backup(path, Reason.BEFORE_MIGRATION, keep=stored_keep(connection))
