"""ui/modifier_operations.py: each action one transaction, heard as a recipe change."""

from __future__ import annotations

from decimal import Decimal as D

from inventory_app.db.engine import Database
from inventory_app.domain.errors import PermissionDenied
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.ui import modifier_operations, queries
from inventory_app.ui.context import AppContext, Change, Changes
from tests.ui.conftest import DEMO_OWNER

LARGE = ModifierSpec("Large", ModifierAction.SCALE, factor=D("1.5"))


def test_add_edit_delete_as_the_owner_and_refused_to_a_bartender(demo_db: Database) -> None:
    owner = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    heard: list[Change] = []
    owner.changes.changed.connect(heard.append)
    assert modifier_operations.add_modifier_rule(owner, spec=LARGE) is None
    rule = next(r for r in queries.load_modifier_rules(demo_db, None) if r.spec == LARGE)
    bigger = ModifierSpec("Large", ModifierAction.SCALE, factor=D(2))
    assert modifier_operations.edit_modifier_rule(owner, rule_id=rule.id, spec=bigger) is None
    bartender = AppContext(database=demo_db, user="giulia", changes=Changes())
    refused = modifier_operations.delete_modifier_rule(bartender, rule_id=rule.id)
    assert isinstance(refused, PermissionDenied)
    assert modifier_operations.delete_modifier_rule(owner, rule_id=rule.id) is None
    assert "Large" not in {r.spec.modifier for r in queries.load_modifier_rules(demo_db, None)}
    assert heard == [Change.RECIPES] * 3
