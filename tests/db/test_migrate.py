"""Before a migration changes a SQLite file that holds data, a backup of it is taken."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from inventory_app.db.backups import Reason, list_backups
from inventory_app.db.engine import make_engine
from inventory_app.db.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)


def _at_revision(path: Path, revision: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('backup_keep', '2')")
    engine.dispose()


def test_a_pending_migration_backs_up_the_file_first(tmp_path: Path) -> None:
    path = tmp_path / "bar.sqlite3"
    _at_revision(path, "0001")
    open_database(f"sqlite:///{path}").dispose()
    [backup] = list_backups(path)
    assert backup.reason is Reason.BEFORE_MIGRATION
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_the_kept_number_is_read_from_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "bar.sqlite3"
    for _ in range(3):
        path.unlink(missing_ok=True)
        _at_revision(path, "0001")
        open_database(f"sqlite:///{path}").dispose()
    assert len(list_backups(path)) == 2


def test_a_new_or_current_database_gets_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "bar.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    open_database(f"sqlite:///{path}").dispose()
    assert list_backups(path) == []
    assert not (tmp_path / "backups").exists()


def test_the_head_written_down_is_alembics_head() -> None:
    """A new migration without HEAD_REVISION moved to it would never be applied."""
    assert head_revision() == HEAD_REVISION


def test_a_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bar.sqlite3'}"
    open_database(url).dispose()
    code = (
        "import sys; from inventory_app.db.migrate import open_database; "
        f"open_database({url!r}).dispose(); print('alembic' in sys.modules)"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"


def test_open_migrates_to_head_and_is_idempotent(db_url: str) -> None:
    first = open_database(db_url)
    first.dispose()
    again = open_database(db_url)
    with again.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        tables = set(inspect(conn).get_table_names())
    again.dispose()
    assert {"items", "movements", "stock_levels", "suppliers", "locations", "imports"} <= tables
