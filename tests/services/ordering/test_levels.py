"""Levels: usage by weekday, days of cover, on order, and suggested par / reorder points."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.models import Item
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.levels import Status
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.ordering.levels import accept_suggestions, level_rows, suggest_levels
from tests.services.order_fixtures import stock_bar

D = Decimal
TODAY = date(2026, 11, 24)  # a Tuesday


def _sell_weeks(session: Session, item_id: int, per_day: dict[int, str], weeks: int = 6) -> None:
    """Sales on the given weekdays of each of the last weeks, in ml."""
    for back in range(1, weeks * 7 + 1):
        day = TODAY - timedelta(days=back)
        amount = per_day.get(day.weekday())
        if amount:
            at = datetime.combine(day, time(21))
            record_movement(session, item_id, -D(amount), Reason.SALE, author="pos", at=at)


def test_level_rows_status_and_on_order(session: Session) -> None:
    stock_bar(session)
    rows = {r.sku: r for r in level_rows(session, today=TODAY)}
    assert rows["GIN"].status is Status.LOW and rows["GIN"].containers == D(1)
    assert rows["RUM"].status is Status.OK
    assert rows["SODA"].supplier == "" and rows["SODA"].lead_time_days is None
    assert rows["GIN"].days_of_cover is None  # no usage recorded
    assert rows["GIN"].on_order == D(0)
    assert rows["GIN"].lead_time_days == 2


def test_cover_weighs_the_weekend(session: Session) -> None:
    items = stock_bar(session)
    # Saturday 1 bottle, Tuesday 0.2 bottle of gin, for six weeks; then restock to 2 bottles.
    _sell_weeks(session, items["GIN"], {1: "140", 5: "700"})
    record_movement(session, items["GIN"], D(6 * 840 + 700), Reason.RECEIVE, author="owner")
    gin = next(r for r in level_rows(session, today=TODAY) if r.sku == "GIN")
    assert gin.on_hand == D(1400)
    # Tuesday 0.2, Wednesday to Friday 0, Saturday 1, next Tuesday 0.2, next Saturday: 0.6 of it.
    assert gin.days_of_cover == D(11) + D("0.6")
    assert not gin.runs_out_before_delivery


def test_runs_out_before_delivery(session: Session) -> None:
    items = stock_bar(session)
    _sell_weeks(session, items["VER"], {d: "750" for d in range(7)})
    record_movement(session, items["VER"], D(42 * 750), Reason.RECEIVE, author="owner")
    ver = next(r for r in level_rows(session, today=TODAY) if r.sku == "VER")
    assert ver.days_of_cover == D("0.5")  # half a bottle left, a bottle a day
    assert ver.runs_out_before_delivery  # Rialto needs a day


def test_suggest_and_accept(session: Session) -> None:
    items = stock_bar(session)
    _sell_weeks(session, items["GIN"], {d: "350" for d in range(7)})  # half a bottle a day
    suggestions = {s.sku: s for s in suggest_levels(session, today=TODAY)}
    assert set(suggestions) == {"GIN"}
    gin = suggestions["GIN"]
    assert gin.daily_usage == D("0.5")
    # lead 2 + safety 1 -> 1.5 -> 2; next order day after Tuesday is Thursday: 2 days -> 1.
    assert (gin.reorder_at, gin.par) == (D(2), D(3))
    assert (gin.current_reorder_at, gin.current_par) == (D(2), D(6))
    assert accept_suggestions(session, ["gin"], author="owner", today=TODAY) == 1
    assert session.get(Item, items["GIN"]).par == D(3)  # type: ignore[union-attr]


def test_accept_unknown_or_unused_changes_nothing(session: Session) -> None:
    items = stock_bar(session)
    _sell_weeks(session, items["GIN"], {d: "350" for d in range(7)})
    with pytest.raises(NotFoundError):
        accept_suggestions(session, ["GIN", "NOPE"], author="owner", today=TODAY)
    with pytest.raises(InputError):
        accept_suggestions(session, ["GIN", "RUM"], author="owner", today=TODAY)
    assert session.get(Item, items["GIN"]).par == D(6)  # type: ignore[union-attr]
