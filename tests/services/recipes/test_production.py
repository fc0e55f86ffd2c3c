"""Making preps: ingredients leave stock and the flask item comes in, exactly, per batch."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, Production
from inventory_app.domain.catalogue import ItemKind, Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.recipes import RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.movements import Shortage
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec, save_recipe
from inventory_app.services.recipes.production import Used, make_prep
from tests.conftest import AUTHOR, make_item

D = Decimal
L = RecipeLineSpec


@pytest.fixture
def kitchen(session: Session) -> Session:
    stock_kitchen(session)
    return session


def stock_kitchen(session: Session) -> None:
    """Sugar and ginger in stock; simple syrup (500 g -> 800 ml) and a ginger syrup using it."""
    make_item(session, "SUGAR", unit=BaseUnit.G, size=D(1000), cost=D(2))
    make_item(session, "GINGER", unit=BaseUnit.G, size=D(1000), cost=D(6))
    make_item(session, "FLK-SYR", kind=ItemKind.FLASK, size=D(500))
    make_item(session, "FLK-GING", kind=ItemKind.FLASK, size=D(250))
    make_item(session, "GIN-1", cost=D(14))
    for sku, amount in [("SUGAR", 2000), ("GINGER", 150), ("GIN-1", 700)]:
        stock.record_movement(
            session, find_item(session, sku).id, D(amount), Reason.RECEIVE, author=AUTHOR
        )
    save_recipe(session, RecipeSpec(
        name="Simple syrup", kind=RecipeKind.PREP, lines=(L("SUGAR", D(500), Unit.G),),
        yield_sku="FLK-SYR", yield_quantity=D(800),
    ), author="owner")  # fmt: skip
    save_recipe(session, RecipeSpec(
        name="Ginger syrup", kind=RecipeKind.PREP,
        lines=(L("FLK-SYR", D(20), Unit.CL), L("GINGER", D(100), Unit.G)),
        yield_sku="FLK-GING", yield_quantity=D(250),
    ), author="owner")  # fmt: skip
    save_recipe(
        session,
        RecipeSpec(name="Gin", price=D(8), lines=(L("GIN-1", D(4), Unit.CL),)),
        author="owner",
    )


def level(s: Session, sku: str) -> Decimal:
    return stock.on_hand(s, find_item(s, sku).id)


def movements(s: Session, reference: str) -> list[tuple[str, Decimal, str, str]]:
    rows = s.scalars(select(Movement).where(Movement.reference == reference).order_by(Movement.id))
    return [(m.item.sku, m.delta, m.reason, m.author) for m in rows]


@pytest.mark.parametrize(
    ("batches", "sugar", "syrup"),
    [(D(1), D(-500), D(800)), (D("0.5"), D(-250), D(400)), (D(3), D(-1500), D(2400))],
)
def test_make_deducts_and_produces_exactly(
    kitchen: Session, batches: Decimal, sugar: Decimal, syrup: Decimal
) -> None:
    result = make_prep(kitchen, "simple SYRUP", author="giulia", batches=batches)
    ref = f"make:{result.production_id}"
    assert movements(kitchen, ref) == [
        ("SUGAR", sugar, "prep_use", "giulia"),
        ("FLK-SYR", syrup, "prep_make", "giulia"),
    ]
    assert (level(kitchen, "SUGAR"), level(kitchen, "FLK-SYR")) == (D(2000) + sugar, syrup)
    assert result.recipe == "Simple syrup"
    assert (result.batches, result.item_sku, result.made, result.unit) == (
        batches, "FLK-SYR", syrup, "ml",
    )  # fmt: skip
    assert (result.shortages, result.used) == (
        (), (Used("SUGAR", "Item SUGAR", -sugar, "g"),),
    )  # fmt: skip
    production = kitchen.get_one(Production, result.production_id)
    assert (production.batches, production.quantity, production.author) == (
        batches, syrup, "giulia",
    )  # fmt: skip
    assert production.item_id == find_item(kitchen, "FLK-SYR").id


def test_nested_prep_uses_the_flask_it_is_made_from(kitchen: Session) -> None:
    make_prep(kitchen, "Simple syrup", author=AUTHOR)
    result = make_prep(kitchen, "Ginger syrup", author=AUTHOR, batches=D(2))
    assert movements(kitchen, f"make:{result.production_id}") == [
        ("FLK-SYR", D(-400), "prep_use", AUTHOR),
        ("GINGER", D(-200), "prep_use", AUTHOR),
        ("FLK-GING", D(500), "prep_make", AUTHOR),
    ]
    assert (level(kitchen, "FLK-SYR"), level(kitchen, "GINGER"), level(kitchen, "FLK-GING")) == (
        D(400), D(-50), D(500),
    )  # fmt: skip
    assert result.shortages == (Shortage("GINGER", "Item GINGER", D(-50), "g"),)


def test_shortages_name_every_ingredient_below_zero(kitchen: Session) -> None:
    result = make_prep(kitchen, "Ginger syrup", author=AUTHOR)
    assert result.shortages == (Shortage("FLK-SYR", "Item FLK-SYR", D(-200), "ml"),)
    assert level(kitchen, "FLK-GING") == D(250)


@pytest.mark.parametrize(
    ("name", "batches", "error", "message"),
    [
        ("Gin", D(1), InputError, "Gin is a cocktail: sell it, don't make it"),
        ("Simple syrup", D(0), InputError, "column 'batches': expected batches above zero, got 0"),
        ("Simple syrup", D("-0.5"), InputError,
         "column 'batches': expected batches above zero, got -0.5"),
        ("Lemonade", D(1), NotFoundError, "no recipe or POS name 'Lemonade'"),
    ],
)  # fmt: skip
def test_refused(
    db: Database, name: str, batches: Decimal, error: type[Exception], message: str
) -> None:
    with db.transaction() as s:
        stock_kitchen(s)
    with pytest.raises(error) as caught, db.transaction() as s:
        make_prep(s, name, author=AUTHOR, batches=batches)
    assert str(caught.value) == message
    with db.sessions() as s:
        assert s.scalars(select(Production)).all() == []
        assert movements(s, "make:1") == []
