"""The small bar that selling and importing benchmarks write to: test bar and a 5-part Sour."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

from inventory_app.db.engine import BUSY_TIMEOUT_MS
from inventory_app.db.migrate import open_database
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from tests.services.sales_fixtures import Line, add_recipe, make_bar

SOUR = "Whisky Sour"


def small_bar(path: Path) -> Path:
    """A migrated SQLite file holding the bar; copy it for each run that writes."""
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as session:
        bar = make_bar(session)
        whisky = save_item(
            session, ItemSpec(sku="WHISKY", name="Whisky", size=Decimal(700)), author="owner"
        ).id
        lemon = save_item(
            session, ItemSpec(sku="LEMON", name="Lemon juice", size=Decimal(1000)), author="owner"
        )
        sour: list[Line] = [
            (whisky, Decimal(50), "ml", None), (lemon.id, Decimal(25), "ml", None),
            (bar.syrup, Decimal(15), "ml", None), (bar.sugar, Decimal(2), "g", None),
            (bar.cup, Decimal(1), "pcs", None),
        ]  # fmt: skip
        add_recipe(session, SOUR, sour, price=Decimal(12))
    db.dispose()
    return path


def copy_of(template: Path, path: Path) -> Path:
    path.unlink(missing_ok=True)
    shutil.copyfile(template, path)
    return path


def raw_connection(path: Path) -> sqlite3.Connection:
    """Bare sqlite3 with the pragmas of db/engine.py; BEGIN IMMEDIATE is the caller's."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def sour_draws(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(item id, scaled quantity) per Sour, for the baselines (ml and g are base units here)."""
    rows = conn.execute(
        "SELECT item_id, quantity FROM recipe_lines JOIN recipes ON recipes.id = recipe_id"
        " WHERE recipes.name = ? ORDER BY position",
        (SOUR,),
    )
    return [(item, quantity) for item, quantity in rows]
