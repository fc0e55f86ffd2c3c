"""The bar's calendar day: local midnight to the next local midnight, as stored times.

Times are stored as naive UTC; a person asks for days on the clock of this machine. This
is the one place that turns the one into the other (the Sell page's count of the day, the
Control page's period, the History filter and `history --since/--until` all read it).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta


def local_day_start(day: date) -> datetime:
    """Midnight of a day on this machine's clock, as the naive UTC the database stores."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """A calendar day as naive UTC bounds, the end excluded: 23 or 25 hours on the days
    the clock changes, since the next day starts at its own local midnight."""
    return local_day_start(day), local_day_start(day + timedelta(days=1))


def local_period(first: date, last: date) -> tuple[datetime, datetime]:
    """Whole local days from `first` to `last`, both included, as naive UTC bounds."""
    return local_day_start(first), local_day_start(last + timedelta(days=1))


def local_days(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """`since` and `until` of a filter for whole local days, the last one included; an
    open end stays None."""
    since = local_day_start(first) if first else None
    until = local_day_start(last + timedelta(days=1)) if last else None
    return since, until
