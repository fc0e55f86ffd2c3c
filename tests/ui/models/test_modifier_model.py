"""The modifier rules' table: one row per rule, what it does in words, exact numbers."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.domain.units import Unit
from inventory_app.services.recipes.modifiers import RuleRow
from inventory_app.ui.models.modifier_model import ModifierTableModel, effect_text, scope_text

ADD, REPLACE = ModifierAction.ADD, ModifierAction.REPLACE
SCALE, IGNORE = ModifierAction.SCALE, ModifierAction.IGNORE


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        (ModifierSpec("Bitter", ADD, ingredient="BIT-ANGO", quantity=D(2), unit=Unit.DASH),
         "+ 2 dash BIT-ANGO"),
        (ModifierSpec("Sips", REPLACE, ingredient="GIN-TANQ", with_sku="GIN-SIPS"),
         "GIN-TANQ → GIN-SIPS"),
        (ModifierSpec("Sips", REPLACE, ingredient="GIN-TANQ", with_sku="GIN-SIPS",
                      quantity=D("22.5"), unit=Unit.ML), "GIN-TANQ → 22.5 ml GIN-SIPS"),
        (ModifierSpec("Large", SCALE, factor=D("1.333333")), "× 1.333333 (pieces stay)"),
        (ModifierSpec("Ice", IGNORE), "nothing"),
    ],
)  # fmt: skip
def test_what_a_rule_does(spec: ModifierSpec, text: str) -> None:
    assert effect_text(spec) == text


@pytest.mark.usefixtures("italian")
def test_in_italian() -> None:
    spec = ModifierSpec("Grande", SCALE, factor=D("1.5"))
    assert (effect_text(spec), scope_text(spec), spec.action.label) == (
        "× 1,5 (i pezzi restano)", "tutte le ricette", "moltiplica",
    )  # fmt: skip


def test_the_rows(qapp: object) -> None:
    model = ModifierTableModel()
    model.set_rows([
        RuleRow(1, ModifierSpec("Double", SCALE, factor=D(2))),
        RuleRow(2, ModifierSpec("Sips", REPLACE, recipe="Negroni", ingredient="A", with_sku="B")),
    ])  # fmt: skip
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert titles == ["Modifier", "For", "Action", "What it does"]
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert cells == [
        ["Double", "every recipe", "scale", "× 2 (pieces stay)"],
        ["Sips", "Negroni", "replace", "A → B"],
    ]
