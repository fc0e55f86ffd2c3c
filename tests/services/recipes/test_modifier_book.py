"""The rules as an import reads them once: in base units, the recipe's own first."""

from __future__ import annotations

from decimal import Decimal as D

from inventory_app.db.engine import Database
from inventory_app.domain.modifiers import Effect, ModifierAction, ModifierSpec
from inventory_app.domain.units import Unit
from inventory_app.services.recipes.modifier_book import ModifierBook
from inventory_app.services.recipes.modifiers import add_rule
from tests.services.sales_fixtures import make_bar

ADD, SCALE, REPLACE = ModifierAction.ADD, ModifierAction.SCALE, ModifierAction.REPLACE


def test_rules_by_recipe_in_base_units(db: Database) -> None:
    with db.transaction() as s:
        bar = make_bar(s)
        assert not ModifierBook(s)
        for spec in (
            ModifierSpec("Double", SCALE, factor=D(2)),
            ModifierSpec("Double", SCALE, recipe="Shot", factor=D(3)),
            ModifierSpec("Bitter", ADD, ingredient="CAMPARI", quantity=D(2), unit=Unit.DASH),
            ModifierSpec("Swap", REPLACE, recipe="Negroni", ingredient="GIN", with_sku="CAMPARI",
                         quantity=D("1.5"), unit=Unit.OZ),
        ):  # fmt: skip
            add_rule(s, spec, author="owner")
        book = ModifierBook(s)
    assert book and book.pieces == {bar.cup, bar.napkin}
    double, triple = Effect(SCALE, factor=D(2)), Effect(SCALE, factor=D(3))
    dash = Effect(ADD, item=bar.campari, amount=D("1.84"))  # two dashes of 0.92 ml
    swap = Effect(REPLACE, bar.gin, bar.campari, D("44.36025"))
    assert book.effects(bar.negroni, "Double", ["2 x bitter", "SWAP"]) == (
        [(double, 1), (dash, 2), (swap, 1)], [],
    )  # fmt: skip
    assert book.effects(bar.shot, "double", ["Swap", "Oat milk"]) == (
        [(triple, 1)], ["Swap", "Oat milk"],
    )  # fmt: skip
    assert book.effects(bar.shot, "Regular", []) == ([], [])
    assert book.effects(bar.shot, "Large", ["3 x Oat milk"]) == ([], ["Large", "Oat milk"])
