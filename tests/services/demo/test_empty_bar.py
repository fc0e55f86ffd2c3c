"""The demo bar goes into an empty catalogue only, never into a real bar."""

from __future__ import annotations

from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import Sale
from inventory_app.services.catalogue.items import item_count
from inventory_app.services.demo.empty_bar import demo_if_empty
from tests.conftest import make_item


def test_the_demo_loads_into_an_empty_catalogue(db: Database) -> None:
    with db.transaction() as s:
        said = demo_if_empty(s, author="owner")
        assert said == "loaded the demo bar: 69 items, 3 suppliers, 8 locations, 19 recipes"
        assert item_count(s) == 69
        assert s.scalar(select(func.count()).select_from(Sale)) == 0  # no weeks of sales
    with db.transaction() as s:
        again = demo_if_empty(s, author="owner")
        assert again == "the catalogue already has 69 items; the demo bar was not loaded"
        assert item_count(s) == 69


def test_the_demo_never_mixes_into_a_real_bar(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "GIN-1")
        said = demo_if_empty(s, author="owner", with_sales=True)
        assert said == "the catalogue already has 1 items; the demo bar was not loaded"
        assert item_count(s) == 1
        assert s.scalar(select(func.count()).select_from(Sale)) == 0
