"""Allergens inherited: items -> preps (through preps) -> cocktails, per channel."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.allergens import Allergen
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.recipes.allergens import menu_allergens, recipe_allergens
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec, save_recipe
from tests.conftest import AUTHOR
from tests.services.recipes.allergen_menu import EXPECTED, allergen_menu

D = Decimal
L = RecipeLineSpec
A = Allergen
T, S = Channel.TAKEAWAY, Channel.SPEAKEASY


@pytest.fixture
def menu(session: Session) -> Session:
    return allergen_menu(session)


def _by_name(session: Session) -> dict[str, tuple[tuple[Allergen, ...], tuple[Allergen, ...]]]:
    return {r.name: (r.by_channel[T], r.by_channel[S]) for r in recipe_allergens(session).values()}


def test_every_recipe_carries_its_ingredients_allergens_through_its_preps(menu: Session) -> None:
    assert _by_name(menu) == EXPECTED


@pytest.mark.parametrize(
    ("name", "differs"),
    [("Whisky Sour", True), ("Mai Tai", False), ("Milk Punch", True), ("Orgeat", False)],
)
def test_a_recipe_says_whether_channels_differ(menu: Session, name: str, differs: bool) -> None:
    [found] = [r for r in recipe_allergens(menu).values() if r.name == name]
    assert found.differs_by_channel is differs
    assert found.every_channel == tuple(sorted(set(EXPECTED[name][0]) | set(EXPECTED[name][1]),
                                               key=lambda a: a.number))  # fmt: skip


def test_an_allergen_set_on_an_ingredient_reaches_every_cocktail_through_its_preps(
    menu: Session,
) -> None:
    save_item(menu, ItemSpec(sku="SUGAR", allergens=(A.SULPHITES,)), author=AUTHOR)
    found = _by_name(menu)
    assert found["Old Fashioned"] == ((A.SULPHITES,), (A.SULPHITES,))
    assert found["Milk Punch"][0] == (A.MILK, A.NUTS, A.SESAME, A.SULPHITES)  # orgeat in a prep
    assert found["Whisky Sour"] == ((A.SULPHITES,), (A.EGGS, A.SULPHITES))


def test_the_menu_is_every_active_cocktail_by_name(menu: Session) -> None:
    names = [r.name for r in menu_allergens(menu)]
    assert names == ["Mai Tai", "Manhattan", "Milk Punch", "Old Fashioned", "Whisky Sour"]
    assert all(r.kind is RecipeKind.COCKTAIL for r in menu_allergens(menu))


def test_a_flask_no_active_prep_makes_carries_only_its_own(menu: Session) -> None:
    """Without a prep the flask's ingredients are unknown: it carries what is set on it."""
    save_item(menu, ItemSpec(sku="FLK-RETIRED", allergens=(A.CELERY,)), author=AUTHOR)
    save_recipe(menu, RecipeSpec(name="Bloody", lines=(L("FLK-RETIRED", D(10), Unit.ML),)),
                author=AUTHOR)  # fmt: skip
    assert _by_name(menu)["Bloody"] == ((A.CELERY,), (A.CELERY,))
