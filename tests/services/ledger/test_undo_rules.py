"""Who may undo a ledger line: one's own within the shift, or an owner.

Undoing each kind of line is tested in tests/services/undo/test_movements.py.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, PermissionDenied
from inventory_app.services import settings
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.undo_rules import within_shift
from inventory_app.services.undo import movements as undo_movements
from tests.services.undo.movement_fixtures import make_movement_bar

D = Decimal
BARTENDER = "giulia"


@pytest.fixture
def bar(db: Database) -> Database:
    with db.transaction() as s:
        make_movement_bar(s)
    return db


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
