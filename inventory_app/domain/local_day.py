"""A calendar day on the bar's clock, as the naive UTC moments the database stores.

The bar's clock is this machine's time zone. A day runs from its local midnight to the
next one, so the day the clocks go forward lasts 23 hours and the day they go back 25:
the end is the next day's midnight, never the start plus 24 hours.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta


def local_day_start(day: date) -> datetime:
    """Midnight of a day on this machine's clock, as the naive UTC the database stores."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """A calendar day in the bar's local time: its start, and the next day's start."""
    return local_day_start(day), local_day_start(day + timedelta(days=1))


def local_period(first: date, last: date) -> tuple[datetime, datetime]:
    """Whole local days from `first` to `last`, both included, as naive UTC bounds."""
    return local_day_start(first), local_day_start(last + timedelta(days=1))


def local_days(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """`since` and `until` of a filter for whole local days, the last one included;
    a day left out (None) leaves that side open."""
    since = local_day_start(first) if first else None
    until = local_day_start(last + timedelta(days=1)) if last else None
    return since, until
