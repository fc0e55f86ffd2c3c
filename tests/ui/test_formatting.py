"""ui/formatting.py: how numbers, money and moments look on screen."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from inventory_app.services.ledger.movements import Shortage
from inventory_app.ui import formatting

D = Decimal


@pytest.fixture
def in_milan(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The reader's clock is Milan's (CET in winter, CEST in summer)."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_numbers_are_grouped_without_trailing_zeros() -> None:
    assert formatting.grouped(D("1360")) == "1,360"
    assert formatting.grouped(D("22.50")) == "22.5"
    assert formatting.optional(D("1000")) == "1,000"
    assert formatting.optional(None) == ""


def test_quantities_are_rounded_to_what_matters_for_the_unit() -> None:
    assert formatting.quantity(D("13666.666"), "ml") == "13,666.7 ml"
    assert formatting.quantity(D(24), "pcs") == "24 pcs"
    assert formatting.quantity(D(20), "ml", signed=True) == "+20 ml"
    assert formatting.quantity(D(-20), "ml", signed=True) == "-20 ml"


def test_containers_are_shown_to_the_tenth() -> None:
    assert formatting.containers(D("1.94")) == "1.9"
    assert formatting.containers(D(20)) == "20"


def test_money_has_two_decimals_and_the_euro_sign_only_where_asked() -> None:
    assert formatting.money(D("1234.5")) == "1,234.50"
    assert formatting.euros(D("18.4")) == "€18.40"
    assert formatting.euros(None) == ""


@pytest.mark.usefixtures("in_milan")
def test_stored_utc_times_are_read_on_the_local_clock() -> None:
    winter = datetime(2026, 3, 4, 18, 30)  # naive UTC, as the ledger stores it
    assert formatting.local_time(winter) == "2026-03-04 19:30"
    assert formatting.local_day_time(winter) == "Wed 04 Mar 19:30"
    summer = datetime(2026, 7, 1, 18, 30, tzinfo=UTC)
    assert formatting.local_time(summer) == "2026-07-01 20:30"
    elsewhere = datetime(2026, 3, 4, 20, 30, tzinfo=timezone(timedelta(hours=2)))
    assert formatting.local_time(elsewhere) == "2026-03-04 19:30"


def test_a_shortage_says_the_level_with_a_true_minus_and_what_to_do() -> None:
    shortage = Shortage("CAMP-1L", "Campari", D(-20), "ml")
    assert formatting.shortage_text(shortage) == (
        "Campari is now at −20 ml: count it or receive stock"
    )
