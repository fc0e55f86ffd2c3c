"""Recipe use cases: save a cocktail or a prep with its lines and POS names, switch it off.

What a recipe costs lives in recipe_costs (re-exported here, the one module callers import).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from inventory_app.db.models import Item, Recipe, RecipeAlias, RecipeLine
from inventory_app.domain.errors import NotFoundError, changed_elsewhere
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import Channel, RecipeKind, RecipeLineSpec, RecipeSpec, name_key
from inventory_app.domain.units import Unit
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import diff, record_change
from inventory_app.services.audit_log.values import spec_fields
from inventory_app.services.catalogue.items import item_by_sku
from inventory_app.services.people.permissions import require
from inventory_app.services.recipes.costs import RecipeRow, recipe_cost, recipe_rows
from inventory_app.services.recipes.menu_order import menu_number
from inventory_app.services.recipes.rules import recipe_problems

__all__ = [
    "RecipeLineSpec",
    "RecipeRow",
    "RecipeSpec",
    "get_recipe",
    "recipe_cost",
    "recipe_problems",
    "recipe_rows",
    "recipe_spec",
    "save_recipe",
    "set_recipe_active",
]


def get_recipe(session: Session, recipe_id: int) -> Recipe:
    recipe = session.get(Recipe, recipe_id)
    if recipe is None:
        raise NotFoundError(tr("no recipe with id {id}").format(id=recipe_id))
    return recipe


def save_recipe(
    session: Session,
    spec: RecipeSpec,
    *,
    author: str,
    recipe_id: int | None = None,
    expected_version: int | None = None,
) -> Recipe:
    """Create a recipe, or replace the one of that name (or id) with its lines and POS names.

    Past sales keep the movements they already wrote: a recipe edit changes only what
    later sales and productions deduct. Saving what is already stored changes nothing
    (not even the version), so a re-imported file is a no-op. Errors on a line carry
    row = the line's position (1-based) in `spec.lines`. Only an owner edits recipes.
    """
    require(session, author, Action.EDIT_RECIPES)
    recipe = _target(session, spec, recipe_id)
    if recipe is not None and expected_version is not None and recipe.version != expected_version:
        raise changed_elsewhere(recipe.name)
    spec = normalised(session, spec)
    for problem in recipe_problems(session, spec, recipe_id=recipe.id if recipe else None):
        raise problem
    before = recipe_spec(session, recipe.id)[0] if recipe is not None else None
    if recipe is not None and before == spec:
        return recipe
    if recipe is None:
        recipe = Recipe(name=spec.name, key=name_key(spec.name))
    _apply(session, recipe, spec)
    old, new = (None, spec_fields(spec)) if before is None else _changed(before, spec)
    record_change(
        session, author=author, entity="recipe", entity_id=recipe.id, label=recipe.name,
        action="create" if before is None else "update", before=old, after=new,
    )  # fmt: skip
    return recipe


def draft_costs(
    session: Session, spec: RecipeSpec, *, recipe_id: int | None
) -> dict[Channel, Decimal]:
    """What an unsaved spec would cost per channel, from the one costing function.

    The spec is applied inside a savepoint that is always rolled back: nothing is kept,
    so the editor may ask before the owner saves.
    """
    savepoint = session.begin_nested()
    try:
        spec = normalised(session, spec)
        recipe = _target(session, spec, recipe_id) or Recipe(
            name=spec.name, key=name_key(spec.name)
        )
        _apply(session, recipe, spec)
        return {channel: recipe_cost(session, recipe.id, channel) for channel in Channel}
    finally:
        savepoint.rollback()


def _changed(before: RecipeSpec, after: RecipeSpec) -> tuple[dict[str, Any], dict[str, Any]]:
    return diff(spec_fields(before), spec_fields(after))


def restore_recipe(session: Session, recipe_id: int, values: dict[str, Any]) -> None:
    """Undo's way back: the given fields as they were, checked like any save."""
    current = recipe_spec(session, recipe_id)[0]
    spec = normalised(session, replace(current, **values))
    for problem in recipe_problems(session, spec, recipe_id=recipe_id):
        raise problem
    _apply(session, get_recipe(session, recipe_id), spec)


def _target(session: Session, spec: RecipeSpec, recipe_id: int | None) -> Recipe | None:
    if recipe_id is not None:
        return get_recipe(session, recipe_id)
    if not spec.name.strip():
        return None
    return session.scalar(select(Recipe).where(Recipe.key == name_key(spec.name)))


def normalised(session: Session, spec: RecipeSpec) -> RecipeSpec:
    """Names trimmed, POS names unique (and not the recipe's own name), SKUs as on file."""
    name = " ".join(spec.name.split())
    place = spec.menu_position
    if place is None and spec.kind == RecipeKind.COCKTAIL:  # not given: where it stands now
        stored = session.scalar(select(Recipe.menu_position).where(Recipe.key == name_key(name)))
        place = stored or None  # 0: not placed yet
    aliases: dict[str, str] = {}
    for alias in spec.pos_names:
        alias = " ".join(alias.split())
        if alias and name_key(alias) != name_key(name):
            aliases.setdefault(name_key(alias), alias)
    return replace(
        spec,
        name=name,
        pos_names=tuple(aliases.values()),
        lines=tuple(replace(line, sku=_sku(session, line.sku)) for line in spec.lines),
        yield_sku=_sku(session, spec.yield_sku) if spec.yield_sku else None,
        notes=spec.notes.strip(),
        menu_position=place if spec.kind == RecipeKind.COCKTAIL else None,
    )


def _sku(session: Session, sku: str | None) -> str:
    """The SKU as the catalogue spells it (SKUs match without case), else as written."""
    sku = (sku or "").strip()
    item = item_by_sku(session, sku) if sku else None
    return item.sku if item else sku


def _apply(session: Session, recipe: Recipe, spec: RecipeSpec) -> None:
    """Write the fields, then swap lines and aliases (old rows go first: keys are unique)."""
    made = _item(session, spec.yield_sku) if spec.yield_sku else None
    items = [_item(session, line.sku) for line in spec.lines]
    cocktail = spec.kind == RecipeKind.COCKTAIL
    place = menu_number(session, recipe.id, cocktail=cocktail, place=spec.menu_position)
    with session.no_autoflush:  # a half-written recipe must not reach the database
        recipe.name = spec.name
        recipe.key = name_key(spec.name)
        recipe.kind = spec.kind.value
        recipe.price = spec.price
        recipe.yield_item = made
        recipe.yield_quantity = spec.yield_quantity
        recipe.notes = spec.notes
        recipe.menu_position = place
        session.add(recipe)
        if recipe.id is not None:
            flag_modified(recipe, "name")  # a change of lines alone is still a new version
        recipe.aliases.clear()
        recipe.lines.clear()
    _flush(session, recipe)
    recipe.aliases.extend(RecipeAlias(name=a, key=name_key(a)) for a in spec.pos_names)
    recipe.lines.extend(
        RecipeLine(
            position=position,
            item=item,
            quantity=line.quantity,
            unit=line.unit.value,
            channel=line.channel.value if line.channel else None,
        )
        for position, (line, item) in enumerate(zip(spec.lines, items, strict=True), start=1)
    )
    _flush(session, recipe)


def _item(session: Session, sku: str) -> Item:
    item = item_by_sku(session, sku)
    assert item is not None, "checked by recipe_problems"
    return item


def _flush(session: Session, recipe: Recipe) -> None:
    label = recipe.name  # named now: a failed flush expires what it would be read from
    try:
        session.flush()
    except StaleDataError:
        raise changed_elsewhere(label) from None


def recipe_spec(session: Session, recipe_id: int) -> tuple[RecipeSpec, int]:
    """What the editor shows, and the version to hand back to save_recipe."""
    recipe = get_recipe(session, recipe_id)
    spec = RecipeSpec(
        name=recipe.name,
        kind=RecipeKind(recipe.kind),
        price=recipe.price,
        pos_names=tuple(a.name for a in recipe.aliases),
        lines=tuple(
            RecipeLineSpec(
                sku=line.item.sku,
                quantity=line.quantity,
                unit=Unit(line.unit),
                channel=Channel(line.channel) if line.channel else None,
            )
            for line in recipe.lines
        ),
        yield_sku=recipe.yield_item.sku if recipe.yield_item else None,
        yield_quantity=recipe.yield_quantity,
        notes=recipe.notes,
        menu_position=(recipe.menu_position or None)
        if recipe.kind == RecipeKind.COCKTAIL
        else None,
    )
    return spec, recipe.version


def set_recipe_active(session: Session, recipe_id: int, active: bool, *, author: str) -> None:
    """An inactive cocktail leaves the sell buttons; its history stays."""
    require(session, author, Action.EDIT_RECIPES)
    recipe = get_recipe(session, recipe_id)
    if recipe.active != active:
        recipe.active = active
        _flush(session, recipe)
        record_change(
            session, author=author, entity="recipe", entity_id=recipe.id, label=recipe.name,
            action="update", before={"active": not active}, after={"active": active},
        )  # fmt: skip
