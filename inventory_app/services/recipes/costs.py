"""What a drink costs: ingredient cost per channel, pour cost % against the price, margin."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inventory_app.db.models import Item, Recipe, RecipeLine
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.recipes import Channel, RecipeKind, margin, net_of_vat, pour_cost_pct
from inventory_app.domain.rounding import half_up
from inventory_app.i18n.catalogue import tr
from inventory_app.services.recipes.book import line_draws
from inventory_app.services.settings import default_channel, measure_sizes, vat_rate_pct

# Rows carry money to a hundredth of a cent (how money is stored) and percentages to 0.01.
MONEY_PLACES = 4
PCT_PLACES = 2


@dataclass(frozen=True)
class RecipeRow:
    """One recipe for a list: money rounded to 0.0001, pour cost % to 0.01."""

    recipe_id: int
    name: str
    kind: RecipeKind
    price: Decimal | None
    pos_names: tuple[str, ...]
    cost: Decimal  # ingredient cost on the default channel (a prep: one batch)
    cost_by_channel: dict[Channel, Decimal]
    net_price: Decimal | None
    pour_cost_pct: Decimal | None
    margin: Decimal | None
    yield_sku: str | None
    yield_quantity: Decimal | None
    yield_unit: str | None
    lines: int
    active: bool


class CostBook:
    """Every recipe loaded once, so nested house preps are costed without a query each.

    An item costs item.cost / item.size per base unit. A house flask whose cost is 0 (not
    entered) and that an active prep makes costs that prep's ingredients / its yield
    instead. A cost the owner did enter wins: it may hold what the recipe cannot know
    (labour, a flask bought in, a price agreed), and the catalogue is where costs are
    edited, so one typed number is never silently overridden by a computed one.
    """

    def __init__(self, session: Session) -> None:
        self.sizes = measure_sizes(session)
        self.channel = default_channel(session)
        query = select(Recipe).options(
            selectinload(Recipe.lines).selectinload(RecipeLine.item),
            selectinload(Recipe.aliases),
            selectinload(Recipe.yield_item),
        )
        self.recipes = {r.id: r for r in session.scalars(query.order_by(Recipe.id))}
        self.items = {li.item_id: li.item for r in self.recipes.values() for li in r.lines}
        self.prep_of: dict[int, Recipe] = {}
        for recipe in self.recipes.values():
            if recipe.kind == RecipeKind.PREP and recipe.active and recipe.yield_item_id:
                self.prep_of.setdefault(recipe.yield_item_id, recipe)
        self._unit_costs: dict[int, Decimal] = {}
        self._costing: set[int] = set()

    def recipe(self, recipe_id: int) -> Recipe:
        recipe = self.recipes.get(recipe_id)
        if recipe is None:
            raise NotFoundError(tr("no recipe with id {id}").format(id=recipe_id))
        return recipe

    def cost(self, recipe: Recipe, channel: Channel) -> Decimal:
        """Ingredient cost of one drink (or one batch) served on that channel."""
        draws = line_draws(recipe.lines, channel, self.sizes)
        total = sum((d.quantity * self.unit_cost(self.items[d.item_id]) for d in draws), Decimal(0))
        return total

    def unit_cost(self, item: Item) -> Decimal:
        """Cost of one ml, g or piece of the item."""
        prep = self.prep_of.get(item.id)
        if item.cost > 0 or prep is None or not prep.yield_quantity or item.id in self._costing:
            return item.cost / item.size
        if item.id not in self._unit_costs:
            self._costing.add(item.id)  # a cycle (refused on save) falls back to item.cost
            self._unit_costs[item.id] = self.cost(prep, self.channel) / prep.yield_quantity
            self._costing.discard(item.id)
        return self._unit_costs[item.id]


def recipe_cost(session: Session, recipe_id: int, channel: Channel) -> Decimal:
    """Ingredient cost of one drink on a channel, unrounded (rows round it)."""
    book = CostBook(session)
    return book.cost(book.recipe(recipe_id), channel)


def recipe_rows(session: Session) -> list[RecipeRow]:
    """Every recipe with its cost, pour cost % and margin; cocktails first, then by name."""
    book = CostBook(session)
    vat = vat_rate_pct(session)
    rows = [_row(book, recipe, vat) for recipe in book.recipes.values()]
    rows.sort(key=lambda r: (r.kind != RecipeKind.COCKTAIL, r.name.casefold()))
    return rows


def _row(book: CostBook, recipe: Recipe, vat: Decimal) -> RecipeRow:
    by_channel = {c: book.cost(recipe, c) for c in Channel}
    cost = by_channel[book.channel]
    price = recipe.price
    return RecipeRow(
        recipe_id=recipe.id,
        name=recipe.name,
        kind=RecipeKind(recipe.kind),
        price=price,
        pos_names=tuple(a.name for a in recipe.aliases),
        cost=_money(cost),
        cost_by_channel={c: _money(v) for c, v in by_channel.items()},
        net_price=_money(net_of_vat(price, vat)) if price is not None else None,
        pour_cost_pct=_pct(pour_cost_pct(cost, price, vat)) if price is not None else None,
        margin=_money(margin(cost, price, vat)) if price is not None else None,
        yield_sku=recipe.yield_item.sku if recipe.yield_item else None,
        yield_quantity=recipe.yield_quantity,
        yield_unit=recipe.yield_item.unit if recipe.yield_item else None,
        lines=len(recipe.lines),
        active=recipe.active,
    )


def _money(value: Decimal) -> Decimal:
    return half_up(value, MONEY_PLACES)


def _pct(value: Decimal | None) -> Decimal | None:
    return half_up(value, PCT_PLACES) if value is not None else None
