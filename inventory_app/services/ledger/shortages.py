"""Shortages: the items a sale or a batch just took below zero (it was made anyway).

Kept apart from services/ledger/movements.py, which re-exports both names.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from sqlalchemy import BindParameter, bindparam, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Base
from inventory_app.domain import display
from inventory_app.domain.units import unit_label
from inventory_app.i18n.catalogue import tr

_ITEMS = Base.metadata.tables["items"]
_LEVELS = Base.metadata.tables["stock_levels"]


class Shortage(NamedTuple):
    """An item a sale or batch took below zero: it was made anyway, so stock is wrong."""

    sku: str
    name: str
    on_hand: Decimal
    unit: str

    def shown(self) -> str:
        """'Campari is now at −20 ml: count it or receive stock' ('−20,5 ml' in Italian)."""
        level = display.with_minus(display.quantity_text(self.on_hand, self.unit))
        return tr("{name} is now at {level}: count it or receive stock").format(
            name=self.name, level=level
        )

    def warning(self) -> str:
        """The command line's line: 'warning: GIN-TANQ (Tanqueray) is now at -200 ml: ...'."""
        level = f"{display.number_text(self.on_hand, 6, grouped=False)} {unit_label(self.unit)}"
        return tr(
            "warning: {sku} ({name}) is now at {level}: count it or record a delivery"
        ).format(sku=self.sku, name=self.name, level=level)


def below_zero(session: Session, item_ids: Sequence[int]) -> tuple[Shortage, ...]:
    """Which of these items a sale or a batch just took below zero."""
    if not item_ids:
        return ()
    params = {f"item{n}": item for n, item in enumerate(item_ids)}
    rows = _below_zero(len(params)).rows(flushed(session), params)
    return tuple(Shortage(*row) for row in rows)


@cache
def _below_zero(count: int) -> DriverStatement:
    """The check for `count` items, one bind each: an expanding IN would be re-rendered
    on every sale; a recipe has a handful of ingredients, so few counts are ever built."""
    items: list[BindParameter[int]] = [bindparam(f"item{n}") for n in range(count)]
    return DriverStatement(
        select(_ITEMS.c.sku, _ITEMS.c.name, _LEVELS.c.on_hand, _ITEMS.c.unit)
        .join(_LEVELS, _LEVELS.c.item_id == _ITEMS.c.id)
        .where(_ITEMS.c.id.in_(items), _LEVELS.c.on_hand < 0)
        .order_by(_ITEMS.c.sku)
    )
