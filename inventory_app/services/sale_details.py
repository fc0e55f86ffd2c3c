"""What a sale took from stock, and what undoing it gave back: for receipts and messages."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, Movement, StockLevel
from inventory_app.services.selling import sale_reference


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
