"""Pours of a serial item come from the right bottle: chosen, else the oldest opened."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement
from inventory_app.domain.errors import InputError
from inventory_app.services.bottles.containers import open_container
from inventory_app.services.bottles.draws import unassigned_draws
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.selling.sales import sell, undo_sale
from tests.conftest import AUTHOR, make_item
from tests.services.bottle_fixtures import Shelf, bottle_state, make_shelf
from tests.services.sales_fixtures import add_recipe

D = Decimal


@pytest.fixture
def shelf(db: Database) -> Shelf:
    with db.transaction() as s:
        return make_shelf(s)


def open_bottles(db: Database, *opened: tuple[int, datetime]) -> None:
    with db.transaction() as s:
        for bottle_id, at in opened:
            open_container(s, f"#{bottle_id}", author=AUTHOR, at=at)


def drawn_from(db: Database, reason: str = "sale") -> list[int | None]:
    with db.sessions() as s:
        query = select(Movement.bottle_id).where(Movement.reason == reason).order_by(Movement.id)
        return list(s.scalars(query))


@pytest.mark.parametrize(
    ("opened", "chosen", "expected"),
    [
        ([(2, datetime(2026, 1, 5)), (3, datetime(2025, 12, 1))], None, 3),  # oldest opened
        ([(1, datetime(2026, 1, 5)), (3, datetime(2026, 1, 5))], None, 1),  # same day: lower id
        ([(2, datetime(2026, 1, 5)), (3, datetime(2025, 12, 1))], 2, 2),  # the chosen one
        ([], None, None),  # none open: no bottle, flagged
    ],
)
def test_a_dram_draws_from_the_right_bottle(
    db: Database,
    shelf: Shelf,
    opened: list[tuple[int, datetime]],
    chosen: int | None,
    expected: int | None,
) -> None:
    open_bottles(db, *opened)
    with db.transaction() as s:
        result = sell(s, "Dram Macallan 18", author=AUTHOR, quantity=D(2), bottle_id=chosen)
    assert drawn_from(db) == [expected]
    assert result.unassigned == (() if expected else ("WHI-MAC18",))
    if expected is not None:
        assert bottle_state(db, expected)[1] == D(620)


def test_none_open_flags_the_item_until_undone(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        sale = sell(s, "Dram Macallan 18", author=AUTHOR).sale_id
        sell(s, "Dram Macallan 18", author=AUTHOR)
    with db.sessions() as s:
        [flag] = unassigned_draws(s)
        assert (flag.sku, flag.draws, flag.quantity) == ("WHI-MAC18", 2, D(80))
    with db.transaction() as s:
        undo_sale(s, sale, author=AUTHOR)
    with db.sessions() as s:
        assert [(f.draws, f.quantity) for f in unassigned_draws(s)] == [(1, D(40))]


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        (1, "bottle #1 (Cask 1) is sealed: open it first"),
        (99, "no bottle #99"),
    ],
)
def test_a_bad_choice_sells_nothing(db: Database, shelf: Shelf, chosen: int, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)), db.transaction() as s:
        sell(s, "Dram Macallan 18", author=AUTHOR, bottle_id=chosen)
    assert drawn_from(db) == []


def test_a_bottle_of_another_item_is_refused(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        gin = make_item(s, "GIN-1", name="Gin")
        add_recipe(s, "Gin neat", [(gin, D(40), "ml", None)])
    open_bottles(db, (1, datetime(2026, 1, 1)))
    refused = pytest.raises(InputError, match=r"bottle #1 \(Cask 1\) is not in this drink")
    with refused, db.transaction() as s:
        sell(s, "Gin neat", author=AUTHOR, bottle_id=1)


def test_the_sales_import_draws_from_the_open_bottle(
    db: Database, shelf: Shelf, tmp_path: Path
) -> None:
    open_bottles(db, (2, datetime(2026, 1, 5)))
    path = tmp_path / "pos.csv"
    path.write_text(
        "date,item,qty\n2026-03-01,Dram Macallan 18,1\n2026-03-01,Dram Macallan 18,2\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        import_sales(s, path, author=AUTHOR)
    assert drawn_from(db) == [2, 2]
    assert bottle_state(db, 2)[1] == D(580)


def test_a_prep_batch_draws_from_the_open_bottle(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        flask = make_item(s, "FLK-INF", name="Whisky infusion", size=D(500))
        add_recipe(
            s, "Infusion", [(shelf.whisky, D(100), "ml", None)], kind="prep",
            yield_item_id=flask, yield_quantity=D(100),
        )  # fmt: skip
    open_bottles(db, (3, datetime(2026, 1, 5)))
    with db.transaction() as s:
        make_prep(s, "Infusion", author=AUTHOR)
    assert drawn_from(db, "prep_use") == [3]
    assert drawn_from(db, "prep_make") == [None]
    assert bottle_state(db, 3)[1] == D(600)
