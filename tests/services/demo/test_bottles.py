"""The demo bar's rare bottles and its week of openings, dated back from a given moment."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Bottle, Movement, StockLevel
from inventory_app.resources import resource_path
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.demo.bottles import (
    load_demo_bottles,
    load_demo_openings,
)
from inventory_app.services.imports.catalogue import import_catalogue
from tests.conftest import AUTHOR

D = Decimal
NOW = datetime(2026, 3, 9, 12, 0)


@pytest.fixture
def catalogue(db: Database) -> Database:
    with db.transaction() as s:
        import_catalogue(s, resource_path("demo", "catalogue.csv"), author=AUTHOR)
    return db


def test_each_bottle_received_opened_on_its_day_and_at_its_level(catalogue: Database) -> None:
    with catalogue.transaction() as s:
        assert load_demo_bottles(s, author=AUTHOR, now=NOW) == 7
    with catalogue.reading() as s:
        bottles = {b.barcode: b for b in s.scalars(select(Bottle))}
        spr = bottles["SPR21-0118"]
        assert (spr.state, spr.opened_at, spr.remaining) == (
            "open", NOW - timedelta(days=62), D(380),
        )  # fmt: skip
        assert (spr.cost, spr.abv, spr.vintage, spr.cask, spr.bottle_number) == (
            D(420), D(46), 2000, "refill sherry 412", "118/1200",
        )  # fmt: skip
        assert bottles["MAC18-0001"].opened_at == NOW - timedelta(days=430)
        spare = bottles["SPR21-0119"]
        assert (spare.state, spare.opened_at, spare.remaining) == ("sealed", None, D(700))
        received = {
            m.bottle_id: m.at
            for m in s.scalars(select(Movement).where(Movement.reason == "receive"))
        }
        assert received[spr.id] == NOW - timedelta(days=62 + 30)  # a month before opening
        assert received[spare.id] == NOW - timedelta(days=45)  # a sealed spare
        level = s.scalars(
            select(Movement).where(Movement.reason == "count", Movement.bottle_id == spr.id)
        ).one()
        assert (level.delta, level.note) == (D(380 - 700), "demo bar: level of the open bottle")


def test_a_week_of_openings_oldest_first(catalogue: Database) -> None:
    with catalogue.transaction() as s:
        assert load_demo_openings(s, author=AUTHOR, now=NOW) == 7
    with catalogue.reading() as s:
        query = select(Movement.reason, Movement.at, Movement.item_id).where(
            Movement.reason.in_(["open", "empty"])
        )
        events = list(s.execute(query.order_by(Movement.id)))
        campari = find_item(s, "AMA-CAMP").id
        aperol = find_item(s, "AMA-APER").id
        opened = {i: s.get_one(StockLevel, i).open_containers for i in (campari, aperol)}
    assert [at for _, at, _ in events] == sorted(at for _, at, _ in events)
    assert [(r, at) for r, at, item in events if item == campari] == [
        ("open", NOW - timedelta(days=6)), ("empty", NOW - timedelta(days=3)),
        ("open", NOW - timedelta(days=3)),
    ]  # fmt: skip
    assert opened == {campari: 1, aperol: 2}
