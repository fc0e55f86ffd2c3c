"""A local day's bounds in Milan, where the clocks change twice a year (domain/local_day.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from inventory_app.domain.local_day import (
    local_day_bounds,
    local_day_start,
    local_days,
    local_period,
)
from tests.timezones import local_zone

SPRING_FORWARD = date(2026, 3, 29)  # 02:00 -> 03:00: a 23-hour day
FALL_BACK = date(2026, 10, 25)  # 03:00 -> 02:00: a 25-hour day


@pytest.fixture(autouse=True)
def rome() -> Iterator[None]:
    """The bar's clock is the machine's: Europe/Rome for these tests, restored after."""
    with local_zone("Europe/Rome"):
        yield


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2026, 1, 15), datetime(2026, 1, 14, 23), datetime(2026, 1, 15, 23)),
        (date(2026, 7, 1), datetime(2026, 6, 30, 22), datetime(2026, 7, 1, 22)),
        (SPRING_FORWARD, datetime(2026, 3, 28, 23), datetime(2026, 3, 29, 22)),
        (FALL_BACK, datetime(2026, 10, 24, 22), datetime(2026, 10, 25, 23)),
        (date(2026, 12, 31), datetime(2026, 12, 30, 23), datetime(2026, 12, 31, 23)),
        (date(2028, 2, 29), datetime(2028, 2, 28, 23), datetime(2028, 2, 29, 23)),
    ],
    ids=["winter", "summer", "spring-forward", "fall-back", "new-year-eve", "leap-day"],
)
def test_a_day_runs_from_local_midnight_to_the_next_in_naive_utc(
    day: date, start: datetime, end: datetime
) -> None:
    assert local_day_bounds(day) == (start, end)
    assert local_day_start(day) == start
    assert start.tzinfo is None and end.tzinfo is None  # as the database stores `at`


@pytest.mark.parametrize(
    ("day", "hours"),
    [(SPRING_FORWARD, 23), (FALL_BACK, 25), (date(2026, 3, 30), 24)],
    ids=["spring-forward", "fall-back", "day-after"],
)
def test_the_days_the_clocks_change_are_not_24_hours(day: date, hours: int) -> None:
    start, end = local_day_bounds(day)
    assert end - start == timedelta(hours=hours)


def test_a_drink_just_after_midnight_belongs_to_the_next_day_on_change_days() -> None:
    """00:30 on 30 March (22:30 UTC) is Monday's drink, not Sunday's: start + 24 h would
    take it into the short Sunday; 23:30 on 25 October (22:30 UTC) is still Sunday's."""
    after_spring = datetime(2026, 3, 29, 22, 30)
    start, end = local_day_bounds(SPRING_FORWARD)
    assert not start <= after_spring < end
    assert local_day_bounds(date(2026, 3, 30))[0] <= after_spring
    late_autumn = datetime(2026, 10, 25, 22, 30)
    start, end = local_day_bounds(FALL_BACK)
    assert start <= late_autumn < end


def test_consecutive_days_meet_without_gap_or_overlap() -> None:
    day = date(2026, 3, 25)
    for _ in range(240):  # both changes of 2026 in one walk
        assert local_day_bounds(day)[1] == local_day_bounds(day + timedelta(days=1))[0]
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("first", "last", "since", "until"),
    [
        (SPRING_FORWARD, SPRING_FORWARD, datetime(2026, 3, 28, 23), datetime(2026, 3, 29, 22)),
        (date(2026, 3, 1), FALL_BACK, datetime(2026, 2, 28, 23), datetime(2026, 10, 25, 23)),
        (None, FALL_BACK, None, datetime(2026, 10, 25, 23)),
        (FALL_BACK, None, datetime(2026, 10, 24, 22), None),
        (None, None, None, None),
    ],
    ids=["one-day", "across-both-changes", "open-start", "open-end", "open"],
)
def test_a_filter_takes_whole_days_the_last_included(
    first: date | None, last: date | None, since: datetime | None, until: datetime | None
) -> None:
    assert local_days(first, last) == (since, until)


def test_one_day_filter_is_the_day_bounds() -> None:
    assert local_days(FALL_BACK, FALL_BACK) == local_day_bounds(FALL_BACK)


def test_a_period_takes_its_last_day_whole_as_a_filter_does() -> None:
    first, last = date(2026, 3, 28), date(2026, 3, 29)
    period = (datetime(2026, 3, 27, 23), datetime(2026, 3, 29, 22))
    assert local_period(first, last) == period
    assert local_days(first, last) == period
    assert local_period(last, last) == local_day_bounds(last)
