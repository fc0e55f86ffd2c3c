"""What a manual adjustment did, as `adjust` prints it: the item, the delta, on hand now."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import Reason
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
