"""The bar's calendar day as stored times: local midnight to the next, 23 or 25 hours at DST."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from inventory_app.domain.local_days import (
    local_day_bounds,
    local_day_start,
    local_days,
    local_period,
)

HOUR = timedelta(hours=1)


@pytest.fixture
def milan(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process on the first customer's clock (CET, CEST from the last Sunday of March)."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("day", "start", "hours"),
    [
        (date(2026, 1, 15), datetime(2026, 1, 14, 23), 24),  # winter: UTC+1
        (date(2026, 7, 15), datetime(2026, 7, 14, 22), 24),  # summer: UTC+2
        (date(2026, 3, 29), datetime(2026, 3, 28, 23), 23),  # clocks forward
        (date(2026, 10, 25), datetime(2026, 10, 24, 22), 25),  # clocks back
    ],
)
def test_a_day_is_local_midnight_to_the_next(
    milan: None, day: date, start: datetime, hours: int
) -> None:
    assert local_day_start(day) == start
    assert local_day_bounds(day) == (start, start + hours * HOUR)


def test_a_period_and_a_filter_take_the_last_day_whole(milan: None) -> None:
    first, last = date(2026, 3, 28), date(2026, 3, 29)
    period = (datetime(2026, 3, 27, 23), datetime(2026, 3, 29, 22))
    assert local_period(first, last) == period
    assert local_days(first, last) == period
    assert local_days(None, last) == (None, period[1])
    assert local_days(first, None) == (period[0], None)
    assert local_days(None, None) == (None, None)
    assert local_period(last, last) == local_day_bounds(last)
