"""The recipe tests' bar: items whose costs per base unit are round, a Negroni and a syrup."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import ItemKind
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from tests.conftest import make_item

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
ONE = (L("GIN-1", D(1), Unit.ML),)  # the smallest recipe


def stock_items(session: Session) -> Session:
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
