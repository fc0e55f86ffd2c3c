"""The bars the undo tests start from: one for changes, one for movements, a bottle shelf."""

from __future__ import annotations

import pytest

from inventory_app.db.engine import Database
from tests.services.bottle_fixtures import Shelf, make_shelf
from tests.services.undo.change_fixtures import make_bar
from tests.services.undo.movement_fixtures import make_movement_bar


@pytest.fixture
def bar(db: Database) -> Database:
    """A gin, a tonic and a gin tonic, to change and undo."""
    return make_bar(db)


@pytest.fixture
def stocked(db: Database) -> Database:
    """Stock to order, bottles and recipes: a movement of every kind can be made."""
    with db.transaction() as s:
        make_movement_bar(s)
    return db


@pytest.fixture
def shelf(db: Database) -> Shelf:
    with db.transaction() as s:
        return make_shelf(s)
