"""Modifier rules on a real SQLite file: owner only, checked against the bar, all audited."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, ModifierRule
from inventory_app.domain.errors import InputError, NotFoundError, PermissionDenied
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.domain.units import Unit
from inventory_app.services.recipes.modifiers import (
    add_rule,
    delete_rule,
    edit_rule,
    modifier_rules,
    rule_problems,
    save_rule,
)
from inventory_app.services.undo.changes import undo_change
from tests.services.sales_fixtures import Bar, make_bar

OWNER, BARTENDER = "owner", "giulia"
DOUBLE = ModifierSpec("Double", ModifierAction.SCALE, factor=D(2))
SWAP = ModifierSpec(
    "Gin swap", ModifierAction.REPLACE, recipe="negroni", ingredient="gin", with_sku="campari"
)
EXTRA = ModifierSpec(
    "Extra Campari", ModifierAction.ADD, ingredient="CAMPARI", quantity=D(1), unit=Unit.CL
)


@pytest.fixture
def bar(db: Database) -> Bar:
    with db.transaction() as s:
        return make_bar(s)


def audit(db: Database) -> list[tuple[str, str, str | None, str | None]]:
    with db.sessions() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.label, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.entity == "modifier_rule")
            .order_by(AuditEntry.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_add_edit_delete_each_audited(db: Database, bar: Bar) -> None:
    with db.transaction() as s:
        rule_id = add_rule(s, DOUBLE, author=OWNER)
        swap_id = add_rule(s, SWAP, author=OWNER)
    with db.transaction() as s:
        rows = modifier_rules(s)
        # names and SKUs as the bar spells them; the rules of every recipe first
        assert [(r.id, r.spec) for r in rows] == [
            (rule_id, DOUBLE),
            (swap_id, ModifierSpec("Gin swap", ModifierAction.REPLACE, recipe="Negroni",
                                   ingredient="GIN", with_sku="CAMPARI")),
        ]  # fmt: skip
        assert edit_rule(s, rule_id, ModifierSpec("Double", ModifierAction.SCALE, factor=D("2.5")),
                         author=OWNER) is True  # fmt: skip
        assert (
            edit_rule(
                s,
                rule_id,
                ModifierSpec("double", ModifierAction.SCALE, factor=D("2.5")),
                author=OWNER,
            )
            is True
        )  # the name as now written
        assert edit_rule(s, rule_id, ModifierSpec("double", ModifierAction.SCALE,
                         factor=D("2.5")), author=OWNER) is False  # fmt: skip
        delete_rule(s, swap_id, author=OWNER)
    assert audit(db) == [
        ("create", "Double", None, '{"action": "scale", "factor": "2", "modifier": "Double", '
         '"recipe": null}'),
        ("create", "Gin swap", None, '{"action": "replace", "ingredient": "GIN", "modifier": '
         '"Gin swap", "recipe": "Negroni", "with": "CAMPARI"}'),
        ("update", "Double", '{"factor": "2"}', '{"factor": "2.5"}'),
        ("update", "double", '{"modifier": "Double"}', '{"modifier": "double"}'),
        ("delete", "Gin swap", '{"action": "replace", "ingredient": "GIN", "modifier": '
         '"Gin swap", "recipe": "Negroni", "with": "CAMPARI"}', None),
    ]  # fmt: skip
    with db.sessions() as s:
        assert [r.spec.factor for r in modifier_rules(s)] == [D("2.5")]


def test_a_bartender_may_not(db: Database, bar: Bar) -> None:
    with db.transaction() as s:
        rule_id = add_rule(s, DOUBLE, author=OWNER)
    for attempt in (
        lambda s: add_rule(s, EXTRA, author=BARTENDER),
        lambda s: edit_rule(s, rule_id, EXTRA, author=BARTENDER),
        lambda s: delete_rule(s, rule_id, author=BARTENDER),
        lambda s: save_rule(s, EXTRA, author=BARTENDER),
    ):
        with pytest.raises(PermissionDenied), db.transaction() as s:
            attempt(s)
    with db.sessions() as s:
        assert [r.spec for r in modifier_rules(s)] == [DOUBLE]


def test_one_rule_per_modifier_and_recipe(db: Database, bar: Bar) -> None:
    with db.transaction() as s:
        add_rule(s, DOUBLE, author=OWNER)
        add_rule(s, ModifierSpec("Double", ModifierAction.SCALE, recipe="Shot", factor=D(3)),
                 author=OWNER)  # fmt: skip
    taken = "'DOUBLE' already has a rule for every recipe"
    with pytest.raises(InputError, match=taken), db.transaction() as s:
        add_rule(s, ModifierSpec("DOUBLE", ModifierAction.IGNORE), author=OWNER)
    with pytest.raises(InputError, match="already has a rule for Shot"), db.transaction() as s:
        add_rule(s, ModifierSpec(" double ", ModifierAction.IGNORE, recipe="shot"), author=OWNER)


def test_save_rule_adds_replaces_or_leaves_alone(db: Database, bar: Bar) -> None:
    with db.transaction() as s:
        assert save_rule(s, EXTRA, author=OWNER) == "added"
        assert save_rule(s, EXTRA, author=OWNER) == "unchanged"
        again = ModifierSpec("extra campari", ModifierAction.ADD, ingredient="CAMPARI",
                             quantity=D(15), unit=Unit.ML)  # fmt: skip
        assert save_rule(s, again, author=OWNER) == "replaced"
        assert s.scalar(select(ModifierRule.quantity)) == D(15)
    assert [a for a, *_ in audit(db)] == ["create", "update"]


@pytest.mark.parametrize(
    ("spec", "problems"),
    [
        (
            ModifierSpec("X", ModifierAction.IGNORE, recipe="Spritz"),
            [("recipe", "no recipe 'Spritz'")],
        ),
        (
            ModifierSpec("X", ModifierAction.REPLACE, ingredient="NOPE", with_sku="GONE"),
            [("ingredient", "no item with SKU 'NOPE'"), ("with", "no item with SKU 'GONE'")],
        ),
        (  # 40 ml of gin cannot become 40 cups
            ModifierSpec("X", ModifierAction.REPLACE, ingredient="GIN", with_sku="CUP"),
            [
                (
                    "with",
                    "GIN is kept in ml and CUP in pcs: give the quantity and unit that replace it",
                )
            ],
        ),
        (
            ModifierSpec(
                "X",
                ModifierAction.REPLACE,
                ingredient="GIN",
                with_sku="CUP",
                quantity=D(1),
                unit=Unit.PCS,
            ),
            [],
        ),
        (
            ModifierSpec("X", ModifierAction.ADD, ingredient="CUP", quantity=D(1), unit=Unit.ML),
            [("unit", "cannot convert ml to pcs: the item is kept in pcs")],
        ),
        (
            ModifierSpec("X", ModifierAction.SCALE),
            [("factor", "a scale rule needs a factor such as 2 or 1.5")],
        ),
    ],
)
def test_rules_are_checked_against_the_bar(
    db: Database, bar: Bar, spec: ModifierSpec, problems: list[tuple[str, str]]
) -> None:
    with db.transaction() as s:
        assert [(p.column, p.detail) for p in rule_problems(s, spec)] == problems
        if problems:
            with pytest.raises(InputError):
                add_rule(s, spec, author=OWNER)


def test_the_rules_of_one_recipe_and_a_deleted_recipe(db: Database, bar: Bar) -> None:
    with db.transaction() as s:
        add_rule(s, DOUBLE, author=OWNER)
        add_rule(s, SWAP, author=OWNER)
    with db.sessions() as s:
        assert [r.spec.modifier for r in modifier_rules(s, recipe="Shot")] == ["Double"]
        assert [r.spec.modifier for r in modifier_rules(s, recipe="NEGRONI")] == [
            "Double", "Gin swap",
        ]  # fmt: skip
        with pytest.raises(NotFoundError):
            modifier_rules(s, recipe="Spritz")
        with pytest.raises(NotFoundError):
            edit_rule(s, 999, DOUBLE, author=OWNER)


def test_history_undoes_a_rules_edit_and_its_creation(db: Database, bar: Bar) -> None:
    with db.transaction() as s:
        rule_id = add_rule(s, EXTRA, author=OWNER)
        edited = ModifierSpec("Extra Campari", ModifierAction.ADD, ingredient="GIN",
                              quantity=D("22.5"), unit=Unit.ML)  # fmt: skip
        edit_rule(s, rule_id, edited, author=OWNER)
        created, update = s.scalars(
            select(AuditEntry.id)
            .where(AuditEntry.entity == "modifier_rule")
            .order_by(AuditEntry.id)
        ).all()
    with db.transaction() as s:
        undo_change(s, update, author=OWNER)
        assert [r.spec for r in modifier_rules(s)] == [EXTRA]
    with db.transaction() as s:
        undo_change(s, created, author=OWNER)
        assert modifier_rules(s) == []
    assert [a for a, *_ in audit(db)] == ["create", "update", "undo", "undo"]
