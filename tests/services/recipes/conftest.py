"""The bar the recipe tests write in (tests/services/recipes/recipe_fixtures.py)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.services.recipes.recipe_fixtures import stock_items


@pytest.fixture
def bar(session: Session) -> Session:
    """Items whose costs per base unit are round: gin 0.02/ml, Campari 0.016/ml, ..."""
    return stock_items(session)
