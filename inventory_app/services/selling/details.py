"""What a sale took from stock, and what undoing it gave back: for receipts and messages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Item, Movement, Sale, StockLevel, UnmatchedSale
from inventory_app.domain import display
from inventory_app.domain.modifiers import is_plain_variant
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.services.selling.sales import sale_reference
from inventory_app.services.selling.unmatched import unmatched_reference


@dataclass(frozen=True)
class StockChange:
    """One item moved by a sale or its undo, with on hand after everything so far."""

    sku: str
    name: str
    delta: Decimal
    unit: str
    on_hand: Decimal


def sale_deductions(session: Session, sale_id: int) -> list[StockChange]:
    """The sale's own movements, in the order they were written."""
    return _changes(session, Movement.reference == sale_reference(sale_id))


def undo_returns(session: Session, sale_id: int) -> list[StockChange]:
    """The movements that cancelled the sale's movements (empty if it stands)."""
    taken = select(Movement.id).where(Movement.reference == sale_reference(sale_id))
    return _changes(session, Movement.undoes_id.in_(taken.scalar_subquery()))


def _changes(session: Session, condition: ColumnElement[bool]) -> list[StockChange]:
    query = (
        select(Item.sku, Item.name, Movement.delta, Item.unit, StockLevel.on_hand)
        .join(Item, Item.id == Movement.item_id)
        .join(StockLevel, StockLevel.item_id == Item.id)
        .where(condition)
        .order_by(Movement.id)
    )
    return [StockChange(*row) for row in session.execute(query)]


SALE_PREFIX = "sale:"
UNMATCHED_PREFIX = unmatched_reference(0)[:-1]


_SALE_WORDS = (
    Sale.id, Sale.kind, Sale.recipe_name, Sale.quantity, Sale.channel, Sale.variant,
    Sale.modifiers,
)  # fmt: skip
# A page of History holds the sales of one stretch of time, whose ids lie close together:
# one range, compiled once and run on the driver (an IN of 50 ids through the ORM cost
# 14 ms a page, ten times the page's own query; tests/bench/bench_history.py).
_SALES_BETWEEN = DriverStatement(
    select(*_SALE_WORDS).where(Sale.id.between(bindparam("first"), bindparam("last")))
)
RANGE_SLACK = 4  # read a range of up to 4 ids per wanted sale, else ask for the ids


def sale_descriptions(session: Session, references: Iterable[str]) -> dict[str, str]:
    """'sale:12' -> 'Sale: Negroni ×2, take-away', for the sale references given (one query);
    'unmatched:3' -> 'Unmatched sale: Special ×2' for a parked line resolved to its pours."""
    references = list(references)
    described = _unmatched_descriptions(session, references)
    ids = {int(r[len(SALE_PREFIX) :]) for r in references if _is_sale(r)}
    if not ids:
        return described
    first, last = min(ids), max(ids)
    if last - first < RANGE_SLACK * len(ids) + 100:
        rows = _SALES_BETWEEN.rows(flushed(session), {"first": first, "last": last})
    else:
        rows = list(session.execute(select(*_SALE_WORDS).where(Sale.id.in_(ids))))
    return described | {
        sale_reference(sale_id): sale_words(
            kind, recipe, quantity, channel, variant=variant, modifiers=modifiers
        )
        for sale_id, kind, recipe, quantity, channel, variant, modifiers in rows
        if sale_id in ids
    }


def _unmatched_descriptions(session: Session, references: list[str]) -> dict[str, str]:
    ids = {
        int(r[len(UNMATCHED_PREFIX) :])
        for r in references
        if r.startswith(UNMATCHED_PREFIX) and r[len(UNMATCHED_PREFIX) :].isdigit()
    }
    if not ids:
        return {}
    rows = session.execute(
        select(UnmatchedSale.id, UnmatchedSale.item, UnmatchedSale.quantity).where(
            UnmatchedSale.id.in_(ids)
        )
    )
    return {
        unmatched_reference(line_id): tr("Unmatched sale: {item} ×{quantity}").format(
            item=item, quantity=display.number_text(quantity)
        )
        for line_id, item, quantity in rows
    }


def sale_words(
    kind: str,
    recipe: str,
    quantity: Decimal,
    channel: str,
    *,
    variant: str | None = None,
    modifiers: str | None = None,
) -> str:
    """'Sale: Negroni ×2, take-away'; with what the till printed beside it, 'Sale: Negroni
    (Double; Oat milk) ×2, take-away' (the deduction followed those modifiers)."""
    what = display.heading_word(SaleKind(kind).label)
    where = Channel(channel).label
    asked = [variant] if variant and not is_plain_variant(variant) else []
    asked += [modifiers] if modifiers else []
    drink = f"{recipe} ({'; '.join(asked)})" if asked else recipe
    return f"{what}: {drink} ×{display.number_text(quantity)}, {where}"


def _is_sale(reference: str) -> bool:
    return reference.startswith(SALE_PREFIX) and reference[len(SALE_PREFIX) :].isdigit()
