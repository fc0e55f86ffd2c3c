"""Daily usage stays equal to the ledger's usage, and days of cover read the same from it."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import USAGE_REASONS, Reason
from inventory_app.domain.levels import containers
from inventory_app.domain.ordering import days_of_cover
from inventory_app.services.ledger.movements import (
    NewMovement,
    compensate,
    record_movement,
    record_movements,
)
from inventory_app.services.ordering.levels import level_rows, usage_profiles
from tests.conftest import make_item
from tests.services.usage_fixtures import (
    ledger_daily_usage,
    ledger_profiles,
    stored_daily_usage,
)

TODAY = date(2026, 11, 24)  # a Tuesday
REASONS = [*USAGE_REASONS, Reason.RECEIVE, Reason.CORRECTION, Reason.COUNT, Reason.PREP_MAKE]


def _at(rng: random.Random) -> datetime:
    """Backdated up to nine weeks, sometimes exactly midnight (a window's edge), or tomorrow."""
    day = TODAY - timedelta(days=rng.randint(-1, 63))
    if rng.random() < 0.2:
        return datetime.combine(day, time())
    return datetime.combine(day, time()) + timedelta(microseconds=rng.randrange(86_400 * 10**6))


def _quantity(rng: random.Random) -> Decimal:
    sign = -1 if rng.random() < 0.85 else 1
    return sign * Decimal(rng.randint(1, 10**9)).scaleb(-6)


def _random_ledger(session: Session, rng: random.Random) -> list[int]:
    items = [
        make_item(session, f"U{n}", size=Decimal(rng.choice([700, 1000, 1]))) for n in range(6)
    ]
    written: list[int] = []
    for _ in range(120):
        item, reason = rng.choice(items), rng.choice(REASONS)
        at = _at(rng) if rng.random() < 0.9 else None
        written.append(
            record_movement(session, item, _quantity(rng), reason, author="owner", at=at)
        )
    for _ in range(5):  # imports and sales: several items and days in one statement
        batch = [
            NewMovement(rng.choice(items), _quantity(rng), rng.choice(REASONS), at=_at(rng))
            for _ in range(rng.randint(1, 30))
        ]
        record_movements(session, batch, author="owner")
    for movement_id in rng.sample(written, 25):  # undo is no usage: the day keeps it
        compensate(session, movement_id, author="owner")
    return items


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_daily_usage_equals_the_ledger_on_random_ledgers(session: Session, seed: int) -> None:
    rng = random.Random(seed)
    _random_ledger(session, rng)
    session.flush()
    assert stored_daily_usage(session) == ledger_daily_usage(session)
    for weeks in (1, 2, 6):
        for back in (0, 1, 3, 10):
            today = TODAY - timedelta(days=back)
            expected = ledger_profiles(session, today=today, weeks=weeks)
            assert usage_profiles(session, today=today, weeks=weeks) == expected


def test_a_backdated_sale_moves_its_own_day(session: Session) -> None:
    gin = make_item(session, "GIN")
    monday = datetime.combine(TODAY - timedelta(days=1), time(23, 59, 59, 999_999))
    record_movement(session, gin, Decimal(-30), Reason.SALE, author="owner", at=monday)
    record_movements(
        session, [NewMovement(gin, Decimal(-20), Reason.SALE, at=monday)], author="owner"
    )
    assert stored_daily_usage(session) == {(gin, monday.date()): Decimal(50)}
    profile = usage_profiles(session, today=TODAY, weeks=1)[gin]
    assert profile[0] == Decimal(50) and sum(profile) == Decimal(50)


def test_undo_and_other_reasons_are_not_usage(session: Session) -> None:
    gin = make_item(session, "GIN")
    at = datetime.combine(TODAY - timedelta(days=2), time(20))
    sale = record_movement(session, gin, Decimal(-30), Reason.SALE, author="owner", at=at)
    record_movement(session, gin, Decimal(700), Reason.RECEIVE, author="owner", at=at)
    compensate(session, sale, author="owner")
    assert stored_daily_usage(session) == {(gin, at.date()): Decimal(30)}
    assert usage_profiles(session, today=TODAY, weeks=1) == ledger_profiles(
        session, today=TODAY, weeks=1
    )


def test_days_of_cover_read_from_daily_usage_as_from_the_ledger(session: Session) -> None:
    rng = random.Random(7)
    _random_ledger(session, rng)
    session.flush()
    rows = level_rows(session, today=TODAY)
    profiles = ledger_profiles(session, today=TODAY, weeks=6)
    assert any(r.days_of_cover is not None for r in rows)
    for row in rows:
        profile = profiles.get(row.item_id)
        expected = None
        if profile is not None:
            daily = [containers(u, row.size) for u in profile]
            expected = days_of_cover(containers(row.on_hand, row.size), daily, TODAY)
        assert row.days_of_cover == expected
