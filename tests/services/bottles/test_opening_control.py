"""The control report: openings against usage, and the oxidation and shelf-life flags."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from inventory_app.db.engine import Database
from inventory_app.db.models import Item, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import Unit
from inventory_app.services import settings
from inventory_app.services.bottles.containers import empty_container, open_container
from inventory_app.services.bottles.opening_control import (
    expired_flasks,
    opening_report,
    openings_outrunning_usage,
)
from inventory_app.services.ledger import movements as stock
from inventory_app.services.selling.sales import sell, undo_sale
from tests.conftest import AUTHOR, make_item
from tests.services.bottle_fixtures import Shelf, make_shelf
from tests.services.sales_fixtures import add_recipe

D = Decimal
DAY = timedelta(days=1)


@pytest.fixture
def shelf(db: Database) -> Shelf:
    with db.transaction() as s:
        shelf = make_shelf(s)
        add_recipe(s, "Americano", [(shelf.campari, D(30), "ml", None)])
        return shelf


def week() -> tuple[datetime, datetime]:
    now = utcnow()
    return now - 7 * DAY, now + DAY


def test_openings_outrunning_usage_worst_first(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        for _ in range(3):
            open_container(s, "AMA-CAMP", author=AUTHOR)  # 3000 ml opened
        empty_container(s, "AMA-CAMP", author=AUTHOR)  # finishing is not opening
        sell(s, "Americano", author=AUTHOR, quantity=D(10))  # 300 ml
        stock.adjust(s, "AMA-CAMP", D(-200), Unit.ML, Reason.WASTE, author=AUTHOR)
        undone = sell(s, "Americano", author=AUTHOR, quantity=D(5)).sale_id
        undo_sale(s, undone, author=AUTHOR)  # undone sales explain nothing
        open_container(s, "#1", author=AUTHOR, at=utcnow() - DAY)  # 700 ml, nothing poured
        stock.record_movement(s, shelf.whisky, D(-100), Reason.SALE, author=AUTHOR, bottle_id=1)
        report = opening_report(s, *week())
    rows = [(r.sku, r.opened, r.opened_quantity, r.theoretical, r.excess) for r in report.excess]
    assert rows == [("AMA-CAMP", 3, D(3000), D(500), D(2500))]
    assert report.excess[0].excess_containers == D("2.5")


@pytest.mark.parametrize(
    ("tolerance", "listed"),
    [(D(0), ["AMA-CAMP", "WHI-MAC18"]), (D("0.5"), ["AMA-CAMP"]), (D(2), [])],
)
def test_tolerance_in_containers(
    db: Database, shelf: Shelf, tolerance: Decimal, listed: list[str]
) -> None:
    with db.transaction() as s:
        open_container(s, "AMA-CAMP", author=AUTHOR)  # 1000 ml opened, 0 used
        open_container(s, "#2", author=AUTHOR)
        stock.record_movement(s, shelf.whisky, D(-400), Reason.SALE, author=AUTHOR, bottle_id=2)
        rows = openings_outrunning_usage(s, *week(), tolerance=tolerance)
    assert [r.sku for r in rows] == listed


def test_openings_outside_the_period_are_not_counted(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        open_container(s, "AMA-CAMP", author=AUTHOR, at=utcnow() - 30 * DAY)
        open_container(s, "AMA-CAMP", author=AUTHOR, at=utcnow() - 30 * DAY)
        assert openings_outrunning_usage(s, *week(), tolerance=D(0)) == []


@pytest.mark.parametrize(
    ("months", "now", "flagged"),
    [
        (12, datetime(2026, 3, 10, 11, 59), False),
        (12, datetime(2026, 3, 10, 12, 0), True),
        (6, datetime(2025, 9, 10, 12, 0), True),
        (18, datetime(2026, 3, 10, 12, 0), False),
    ],
)
def test_oxidation_flag(
    db: Database, shelf: Shelf, months: int, now: datetime, flagged: bool
) -> None:
    with db.transaction() as s:
        settings.set_setting(s, "oxidation_months", str(months), author="owner")
        open_container(s, "#2", author=AUTHOR, at=datetime(2025, 3, 10, 12, 0))
        open_container(s, "#3", author=AUTHOR, at=datetime(2026, 3, 1))
        report = opening_report(s, now - 7 * DAY, now, now=now)
    assert [r.bottle_id for r in report.oxidised] == ([2] if flagged else [])
    assert report.oxidation_months == months


@pytest.mark.parametrize(
    ("days_after", "on_hand", "flagged"),
    [(6, D(500), False), (7, D(500), True), (9, D(500), True), (9, D(0), False)],
)
def test_shelf_life_flag_from_the_latest_batch(
    db: Database, days_after: int, on_hand: Decimal, flagged: bool
) -> None:
    made = datetime(2026, 3, 1, 18, 0)
    with db.transaction() as s:
        flask = make_item(s, "FLK-ORGEAT", name="House orgeat", size=D(500))
        s.get_one(Item, flask).shelf_life_days = 7
        stock.record_movement(s, flask, D(500), Reason.PREP_MAKE, author=AUTHOR, at=made - DAY)
        stock.record_movement(s, flask, D(500), Reason.PREP_MAKE, author=AUTHOR, at=made)
        stock.set_level(s, s.get_one(Item, flask), on_hand, author=AUTHOR)
        found = expired_flasks(s, now=made + days_after * DAY)
    rows = [(f.sku, f.made_at, f.days_over) for f in found]
    assert rows == ([("FLK-ORGEAT", made, days_after - 7)] if flagged else [])


def test_a_period_that_ends_before_it_starts(db: Database) -> None:
    refused = pytest.raises(InputError, match="the period ends before it starts")
    with refused, db.sessions() as s:
        opening_report(s, datetime(2026, 3, 2), datetime(2026, 3, 1))
