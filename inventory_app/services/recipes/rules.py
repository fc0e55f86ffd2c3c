"""What a valid recipe is, checked against the catalogue and the other recipes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, Recipe, RecipeAlias, RecipeLine
from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import RecipeKind, RecipeLineSpec, RecipeSpec, name_key
from inventory_app.domain.units import BaseUnit, MeasureSizes, format_decimal, to_base
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.catalogue.items import item_by_sku
from inventory_app.services.settings import measure_sizes

NAME_MAX = 120  # the width of recipes.name and recipe_aliases.name


def recipe_problems(
    session: Session, spec: RecipeSpec, *, recipe_id: int | None = None
) -> list[InputError]:
    """Every rule the spec breaks, for the editor and the import to show at once.

    `recipe_id` is the recipe being replaced (its own name and POS names are not taken).
    A line's problem carries row = the line's position (1-based) in `spec.lines`.
    """
    problems = _name_problems(session, spec, recipe_id)
    if spec.kind is RecipeKind.COCKTAIL:
        problems += _cocktail_problems(spec)
    else:
        problems += _prep_problems(session, spec)
    problems += _lines_problems(session, spec, recipe_id)
    return problems


def _name_problems(session: Session, spec: RecipeSpec, recipe_id: int | None) -> list[InputError]:
    problems: list[InputError] = []
    if not spec.name.strip():
        problems.append(InputError(tr("a recipe needs a name"), column="recipe"))
    else:
        problems += _taken(session, spec.name, recipe_id, "recipe")
    for alias in spec.pos_names:
        problems += _taken(session, alias, recipe_id, "pos_name")
    return problems


def _taken(session: Session, name: str, recipe_id: int | None, column: str) -> list[InputError]:
    """A name matches one recipe at most, whether it is that recipe's name or a POS name."""
    if len(name) > NAME_MAX:
        return [
            InputError(
                tr("a name has at most {most} characters, got {count}").format(
                    most=NAME_MAX, count=len(name)
                ),
                column=column,
            )
        ]
    key = name_key(name)
    other = session.scalar(select(Recipe).where(Recipe.key == key))
    if other is not None and other.id != recipe_id:
        return [
            InputError(
                tr("{name} is already the recipe {recipe}").format(
                    name=repr(name), recipe=other.name
                ),
                column=column,
            )
        ]
    owner = session.scalar(select(Recipe).join(RecipeAlias).where(RecipeAlias.key == key))
    if owner is not None and owner.id != recipe_id:
        return [
            InputError(
                tr("{name} is already a POS name of {recipe}").format(
                    name=repr(name), recipe=owner.name
                ),
                column=column,
            )
        ]
    return []


def _cocktail_problems(spec: RecipeSpec) -> list[InputError]:
    problems: list[InputError] = []
    if spec.price is not None and spec.price < 0:
        problems.append(
            InputError(
                tr("expected a price of zero or more, got {price}").format(price=_num(spec.price)),
                column="price",
            )
        )
    if spec.yield_sku or spec.yield_quantity is not None:
        column = "yield_sku" if spec.yield_sku else "yield_quantity"
        problems.append(
            InputError(
                tr("a cocktail is sold and yields no stock; only a prep has a yield"),
                column=column,
            )
        )
    if spec.menu_position is not None and spec.menu_position < 1:
        problems.append(
            InputError(
                tr("expected a place on the menu of 1 or more, got {place}").format(
                    place=spec.menu_position
                ),
                column="menu_position",
            )
        )
    return problems


def _prep_problems(session: Session, spec: RecipeSpec) -> list[InputError]:
    problems: list[InputError] = []

    def bad(column: str, message: str) -> None:
        problems.append(InputError(message, column=column))

    if spec.price is not None:
        bad("price", tr("a prep is made, not sold: leave its price blank"))
    if spec.pos_names:
        bad("pos_name", tr("a prep is made, not sold: it has no POS names"))
    if not spec.yield_sku:
        bad("yield_sku", tr("a prep needs the SKU of the item it makes"))
    elif item_by_sku(session, spec.yield_sku) is None:
        bad("yield_sku", tr("no item with SKU {sku}").format(sku=repr(spec.yield_sku)))
    if spec.yield_quantity is None:
        bad("yield_quantity", tr("a prep needs how much one batch makes, in the item's unit"))
    elif spec.yield_quantity <= 0:
        bad(
            "yield_quantity",
            tr("expected a yield above zero, got {quantity}").format(
                quantity=_num(spec.yield_quantity)
            ),
        )
    return problems


def _lines_problems(session: Session, spec: RecipeSpec, recipe_id: int | None) -> list[InputError]:
    if not spec.lines:
        return [InputError(tr("a recipe needs at least one ingredient"), column="ingredient")]
    sizes = measure_sizes(session)
    made = None
    if spec.kind is RecipeKind.PREP and spec.yield_sku:
        made = item_by_sku(session, spec.yield_sku)
    uses = _prep_uses(session, recipe_id) if made else {}
    problems: list[InputError] = []
    for row, line in enumerate(spec.lines, start=1):

        def bad(column: str, message: str, row: int = row) -> None:
            problems.append(InputError(message, row=row, column=column))

        item = _line_problems(session, spec, line, sizes, bad)
        if made is not None and item is not None:
            _cycle_problem(session, item, made, uses, bad)
    return problems


def _line_problems(
    session: Session,
    spec: RecipeSpec,
    line: RecipeLineSpec,
    sizes: MeasureSizes,
    bad: Callable[[str, str], None],
) -> Item | None:
    """Check one line; returns its item when the SKU exists."""
    item = item_by_sku(session, line.sku) if line.sku.strip() else None
    if not line.sku.strip():
        bad("ingredient", tr("an ingredient needs a SKU"))
    elif item is None:
        bad("ingredient", tr("no item with SKU {sku}").format(sku=repr(line.sku)))
    if line.quantity <= 0:
        bad(
            "quantity",
            tr("expected a quantity above zero, got {quantity}").format(
                quantity=_num(line.quantity)
            ),
        )
    if item is not None:
        try:
            to_base(Decimal(1), line.unit, BaseUnit(item.unit), sizes)
        except InputError as exc:
            bad("unit", tr("{sku}: {problem}").format(sku=item.sku, problem=exc.detail))
    if spec.kind is RecipeKind.PREP and line.channel is not None:
        bad("channel", tr("a prep is made once for every channel: leave the channel blank"))
    return item


def _prep_uses(session: Session, recipe_id: int | None) -> dict[int, set[int]]:
    """Item made -> items used, over every other prep (the one being saved is replaced)."""
    query = (
        select(Recipe.yield_item_id, RecipeLine.item_id)
        .join(RecipeLine, RecipeLine.recipe_id == Recipe.id)
        .where(Recipe.kind == RecipeKind.PREP.value, Recipe.yield_item_id.is_not(None))
    )
    if recipe_id is not None:
        query = query.where(Recipe.id != recipe_id)
    uses: dict[int, set[int]] = {}
    for made, used in session.execute(query):
        assert made is not None
        uses.setdefault(made, set()).add(used)
    return uses


def _cycle_problem(
    session: Session,
    item: Item,
    made: Item,
    uses: dict[int, set[int]],
    bad: Callable[[str, str], None],
) -> None:
    """A prep may not use what it makes, directly or through the preps of its ingredients."""
    if item.id == made.id:
        bad(
            "ingredient",
            tr("{sku} is what this prep makes: it cannot be an ingredient").format(sku=item.sku),
        )
        return
    path = _path(uses, item.id, made.id)
    if path:
        skus = {
            i: sku for i, sku in session.execute(select(Item.id, Item.sku).where(Item.id.in_(path)))
        }
        chain = " <- ".join(skus[i] for i in path)
        bad(
            "ingredient",
            tr("{sku} is made from what this prep makes ({chain})").format(
                sku=item.sku, chain=chain
            ),
        )


def _path(uses: dict[int, set[int]], start: int, target: int) -> list[int]:
    """Items from start down to target through prep ingredients, or [] if unreachable."""
    stack: list[list[int]] = [[start]]
    seen = {start}
    while stack:
        path = stack.pop()
        for used in sorted(uses.get(path[-1], ())):
            if used == target:
                return [*path, used]
            if used not in seen:
                seen.add(used)
                stack.append([*path, used])
    return []


def _num(value: Decimal) -> str:
    """A figure from the recipe, every digit, in the reader's decimal mark."""
    return localized_number(format_decimal(value))
