"""The Modifiers dialog: a recipe's own rules apart from every recipe's; edit and remove."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.services.recipes.modifiers import RuleRow
from inventory_app.ui.dialogs.modifiers_dialog import ModifiersDialog, RuleActions
from tests.ui.scenarios.driving import click, when_a_dialog_opens

RULES = [
    RuleRow(1, ModifierSpec("Double", ModifierAction.SCALE, factor=D(2))),
    RuleRow(2, ModifierSpec("Ice", ModifierAction.IGNORE)),
    RuleRow(3, ModifierSpec("Sips", ModifierAction.REPLACE, recipe="Negroni", ingredient="A",
                            with_sku="B")),
]  # fmt: skip


def shown(qtbot: Any, done: list[str], *, read_only: str | None = None) -> ModifiersDialog:
    rules = list(RULES)

    def delete(rule_id: int) -> InventoryError | None:
        done.append(f"delete {rule_id}")
        rules[:] = [r for r in rules if r.id != rule_id]
        return None

    actions = RuleActions(
        load=lambda: list(rules), add=lambda _s: None, edit=lambda _i, _s: None, delete=delete
    )
    dialog = ModifiersDialog(None, recipe="Negroni", items=[], actions=actions,
                             read_only=read_only)  # fmt: skip
    qtbot.addWidget(dialog)
    return dialog


def test_own_and_shared_rules_and_removing_one(qtbot: Any) -> None:
    done: list[str] = []
    dialog = shown(qtbot, done)
    assert [r.spec.modifier for r in dialog.own.rows] == ["Sips"]
    assert [r.spec.modifier for r in dialog.shared.rows] == ["Double", "Ice"]
    assert dialog.own_label.text() == "For Negroni only"
    assert dialog.current_rule() is None
    assert dialog.select("ice")
    rule = dialog.current_rule()
    assert rule is not None and rule.id == 2
    when_a_dialog_opens(click("Remove"))
    dialog.remove_rule()
    assert done == ["delete 2"]
    assert [r.spec.modifier for r in dialog.shared.rows] == ["Double"]
    dialog.select("Sips")
    when_a_dialog_opens(click("Keep it"))
    dialog.remove_rule()
    assert done == ["delete 2"]


def test_read_only_for_a_bartender(qtbot: Any) -> None:
    done: list[str] = []
    dialog = shown(qtbot, done, read_only="Only the owner may edit recipes")
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    dialog.select("Double")
    dialog.remove_rule()
    assert done == []
