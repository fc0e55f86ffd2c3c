"""Batches made, drawn oldest first, discarded; codes and use-by dates (issue 20)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Movement, PrepBatch
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.units import Unit
from inventory_app.services.batches.batches import discard_batch, find_batch, local_date, use_by
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.undo_rules import require_undo_movement
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.selling.sales import sell
from tests.conftest import AUTHOR
from tests.services.batches.batch_fixtures import stock_orgeat_kitchen

D = Decimal


@pytest.fixture
def kitchen(session: Session) -> Session:
    stock_orgeat_kitchen(session)
    return session


def remaining(s: Session) -> dict[str, Decimal]:
    return dict(s.execute(select(PrepBatch.code, PrepBatch.remaining).order_by(PrepBatch.id)).all())


def test_make_fills_a_batch_with_its_code_maker_and_use_by(kitchen: Session) -> None:
    result = make_prep(kitchen, "House orgeat", author="giulia")
    batch = find_batch(kitchen, result.batch_code.lower())
    made_on = local_date(batch.made_at or batch.created_at)
    assert result.batch_code == f"ORG-{made_on:%y%m%d}-1"
    assert (batch.quantity, batch.remaining, batch.made_by) == (D(500), D(500), "giulia")
    assert batch.use_by == made_on + timedelta(days=3)
    made = kitchen.scalars(select(Movement).where(Movement.reason == Reason.PREP_MAKE.value))
    assert [(m.delta, m.batch_id) for m in made] == [(D(500), batch.id)]
    second = make_prep(kitchen, "House orgeat", author=AUTHOR)
    assert second.batch_code == f"ORG-{made_on:%y%m%d}-2"


def test_use_by_is_made_on_plus_the_shelf_life() -> None:
    assert use_by(date(2026, 12, 30), 3) == date(2027, 1, 2)
    assert use_by(date(2026, 12, 30), None) is None


def test_pours_draw_the_oldest_batch_first_and_split_when_it_runs_out(kitchen: Session) -> None:
    first = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    second = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    sell(kitchen, "Mai Tai", author=AUTHOR, quantity=D(33))  # 495 ml
    assert remaining(kitchen) == {first: D(5), second: D(500)}
    sell(kitchen, "Mai Tai", author=AUTHOR)  # 15 ml: 5 from the first, 10 from the second
    assert remaining(kitchen) == {first: D(0), second: D(490)}
    split = kitchen.execute(
        select(Movement.delta, Movement.batch_id)
        .where(Movement.reason == Reason.SALE.value, Movement.item_id == find_item(
            kitchen, "FLK-ORGEAT").id)
        .order_by(Movement.id.desc()).limit(2)
    ).all()  # fmt: skip
    assert sorted(d for d, _ in split) == [D(-10), D(-5)]


def test_waste_from_a_chosen_batch_and_its_undo_names_the_same_batch(kitchen: Session) -> None:
    first = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    second = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    wasted = stock.adjust(
        kitchen, "FLK-ORGEAT", D(-40), Unit.ML, Reason.WASTE, author=AUTHOR, batch=second.lower()
    )
    assert remaining(kitchen) == {first: D(500), second: D(460)}
    require_undo_movement(kitchen, wasted, author=AUTHOR)
    stock.undo(kitchen, wasted, author=AUTHOR)
    assert remaining(kitchen) == {first: D(500), second: D(500)}


def test_waste_naming_another_items_batch_is_refused(kitchen: Session) -> None:
    code = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    with pytest.raises(InputError, match=f"batch {code} is not one of this item's batches"):
        stock.adjust(kitchen, "SUGAR", D(-5), Unit.G, Reason.WASTE, author=AUTHOR, batch=code)
    with pytest.raises(InputError, match="no batch with code 'ORG-000000-9'"):
        stock.adjust(
            kitchen, "FLK-ORGEAT", D(-5), Unit.ML, Reason.WASTE, author=AUTHOR,
            batch="ORG-000000-9",
        )  # fmt: skip


def test_discarding_a_batch_wastes_what_it_holds(kitchen: Session) -> None:
    first = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    second = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    sell(kitchen, "Mai Tai", author=AUTHOR, quantity=D(2))
    movement = discard_batch(kitchen, first, author="giulia")
    waste = kitchen.get_one(Movement, movement)
    assert (waste.reason, waste.delta, waste.author) == ("waste", D(-470), "giulia")
    assert remaining(kitchen) == {first: D(0), second: D(500)}
    assert stock.on_hand(kitchen, find_item(kitchen, "FLK-ORGEAT").id) == D(500)
    with pytest.raises(InputError, match=f"batch {first} holds nothing to discard"):
        discard_batch(kitchen, first, author=AUTHOR)
    with pytest.raises(NotFoundError, match="no batch with code 'NOPE-1'"):
        discard_batch(kitchen, "NOPE-1", author=AUTHOR)


def test_a_count_finding_more_goes_to_the_newest_batch_and_less_to_the_oldest(
    kitchen: Session,
) -> None:
    first = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    second = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    item = find_item(kitchen, "FLK-ORGEAT")
    stock.set_level(kitchen, item, D(1100), author=AUTHOR)
    assert remaining(kitchen) == {first: D(500), second: D(600)}
    stock.set_level(kitchen, item, D(300), author=AUTHOR)
    assert remaining(kitchen) == {first: D(0), second: D(300)}


def test_a_draw_beyond_every_batch_takes_the_newest_below_zero_until_stock_comes(
    kitchen: Session,
) -> None:
    only = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    sell(kitchen, "Mai Tai", author=AUTHOR, quantity=D(40))  # 600 ml of 500
    assert remaining(kitchen) == {only: D(-100)}
    newer = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    stock.set_level(kitchen, find_item(kitchen, "FLK-ORGEAT"), D(450), author=AUTHOR)  # +50
    assert remaining(kitchen) == {only: D(-50), newer: D(500)}
    stock.adjust(kitchen, "FLK-ORGEAT", D(50), Unit.ML, Reason.CORRECTION, author=AUTHOR)
    assert remaining(kitchen) == {only: D(0), newer: D(500)}


def test_a_flask_with_no_batch_gets_an_opening_batch(kitchen: Session) -> None:
    item = find_item(kitchen, "FLK-ORGEAT")
    stock.set_level(kitchen, item, D(375), author=AUTHOR)
    batch = find_batch(kitchen, "ORG-OPEN-1")
    assert (batch.made_at, batch.use_by, batch.quantity, batch.remaining) == (
        None, None, D(375), D(375),
    )  # fmt: skip
    made = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    sell(kitchen, "Mai Tai", author=AUTHOR, quantity=D(30))  # 450 ml: the opening stock first
    assert remaining(kitchen) == {"ORG-OPEN-1": D(0), made: D(425)}
