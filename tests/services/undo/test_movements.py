"""Undoing a ledger line: a compensating movement; an opening or a finish steps its bottle back."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.units import Unit
from inventory_app.services.bottles import containers as bottles
from inventory_app.services.bottles.containers import empty_container, open_container
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ordering import orders
from inventory_app.services.recipes import production
from inventory_app.services.selling import sales as selling
from inventory_app.services.undo import movements as undo_movements
from inventory_app.services.undo.movements import undo_opening
from tests.conftest import AUTHOR
from tests.services.bottle_fixtures import Shelf, bottle_state, movement_count, open_count

D = Decimal
BARTENDER = "giulia"


def test_undo_an_opening(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        opened = open_container(s, "#1", author="giulia")
    with db.transaction() as s:
        undo_opening(s, opened.movement_id, author="giulia")
    assert bottle_state(db, 1) == ("sealed", D(700), False, False)
    assert open_count(db, shelf.whisky) == 0
    with pytest.raises(InputError, match="already undone"), db.transaction() as s:
        undo_opening(s, opened.movement_id, author=AUTHOR)


@pytest.mark.parametrize(
    ("after_opening", "message"),
    [
        ("empty", "#1 Cask 1 is finished now: undo what happened to it after this open first"),
        ("pour", "#1 Cask 1 has been poured from since it was opened: it stays open"),
    ],
)
def test_undo_of_an_opening_refused(
    db: Database, shelf: Shelf, after_opening: str, message: str
) -> None:
    with db.transaction() as s:
        opened = open_container(s, "#1", author=AUTHOR).movement_id
        if after_opening == "empty":
            empty_container(s, "#1", author=AUTHOR)
        else:
            stock.record_movement(s, shelf.whisky, D(-40), Reason.SALE, author=AUTHOR, bottle_id=1)
    before = (movement_count(db), bottle_state(db, 1))
    with pytest.raises(InputError, match=message), db.transaction() as s:
        undo_opening(s, opened, author=AUTHOR)
    assert (movement_count(db), bottle_state(db, 1)) == before


def test_only_openings_are_undone_here(db: Database, shelf: Shelf) -> None:
    refused = pytest.raises(InputError, match="movement 1 is a receive, not an opening")
    with refused, db.transaction() as s:
        undo_opening(s, 1, author=AUTHOR)


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
    stocked: Database, tmp_path: Path, reason: str, make: Callable[[Session, Path], object]
) -> None:
    with stocked.transaction() as s:
        if reason == "empty":
            bottles.open_container(s, "AMA-CAMP", author="owner")
        before = _totals(s)
        make(s, tmp_path)
        query = select(Movement.id).where(Movement.reason == reason)
        movement_id = s.scalars(query.order_by(Movement.id.desc())).first()
        assert movement_id is not None
    with stocked.transaction() as s:
        undone = undo_movements.undo_movement(s, movement_id, author="owner")
        line = s.get_one(Movement, undone)
        assert (line.reason, line.undoes_id) == ("undo", movement_id)
        if reason in ("open", "empty"):  # a whole event: the ledger is as before
            assert _totals(s) == before
    with pytest.raises(InputError, match="already undone"), stocked.transaction() as s:
        undo_movements.undo_movement(s, movement_id, author="owner")


def test_unknown_movement(stocked: Database) -> None:
    with pytest.raises(NotFoundError, match="no movement with id 999"), stocked.transaction() as s:
        undo_movements.undo_movement(s, 999, author=BARTENDER)


@pytest.mark.usefixtures("italian")
def test_only_openings_are_undone_here_in_italian(db: Database, shelf: Shelf) -> None:
    with pytest.raises(InputError) as caught, db.transaction() as s:
        undo_opening(s, 1, author=AUTHOR)
    assert caught.value.detail == "il movimento 1 è carico, non un'apertura"
    with pytest.raises(NotFoundError) as missing, db.transaction() as s:
        undo_opening(s, 999, author=AUTHOR)
    assert missing.value.detail == "nessun movimento con id 999"
