"""Catalogue use cases: items (suppliers and locations live in services/catalogue/places.py).

Each call is part of one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from inventory_app.db.models import Barcode, Bottle, Item, Movement, StockLevel
from inventory_app.domain.allergens import allergen_codes, stored_allergens
from inventory_app.domain.catalogue import ItemKind, Tracking
from inventory_app.domain.errors import InputError, NotFoundError, changed_elsewhere
from inventory_app.domain.item_rules import ItemSpec, check_item, with_defaults
from inventory_app.domain.permissions import Action
from inventory_app.domain.units import BaseUnit
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import diff, record_change
from inventory_app.services.audit_log.values import spec_fields
from inventory_app.services.catalogue.places import (
    SupplierSpec,
    ensure_location,
    ensure_supplier,
    location_names,
    save_location,
    save_supplier,
    supplier_names,
)
from inventory_app.services.people.permissions import require

__all__ = [  # suppliers and locations are re-exported: callers know them from here
    "SupplierSpec",
    "ensure_location",
    "ensure_supplier",
    "find_item",
    "get_item",
    "item_by_sku",
    "item_count",
    "item_spec",
    "location_names",
    "rename_sku",
    "save_found_item",
    "save_item",
    "save_location",
    "save_supplier",
    "set_sku",
    "supplier_names",
    "update_item",
]


def find_item(session: Session, code: str) -> Item:
    """An item by SKU or by any of its barcodes (a scanner types either)."""
    code = code.strip()
    item = session.scalar(select(Item).where(Item.sku == code))
    if item is None:
        item = session.scalar(select(Item).join(Barcode).where(Barcode.code == code))
    if item is None:
        item = item_by_sku(session, code)
    if item is None:
        raise NotFoundError(tr("no item with SKU or barcode {code}").format(code=repr(code)))
    return item


def is_known_barcode(session: Session, code: str) -> bool:
    """Whether a code is the barcode of an item or of a registered bottle.

    Keys typed quickly into a field end a scan only when they spell such a code: digits a
    person types (a tenths, a weight) are then never mistaken for one.
    """
    code = code.strip()
    if not code:
        return False
    on_item = session.scalar(select(Barcode.id).where(Barcode.code == code).limit(1))
    on_bottle = session.scalar(select(Bottle.id).where(Bottle.barcode == code).limit(1))
    return on_item is not None or on_bottle is not None


def item_by_sku(session: Session, sku: str) -> Item | None:
    """SKUs are compared without case: 'gin-1' in a sheet is the GIN-1 already on file."""
    sku = sku.strip()
    exact = session.scalar(select(Item).where(Item.sku == sku))
    if exact is not None:
        return exact
    return session.scalar(select(Item).where(func.lower(Item.sku) == sku.lower()).limit(1))


def get_item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(tr("no item with id {id}").format(id=item_id))
    return item


def item_spec(item: Item) -> ItemSpec:
    """The editable fields of a stored item, for a dialog to show."""
    return ItemSpec(
        sku=item.sku,
        name=item.name,
        category=item.category,
        kind=ItemKind(item.kind),
        unit=BaseUnit(item.unit),
        size=item.size,
        supplier=item.supplier.name if item.supplier else "",
        supplier_code=item.supplier_code,
        pack_size=item.pack_size,
        cost=item.cost,
        par=item.par,
        reorder_at=item.reorder_at,
        barcodes=tuple(b.code for b in item.barcodes),
        location=item.location.name if item.location else "",
        tare_g=item.tare_g,
        full_g=item.full_g,
        density=item.density,
        shelf_life_days=item.shelf_life_days,
        tracking=Tracking(item.tracking),
        notes=item.notes,
        allergens=stored_allergens(item.allergens),
    )


def save_item(
    session: Session, spec: ItemSpec, *, author: str, expected_version: int | None = None
) -> Item:
    """Create the item if its SKU is new, else update the fields the spec gives.

    `expected_version` is the version the editor loaded: if someone saved in
    between, the save is refused instead of silently overwriting their change.
    Only an owner edits items; the change is recorded in the audit log.
    """
    existing = item_by_sku(session, spec.sku)
    return save_found_item(
        session, spec, existing, author=author, expected_version=expected_version
    )


def save_found_item(
    session: Session,
    spec: ItemSpec,
    existing: Item | None,
    *,
    author: str,
    expected_version: int | None = None,
) -> Item:
    """save_item for a caller that has looked the SKU up already (an import, all at once)."""
    before = item_spec(existing) if existing is not None else None
    for action in item_actions(before, spec):
        require(session, author, action)
    item = _save(session, spec, existing, expected_version)
    _record_item(session, item, before, author=author)
    return item


def _save(
    session: Session, spec: ItemSpec, existing: Item | None, expected_version: int | None
) -> Item:
    if existing is None:
        return _create(session, with_defaults(spec))
    if expected_version is not None and existing.version != expected_version:
        raise changed_elsewhere(_label(existing))
    return _update(session, existing, spec)


def item_actions(before: ItemSpec | None, spec: ItemSpec) -> list[Action]:
    """Costs and levels are named apart, so a refusal says which one was asked for."""
    changed = (
        set(spec.given()) if before is None else set(diff(spec_fields(before), spec.given())[1])
    )
    actions = [Action.EDIT_COSTS] if "cost" in changed else []
    actions += [Action.EDIT_LEVELS] if changed & {"par", "reorder_at"} else []
    return [*actions, Action.EDIT_ITEMS]


def _record_item(session: Session, item: Item, before: ItemSpec | None, *, author: str) -> None:
    after = spec_fields(item_spec(item))
    if before is None:
        old, new, action = None, after, "create"
    else:
        old, new = diff(spec_fields(before), after)
        action = "update"
    if new:
        record_change(
            session, author=author, entity="item", entity_id=item.id,
            label=f"{item.sku} {item.name}", action=action, before=old, after=new,
        )  # fmt: skip


def rename_sku(
    session: Session, item_id: int, new_sku: str, *, author: str, expected_version: int
) -> Item:
    """Give an item another SKU; the ledger refers to the item, not the SKU."""
    require(session, author, Action.EDIT_ITEMS)
    item = get_item(session, item_id)
    if item.version != expected_version:
        raise changed_elsewhere(_label(item))
    before = item_spec(item)
    set_sku(session, item, new_sku)
    _record_item(session, item, before, author=author)
    return item


def set_sku(session: Session, item: Item, new_sku: str) -> None:
    """The SKU rule, shared with undo: unique, and valid as an item's SKU."""
    new_sku = new_sku.strip()
    if new_sku != item.sku:
        check_item(replace(item_spec(item), sku=new_sku))
        if session.scalar(select(Item.id).where(Item.sku == new_sku)) is not None:
            raise InputError(
                tr("SKU {sku} is already used by another item").format(sku=repr(new_sku)),
                column="sku",
            )
        item.sku = new_sku
        _flush(session, item)


def _create(session: Session, spec: ItemSpec) -> Item:
    check_item(spec)
    item = Item(sku=spec.sku.strip(), size=spec.size)
    session.add(item)
    _apply(session, item, spec)
    session.flush()
    session.add(StockLevel(item_id=item.id, on_hand=Decimal(0)))
    session.flush()
    return item


def update_item(session: Session, item: Item, spec: ItemSpec) -> Item:
    """The checked write of an edit without its permission and audit: how undo puts back."""
    return _update(session, item, spec)


def _update(session: Session, item: Item, spec: ItemSpec) -> Item:
    merged = replace(item_spec(item), **spec.given())
    check_item(merged)
    if merged.unit != item.unit and _has_movements(session, item):
        raise InputError(
            tr("{sku} already has stock in {unit}; its unit cannot change").format(
                sku=item.sku, unit=item.unit
            ),
            column="unit",
        )
    barcodes = [b.code for b in item.barcodes]
    _apply(session, item, spec)
    if [b.code for b in item.barcodes] != barcodes:
        flag_modified(item, "sku")  # barcodes alone changed: still a new version of the item
    _flush(session, item)
    return item


_PLAIN = (
    "name", "category", "kind", "unit", "size", "supplier_code", "pack_size", "cost",
    "par", "reorder_at", "tare_g", "full_g", "density", "shelf_life_days", "tracking", "notes",
)  # fmt: skip


def _has_movements(session: Session, item: Item) -> bool:
    return (
        session.scalar(select(Movement.id).where(Movement.item_id == item.id).limit(1)) is not None
    )


def _apply(session: Session, item: Item, spec: ItemSpec) -> None:
    given = spec.given()
    for name in _PLAIN:
        if name in given:
            value = given[name]
            setattr(item, name, value.strip() if isinstance(value, str) else value)
    if "supplier" in given:
        item.supplier = ensure_supplier(session, given["supplier"])
    if "location" in given:
        item.location = ensure_location(session, given["location"])
    if "allergens" in given:
        item.allergens = allergen_codes(given["allergens"] or ())
    if "barcodes" in given:
        _set_barcodes(session, item, tuple(given["barcodes"] or ()))


def _set_barcodes(session: Session, item: Item, codes: tuple[str, ...]) -> None:
    codes = tuple(dict.fromkeys(c.strip() for c in codes if c.strip()))
    for code in codes:
        owner = session.scalar(select(Item).join(Barcode).where(Barcode.code == code))
        if owner is not None and owner is not item:
            raise InputError(
                tr("barcode {code} already belongs to {owner}").format(code=code, owner=owner.sku),
                column="barcode",
            )

    keep = [b for b in item.barcodes if b.code in codes]
    known = {b.code for b in keep}
    item.barcodes = keep + [Barcode(code=c) for c in codes if c not in known]


def _flush(session: Session, item: Item) -> None:
    label = _label(item)  # named now: a failed flush expires what it would be read from
    try:
        session.flush()
    except StaleDataError:
        raise changed_elsewhere(label) from None


def _label(item: Item) -> str:
    return f"{item.name} ({item.sku})"


def item_count(session: Session) -> int:
    """How many items the catalogue holds (an empty one may receive the demo bar)."""
    return session.scalar(select(func.count(Item.id))) or 0
