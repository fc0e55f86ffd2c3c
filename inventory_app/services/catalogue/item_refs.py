"""An item found by SKU or barcode, as plain values: what a command prints about it."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.orm import Session

from inventory_app.domain.units import BaseUnit
from inventory_app.services.catalogue.items import find_item


class ItemRef(NamedTuple):
    """An item's identity and measure: enough to name it and write its quantities."""

    item_id: int
    sku: str
    name: str
    unit: BaseUnit
    size: Decimal


def item_ref(session: Session, code: str) -> ItemRef:
    """The item a SKU or barcode names (any case), as find_item finds it; NotFoundError if none."""
    item = find_item(session, code)
    return ItemRef(item.id, item.sku, item.name, BaseUnit(item.unit), item.size)
