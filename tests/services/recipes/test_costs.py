"""What a drink costs: per channel, pour cost % and margin, house preps costed through."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.editing import RecipeSpec
from inventory_app.services.settings import set_setting
from tests.conftest import make_item
from tests.services.recipes.recipe_fixtures import NEGRONI, SYRUP, D, L


# Negroni: 30 ml gin 0.60 + 30 ml Campari 0.48 + 30 ml vermouth 0.60 = 1.68 on every channel;
# take-away adds a cup and a lid (0.25), the speakeasy a tenth of an orange (0.03).
@pytest.mark.parametrize(
    ("channel", "cost"), [(Channel.TAKEAWAY, D("1.93")), (Channel.SPEAKEASY, D("1.71"))]
)
def test_cost_per_channel(bar: Session, channel: Channel, cost: Decimal) -> None:
    recipe = recipes.save_recipe(bar, NEGRONI, author="owner")
    assert recipes.recipe_cost(bar, recipe.id, channel) == cost


def test_row_with_pour_cost_and_margin(bar: Session) -> None:
    recipe = recipes.save_recipe(bar, NEGRONI, author="owner")
    [row] = recipes.recipe_rows(bar)
    # net = 10 / 1.22 = 8.19672131...; pour cost = 1.93 / net = 23.546 %; margin = net - 1.93
    assert row == recipes.RecipeRow(
        recipe_id=recipe.id, name="Negroni", kind=RecipeKind.COCKTAIL, price=D(10),
        pos_names=("Negroni (to go)",), cost=D("1.93"),
        cost_by_channel={Channel.TAKEAWAY: D("1.93"), Channel.SPEAKEASY: D("1.71")},
        net_price=D("8.1967"), pour_cost_pct=D("23.55"), margin=D("6.2667"),
        yield_sku=None, yield_quantity=None, yield_unit=None, lines=6, active=True,
    )  # fmt: skip


def test_row_follows_vat_and_default_channel(bar: Session) -> None:
    recipes.save_recipe(bar, NEGRONI, author="owner")
    set_setting(bar, "vat_rate_pct", "10", author="owner")
    set_setting(bar, "default_channel", "speakeasy", author="owner")
    [row] = recipes.recipe_rows(bar)
    # net = 10 / 1.10 = 9.0909...; 1.71 / net = 18.81 %
    assert (row.cost, row.net_price, row.pour_cost_pct, row.margin) == (
        D("1.71"), D("9.0909"), D("18.81"), D("7.3809"),
    )  # fmt: skip


def test_flask_cost_comes_from_its_prep_unless_entered(bar: Session) -> None:
    recipes.save_recipe(
        bar, SYRUP, author="owner"
    )  # 500 g sugar = 1.00 makes 800 ml: 0.00125 per ml
    sour = RecipeSpec(name="Sour", price=D(12), lines=(L("FLK-SYR", D(20), Unit.ML),))
    recipe = recipes.save_recipe(bar, sour, author="owner")
    assert recipes.recipe_cost(bar, recipe.id, Channel.SPEAKEASY) == D("0.025")
    # entered by the owner: 1.50 per 500 ml = 0.003 per ml wins over the prep
    make_item(bar, "FLK-SYR", cost=D("1.50"), size=D(500))
    assert recipes.recipe_cost(bar, recipe.id, Channel.SPEAKEASY) == D("0.06")


def test_nested_prep_cost_and_inactive_prep(bar: Session) -> None:
    syrup = recipes.save_recipe(bar, SYRUP, author="owner")
    b = RecipeSpec(
        name="B", kind=RecipeKind.PREP,
        lines=(L("FLK-SYR", D(400), Unit.ML), L("BIT-1", D(10), Unit.DASH)),
        yield_sku="FLK-B", yield_quantity=D(200),
    )  # fmt: skip
    recipes.save_recipe(bar, b, author="owner")
    drink = recipes.save_recipe(
        bar,
        RecipeSpec(name="Drink", price=D(9), lines=(L("FLK-B", D(50), Unit.ML),)),
        author="owner",
    )
    # B: 400 ml syrup 0.50 + 9.2 ml bitters 0.46 = 0.96 per 200 ml; 50 ml = 0.24
    assert recipes.recipe_cost(bar, drink.id, Channel.TAKEAWAY) == D("0.24")
    recipes.set_recipe_active(
        bar, syrup.id, False, author="owner"
    )  # an inactive prep costs nothing
    assert recipes.recipe_cost(bar, drink.id, Channel.TAKEAWAY) == D("0.115")
    rows = recipes.recipe_rows(bar)
    assert [(r.name, r.kind, r.cost, r.active) for r in rows] == [
        ("Drink", RecipeKind.COCKTAIL, D("0.115"), True),
        ("B", RecipeKind.PREP, D("0.46"), True),
        ("Simple syrup", RecipeKind.PREP, D("1.00"), False),
    ]
    assert (rows[2].yield_sku, rows[2].yield_quantity, rows[2].yield_unit) == (
        "FLK-SYR", D(800), "ml",
    )  # fmt: skip
