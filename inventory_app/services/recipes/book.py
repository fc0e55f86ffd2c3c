"""Reading recipes: find one by any name the bar or its POS uses, and what it consumes."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Base, Recipe, RecipeAlias, RecipeLine
from inventory_app.domain.catalogue import Tracking
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.recipes import Channel, name_key
from inventory_app.domain.units import BaseUnit, MeasureSizes, Unit, to_base
from inventory_app.i18n.catalogue import tr
from inventory_app.services.settings import measure_sizes


class Draw(NamedTuple):
    """One ingredient a recipe takes from stock, in the item's base unit, per drink.

    Named tuples, as the sale's other small records: a frozen dataclass took four times
    as long to build, several per sale (tests/bench/bench_selling.py)."""

    item_id: int
    sku: str
    quantity: Decimal
    serial: bool = False  # poured from a bottle of its own (services/bottles/draws.py)


def find_recipe(session: Session, name: str) -> Recipe:
    """A recipe by its name or any of its POS names, ignoring case and spacing."""
    recipe = recipe_by_name(session, name)
    if recipe is None:
        raise NotFoundError(tr("no recipe or POS name {name}").format(name=repr(name.strip())))
    return recipe


def recipe_by_name(session: Session, name: str) -> Recipe | None:
    key = name_key(name)
    recipe = session.scalar(select(Recipe).where(Recipe.key == key))
    if recipe is None:
        recipe = session.scalar(select(Recipe).join(RecipeAlias).where(RecipeAlias.key == key))
    return recipe


_RECIPES = Base.metadata.tables["recipes"]
_ALIASES = Base.metadata.tables["recipe_aliases"]
_LINES = Base.metadata.tables["recipe_lines"]
_ITEMS = Base.metadata.tables["items"]
# On the driver path: selling runs them on every tap (tests/bench/bench_selling.py).
_REF_COLUMNS = (_RECIPES.c.id, _RECIPES.c.name, _RECIPES.c.kind, _RECIPES.c.price)
_REF_BY_NAME = DriverStatement(select(*_REF_COLUMNS).where(_RECIPES.c.key == bindparam("key")))
_REF_BY_ALIAS = DriverStatement(
    select(*_REF_COLUMNS)
    .join(_ALIASES, _ALIASES.c.recipe_id == _RECIPES.c.id)
    .where(_ALIASES.c.key == bindparam("key"))
)
_DRAW_LINES = DriverStatement(
    select(
        _LINES.c.item_id, _ITEMS.c.sku, _ITEMS.c.unit.label("base"),
        _LINES.c.quantity, _LINES.c.unit, _LINES.c.channel, _ITEMS.c.tracking,
    )
    .join(_ITEMS, _ITEMS.c.id == _LINES.c.item_id)
    .where(_LINES.c.recipe_id == bindparam("recipe_id"))
    .order_by(_LINES.c.position, _LINES.c.id)
)  # fmt: skip


class RecipeRef(NamedTuple):
    """What a sale needs of its recipe, read without loading the ORM object."""

    id: int
    name: str
    kind: str
    price: Decimal | None


def find_recipe_ref(session: Session, name: str) -> RecipeRef:
    """find_recipe for the hot path of a sale: one small Core query in the usual case."""
    key = {"key": name_key(name)}
    connection = flushed(session)
    rows = _REF_BY_NAME.rows(connection, key) or _REF_BY_ALIAS.rows(connection, key)
    if not rows:
        raise NotFoundError(tr("no recipe or POS name {name}").format(name=repr(name.strip())))
    return RecipeRef(*rows[0])


def names_index(session: Session) -> dict[str, int]:
    """Every matching key (names and POS names) to its recipe id, for bulk imports."""
    index = {key: recipe_id for key, recipe_id in session.execute(select(Recipe.key, Recipe.id))}
    aliases = select(RecipeAlias.key, RecipeAlias.recipe_id)
    index.update({key: recipe_id for key, recipe_id in session.execute(aliases)})
    return index


def draws(session: Session, recipe_id: int, channel: Channel) -> list[Draw]:
    """What one drink of this recipe takes from stock when served on that channel."""
    rows: list[DrawLine] = _DRAW_LINES.rows(flushed(session), {"recipe_id": recipe_id})
    # The bar's own dash and barspoon are read only for recipes that use them.
    needs_sizes = any(row[4] in BAR_MEASURES for row in rows)
    return merge_draws(rows, channel, measure_sizes(session) if needs_sizes else MeasureSizes())


def line_draws(lines: Iterable[RecipeLine], channel: Channel, sizes: MeasureSizes) -> list[Draw]:
    """The draws of loaded recipe lines (costing walks the ORM objects it already has)."""
    rows = [
        (
            line.item.id,
            line.item.sku,
            line.item.unit,
            line.quantity,
            line.unit,
            line.channel,
            line.item.tracking,
        )
        for line in lines
    ]
    return merge_draws(rows, channel, sizes)


# item, sku, base unit, quantity, unit, channel, tracking
DrawLine = tuple[int, str, str, Decimal, str, str | None, str]
BAR_MEASURES = frozenset({Unit.DASH.value, Unit.BARSPOON.value, Unit.DROP.value})
_SERIAL = Tracking.SERIAL.value


def merge_draws(lines: Iterable[DrawLine], channel: Channel, sizes: MeasureSizes) -> list[Draw]:
    """Lines for every channel plus the channel's own, merged per item, in base units."""
    merged: dict[int, Draw] = {}
    for item_id, sku, base, quantity, unit, line_channel, tracking in lines:
        if line_channel is not None and line_channel != channel:
            continue
        amount = to_base(quantity, Unit(unit), BaseUnit(base), sizes)
        before = merged.get(item_id)
        if before is not None:
            amount += before.quantity
        merged[item_id] = Draw(item_id, sku, amount, tracking == _SERIAL)
    return list(merged.values())
