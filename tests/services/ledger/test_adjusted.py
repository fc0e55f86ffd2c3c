"""What a manual adjustment did, as `adjust` prints it: the item, the delta, on hand now."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Movement, PrepBatch, utcnow
from inventory_app.domain.catalogue import ItemKind, Reason
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.adjusted import Adjusted, adjusted
from tests.conftest import AUTHOR, make_item

D = Decimal


def test_adjusted_names_the_item_its_delta_and_the_level_now(session: Session) -> None:
    gin = make_item(session, "GIN-1", name="Tanqueray", size=D(700))
    stock.record_movement(session, gin, D(1400), Reason.RECEIVE, author=AUTHOR)
    waste = stock.adjust(session, "GIN-1", D(-4), Unit.CL, Reason.WASTE, author=AUTHOR)
    done = adjusted(session, waste)
    assert done == Adjusted("GIN-1", "Tanqueray", BaseUnit.ML, D(700), D(-40), D(1360))
    assert done.containers == D(1360) / D(700)
    later = stock.adjust(session, "GIN-1", D(60), Unit.ML, Reason.CORRECTION, author="owner")
    assert (adjusted(session, later).delta, adjusted(session, later).on_hand) == (D(60), D(1420))
    assert adjusted(session, waste).on_hand == D(1420)  # the level as it stands now


def test_an_unknown_movement_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError, match="no movement with id 99"):
        adjusted(session, 99)


def test_a_waste_split_across_two_batches_reads_as_one(session: Session) -> None:
    """Issue 20: 40 ml of a flask whose oldest batch holds 25 is two movements, one moment."""
    flask = make_item(session, "FLK-ORGEAT", name="Orgeat", kind=ItemKind.FLASK, size=Decimal(500))
    stock.record_movement(session, flask, Decimal(25), Reason.CORRECTION, author=AUTHOR)
    first = session.scalars(select(PrepBatch.id)).one()
    session.add(PrepBatch(code="ORG-261208-1", item_id=flask, made_by="", quantity=Decimal(0),
                          remaining=Decimal(0), made_at=utcnow(), created_at=utcnow()))  # fmt: skip
    session.flush()
    stock.record_movement(session, flask, Decimal(500), Reason.CORRECTION, author=AUTHOR,
                          batch_id=session.scalars(select(PrepBatch.id).where(
                              PrepBatch.id != first)).one())  # fmt: skip
    done = adjusted(session, stock.adjust(session, "FLK-ORGEAT", Decimal(-40), Unit.ML,
                                          Reason.WASTE, author=AUTHOR))  # fmt: skip
    assert (done.delta, done.on_hand) == (Decimal(-40), Decimal(485))
    wastes = session.scalars(select(Movement.delta).where(Movement.reason == "waste"))
    assert sorted(wastes) == [Decimal(-25), Decimal(-15)]
