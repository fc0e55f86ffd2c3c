"""Sales still standing, as plain values: what the Sell page shows and what an undo voids.

The front ends read these, never the `Sale` rows: a row outlives its session badly, and
what a page or `undo-sale` needs of a sale is a handful of values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.db.models import Sale
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.local_day import local_day_bounds
from inventory_app.domain.recipes import Channel
from inventory_app.i18n.catalogue import tr
from inventory_app.services.selling.sales import (
    MenuEntry,
    drinks_sold,
    last_sale,
    menu,
    recent_sales,
)
from inventory_app.services.settings import default_channel


@dataclass(frozen=True)
class LastSale:
    """A sale as the Sell page's Undo and `undo-sale` name it (never the ORM row)."""

    sale_id: int
    recipe: str
    quantity: Decimal
    channel: Channel
    at: datetime | None = None  # naive UTC, as stored


@dataclass(frozen=True)
class SellState:
    """Everything the Sell page shows, read in one short session."""

    menu: list[MenuEntry]
    recent: list[LastSale]  # this user's last standing sales, newest first
    today: Decimal
    default_channel: Channel

    @property
    def last_sale(self) -> LastSale | None:
        return self.recent[0] if self.recent else None


def sell_state(
    session: Session, *, user: str, day: date | None = None, recent: int = 5
) -> SellState:
    """The menu in its order, this user's last standing sales and the local day's drinks."""
    return SellState(
        menu=menu(session),
        recent=[_plain(s) for s in recent_sales(session, author=user, limit=recent)],
        today=drinks_sold(session, *local_day_bounds(day or date.today())),
        default_channel=default_channel(session),
    )


def sale_to_undo(session: Session, sale_id: int | None) -> LastSale:
    """The sale named, else the last one standing; refused when there is none."""
    if sale_id is None:
        sale = last_sale(session)
        if sale is None:
            raise InputError(tr("no sale to undo"))
        return _plain(sale)
    named = session.get(Sale, sale_id)
    if named is None:
        raise NotFoundError(tr("no sale with id {id}").format(id=sale_id))

    return _plain(named)


def _plain(sale: Sale) -> LastSale:
    return LastSale(sale.id, sale.recipe_name, sale.quantity, Channel(sale.channel), sale.at)
