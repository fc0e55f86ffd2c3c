"""Allergens inherited: items -> preps (through preps) -> cocktails, per channel."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.allergens import Allergen, parse_allergens
from inventory_app.domain.catalogue import ItemKind
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.recipes.allergens import menu_allergens, recipe_allergens
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec, save_recipe
from tests.conftest import AUTHOR, make_item

D = Decimal
L = RecipeLineSpec
A = Allergen
T, S = Channel.TAKEAWAY, Channel.SPEAKEASY

# sku, kind, own allergens (as a catalogue cell writes them)
ITEMS = [
    ("BOURBON", ItemKind.BOTTLE, ""),
    ("VERMOUTH", ItemKind.BOTTLE, "solfiti"),
    ("ALMOND", ItemKind.CONSUMABLE, "frutta a guscio"),
    ("SUGAR", ItemKind.CONSUMABLE, ""),
    ("EGG", ItemKind.CONSUMABLE, "uova"),
    ("CREAM", ItemKind.CONSUMABLE, "7"),
    ("CUP", ItemKind.CONSUMABLE, ""),
    ("FLK-ORGEAT", ItemKind.FLASK, ""),
    ("FLK-MILKY", ItemKind.FLASK, "sesame"),  # its own, beside its prep's
    ("FLK-RETIRED", ItemKind.FLASK, ""),
]
PREPS = [
    RecipeSpec(name="Orgeat", kind=RecipeKind.PREP, yield_sku="FLK-ORGEAT", yield_quantity=D(500),
               lines=(L("ALMOND", D(250), Unit.G), L("SUGAR", D(300), Unit.G))),
    # a prep of a prep: orgeat and cream (nuts, milk) plus the flask's own sesame
    RecipeSpec(name="Milk punch base", kind=RecipeKind.PREP, yield_sku="FLK-MILKY",
               yield_quantity=D(700), lines=(L("FLK-ORGEAT", D(100), Unit.ML),
                                             L("CREAM", D(200), Unit.ML))),
]  # fmt: skip
COCKTAILS = [
    RecipeSpec(name="Whisky Sour", lines=(
        L("BOURBON", D(50), Unit.ML), L("SUGAR", D(20), Unit.G),
        L("EGG", D(1), Unit.PCS, S), L("CUP", D(1), Unit.PCS, T))),
    RecipeSpec(name="Mai Tai", lines=(L("BOURBON", D(40), Unit.ML),
                                      L("FLK-ORGEAT", D(15), Unit.ML))),
    RecipeSpec(name="Manhattan", lines=(L("BOURBON", D(50), Unit.ML),
                                        L("VERMOUTH", D(20), Unit.ML))),
    RecipeSpec(name="Milk Punch", lines=(L("BOURBON", D(40), Unit.ML),
                                         L("FLK-MILKY", D(60), Unit.ML, T),
                                         L("CREAM", D(10), Unit.ML, S))),
    RecipeSpec(name="Old Fashioned", lines=(L("BOURBON", D(60), Unit.ML),
                                            L("SUGAR", D(5), Unit.G))),
]  # fmt: skip
# recipe -> (take-away, speakeasy)
EXPECTED = {
    "Orgeat": ((A.NUTS,), (A.NUTS,)),
    "Milk punch base": ((A.MILK, A.NUTS, A.SESAME), (A.MILK, A.NUTS, A.SESAME)),
    "Whisky Sour": ((), (A.EGGS,)),
    "Mai Tai": ((A.NUTS,), (A.NUTS,)),
    "Manhattan": ((A.SULPHITES,), (A.SULPHITES,)),
    "Milk Punch": ((A.MILK, A.NUTS, A.SESAME), (A.MILK,)),
    "Old Fashioned": ((), ()),
}


@pytest.fixture
def menu(session: Session) -> Session:
    for sku, kind, allergens in ITEMS:
        unit = BaseUnit.PCS if sku in ("EGG", "CUP") else BaseUnit.ML
        unit = BaseUnit.G if sku in ("ALMOND", "SUGAR") else unit
        make_item(session, sku, kind=kind, unit=unit, size=D(500),
                  allergens=parse_allergens(allergens))  # fmt: skip
    for spec in (*PREPS, *COCKTAILS):
        save_recipe(session, spec, author=AUTHOR)
    return session


def _by_name(session: Session) -> dict[str, tuple[tuple[Allergen, ...], tuple[Allergen, ...]]]:
    return {
        r.name: (r.by_channel[T], r.by_channel[S]) for r in recipe_allergens(session).values()
    }


def test_every_recipe_carries_its_ingredients_allergens_through_its_preps(menu: Session) -> None:
    assert _by_name(menu) == EXPECTED


@pytest.mark.parametrize(("name", "differs"), [("Whisky Sour", True), ("Mai Tai", False),
                                               ("Milk Punch", True), ("Orgeat", False)])  # fmt: skip
def test_a_recipe_says_whether_its_channels_differ(menu: Session, name: str, differs: bool) -> None:
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
