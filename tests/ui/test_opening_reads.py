"""ui/opening_reads.py: what the window reads before its first page, failing closed.

On a copy of the demo bar; a file that lost its tables stands for one that cannot be read.
"""

from __future__ import annotations

import sqlite3

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Role
from inventory_app.services.views.stock import Order
from inventory_app.ui import queries
from inventory_app.ui.opening_reads import (
    bar_has_pins,
    load_dashboard,
    load_role,
    load_sees_costs,
)
from tests.ui.conftest import DEMO_OWNER


def unreadable(database: Database) -> None:
    with sqlite3.connect(database.url.removeprefix("sqlite:///")) as damage:
        damage.execute("DROP TABLE users")


def test_the_roles_and_who_sees_costs(demo_db: Database) -> None:
    assert load_role(demo_db, DEMO_OWNER) == Role.OWNER
    assert load_role(demo_db, "giulia") == Role.BARTENDER
    assert load_role(demo_db, "nobody") == Role.OWNER  # refused on writing, not here
    assert load_sees_costs(demo_db, DEMO_OWNER)


def test_the_demo_bar_has_pins_and_an_unreadable_file_counts_as_having_them(
    demo_db: Database,
) -> None:
    assert bar_has_pins(demo_db)
    assert load_sees_costs(demo_db, DEMO_OWNER)
    unreadable(demo_db)
    assert bar_has_pins(demo_db)  # fail closed: the window stays covered
    assert not load_sees_costs(demo_db, DEMO_OWNER)  # and shows no costs


def test_a_new_bar_needs_its_first_owner(db: Database) -> None:
    assert not bar_has_pins(db)  # the test bar's people have no PINs yet


def test_the_dashboard_lists_what_is_low(demo_db: Database) -> None:
    board = load_dashboard(demo_db)
    rows = {r.sku: r for r in queries.load_stock(demo_db, order=Order.NAME)}
    assert board.low and all(line.sku in rows for line in board.low)
