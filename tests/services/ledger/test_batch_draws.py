"""The batch rule of the ledger: for every flask, the sum of its batches is on hand, after
any sequence of makes, sales, waste, counts, discards and undos (issue 20)."""

from __future__ import annotations

import contextlib
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, PrepBatch
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import Unit
from inventory_app.services.batches.batches import discard_batch
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger import movements as stock
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.selling.sales import sell
from tests.conftest import AUTHOR, assert_batches_invariant
from tests.services.batches.batch_fixtures import stock_orgeat_kitchen

D = Decimal

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("make"), st.sampled_from([D("0.5"), D(1), D(2)])),
        st.tuples(st.just("sell"), st.integers(1, 40).map(D)),
        st.tuples(st.just("waste"), st.integers(1, 700).map(D)),
        st.tuples(st.just("count"), st.integers(0, 1500).map(D)),
        st.tuples(st.just("discard"), st.integers(0, 5).map(D)),
        st.tuples(st.just("undo"), st.integers(0, 1000).map(D)),
    ),
    max_size=14,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_batches_always_sum_to_on_hand(db: Database, steps: list[tuple[str, Decimal]]) -> None:
    with db.transaction() as s:
        if find_flask(s) is None:
            stock_orgeat_kitchen(s)
    for step, amount in steps:
        # A waste beyond what is on hand, a discard of an empty batch: refused, rolled back.
        with contextlib.suppress(InputError), db.transaction() as s:
            _do(s, step, amount)
        with db.sessions() as s:
            assert_batches_invariant(s)
            held = s.scalar(select(func.sum(PrepBatch.remaining)))
            flask = find_flask(s)
            assert flask is not None
            assert (held or D(0)) == stock.on_hand(s, flask)


def find_flask(s: Session) -> int | None:
    from inventory_app.db.models import Item

    return s.scalar(select(Item.id).where(Item.sku == "FLK-ORGEAT"))


def _do(s: Session, step: str, amount: Decimal) -> None:
    if step == "make":
        make_prep(s, "House orgeat", author=AUTHOR, batches=amount)
    elif step == "sell":
        sell(s, "Mai Tai", author=AUTHOR, quantity=amount)
    elif step == "waste":
        stock.adjust(s, "FLK-ORGEAT", -amount, Unit.ML, Reason.WASTE, author=AUTHOR)
    elif step == "count":
        stock.set_level(s, find_item(s, "FLK-ORGEAT"), amount, author=AUTHOR)
    elif step == "discard":
        codes = list(s.scalars(select(PrepBatch.code).order_by(PrepBatch.id)))
        if codes:
            discard_batch(s, codes[int(amount) % len(codes)], author=AUTHOR)
    else:
        flask = find_flask(s)
        done = select(Movement.undoes_id).where(Movement.undoes_id.is_not(None))
        open_ = list(s.scalars(
            select(Movement.id).where(
                Movement.item_id == flask, Movement.reason != Reason.UNDO.value,
                Movement.id.not_in(done),
            ).order_by(Movement.id)
        ))  # fmt: skip
        if open_:
            stock.undo(s, open_[int(amount) % len(open_)], author=AUTHOR)
