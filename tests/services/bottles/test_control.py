"""The Control page's period read at once: openings, what is open now, the control report."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from inventory_app.db.engine import Database
from inventory_app.domain.local_day import local_day_start
from inventory_app.services.bottles.containers import empty_container, open_container
from inventory_app.services.bottles.control import ControlState, control_state
from inventory_app.services.bottles.opening_control import opening_report
from inventory_app.services.bottles.view import open_now, openings
from tests.conftest import AUTHOR
from tests.services.bottle_fixtures import make_shelf

MONDAY = date(2026, 11, 23)


def _local(day: date, hour: int) -> datetime:
    """A local wall-clock hour of a day as the naive UTC the database keeps."""
    return local_day_start(day) + timedelta(hours=hour)


def test_control_state_is_the_local_days_both_ends_included(db: Database) -> None:
    with db.transaction() as s:
        make_shelf(s)
        open_container(s, "AMA-CAMP", author=AUTHOR, at=_local(MONDAY - timedelta(1), 23))
        open_container(s, "AMA-CAMP", author=AUTHOR, at=_local(MONDAY, 0))  # first minute in
        open_container(s, "AMA-CAMP", author=AUTHOR, at=_local(MONDAY + timedelta(2), 23))
        open_container(s, "#1", author=AUTHOR, at=_local(MONDAY + timedelta(3), 1))  # after
        empty_container(s, "AMA-CAMP", author=AUTHOR)
    with db.reading() as s:
        state = control_state(s, MONDAY, MONDAY + timedelta(2))
        bounds = [local_day_start(MONDAY), local_day_start(MONDAY + timedelta(3))]
        expected = ControlState(
            openings=openings(s, *bounds),
            open_now=open_now(s),
            report=opening_report(s, *bounds),
        )
    assert [(e.sku, e.at) for e in state.openings] == [
        ("AMA-CAMP", _local(MONDAY + timedelta(2), 23)),
        ("AMA-CAMP", _local(MONDAY, 0)),
    ]
    assert sorted(c.sku for c in state.open_now) == ["AMA-CAMP", "WHI-MAC18"]
    assert state.openings == expected.openings
    assert state.report == expected.report
    assert [c.sku for c in state.open_now] == [c.sku for c in expected.open_now]
