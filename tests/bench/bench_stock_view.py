"""Scenario 3: the stock page and the dashboard on 1,000,000 movements, against a ledger sum.

On hand is read from stock_levels, never summed from the ledger; days of cover read
only the last weeks of usage. The baseline is what they would cost otherwise: SUM
over the whole ledger with a covering index on (item_id, delta).

Timed in the steady state of a bar that sells: before every timed read one cocktail of
five ingredients is sold through the service (untimed), so five levels move and what
the pages reuse between reads (the weeks of usage summed once, rows whose columns did
not change: services/ordering/usage_profiles.py, levels.py, stock_view.py) has to follow. Two of
the seven runs instead record a waste dated last week from a second Database on the same
file (another terminal), so those reads sum the six weeks again; the median is the
steady state. The big bar is copied first: the copy takes the sales, the cached file
stays as built.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec, save_recipe
from inventory_app.services.selling.sales import sell
from inventory_app.services.views.dashboard import dashboard
from inventory_app.services.views.stock import stock_rows
from tests.bench.bar_data import bar_file
from tests.bench.harness import Result, compare
from tests.bench.small_bar import copy_of

LEDGER_SUM = "SELECT item_id, SUM(delta) FROM movements GROUP BY item_id"
COCKTAIL = "Bench Sour"
RUNS = 7
BACKDATED_RUNS = (2, 5)  # of the runs after the warm-up: a write into the past weeks


def run(folder: Path) -> list[Result]:
    path = copy_of(bar_file(), folder / "stock-view-bar.sqlite3")
    raw = sqlite3.connect(path)
    db = open_database(f"sqlite:///{path}")
    other = open_database(f"sqlite:///{path}")  # another terminal on the same file
    with db.transaction() as session:
        _add_cocktail(session)

    def baseline() -> None:
        raw.execute(LEDGER_SUM).fetchall()

    try:
        return [
            compare(
                "stock levels (500 items, 1M movements)",
                baseline,
                _after_a_change(db, other, stock_rows),
                target=0.05,
                runs=RUNS,
            ),
            compare(
                "dashboard (500 items, 1M movements)",
                baseline,
                _after_a_change(db, other, dashboard),
                target=0.05,
                runs=RUNS,
            ),
        ]
    finally:
        raw.close()
        db.dispose()
        other.dispose()


def _add_cocktail(session: Session) -> None:
    lines = tuple(RecipeLineSpec(f"SKU{n:04d}", Decimal("22.5"), Unit.ML) for n in range(5))
    save_recipe(
        session,
        RecipeSpec(COCKTAIL, price=Decimal(12), lines=lines),
        author="owner",
    )


def _after_a_change(
    db: Database, other: Database, read: Callable[..., object]
) -> Callable[[], float]:
    """A sale (or, in BACKDATED_RUNS, last week's waste from the other terminal), untimed;
    then the read, timed: the seconds are returned for the harness to use."""
    calls = 0

    def subject() -> float:
        nonlocal calls
        if calls - 1 in BACKDATED_RUNS:  # call 0 is the harness's warm-up
            with other.transaction() as session:
                item = find_item(session, "SKU0007").id
                at = utcnow() - timedelta(days=8)
                record_movement(session, item, Decimal(-30), Reason.WASTE, author="owner", at=at)
        else:
            with db.transaction() as session:
                sell(session, COCKTAIL, author="owner")
        calls += 1
        start = time.perf_counter()
        with db.reading() as session:
            read(session)
        return time.perf_counter() - start

    return subject
