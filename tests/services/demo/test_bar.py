"""The demo bar: suppliers, locations, a catalogue with levels and recipes, loaded once."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Supplier
from inventory_app.domain.levels import Status
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.resources import resource_path
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.demo.bar import load_demo
from inventory_app.services.imports.catalogue import import_catalogue
from inventory_app.services.recipes.book import find_recipe
from inventory_app.services.recipes.costs import recipe_rows
from inventory_app.services.views.stock import stock_rows
from tests.conftest import AUTHOR

D = Decimal


def test_demo_bar(db: Database) -> None:
    with db.transaction() as s:
        demo = load_demo(s, author=AUTHOR)
    assert (demo.suppliers, demo.locations) == (3, 8)
    assert demo.catalogue.added >= 45
    with db.sessions() as s:
        rows = stock_rows(s)
        statuses = [r.status for r in rows]
        assert len(rows) == demo.catalogue.added
        assert statuses.count(Status.LOW) >= 4
        assert statuses.count(Status.OUT) >= 1
        assert len(s.scalars(select(Supplier)).all()) == 3
        assert {r.kind for r in rows} == {"bottle", "flask", "consumable"}
        assert sum(catalogue.find_item(s, r.sku).tracking == "serial" for r in rows) >= 3
        assert catalogue.location_names(s)[0] == "Flask rack"
    with db.transaction() as s:
        again = import_catalogue(s, resource_path("demo", "catalogue.csv"), author=AUTHOR)
    assert (again.added, again.updated, again.level_changes) == (0, 0, 0)


def test_demo_bar_has_recipes_with_realistic_pour_costs(db: Database) -> None:
    with db.transaction() as s:
        demo = load_demo(s, author=AUTHOR)
    assert (demo.recipes.added, demo.recipes.replaced) == (19, 0)
    with db.sessions() as s:
        rows = recipe_rows(s)
        cocktails = [r for r in rows if r.kind is RecipeKind.COCKTAIL]
        preps = [r for r in rows if r.kind is RecipeKind.PREP]
        assert (len(cocktails), len(preps)) == (13, 6)
        for row in cocktails:
            assert row.pour_cost_pct is not None
            assert D(10) <= row.pour_cost_pct <= D(35), row.name
            assert D(9) <= row.price <= D(16), row.name  # type: ignore[operator]
            assert row.cost_by_channel[Channel.TAKEAWAY] > row.cost_by_channel[Channel.SPEAKEASY]
            assert find_recipe(s, f"{row.name} (to go)").id == row.recipe_id
        assert {r.yield_sku for r in preps} == {
            "FLK-SIMPLE", "FLK-DEMER", "FLK-ORGEAT", "FLK-HONEYG", "FLK-LIME", "FLK-COFCAMP",
        }  # fmt: skip
        assert all(r.cost > 0 for r in preps)
