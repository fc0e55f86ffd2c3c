"""What the bottle pages read: bottles in order, the opening log, what is open, what to open."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.bottle_states import BottleState, Opening
from inventory_app.domain.catalogue import Reason
from inventory_app.services.bottles.containers import empty_container, open_container
from inventory_app.services.bottles.view import (
    BottleRow,
    bottle_rows,
    open_now,
    opening_log,
    opening_targets,
    openings,
)
from inventory_app.services.ledger import movements as stock
from inventory_app.services.undo.movements import undo_opening
from tests.conftest import AUTHOR
from tests.services.bottle_fixtures import Shelf, make_shelf

D = Decimal
MONDAY = datetime(2026, 3, 2, 19, 0)


@pytest.fixture
def shelf(db: Database) -> Shelf:
    """#1 opened Monday and poured 100 ml; #3 opened then finished Tuesday; two Campari open."""
    with db.transaction() as s:
        shelf = make_shelf(s)
        open_container(s, "#1", author="giulia", at=MONDAY)
        stock.record_movement(s, shelf.whisky, D(-100), Reason.SALE, author=AUTHOR, bottle_id=1)
        open_container(s, "#3", author=AUTHOR, at=MONDAY + timedelta(hours=1))
        stock.record_movement(s, shelf.whisky, D(-700), Reason.SALE, author=AUTHOR, bottle_id=3)
        empty_container(s, "#3", author=AUTHOR, at=MONDAY + timedelta(days=1))
        open_container(s, "AMA-CAMP", author=AUTHOR, at=MONDAY + timedelta(hours=2))
        open_container(s, "AMA-CAMP", author=AUTHOR, at=MONDAY + timedelta(hours=3))
    return shelf


def test_bottles_open_first_then_sealed_then_empty(db: Database, shelf: Shelf) -> None:
    with db.reading() as s:
        rows = bottle_rows(s, now=MONDAY)
        assert [(r.bottle_id, r.state) for r in rows] == [
            (1, BottleState.OPEN), (2, BottleState.SEALED), (3, BottleState.EMPTY),
        ]  # fmt: skip
        assert [r.bottle_id for r in bottle_rows(s, state=BottleState.SEALED)] == [2]
        assert [r.bottle_id for r in bottle_rows(s, sku="WHI-MAC18")] == [1, 2, 3]
        assert bottle_rows(s, sku="AMA-CAMP") == []
    first = rows[0]
    assert (first.remaining, first.level, first.opened_at, first.oxidised) == (
        D(600), D(600) / D(700), MONDAY, False,
    )  # fmt: skip


def test_an_open_bottle_oxidises_after_the_setting_s_months(db: Database, shelf: Shelf) -> None:
    with db.reading() as s:
        months = [r.oxidised for r in bottle_rows(s, state=BottleState.OPEN, now=MONDAY)]
        later = bottle_rows(s, now=MONDAY + timedelta(days=400))
    assert months == [False]
    assert [(r.bottle_id, r.oxidised) for r in later] == [(1, True), (2, False), (3, False)]


def test_level_and_value_stay_within_the_bottle() -> None:
    row = BottleRow(
        1, "WHI", "Whisky", "Cask 1", "", "", None, None, None, BottleState.OPEN, MONDAY,
        MONDAY, None, D(-10), D(700), "ml", D(350), False,
    )  # fmt: skip
    assert (row.level, row.value) == (D(0), D(0))
    over = replace(row, remaining=D(800), cost=None)
    assert (over.level, over.value) == (D(1), None)
    half = replace(row, remaining=D(350))
    assert (half.level, half.value) == (D("0.5"), D(175))


def test_the_opening_log_newest_first_and_undone_marked(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        last = opening_log(s, MONDAY, MONDAY + timedelta(hours=4))[0]
        undo_opening(s, last.movement_id, author=AUTHOR)
    with db.reading() as s:
        log = opening_log(s, MONDAY, MONDAY + timedelta(days=2))
        monday = openings(s, MONDAY, MONDAY + timedelta(hours=3))  # the end is excluded
    assert [(e.sku, e.bottle, e.action, e.author, e.undone) for e in log] == [
        ("WHI-MAC18", "#3 Cask 3", Opening.EMPTY, AUTHOR, False),
        ("AMA-CAMP", "", Opening.OPEN, AUTHOR, True),
        ("AMA-CAMP", "", Opening.OPEN, AUTHOR, False),
        ("WHI-MAC18", "#3 Cask 3", Opening.OPEN, AUTHOR, False),
        ("WHI-MAC18", "#1 Cask 1", Opening.OPEN, "giulia", False),
    ]  # fmt: skip
    assert [(e.sku, e.bottle_id) for e in monday] == [("AMA-CAMP", None), ("WHI-MAC18", 3),
                                                      ("WHI-MAC18", 1)]  # fmt: skip


def test_open_now_bottles_first_then_bulk_by_name(db: Database, shelf: Shelf) -> None:
    with db.reading() as s:
        found = open_now(s, now=MONDAY)
    assert [(c.sku, c.bottle, c.open_count, c.opened_at) for c in found] == [
        ("WHI-MAC18", "#1 Cask 1", 1, MONDAY),
        ("AMA-CAMP", "", 2, MONDAY + timedelta(hours=3)),
    ]  # fmt: skip
    assert (found[0].remaining, found[0].on_hand) == (D(600), D(600))
    assert found[1].on_hand == D(2000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("MAC-2", [("#2", "sealed")]),  # a scanned bottle: that bottle only
        ("#1", [("#1", "open")]),
        ("WHI-MAC18", [("#1", "open"), ("#2", "sealed")]),  # the empty one is off the shelf
        ("camp", [("AMA-CAMP", "2 open")]),
        ("a", [("AMA-CAMP", "2 open"), ("#1", "open"), ("#2", "sealed")]),  # by name
        ("nothing like it", []),
    ],
)
def test_opening_targets(db: Database, shelf: Shelf, text: str, expected: list) -> None:
    with db.reading() as s:
        assert [(t.code, t.state) for t in opening_targets(s, text)] == expected
        assert len(opening_targets(s, "a", limit=2)) == 2
