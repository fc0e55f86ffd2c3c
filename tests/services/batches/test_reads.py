"""Reading batches: states by use-by, the expired ones, and traceability both ways."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Bottle
from inventory_app.services.batches.batches import discard_batch
from inventory_app.services.batches.reads import (
    BatchState,
    batch_rows,
    batch_state,
    batch_trace,
    bottle_batch_rows,
    bottle_batches,
)
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.selling.sales import sell
from tests.conftest import AUTHOR
from tests.services.batches.batch_fixtures import stock_orgeat_kitchen

D = Decimal
TODAY = date(2026, 12, 8)


@pytest.fixture
def kitchen(session: Session) -> Session:
    stock_orgeat_kitchen(session)
    return session


@pytest.mark.parametrize(
    ("use_by", "left", "state"),
    [
        (None, D(1), BatchState.OK), (TODAY + timedelta(days=2), D(1), BatchState.OK),
        (TODAY + timedelta(days=1), D(1), BatchState.EXPIRING), (TODAY, D(1), BatchState.EXPIRING),
        (TODAY - timedelta(days=1), D(1), BatchState.EXPIRED),
        (TODAY - timedelta(days=1), D(0), BatchState.EMPTY), (None, D(-5), BatchState.EMPTY),
    ],
)  # fmt: skip
def test_state_by_use_by_and_what_is_left(
    use_by: date | None, left: Decimal, state: BatchState
) -> None:
    assert batch_state(use_by, left, TODAY) is state


def test_expired_lists_only_batches_past_use_by_that_hold_stock(kitchen: Session) -> None:
    first = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    second = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    use_by = batch_rows(kitchen)[0].use_by
    assert use_by is not None
    after = use_by + timedelta(days=1)
    assert [r.code for r in batch_rows(kitchen, expired=True, today=use_by)] == []
    assert [r.code for r in batch_rows(kitchen, soon=True, today=use_by)] == [second, first]
    assert [r.code for r in batch_rows(kitchen, expired=True, today=after)] == [second, first]
    assert {r.state for r in batch_rows(kitchen, today=after)} == {BatchState.EXPIRED}
    discard_batch(kitchen, first, author=AUTHOR)
    assert [r.code for r in batch_rows(kitchen, expired=True, today=after)] == [second]
    assert [r.code for r in batch_rows(kitchen, sku="FLK-ORGEAT", held=True)] == [second]


def test_trace_names_what_went_in_and_what_drew_from_it(kitchen: Session) -> None:
    code = make_prep(kitchen, "House orgeat", author="giulia").batch_code
    sold = sell(kitchen, "Mai Tai", author=AUTHOR, quantity=D(2))
    trace = batch_trace(kitchen, code)
    assert [(i.sku, i.quantity, i.bottle) for i in trace.ingredients] == [
        ("ALMOND", D(250), ""), ("SUGAR", D(300), ""), ("RUM", D(10), "Cask 7"),
    ]  # fmt: skip
    assert [(d.reason, d.delta, d.reference) for d in trace.draws] == [
        ("sale", D(-30), f"sale:{sold.sale_id}")
    ]
    assert (trace.batch.made_by, trace.batch.remaining) == ("giulia", D(470))


def test_a_bottle_names_the_batches_it_went_into(kitchen: Session) -> None:
    first = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    second = make_prep(kitchen, "House orgeat", author=AUTHOR).batch_code
    rum = kitchen.scalars(select(Bottle.id)).one()
    assert bottle_batches(kitchen, rum) == [first, second]
    rows = bottle_batch_rows(kitchen, rum)
    assert [(r.code, r.sku, r.made_by) for r in rows] == [
        (first, "FLK-ORGEAT", AUTHOR), (second, "FLK-ORGEAT", AUTHOR),
    ]  # fmt: skip
    assert bottle_batch_rows(kitchen, rum + 1000) == []
