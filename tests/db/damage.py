"""Real database files for the backup tests: a small bar, and the same file with bad pages."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.services.catalogue.items import item_count
from inventory_app.services.demo.bar import load_demo

PAGE = 4096


def demo_file(path: Path) -> Path:
    """The demo bar in a closed SQLite file (its WAL checkpointed into the file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_demo_template(), path)
    return path


@cache
def _demo_template() -> Path:
    """Loading the demo takes a while: once per test run, then copied."""
    folder = Path(tempfile.mkdtemp(prefix="demo-bar-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "demo.sqlite3"
    database = open_database(f"sqlite:///{path}")
    with database.transaction() as session:
        load_demo(session, author="owner")
    database.dispose()
    return path


def damage_pages(path: Path, *, first: int = 5, count: int = 4) -> None:
    """Overwrite some pages in the middle of the file with garbage, as a bad disk would."""
    with path.open("r+b") as handle:
        handle.seek(PAGE * first)
        handle.write(bytes(range(256)) * (PAGE * count // 256))


def items_in(path: Path) -> int:
    database = open_database(f"sqlite:///{path}")
    try:
        with database.reading() as session:
            return item_count(session)
    finally:
        database.dispose()
