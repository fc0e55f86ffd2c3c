"""Weekday usage profiles: the past weeks summed once, reused while no past day changes.

Days of cover average each weekday over the weeks before today. Summing those weeks
from `daily_usage` was half of the dashboard (21,000 rows on a busy bar, 12 ms), yet
days already past change only by a write dated before the day it is made, and every
such write appends a row to `usage_revisions` (services/ledger/usage.py). So the weeks up to
the day before yesterday are summed once per database, day and length in this process,
and reused while the count and the random tokens of those rows stay as they were: a
write from another process or terminal moves them as much as our own.

Yesterday (and any later day before `today`) is read each time: a sale begun before
midnight and committed after it, or a terminal whose clock runs a little behind, writes
a day that was today to its writer, so it appends no revision. Exact while a write and
the clocks of the terminals are less than a day apart. Days are UTC days, as `at` is.

The revision is read before the sums: a write committed in between (PostgreSQL reads
each statement afresh) is summed early and seen again at the next read, never missed.
The random tokens tell apart two histories of equal length: a write rolled back after
its own transaction summed the weeks, or a restored backup (a restore appends a row of
its own, db/restore.py: a backup taken before a day's sales has the very rows the file
had, yet other usage). A server database restored with its own tools appends none: the
terminals open on it sum the weeks again at the next UTC day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from sqlalchemy import (
    BigInteger,
    Engine,
    String,
    bindparam,
    cast,
    func,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Base
from inventory_app.db.types import QTY_SCALE
from inventory_app.domain.ordering import weekday_profile
from inventory_app.services.ledger import usage

Profile = tuple[Decimal, ...]
# Per weekday: None (no row that weekday) or a sum in units of 10**-QTY_SCALE.
Sums = tuple[int | None, ...]

_USAGE = Base.metadata.tables["daily_usage"]
_REVISIONS = Base.metadata.tables["usage_revisions"]
_USED = type_coerce(_USAGE.c.used, BigInteger)  # the stored integers: summed exactly as ints
_IN_DAYS = (_USAGE.c.day >= bindparam("start"), _USAGE.c.day < bindparam("end"))
_REVISION = DriverStatement(select(func.count(), func.sum(_REVISIONS.c.token)))
_SUMS = DriverStatement(
    select(_USAGE.c.item_id, _USAGE.c.weekday, func.sum(_USED))
    .where(*_IN_DAYS)
    .group_by(_USAGE.c.item_id, _USAGE.c.weekday)
)
# The recent days' rows as one string, "item:weekday:used" joined by commas: built by the
# database, so the common case (nothing new since the last read) is one value to compare
# instead of a row per item; it says every row, so it is parsed only when it changed.
_COLON, _COMMA = literal_column("':'", String), literal_column("','", String)
_TEXT = cast(_USAGE.c.item_id, String) + _COLON + cast(_USAGE.c.weekday, String)
_TEXT = _TEXT + _COLON + cast(_USED, String)
_DAYS = {  # the same aggregate, spelt as each engine spells it
    "sqlite": DriverStatement(select(func.group_concat(_TEXT, _COMMA)).where(*_IN_DAYS)),
    "postgresql": DriverStatement(select(func.string_agg(_TEXT, _COMMA)).where(*_IN_DAYS)),
}


Recent = dict[int, tuple[tuple[int, int], ...]]  # per item: (weekday, used) as joined


class _Built(NamedTuple):
    """Profiles built from the settled sums and one reading of the recent days."""

    text: str  # the recent days as read (see _DAYS)
    recent: Recent
    profiles: dict[int, Profile]


@dataclass
class _Weeks:
    """The settled weeks of one (today, weeks, end of the settled days) and what was built.

    `built` is replaced whole, never changed in place: two threads reading at once each
    see one consistent build."""

    revision: tuple[Any, ...]
    settled: dict[int, Sums]
    built: _Built | None = None


_CACHE: WeakKeyDictionary[Engine, dict[tuple[date, int, date], _Weeks]] = WeakKeyDictionary()


def usage_profiles(session: Session, *, today: date, weeks: int) -> dict[int, Profile]:
    """Per item, average base-unit usage per weekday over the `weeks` full weeks before today.

    The same dictionary object comes back while nothing it holds changed, and an item's
    profile keeps its identity while that item's usage did not change: callers may key
    their own work on it. Never mutate it.
    """
    if weeks <= 0:
        return {}
    start = today - timedelta(weeks=weeks)
    # The clock is read before the first query, so no later write is taken as settled.
    settled_end = max(start, min(today, usage.utc_today()) - timedelta(days=1))
    connection = flushed(session)
    revision = tuple(_REVISION.rows(connection, {})[0])
    per_engine = _CACHE.setdefault(connection.engine, {})
    key = (today, weeks, settled_end)
    found = per_engine.get(key)
    earlier: dict[int, Profile] = {}
    if found is None or found.revision != revision:
        if found is not None and found.built is not None:
            earlier = found.built.profiles  # a profile equal to its earlier one stays that one
        if len(per_engine) > 8:  # days gone by and lengths no longer asked for
            per_engine.clear()
        sums = _SUMS.rows(connection, {"start": start, "end": settled_end})
        found = per_engine[key] = _Weeks(revision, _by_item(sums))
    days = _DAYS[connection.dialect.name].rows(connection, {"start": settled_end, "end": today})
    text = days[0][0] or ""
    built = found.built
    if built is None or text != built.text:
        built = found.built = _rebuilt(found.settled, built, text, weeks, earlier)
    return built.profiles


def _by_item(rows: list[tuple[Any, ...]]) -> dict[int, Sums]:
    out: dict[int, list[int | None]] = {}
    for item_id, weekday, used in rows:
        out.setdefault(item_id, [None] * 7)[weekday] = int(used)  # PostgreSQL sums as numeric
    return {item: tuple(days) for item, days in out.items()}


def _recent_by_item(text: str) -> Recent:
    """Per item, its (weekday, used) pairs in the order the database joined them."""
    out: Recent = {}
    for row in filter(None, text.split(",")):
        item_id, weekday, used = map(int, row.split(":"))
        out[item_id] = (*out.get(item_id, ()), (weekday, used))
    return out


def _rebuilt(
    settled: dict[int, Sums],
    before: _Built | None,
    text: str,
    weeks: int,
    earlier: dict[int, Profile],
) -> _Built:
    """The profiles again, rebuilding only the items whose recent days changed.

    After a backdated write every item is summed again, but an item whose profile came
    out equal keeps its `earlier` object: callers keyed on it (levels.py) rebuild only
    the items the write moved.
    """
    recent = _recent_by_item(text)
    if before is None:
        changed = set(settled) | set(recent)
        profiles: dict[int, Profile] = {}
    else:
        old = before.recent
        changed = {i for i in set(old) | set(recent) if old.get(i) != recent.get(i)}
        profiles = dict(before.profiles)
    for item in changed:
        sums = list(settled.get(item, (None,) * 7))
        for weekday, used in recent.get(item, ()):
            sums[weekday] = used + (sums[weekday] or 0)
        if all(s is None for s in sums):
            profiles.pop(item, None)
            continue
        profile = _profile(sums, weeks)
        same = earlier.get(item)
        profiles[item] = same if same == profile else profile
    return _Built(text, recent, profiles)


def _profile(sums: list[int | None], weeks: int) -> Profile:
    """As the sum of `Fixed` Decimals per weekday was averaged (a weekday without rows: 0)."""
    totals = [Decimal(0) if s is None else Decimal(s).scaleb(-QTY_SCALE) for s in sums]
    return weekday_profile(totals, weeks)
