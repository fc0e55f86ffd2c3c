"""The story the timeline tests read (tests/services/views/timeline_fixtures.py)."""

from __future__ import annotations

import pytest

from inventory_app.db.engine import Database
from tests.services.views.timeline_fixtures import Story, make_story


@pytest.fixture
def story(db: Database) -> Story:
    return make_story(db)
