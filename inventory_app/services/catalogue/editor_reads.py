"""What the item editor and a scan read of the catalogue, as plain values (never `Item` rows).

The category list is one `SELECT DISTINCT` over the items: the editor used to build it by
reading every stock row (levels, places, barcodes and all) to keep one column of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.item_refs import item_ref
from inventory_app.services.catalogue.items import get_item, item_spec
from inventory_app.services.catalogue.places import location_names, supplier_names


@dataclass(frozen=True)
class LoadedItem:
    """An item as the editor opened it: its fields and the version to save against."""

    item_id: int
    spec: ItemSpec
    version: int


@dataclass(frozen=True)
class ItemFormChoices:
    """What the item dialog's editable combos offer."""

    suppliers: list[str]
    locations: list[str]
    categories: list[str]


def loaded_item(session: Session, item_id: int) -> LoadedItem:
    """The item's editable fields and the version a save must still find."""
    item = get_item(session, item_id)
    return LoadedItem(item.id, item_spec(item), item.version)


def item_form_choices(session: Session) -> ItemFormChoices:
    """Suppliers, locations in walking order, and the categories in use."""
    return ItemFormChoices(
        suppliers=supplier_names(session),
        locations=location_names(session),
        categories=category_names(session),
    )


def category_names(session: Session) -> list[str]:
    """The categories of the active items, blank left out, in alphabetical order (any case)."""
    query = select(Item.category).where(Item.active.is_(True), Item.category != "").distinct()
    return sorted(session.scalars(query), key=str.lower)


def item_for_code(session: Session, code: str) -> tuple[int, str] | None:
    """The item a scanned barcode or SKU names, as (id, name); None when none does."""
    try:
        item = item_ref(session, code)
    except NotFoundError:
        return None
    return item.item_id, item.name
