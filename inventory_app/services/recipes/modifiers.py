"""Modifier rules: list, add, edit and delete what a till's variant or modifier does.

Only the owner edits them (they change what every later import deducts, as a recipe
edit does), and each change is recorded in the audit log in its transaction. The rules
themselves are domain/modifiers.py; applying them to a sale is services/selling/menu.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, ModifierRule, Recipe
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.modifiers import (
    ModifierAction,
    ModifierSpec,
    given_fields,
    modifier_key,
    spec_problems,
)
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import name_key
from inventory_app.domain.units import BaseUnit, Unit, to_base
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import diff, record_change
from inventory_app.services.catalogue.items import item_by_sku
from inventory_app.services.people.permissions import require

ENTITY = "modifier_rule"


@dataclass(frozen=True)
class RuleRow:
    """A stored rule as the page and the CLI show it (the recipe and SKUs by name)."""

    id: int
    spec: ModifierSpec


def modifier_rules(session: Session, *, recipe: str | None = None) -> list[RuleRow]:
    """Every rule by modifier name, the ones for every recipe first; `recipe`: the rules that
    apply to it (its own and the ones for every recipe)."""
    query = select(ModifierRule).outerjoin(Recipe, Recipe.id == ModifierRule.recipe_id)
    if recipe is not None:
        wanted = _recipe(session, recipe)
        query = query.where(
            (ModifierRule.recipe_id == wanted.id) | ModifierRule.recipe_id.is_(None)
        )
    query = query.order_by(ModifierRule.key, Recipe.key.is_not(None), Recipe.key)
    return [RuleRow(rule.id, stored_spec(rule)) for rule in session.scalars(query)]


def stored_spec(rule: ModifierRule) -> ModifierSpec:
    return ModifierSpec(
        modifier=rule.name,
        action=ModifierAction(rule.action),
        recipe=rule.recipe.name if rule.recipe is not None else None,
        ingredient=rule.item.sku if rule.item is not None else None,
        with_sku=rule.with_item.sku if rule.with_item is not None else None,
        quantity=rule.quantity,
        unit=Unit(rule.unit) if rule.unit else None,
        factor=rule.factor,
    )


def add_rule(session: Session, spec: ModifierSpec, *, author: str) -> int:
    """A new rule; one with the same modifier and recipe already there is refused."""
    require(session, author, Action.EDIT_RECIPES)
    spec = checked(session, spec)
    if _existing(session, spec) is not None:
        raise InputError(_taken(spec), column="modifier")
    rule = ModifierRule()
    _write(session, rule, spec)
    record_change(
        session, author=author, entity=ENTITY, entity_id=rule.id, label=spec.modifier,
        action="create", before=None, after=rule_fields(spec),
    )  # fmt: skip
    return rule.id


def edit_rule(session: Session, rule_id: int, spec: ModifierSpec, *, author: str) -> bool:
    """Change a rule; False when it already says exactly that (nothing recorded)."""
    require(session, author, Action.EDIT_RECIPES)
    rule = get_rule(session, rule_id)
    spec = checked(session, spec)
    other = _existing(session, spec)
    if other is not None and other.id != rule.id:
        raise InputError(_taken(spec), column="modifier")
    before = stored_spec(rule)
    if before == spec:
        return False
    _write(session, rule, spec)
    old, new = diff(rule_fields(before), rule_fields(spec))
    record_change(
        session, author=author, entity=ENTITY, entity_id=rule.id, label=spec.modifier,
        action="update", before=old, after=new,
    )  # fmt: skip
    return True


def delete_rule(session: Session, rule_id: int, *, author: str) -> None:
    """Remove a rule: the modifier is unknown again to later imports (past sales keep theirs)."""
    require(session, author, Action.EDIT_RECIPES)
    rule = get_rule(session, rule_id)
    before = rule_fields(stored_spec(rule))
    session.delete(rule)
    session.flush()
    record_change(
        session, author=author, entity=ENTITY, entity_id=rule_id, label=str(before["modifier"]),
        action="delete", before=before, after=None,
    )  # fmt: skip


def save_rule(session: Session, spec: ModifierSpec, *, author: str) -> str:
    """Add the rule, or replace the one of that modifier and recipe: 'added', 'replaced'
    or 'unchanged' (a sheet imported twice changes nothing the second time)."""
    require(session, author, Action.EDIT_RECIPES)
    spec = checked(session, spec)
    existing = _existing(session, spec)
    if existing is None:
        add_rule(session, spec, author=author)
        return "added"
    return "replaced" if edit_rule(session, existing.id, spec, author=author) else "unchanged"


def current_fields(session: Session, rule_id: int, names: list[str]) -> dict[str, Any]:
    """The rule's audited fields by name (None for one it leaves blank), for undo."""
    stored = rule_fields(stored_spec(get_rule(session, rule_id)))
    return {name: stored.get(name) for name in names}


def restore_rule(session: Session, rule_id: int, values: dict[str, Any]) -> None:
    """Undo's way back: the given audited fields as they were, checked like any save."""
    rule = get_rule(session, rule_id)
    fields = rule_fields(stored_spec(rule)) | values
    number = {name: Decimal(str(fields[name])) if fields.get(name) is not None else None
              for name in ("quantity", "factor")}  # fmt: skip
    spec = ModifierSpec(
        modifier=str(fields["modifier"]), action=ModifierAction(fields["action"]),
        recipe=fields.get("recipe"), ingredient=fields.get("ingredient"),
        with_sku=fields.get("with"), quantity=number["quantity"],
        unit=Unit(fields["unit"]) if fields.get("unit") else None, factor=number["factor"],
    )  # fmt: skip
    _write(session, rule, checked(session, spec))


def remove_rule(session: Session, rule_id: int) -> None:
    """Undo of a rule's creation: gone again (the undo entry is the record)."""
    session.delete(get_rule(session, rule_id))
    session.flush()


def get_rule(session: Session, rule_id: int) -> ModifierRule:
    rule = session.get(ModifierRule, rule_id)
    if rule is None:
        raise NotFoundError(tr("no modifier rule with id {id}").format(id=rule_id))
    return rule


def rule_fields(spec: ModifierSpec) -> dict[str, Any]:
    """What the audit log keeps of a rule: its name, recipe, action and given fields."""
    return {"modifier": spec.modifier, "recipe": spec.recipe, "action": spec.action,
            **given_fields(spec)}  # fmt: skip


def checked(session: Session, spec: ModifierSpec) -> ModifierSpec:
    """The spec tidied (names trimmed, recipe and SKUs as on file), or its first problem."""
    problems = rule_problems(session, spec)
    if problems:
        raise problems[0]
    return _tidy(session, spec)


def rule_problems(session: Session, spec: ModifierSpec) -> list[InputError]:
    """Everything wrong with a rule, each with the sheet's column: the rule on its own,
    then its recipe and items as the bar has them."""
    problems = spec_problems(spec)
    if spec.recipe and spec.recipe.strip() and _find_recipe(session, spec.recipe) is None:
        problems.append(
            InputError(
                tr("no recipe {name}").format(name=repr(spec.recipe.strip())), column="recipe"
            )
        )
    items: dict[str, Item] = {}
    for column, sku in (("ingredient", spec.ingredient), ("with", spec.with_sku)):
        if sku:
            item = item_by_sku(session, sku)
            if item is None:
                problems.append(
                    InputError(tr("no item with SKU {sku}").format(sku=repr(sku)), column=column)
                )
            else:
                items[column] = item
    return problems or _amount_problems(spec, items)


def _amount_problems(spec: ModifierSpec, items: dict[str, Item]) -> list[InputError]:
    """The amount must convert to the item's unit; a replace by the same amount needs the
    same unit on both sides (40 ml of gin cannot become 40 pieces)."""
    target = items.get("with") or items.get("ingredient")
    if spec.quantity is not None and spec.unit is not None and target is not None:
        try:
            to_base(spec.quantity, spec.unit, BaseUnit(target.unit))
        except InputError as exc:
            return [InputError(exc.detail, column="unit")]
    same = spec.action is ModifierAction.REPLACE and spec.quantity is None
    if same and len(items) == 2 and items["ingredient"].unit != items["with"].unit:
        return [
            InputError(
                tr(
                    "{sku} is kept in {unit} and {other} in {other_unit}: give the quantity "
                    "and unit that replace it"
                ).format(
                    sku=items["ingredient"].sku, unit=items["ingredient"].unit,
                    other=items["with"].sku, other_unit=items["with"].unit,
                ),
                column="with",
            )
        ]  # fmt: skip
    return []


def _tidy(session: Session, spec: ModifierSpec) -> ModifierSpec:
    recipe = _find_recipe(session, spec.recipe) if spec.recipe and spec.recipe.strip() else None
    return ModifierSpec(
        modifier=" ".join(spec.modifier.split()),
        action=spec.action,
        recipe=recipe.name if recipe is not None else None,
        ingredient=_sku(session, spec.ingredient),
        with_sku=_sku(session, spec.with_sku),
        quantity=spec.quantity,
        unit=spec.unit,
        factor=spec.factor,
    )


def _sku(session: Session, sku: str | None) -> str | None:
    item = item_by_sku(session, sku) if sku else None
    return item.sku if item is not None else None


def _write(session: Session, rule: ModifierRule, spec: ModifierSpec) -> None:
    recipe = _find_recipe(session, spec.recipe) if spec.recipe else None
    rule.name = spec.modifier
    rule.key = modifier_key(spec.modifier)
    rule.recipe_id = recipe.id if recipe is not None else None
    rule.action = spec.action.value
    rule.item = item_by_sku(session, spec.ingredient) if spec.ingredient else None
    rule.with_item = item_by_sku(session, spec.with_sku) if spec.with_sku else None
    rule.quantity = spec.quantity
    rule.unit = spec.unit.value if spec.unit is not None else None
    rule.factor = spec.factor
    session.add(rule)
    session.flush()
    session.refresh(rule)  # the recipe relationship, read back for stored_spec


def _existing(session: Session, spec: ModifierSpec) -> ModifierRule | None:
    recipe = _find_recipe(session, spec.recipe) if spec.recipe else None
    query = select(ModifierRule).where(ModifierRule.key == modifier_key(spec.modifier))
    if recipe is None:
        query = query.where(ModifierRule.recipe_id.is_(None))
    else:
        query = query.where(ModifierRule.recipe_id == recipe.id)
    return session.scalar(query)


def _taken(spec: ModifierSpec) -> str:
    if spec.recipe:
        said = tr("{modifier} already has a rule for {recipe}; edit that one")
    else:
        said = tr("{modifier} already has a rule for every recipe; edit that one")
    return said.format(modifier=repr(spec.modifier), recipe=spec.recipe)


def _find_recipe(session: Session, name: str | None) -> Recipe | None:
    """A rule names its recipe by name (POS names are the till's, not the owner's)."""
    if name is None:
        return None
    return session.scalar(select(Recipe).where(Recipe.key == name_key(name)))


def _recipe(session: Session, name: str) -> Recipe:
    found = _find_recipe(session, name)
    if found is None:
        raise NotFoundError(tr("no recipe {name}").format(name=repr(name.strip())))
    return found
