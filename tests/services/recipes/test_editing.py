"""Recipes: save, replace, rename, POS names, the rules a line must keep, and exact costs."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, Sale
from inventory_app.domain.catalogue import ItemKind
from inventory_app.domain.errors import ConflictError, InputError
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.book import find_recipe, recipe_by_name
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from inventory_app.services.selling import sales as selling
from inventory_app.services.settings import set_setting
from tests.conftest import AUTHOR, make_item

D = Decimal
L = RecipeLineSpec
NEGRONI = RecipeSpec(
    name="Negroni",
    price=D(10),
    pos_names=("Negroni (to go)",),
    lines=(
        L("GIN-1", D(3), Unit.CL),
        L("CAMP-1", D(30), Unit.ML),
        L("VER-1", D(30), Unit.ML),
        L("ORANGE", D("0.1"), Unit.PCS, Channel.SPEAKEASY),
        L("CUP", D(1), Unit.PCS, Channel.TAKEAWAY),
        L("LID", D(1), Unit.PCS, Channel.TAKEAWAY),
    ),
)
SYRUP = RecipeSpec(
    name="Simple syrup",
    kind=RecipeKind.PREP,
    lines=(L("SUGAR", D(500), Unit.G),),
    yield_sku="FLK-SYR",
    yield_quantity=D(800),
)


@pytest.fixture
def bar(session: Session) -> Session:
    """Items whose costs per base unit are round: gin 0.02/ml, Campari 0.016/ml, ..."""
    for sku, unit, size, cost in [
        ("GIN-1", BaseUnit.ML, 700, "14.00"),
        ("CAMP-1", BaseUnit.ML, 1000, "16.00"),
        ("VER-1", BaseUnit.ML, 1000, "20.00"),
        ("ORANGE", BaseUnit.PCS, 1, "0.30"),
        ("CUP", BaseUnit.PCS, 1, "0.20"),
        ("LID", BaseUnit.PCS, 1, "0.05"),
        ("SUGAR", BaseUnit.G, 1000, "2.00"),
        ("BIT-1", BaseUnit.ML, 200, "10.00"),
    ]:
        make_item(session, sku, unit=unit, size=D(size), cost=D(cost))
    make_item(session, "FLK-SYR", kind=ItemKind.FLASK, size=D(500))
    make_item(session, "FLK-B", kind=ItemKind.FLASK, size=D(500))
    return session


def test_save_and_read_back(bar: Session) -> None:
    recipe = recipes.save_recipe(
        bar, replace(NEGRONI, name="  Negroni ", notes=" stirred "), author="owner"
    )
    spec, version = recipes.recipe_spec(bar, recipe.id)
    assert spec == replace(NEGRONI, notes="stirred", menu_position=1)  # the first cocktail
    assert (version, recipe.key, recipe.active) == (1, "negroni", True)
    assert find_recipe(bar, "NEGRONI (TO GO)").id == recipe.id


def test_saving_by_name_replaces_lines_and_aliases(bar: Session) -> None:
    first = recipes.save_recipe(bar, NEGRONI, author="owner")
    new = replace(NEGRONI, pos_names=("Negroni TA",), lines=(L("GIN-1", D(45), Unit.ML),))
    again = recipes.save_recipe(bar, replace(new, name="negroni"), author="owner")
    assert again.id == first.id
    spec, version = recipes.recipe_spec(bar, first.id)
    assert (spec, version) == (replace(new, name="negroni", menu_position=1), 2)
    assert recipe_by_name(bar, "Negroni (to go)") is None
    assert find_recipe(bar, "negroni ta").id == first.id


def test_saving_the_same_spec_changes_nothing(bar: Session) -> None:
    recipe = recipes.save_recipe(bar, NEGRONI, author="owner")
    line_ids = [line.id for line in recipe.lines]
    recipes.save_recipe(
        bar,
        replace(NEGRONI, lines=tuple(replace(li, sku=li.sku.lower()) for li in NEGRONI.lines)),
        author="owner",
    )
    assert (recipe.version, [line.id for line in recipe.lines]) == (1, line_ids)


def test_rename_by_id_and_stale_version(bar: Session) -> None:
    recipe = recipes.save_recipe(bar, NEGRONI, author="owner")
    renamed = recipes.save_recipe(
        bar,
        replace(NEGRONI, name="Negroni classico"),
        author="owner",
        recipe_id=recipe.id,
        expected_version=1,
    )
    assert (renamed.id, renamed.name, renamed.version) == (recipe.id, "Negroni classico", 2)
    assert recipe_by_name(bar, "Negroni") is None
    with pytest.raises(ConflictError, match="Someone else changed"):
        recipes.save_recipe(bar, NEGRONI, author="owner", recipe_id=recipe.id, expected_version=1)


def test_an_alias_equal_to_its_own_name_is_dropped(bar: Session) -> None:
    recipe = recipes.save_recipe(
        bar,
        replace(NEGRONI, pos_names=("negroni", "Negroni  (to go)", "NEGRONI (TO GO)", " ")),
        author="owner",
    )
    assert [a.name for a in recipe.aliases] == ["Negroni (to go)"]


@pytest.mark.parametrize(
    ("spec", "recipe_id", "column", "message"),
    [
        (replace(NEGRONI, name="Americano (to go)"), None, "recipe",
         "'Americano (to go)' is already a POS name of Americano"),
        (replace(NEGRONI, pos_names=("americano",)), None, "pos_name",
         "'americano' is already the recipe Americano"),
        (replace(NEGRONI, pos_names=("AMERICANO (to go)",)), None, "pos_name",
         "'AMERICANO (to go)' is already a POS name of Americano"),
        (replace(NEGRONI, name="Americano"), 1, "recipe",
         "'Americano' is already the recipe Americano"),
    ],
)  # fmt: skip
def test_names_match_one_recipe_only(
    bar: Session, spec: RecipeSpec, recipe_id: int | None, column: str, message: str
) -> None:
    negroni = recipes.save_recipe(bar, NEGRONI, author="owner")
    americano = RecipeSpec(
        name="Americano", pos_names=("Americano (to go)",), lines=(L("CAMP-1", D(40), Unit.ML),)
    )
    recipes.save_recipe(bar, americano, author="owner")
    with pytest.raises(InputError) as caught:
        recipes.save_recipe(bar, spec, author="owner", recipe_id=negroni.id if recipe_id else None)
    assert (caught.value.column, caught.value.row, caught.value.detail) == (column, None, message)


ONE = (L("GIN-1", D(1), Unit.ML),)


@pytest.mark.parametrize(
    ("spec", "row", "column", "message"),
    [
        (RecipeSpec(name=" ", lines=ONE), None, "recipe", "a recipe needs a name"),
        (RecipeSpec(name="X" * 121, lines=ONE), None, "recipe",
         "a name has at most 120 characters, got 121"),
        (RecipeSpec(name="Empty"), None, "ingredient", "a recipe needs at least one ingredient"),
        (RecipeSpec(name="X", lines=(*ONE, L("NOPE", D(1), Unit.ML))), 2, "ingredient",
         "no item with SKU 'NOPE'"),
        (RecipeSpec(name="X", lines=(L("GIN-1", D(0), Unit.ML),)), 1, "quantity",
         "expected a quantity above zero, got 0"),
        (RecipeSpec(name="X", lines=(L("CUP", D(1), Unit.OZ),)), 1, "unit",
         "CUP: cannot convert oz to pcs: the item is kept in pcs"),
        (RecipeSpec(name="X", lines=(L("SUGAR", D(1), Unit.DASH),)), 1, "unit",
         "SUGAR: cannot convert dash to g: the item is kept in g"),
        (RecipeSpec(name="X", price=D(-1), lines=ONE), None, "price",
         "expected a price of zero or more, got -1"),
        (RecipeSpec(name="X", lines=ONE, yield_sku="FLK-SYR"), None, "yield_sku",
         "a cocktail is sold and yields no stock; only a prep has a yield"),
        (replace(SYRUP, price=D(5)), None, "price",
         "a prep is made, not sold: leave its price blank"),
        (replace(SYRUP, pos_names=("Syrup",)), None, "pos_name",
         "a prep is made, not sold: it has no POS names"),
        (replace(SYRUP, yield_sku=None), None, "yield_sku",
         "a prep needs the SKU of the item it makes"),
        (replace(SYRUP, yield_sku="NOPE"), None, "yield_sku", "no item with SKU 'NOPE'"),
        (replace(SYRUP, yield_quantity=None), None, "yield_quantity",
         "a prep needs how much one batch makes, in the item's unit"),
        (replace(SYRUP, yield_quantity=D(0)), None, "yield_quantity",
         "expected a yield above zero, got 0"),
        (replace(SYRUP, lines=(L("SUGAR", D(5), Unit.G, Channel.TAKEAWAY),)), 1, "channel",
         "a prep is made once for every channel: leave the channel blank"),
        (replace(SYRUP, lines=(*SYRUP.lines, L("flk-syr", D(5), Unit.ML))), 2, "ingredient",
         "FLK-SYR is what this prep makes: it cannot be an ingredient"),
    ],
)  # fmt: skip
def test_bad_recipes_are_refused(
    bar: Session, spec: RecipeSpec, row: int | None, column: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        recipes.save_recipe(bar, spec, author="owner")
    assert (caught.value.row, caught.value.column, caught.value.detail) == (row, column, message)
    assert recipes.recipe_rows(bar) == []


def test_a_prep_may_not_use_what_it_makes_through_another_prep(bar: Session) -> None:
    recipes.save_recipe(bar, SYRUP, author="owner")
    b = RecipeSpec(
        name="B", kind=RecipeKind.PREP, lines=(L("FLK-SYR", D(100), Unit.ML),),
        yield_sku="FLK-B", yield_quantity=D(100),
    )  # fmt: skip
    recipes.save_recipe(bar, b, author="owner")
    looped = replace(SYRUP, lines=(*SYRUP.lines, L("FLK-B", D(10), Unit.ML)))
    with pytest.raises(InputError) as caught:
        recipes.save_recipe(bar, looped, author="owner")
    assert (caught.value.row, caught.value.column, caught.value.detail) == (
        2, "ingredient", "FLK-B is made from what this prep makes (FLK-B <- FLK-SYR)",
    )  # fmt: skip


def test_problems_are_all_listed(bar: Session) -> None:
    spec = RecipeSpec(name="", lines=(L("NOPE", D(-1), Unit.ML), L("CUP", D(1), Unit.CL)))
    problems = recipes.recipe_problems(bar, spec)
    assert [(p.row, p.column) for p in problems] == [
        (None, "recipe"), (1, "ingredient"), (1, "quantity"), (2, "unit"),
    ]  # fmt: skip


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


def test_editing_a_recipe_never_rewrites_past_sales(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "GIN-1", cost=D(14))
        recipes.save_recipe(s, RecipeSpec(name="Gin", price=D(8), lines=ONE), author="owner")
        sale = selling.sell(s, "Gin", author=AUTHOR, channel=Channel.SPEAKEASY)
    with db.transaction() as s:
        recipes.save_recipe(
            s, RecipeSpec(name="Gin neat", price=D(9), lines=(L("GIN-1", D(50), Unit.ML),)),
            author="owner",
            recipe_id=s.get_one(Sale, sale.sale_id).recipe_id,
        )  # fmt: skip
    with db.sessions() as s:
        assert s.get_one(Sale, sale.sale_id).recipe_name == "Gin"
        moved = s.scalars(
            select(Movement.delta).where(Movement.reference == f"sale:{sale.sale_id}")
        )
        assert list(moved) == [D(-1)]
