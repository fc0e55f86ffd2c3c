"""The rule editor: only the action's fields open, what is typed read exactly, refusals shown."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.domain.units import Unit
from inventory_app.services.views.stock import ItemChoice
from inventory_app.ui.dialogs.modifier_rule_dialog import RuleDialog

ITEMS = [ItemChoice("GIN-TANQ", "GIN-TANQ — Tanqueray", "ml"),
         ItemChoice("GIN-SIPS", "GIN-SIPS — Sipsmith", "ml")]  # fmt: skip


def dialog(qtbot: Any, spec: ModifierSpec | None = None, answer: InventoryError | None = None,
           saved: list[ModifierSpec] | None = None) -> RuleDialog:  # fmt: skip
    def save(spec: ModifierSpec) -> InventoryError | None:
        if saved is not None:
            saved.append(spec)
        return answer

    made = RuleDialog(None, spec=spec, recipe="Negroni", items=ITEMS, save=save)
    qtbot.addWidget(made)
    return made


@pytest.mark.parametrize(
    ("action", "enabled"),
    [
        ("add", ["ingredient", "quantity", "unit"]),
        ("replace", ["ingredient", "with", "quantity", "unit"]),
        ("scale", ["factor"]),
        ("ignore", []),
    ],
)
def test_only_the_actions_fields_are_open(qtbot: Any, action: str, enabled: list[str]) -> None:
    shown = dialog(qtbot)
    shown.action.setCurrentIndex(shown.action.findData(action))
    fields = ("ingredient", "with", "quantity", "unit", "factor")
    assert [f for f in fields if shown.widgets[f].isEnabled()] == enabled


def test_an_edited_rule_reads_back_and_saves(qtbot: Any) -> None:
    spec = ModifierSpec("Sipsmith", ModifierAction.REPLACE, recipe="Negroni",
                        ingredient="GIN-TANQ", with_sku="GIN-SIPS", quantity=D("22.5"),
                        unit=Unit.ML)  # fmt: skip
    saved: list[ModifierSpec] = []
    shown = dialog(qtbot, spec, saved=saved)
    assert shown.read() == (spec, {})
    shown.scope.setCurrentIndex(0)  # every recipe
    shown.accept()
    everywhere = ModifierSpec("Sipsmith", ModifierAction.REPLACE, ingredient="GIN-TANQ",
                              with_sku="GIN-SIPS", quantity=D("22.5"), unit=Unit.ML)  # fmt: skip
    assert saved == [everywhere]
    assert shown.saved == saved[0]


def test_a_bad_number_and_a_refusal_stay_in_the_dialog(qtbot: Any) -> None:
    shown = dialog(qtbot, answer=InputError("no item with SKU 'NOPE'", column="ingredient"))
    shown.action.setCurrentIndex(shown.action.findData("scale"))
    shown.factor.setText("two")
    shown.accept()
    assert shown.saved is None and not shown._errors["factor"].isHidden()
    shown.factor.setText("2")
    shown.accept()
    assert shown.saved is None
    assert shown._errors["ingredient"].text() == "no item with SKU 'NOPE'"
