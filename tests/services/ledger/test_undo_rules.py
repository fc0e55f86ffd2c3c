"""Undo of each kind of ledger line, and who may: one's own within the shift, or an owner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError, PermissionDenied
from inventory_app.domain.units import Unit
from inventory_app.services import settings
from inventory_app.services.bottles import containers as bottles
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.undo_rules import within_shift
from inventory_app.services.ordering import orders
from inventory_app.services.recipes import production
from inventory_app.services.selling import sales as selling
from inventory_app.services.undo import movements as undo_movements
from tests.services.bottle_fixtures import make_shelf
from tests.services.order_fixtures import stock_bar
from tests.services.sales_fixtures import add_recipe

D = Decimal
BARTENDER = "giulia"


@pytest.fixture
def bar(db: Database) -> Database:
    with db.transaction() as s:
        items = stock_bar(s)
        shelf = make_shelf(s)
        add_recipe(s, "Gin neat", [(items["GIN"], D(40), "ml", None)], price=D(7))
        add_recipe(
            s, "Gin syrup", [(items["GIN"], D(100), "ml", None)], kind="prep",
            yield_item_id=shelf.campari, yield_quantity=D(100),
        )  # fmt: skip
    return db


def _received(s: Session, folder: Path) -> None:
    order_id = orders.create_orders(s, author="owner", suppliers=["Rialto"])[0]
    orders.send_order(s, order_id, author="owner", out=folder / "order.xlsx")
    orders.receive_order(s, order_id, author="owner")


# Each makes movements of one reason; the newest of that reason is undone.
KINDS: list[tuple[str, Callable[[Session, Path], object]]] = [
    ("sale", lambda s, _: selling.sell(s, "Gin neat", author="owner")),
    ("waste", lambda s, _: stock.adjust(s, "GIN", D(-5), Unit.ML, Reason.WASTE, author="owner")),
    ("correction", lambda s, _: stock.adjust(s, "GIN", D(5), Unit.ML, Reason.CORRECTION,
                                          author="owner")),
    ("receive", _received),
    ("prep_make", lambda s, _: production.make_prep(s, "Gin syrup", author="owner")),
    ("prep_use", lambda s, _: production.make_prep(s, "Gin syrup", author="owner")),
    ("open", lambda s, _: bottles.open_container(s, "MAC-1", author="owner")),
    ("empty", lambda s, _: bottles.empty_container(s, "AMA-CAMP", author="owner")),
]  # fmt: skip


def _totals(s: Session) -> dict[int, Decimal]:
    query = select(Movement.item_id, func.sum(Movement.delta)).group_by(Movement.item_id)
    return {item: total for item, total in s.execute(query)}


@pytest.mark.parametrize(("reason", "make"), KINDS, ids=[k[0] for k in KINDS])
def test_undo_each_kind_of_movement(
    bar: Database, tmp_path: Path, reason: str, make: Callable[[Session, Path], object]
) -> None:
    with bar.transaction() as s:
        if reason == "empty":
            bottles.open_container(s, "AMA-CAMP", author="owner")
        before = _totals(s)
        make(s, tmp_path)
        query = select(Movement.id).where(Movement.reason == reason)
        movement_id = s.scalars(query.order_by(Movement.id.desc())).first()
        assert movement_id is not None
    with bar.transaction() as s:
        undone = undo_movements.undo_movement(s, movement_id, author="owner")
        line = s.get_one(Movement, undone)
        assert (line.reason, line.undoes_id) == ("undo", movement_id)
        if reason in ("open", "empty"):  # a whole event: the ledger is as before
            assert _totals(s) == before
    with pytest.raises(InputError, match="already undone"), bar.transaction() as s:
        undo_movements.undo_movement(s, movement_id, author="owner")


def _waste(db: Database, author: str, hours_ago: float = 0) -> int:
    with db.transaction() as s:
        item = s.scalars(select(Movement.item_id).limit(1)).one()
        return stock.record_movement(
            s, item, D(-1), Reason.WASTE, author=author,
            at=utcnow() - timedelta(hours=hours_ago),
        )  # fmt: skip


def test_a_bartender_undoes_their_own_within_the_shift(bar: Database) -> None:
    own = _waste(bar, BARTENDER, hours_ago=11)
    with bar.transaction() as s:
        undo_movements.undo_movement(s, own, author=BARTENDER)


@pytest.mark.parametrize(("done_by", "hours_ago"), [("bob", 0), ("owner", 0), (BARTENDER, 13)])
def test_but_not_anyone_elses_nor_yesterdays(bar: Database, done_by: str, hours_ago: float) -> None:
    movement = _waste(bar, done_by, hours_ago)
    refused = "Only the owner may undo someone else's action"
    with pytest.raises(PermissionDenied, match=refused), bar.transaction() as s:
        undo_movements.undo_movement(s, movement, author=BARTENDER)
    with bar.transaction() as s:  # the owner may
        undo_movements.undo_movement(s, movement, author="anna")


def test_the_shift_is_a_setting(bar: Database) -> None:
    movement = _waste(bar, BARTENDER, hours_ago=13)
    with bar.transaction() as s:
        settings.set_setting(s, "shift_hours", "14", author="owner")
        assert within_shift(s, utcnow() - timedelta(hours=13))
        undo_movements.undo_movement(s, movement, author=BARTENDER)
    bad = "shift_hours is a whole number of hours from 1 to 72"
    with pytest.raises(InputError, match=bad), bar.transaction() as s:
        settings.set_setting(s, "shift_hours", "0", author="owner")


def test_unknown_movement(bar: Database) -> None:
    with pytest.raises(NotFoundError, match="no movement with id 999"), bar.transaction() as s:
        undo_movements.undo_movement(s, 999, author=BARTENDER)
