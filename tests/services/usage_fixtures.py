"""The ledger's own answer for daily usage, to check `daily_usage` against it."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, extract, func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import DailyUsage, Movement
from inventory_app.domain.catalogue import USAGE_REASONS
from inventory_app.domain.ordering import weekday_profile

_REASONS = [r.value for r in USAGE_REASONS]


def ledger_daily_usage(session: Session) -> dict[tuple[int, date], Decimal]:
    """Usage per item and day of `at`, summed from the movements themselves."""
    query = select(Movement.item_id, Movement.at, Movement.delta).where(
        Movement.reason.in_(_REASONS)
    )
    totals: dict[tuple[int, date], Decimal] = defaultdict(Decimal)
    for item_id, at, delta in session.execute(query):
        totals[(item_id, at.date())] -= delta
    return dict(totals)


def stored_daily_usage(session: Session) -> dict[tuple[int, date], Decimal]:
    """What `daily_usage` keeps, each row's weekday checked against its day."""
    columns = (DailyUsage.item_id, DailyUsage.day, DailyUsage.weekday, DailyUsage.used)
    stored = {}
    for item_id, day, weekday, used in session.execute(select(*columns)):
        assert weekday == day.weekday(), f"daily usage of {day} says weekday {weekday}"
        stored[(item_id, day)] = used
    return stored


def ledger_profiles(session: Session, *, today: date, weeks: int) -> dict[int, tuple[Decimal, ...]]:
    """Weekday profiles as days of cover computed them before `daily_usage`: from the ledger."""
    start = datetime.combine(today - timedelta(weeks=weeks), time())
    end = datetime.combine(today, time())
    weekday: ColumnElement[Any]
    if session.get_bind().dialect.name == "sqlite":
        weekday = func.strftime("%w", Movement.at)
    else:
        weekday = extract("dow", Movement.at)
    query = (
        select(Movement.item_id, weekday, func.sum(Movement.delta))
        .where(Movement.at >= start, Movement.at < end, Movement.reason.in_(_REASONS))
        .group_by(Movement.item_id, weekday)
    )
    totals: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 7)
    for item_id, sunday_first, delta in session.execute(query):
        totals[item_id][(int(sunday_first) + 6) % 7] -= delta
    return {item: weekday_profile(days, weeks) for item, days in totals.items()}
