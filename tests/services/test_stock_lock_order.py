"""Two terminals touching the same items never deadlock: on-hand rows are locked in id order.

Each case crosses two transactions the way a deadlock needs: terminal 1 moves the first
item, terminal 2 starts a service call touching both, then terminal 1 moves the second.
Had terminal 2 locked the second item first, PostgreSQL would abort one of them
("deadlock detected"); in id order terminal 2 waits, holding nothing, and both succeed.
On SQLite the writers take turns at BEGIN and the same cases must pass too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.counts import sessions as counts
from inventory_app.services.imports import sales as sales_import
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.selling.sales import sell
from tests.robustness.bar import AUTHOR, START, build_bar, levels, taken, write_sales

D = Decimal
OVERLAP_S = 0.5  # long enough for terminal 2 to reach its first lock


def _crossing(db: Database, first: str, second: str, other: Callable[[Session], object]) -> None:
    errors: list[BaseException] = []

    def terminal_2() -> None:
        try:
            with db.transaction() as s:
                other(s)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    with db.transaction() as s:
        _waste(s, first)
        thread = threading.Thread(target=terminal_2)
        thread.start()
        time.sleep(OVERLAP_S)
        _waste(s, second)
    thread.join(30)
    assert not thread.is_alive(), "terminal 2 never finished"
    assert not errors, f"terminal 2 failed: {errors[0]!r}"


def _waste(session: Session, sku: str) -> None:
    item = find_item(session, sku).id
    record_movement(session, item, D(-1), Reason.WASTE, author=AUTHOR)


@pytest.fixture
def bar(db: Database) -> Database:
    build_bar(db)
    return db


def test_a_sale_locks_its_ingredients_in_id_order(bar: Database) -> None:
    # Boulevardier lists VERMOUTH, CAMPARI, GIN: the reverse of their ids.
    _crossing(bar, "GIN", "VERMOUTH", lambda s: sell(s, "Boulevardier", author=AUTHOR))
    found = levels(bar)
    for sku, delta in taken("Boulevardier", 1).items():
        wasted = 1 if sku in ("GIN", "VERMOUTH") else 0
        assert found[sku] == (START + delta - wasted, START + delta - wasted)


def test_an_import_locks_every_item_it_draws_before_its_first_chunk(
    bar: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sales_import, "CHUNK", 1)  # one line per chunk: RUM, then GIN
    export = tmp_path / "pos.csv"
    write_sales(export, [("Shot", 1, "T1"), ("Negroni", 1, "T2")])
    _crossing(bar, "GIN", "RUM", lambda s: import_sales(s, export, author=AUTHOR))
    assert levels(bar)["RUM"][0] == START - 40 - 1


def test_finalising_a_count_locks_every_counted_item_first(bar: Database) -> None:
    with bar.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "GIN", author=AUTHOR, quantity=START)  # as expected: no movement
        counts.set_line(s, "VERMOUTH", author=AUTHOR, quantity=D(700))
    _crossing(bar, "GIN", "VERMOUTH", lambda s: counts.finalise_count(s, author=AUTHOR))
    found = levels(bar)
    # Terminal 1's waste committed first, so the count's expected saw it: counted stands.
    assert found["VERMOUTH"] == (D(700), D(700))
    assert found["GIN"] == (START, START)


def test_the_same_export_imported_on_two_terminals_at_once_is_deducted_once(
    bar: Database, tmp_path: Path
) -> None:
    """Terminal 2 waits at the import's item locks, then finds every line already known."""
    export = tmp_path / "pos.csv"
    takes = write_sales(export, [("Negroni", 2, "T1"), ("Shot", 1, "T2")])
    imported: list[int | BaseException] = []

    def terminal_2() -> None:
        try:
            with bar.transaction() as s:
                imported.append(import_sales(s, export, author=AUTHOR).imported)
        except BaseException as error:  # a unique key clash without the locks
            imported.append(error)

    with bar.transaction() as s:
        assert import_sales(s, export, author=AUTHOR).imported == 2
        thread = threading.Thread(target=terminal_2)
        thread.start()
        time.sleep(OVERLAP_S)
    thread.join(30)
    assert imported == [0]
    assert levels(bar) == {
        sku: (START + takes.get(sku, D(0)), START + takes.get(sku, D(0))) for sku in levels(bar)
    }
