"""A menu whose allergens are known by hand: items, preps of preps, per-channel lines.

Shared by the inheritance tests and the register's (services, workbook, PDF).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.allergens import Allergen, parse_allergens
from inventory_app.domain.catalogue import ItemKind
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
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


def allergen_menu(session: Session) -> Session:
    for sku, kind, allergens in ITEMS:
        unit = BaseUnit.PCS if sku in ("EGG", "CUP") else BaseUnit.ML
        unit = BaseUnit.G if sku in ("ALMOND", "SUGAR") else unit
        make_item(session, sku, kind=kind, unit=unit, size=D(500),
                  allergens=parse_allergens(allergens))  # fmt: skip
    for spec in (*PREPS, *COCKTAILS):
        save_recipe(session, spec, author=AUTHOR)
    return session


# The register of this menu, row by row: drink, served, allergens (active cocktails by
# name; a drink served differently on each channel has a row for each).
REGISTER_EN = [
    ("Mai Tai", "all", "8 Nuts"),
    ("Manhattan", "all", "12 Sulphur dioxide and sulphites"),
    ("Milk Punch", "take-away", "7 Milk, 8 Nuts, 11 Sesame seeds"),
    ("Milk Punch", "speakeasy", "7 Milk"),
    ("Old Fashioned", "all", "none of the 14"),
    ("Whisky Sour", "take-away", "none of the 14"),
    ("Whisky Sour", "speakeasy", "3 Eggs"),
]
REGISTER_IT = [
    ("Mai Tai", "tutti", "8 Frutta a guscio"),
    ("Manhattan", "tutti", "12 Anidride solforosa e solfiti"),
    ("Milk Punch", "asporto", "7 Latte, 8 Frutta a guscio, 11 Semi di sesamo"),
    ("Milk Punch", "speakeasy", "7 Latte"),
    ("Old Fashioned", "tutti", "nessuno dei 14"),
    ("Whisky Sour", "asporto", "nessuno dei 14"),
    ("Whisky Sour", "speakeasy", "3 Uova"),
]
