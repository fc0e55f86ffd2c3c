"""A count finalisation killed at random moments: still open, or finalised with every movement."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Count, CountLine, Item, Movement, StockLevel
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.services.counts import sessions as counts
from inventory_app.services.ledger.movements import record_movement
from tests.conftest import assert_ledger_invariant, make_item
from tests.robustness.bar import AUTHOR
from tests.robustness.crash_kit import (
    crash_seed,
    fresh_copy,
    integrity,
    run_and_kill,
    seed_on_failure,
)

KILLS = 20
ITEMS = 400
D = Decimal


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _counted(n: int) -> Decimal:
    """Item n's shelf: one in seven as expected, the others off by a few ml either way."""
    return D(1000 + n) + D(n % 7 - 3)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ITEMS items with stock and an open count of all of them (a closed SQLite file)."""
    path = tmp_path_factory.mktemp("count-crash") / "template.sqlite3"
    database = open_database(_url(path))
    with database.transaction() as s:
        for n in range(ITEMS):
            item = make_item(s, f"CNT-{n:03d}")
            record_movement(s, item, D(1000 + n), Reason.RECEIVE, author=AUTHOR)
        counts.start_count(s, author=AUTHOR)
        for n in range(ITEMS):
            counts.set_line(s, f"CNT-{n:03d}", author=AUTHOR, quantity=_counted(n))
    database.dispose()
    return path


def _finalise(path: Path) -> None:
    database = open_database(_url(path))
    with database.transaction() as session:
        counts.finalise_count(session, author=AUTHOR)
    database.dispose()


def _state(database: Database) -> tuple[str, int, list[Decimal], int]:
    """The count's status, its movements, every item's on hand, and items marked counted."""
    with database.reading() as s:
        status = s.scalar(select(Count.status)) or ""
        moved = s.scalar(select(func.count()).where(Movement.reason == Reason.COUNT)) or 0
        on_hand = list(s.scalars(select(StockLevel.on_hand).join(Item).order_by(Item.sku)))
        marked = s.scalar(select(func.count()).where(StockLevel.last_counted_at.is_not(None))) or 0
        expected_set = s.scalar(select(func.count()).where(CountLine.expected.is_not(None))) or 0
        assert expected_set in (0, ITEMS), f"{expected_set} lines with an expected quantity"
        return status, moved, on_hand, marked


def test_a_killed_finalisation_leaves_the_count_open_or_wholly_done(
    template: Path, tmp_path: Path
) -> None:
    work = tmp_path / "bar.sqlite3"
    clean = run_and_kill(lambda: _finalise(fresh_copy(template, work)), None)
    open_state = ("open", 0, [D(1000 + n) for n in range(ITEMS)], 0)
    differing = sum(1 for n in range(ITEMS) if n % 7 != 3)
    done_state = ("finalised", differing, [_counted(n) for n in range(ITEMS)], ITEMS)
    seed = crash_seed()
    rng = random.Random(seed)
    fresh_copy(template, work)
    finished = 0
    for kill in range(KILLS):
        delay = rng.uniform(0, clean.seconds * 1.1)
        with seed_on_failure(seed, kill, delay):
            outcome = run_and_kill(lambda: _finalise(work), delay)
            assert integrity(work) == "ok"
            database = open_database(_url(work))
            assert_ledger_invariant(database)
            state = _state(database)
            assert state in (open_state, done_state), f"half a count: {state[:2]}, {state[3]}"
            assert state == done_state or not outcome.finished
            if state == done_state:  # running it again is refused and changes nothing
                with pytest.raises(InputError, match="no count is open"):
                    _finalise(work)
                assert _state(database) == done_state
                fresh_copy(template, work)
                finished += 1
            database.dispose()
    _finalise(work)
    database = open_database(_url(work))
    assert _state(database) == done_state
    database.dispose()
    print(
        f"\ncount of {ITEMS} lines ({clean.seconds:.2f} s): {KILLS} kills, "
        f"{finished} after the commit; seed {seed}"
    )
