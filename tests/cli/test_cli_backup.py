"""A damaged database, as a person meets it: real processes, the restore command pasted."""

from __future__ import annotations

import json
import shlex
from datetime import datetime
from pathlib import Path

import pytest

from inventory_app.db.backups import Reason, make_backup
from tests.cli.test_cli import run
from tests.commands.running import TRACEBACK
from tests.db.damage import damage_pages, demo_file


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    return demo_file(tmp_path / "bar.sqlite3")


def test_a_damaged_database_names_the_backup_and_the_command(bar: Path) -> None:
    """End to end, as a person would: the check fails, they paste the command, it opens."""
    good = make_backup(bar, Reason.DAILY, now=lambda: datetime(2026, 11, 22, 18, 0))
    damage_pages(bar)
    url = f"sqlite:///{bar}"
    done = run("--db", url, "stock", cwd=bar.parent)
    assert done.returncode == 8 and TRACEBACK not in done.stderr
    command = f"inventory-app --db {url} restore {good}"
    assert done.stderr.startswith(
        f"inventory-app: error: the database file {bar} is damaged (Page "
    )
    assert done.stderr.endswith(
        f"The newest good backup is {good} (2026-11-22 18:00, daily). Restore it with:\n"
        f"  {command}\n"
    )
    done = run(*shlex.split(command)[1:], cwd=bar.parent)
    assert done.returncode == 0, done.stderr
    done = run("--db", url, "stock", "--format", "json", cwd=bar.parent)
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 69
