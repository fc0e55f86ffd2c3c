"""The counts the report tests read (tests/services/counts/report_fixtures.py)."""

from __future__ import annotations

import pytest

from inventory_app.db.engine import Database
from tests.services.count_fixtures import CountBar
from tests.services.counts.report_fixtures import make_two_counts


@pytest.fixture
def two_counts(db: Database) -> tuple[CountBar, int, int]:
    """Count 1 as on hand; then 1 l of Campari bought, 10 Negroni sold, 70 ml whisky wasted."""
    return make_two_counts(db)
