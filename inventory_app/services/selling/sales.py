"""Selling at the window: one tap writes the sale and a `sale` movement per ingredient."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Base, Movement, Recipe, Sale, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import Channel, RecipeKind, SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.bottles.draws import BottlePicker
from inventory_app.services.ledger.movements import (
    NewMovement,
    Shortage,
    below_zero,
    compensate,
    record_movements,
)
from inventory_app.services.ledger.undo_rules import require_undo
from inventory_app.services.people.permissions import require
from inventory_app.services.recipes.book import RecipeRef, draws, find_recipe_ref
from inventory_app.services.settings import default_channel


@dataclass(frozen=True)
class SaleResult:
    sale_id: int
    recipe: str
    quantity: Decimal
    channel: Channel
    movements: int
    shortages: tuple[Shortage, ...]
    unassigned: tuple[str, ...] = ()  # serial SKUs poured with none of their bottles open


def sale_reference(sale_id: int) -> str:
    """How a sale's movements point back at it."""
    return f"sale:{sale_id}"


def sell(
    session: Session,
    name: str,
    *,
    author: str,
    quantity: Decimal = Decimal(1),
    channel: Channel | None = None,
    at: datetime | None = None,
    bottle_id: int | None = None,
) -> SaleResult:
    """Record drinks sold and deduct every ingredient of the recipe for that channel.

    A serial ingredient pours from `bottle_id` when the bartender chose it (a dram),
    else from the bottle services/bottles/draws.py picks.
    """
    require(session, author, Action.SELL)
    recipe = find_recipe_ref(session, name)
    if recipe.kind != RecipeKind.COCKTAIL:
        raise InputError(
            tr("{name} is a prep recipe: record it with `make`, not `sell`").format(
                name=recipe.name
            )
        )
    if quantity <= 0 or quantity != quantity.to_integral_value():
        raise InputError(
            tr("expected a whole number of drinks, got {quantity}").format(
                quantity=localized_number(str(quantity))
            ),
            column="qty",
        )
    channel = channel or default_channel(session)
    recorded = utcnow()
    now = at or recorded  # sold as it is recorded, unless backdated
    sale_id = _insert_sale(
        session, recipe, quantity, channel, author=author, at=now, recorded=recorded
    )
    taken = draws(session, recipe.id, channel)
    picker = BottlePicker(session, serial={d.item_id for d in taken if d.serial})
    if bottle_id is not None:
        picker.check_choice(bottle_id, [d.item_id for d in taken])
    unassigned: list[str] = []
    movements: list[NewMovement] = []
    reference = sale_reference(sale_id)
    for draw in sorted(
        taken, key=lambda d: d.item_id
    ):  # lock order: see services/ledger/movements.py
        bottle = picker.bottle_for(draw.item_id, chosen=bottle_id)
        if bottle is None and picker.is_serial(draw.item_id):
            unassigned.append(draw.sku)
        delta = -draw.quantity * quantity
        movements.append(NewMovement(draw.item_id, delta, Reason.SALE, reference, "", now, bottle))
    record_movements(session, movements, author=author)
    return SaleResult(
        sale_id=sale_id,
        recipe=recipe.name,
        quantity=quantity,
        channel=channel,
        movements=len(taken),
        shortages=below_zero(session, [d.item_id for d in taken]),
        unassigned=tuple(unassigned),
    )


_SALES = Base.metadata.tables["sales"]
_SALE_COLUMNS = (
    "at", "recipe_id", "recipe_name", "quantity", "channel", "kind", "author",
    "gross_amount", "net_amount", "import_id", "line_key", "voids_id", "recorded_at",
)  # fmt: skip
_INSERT_SALE = DriverStatement(insert(_SALES).returning(_SALES.c.id), keys=_SALE_COLUMNS)


def _insert_sale(
    session: Session,
    recipe: RecipeRef,
    quantity: Decimal,
    channel: Channel,
    *,
    author: str,
    at: datetime,
    recorded: datetime,
) -> int:
    """The sale row on the driver path: the ORM flush was a third of a sale."""
    row = {
        "at": at, "recipe_id": recipe.id, "recipe_name": recipe.name, "quantity": quantity,
        "channel": channel.value, "kind": SaleKind.SALE.value, "author": author,
        "gross_amount": recipe.price * quantity if recipe.price is not None else None,
        "net_amount": None, "import_id": None, "line_key": None, "voids_id": None,
        "recorded_at": recorded,
    }  # fmt: skip
    return int(_INSERT_SALE.rows(flushed(session), row)[0][0])


def undo_sale(session: Session, sale_id: int, *, author: str) -> int:
    """Void a sale: a `void` sale row and an opposite movement for each of its movements."""
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFoundError(tr("no sale with id {id}").format(id=sale_id))
    require_undo(session, author, done_by=sale.author, at=sale.recorded_at)
    if sale.kind == SaleKind.REFUND:
        raise InputError(
            tr("sale {id} is a refund, not a sale: nothing to undo").format(id=sale_id)
        )
    if sale.kind != SaleKind.SALE:
        raise InputError(tr("sale {id} is a void, not a sale: nothing to undo").format(id=sale_id))
    voided = session.scalar(select(Sale.id).where(Sale.voids_id == sale_id))
    if voided is not None:
        raise InputError(
            tr("sale {id} ({recipe}) was already undone").format(
                id=sale_id, recipe=sale.recipe_name
            )
        )

    void = Sale(
        recipe_id=sale.recipe_id, recipe_name=sale.recipe_name, quantity=sale.quantity,
        channel=sale.channel, kind=SaleKind.VOID.value, voids_id=sale.id, author=author,
        gross_amount=-sale.gross_amount if sale.gross_amount is not None else None,
        net_amount=-sale.net_amount if sale.net_amount is not None else None,
        variant=sale.variant, modifiers=sale.modifiers,
    )  # fmt: skip
    session.add(void)
    moved = session.scalars(
        select(Movement.id)
        .where(Movement.reference == sale_reference(sale_id))
        .order_by(Movement.item_id, Movement.id)  # lock order: see services/ledger/movements.py
    ).all()
    for movement_id in moved:
        compensate(
            session,
            movement_id,
            author=author,
            note=tr("undo sale of {name}").format(name=sale.recipe_name),
        )
    session.flush()
    return void.id


def last_sale(session: Session, *, author: str | None = None) -> Sale | None:
    """The newest sale rung up here and still standing (not voided), to offer its Undo.

    Imported POS lines are left out: the last one inserted is the oldest drink of a
    newest-first export, and voiding it would silently return stock the POS sold.
    """
    found = recent_sales(session, author=author, limit=1)
    return found[0] if found else None


def recent_sales(session: Session, *, author: str | None = None, limit: int = 5) -> list[Sale]:
    """The newest sales rung up here and still standing, newest first (see last_sale).

    The Sell page offers an Undo on each: a mistake noticed two drinks later is one tap.
    """
    query = standing_sales().where(Sale.import_id.is_(None))
    if author is not None:
        query = query.where(Sale.author == author)
    return list(session.scalars(query.order_by(Sale.id.desc()).limit(limit)))


def standing_sales() -> Select[Sale]:
    """Sales that were not undone."""
    voided = select(Sale.voids_id).where(Sale.voids_id.is_not(None))
    return select(Sale).where(Sale.kind == SaleKind.SALE, Sale.id.not_in(voided))


def drinks_sold(session: Session, start: datetime, end: datetime) -> Decimal:
    """Drinks sold between two moments, less the ones undone: the day's count."""
    standing = standing_sales().where(Sale.at >= start, Sale.at < end).subquery()
    total = session.scalar(select(func.sum(standing.c.quantity)))
    return total if total is not None else Decimal(0)


@dataclass(frozen=True)
class MenuEntry:
    recipe_id: int
    name: str
    price: Decimal | None


def menu(session: Session) -> list[MenuEntry]:
    """Cocktails for the sell tiles in the owner's menu order, never in order of sales.

    A tile that moved after a sale sold the drink beside it (issue 15): the order is
    the place each cocktail has on the menu (services/recipes/menu_order.py), nothing else.
    """
    query = (
        select(Recipe.id, Recipe.name, Recipe.price)
        .where(Recipe.kind == RecipeKind.COCKTAIL, Recipe.active.is_(True))
        .order_by(Recipe.menu_position, Recipe.key, Recipe.id)
    )
    return [MenuEntry(recipe_id, name, price) for recipe_id, name, price in session.execute(query)]
