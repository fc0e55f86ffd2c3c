"""Suppliers and locations: who delivers, and where things stand in the walking order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Location, Supplier
from inventory_app.domain.errors import InputError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import diff, record_change
from inventory_app.services.people.permissions import require


@dataclass(frozen=True)
class SupplierSpec:
    name: str
    contact: str = ""
    email: str = ""
    phone: str = ""
    lead_time_days: int = 2
    order_days: str = ""
    language: str | None = None  # 'it' or 'en' for their order sheets; None: the bar's


def ensure_supplier(session: Session, name: str | None) -> Supplier | None:
    """The supplier of that name, created on first mention; blank means none."""
    name = (name or "").strip()
    if not name:
        return None
    supplier = session.scalar(select(Supplier).where(func.lower(Supplier.name) == name.lower()))
    if supplier is None:
        supplier = Supplier(name=name)
        session.add(supplier)
    return supplier


def ensure_location(session: Session, name: str | None) -> Location | None:
    """The location of that name, created at the end of the walking order."""
    name = (name or "").strip()
    if not name:
        return None
    location = session.scalar(select(Location).where(func.lower(Location.name) == name.lower()))
    if location is None:
        last = session.scalar(select(func.max(Location.walk_order))) or 0
        location = Location(name=name, walk_order=last + 10)
        session.add(location)
        session.flush()
    return location


def save_supplier(session: Session, spec: SupplierSpec, *, author: str) -> Supplier:
    """Create or update a supplier by name."""
    require(session, author, Action.EDIT_ITEMS)
    if spec.language not in (None, *Supplier.LANGUAGES):
        raise InputError(
            tr("a supplier's language is it or en (empty: the bar's), got {value}").format(
                value=repr(spec.language)
            ),
            column="language",
        )
    if not spec.name.strip():
        raise InputError(tr("a supplier needs a name"), column="name")
    if spec.lead_time_days < 0:
        raise InputError(tr("lead time is zero or more days"), column="lead_time_days")
    supplier = ensure_supplier(session, spec.name)
    assert supplier is not None
    new = supplier.id is None
    before = {name: getattr(supplier, name) for name in SUPPLIER_FIELDS}
    for name in SUPPLIER_FIELDS:
        setattr(supplier, name, getattr(spec, name))
    session.flush()
    after = {name: getattr(supplier, name) for name in SUPPLIER_FIELDS}
    old, changed = (None, after) if new else diff(before, after)
    if changed:
        record_change(
            session, author=author, entity="supplier", entity_id=supplier.id,
            label=supplier.name, action="create" if new else "update", before=old, after=changed,
        )  # fmt: skip
    return supplier


SUPPLIER_FIELDS = ("contact", "email", "phone", "lead_time_days", "order_days", "language")


def save_location(session: Session, name: str, walk_order: int, *, author: str) -> Location:
    """Create a location or move it in the walking order."""
    require(session, author, Action.EDIT_ITEMS)
    existing = ensure_location(session, name) if name.strip() else None
    if existing is None:
        raise InputError(tr("a location needs a name"), column="name")

    before = existing.walk_order
    existing.walk_order = walk_order
    session.flush()
    if before != walk_order:
        record_change(
            session, author=author, entity="location", entity_id=existing.id,
            label=existing.name, action="update", before={"walk_order": before},
            after={"walk_order": walk_order},
        )  # fmt: skip
    return existing


def supplier_names(session: Session) -> list[str]:
    return list(session.scalars(select(Supplier.name).order_by(Supplier.name)))


def location_names(session: Session) -> list[str]:
    """Locations in walking order, for pickers and count sheets."""
    return list(session.scalars(select(Location.name).order_by(Location.walk_order, Location.name)))
