"""A supplier's record read whole and edited field by field, by the CLI and the Suppliers
dialog alike; every change goes through save_supplier (checked, owner-only, audited)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Supplier
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.places import SUPPLIER_FIELDS, SupplierSpec, save_supplier

EDITABLE = frozenset(f.name for f in fields(SupplierSpec)) - {"name"}


def supplier_spec(session: Session, name: str) -> SupplierSpec:
    """What the supplier of that name (any case) has now, as a spec to change and save."""
    found = session.scalar(
        select(Supplier).where(func.lower(Supplier.name) == name.strip().lower())
    )
    if found is None:
        raise NotFoundError(
            tr("no supplier named {name}").format(name=repr(name)), column="supplier"
        )
    return SupplierSpec(found.name, **{f: getattr(found, f) for f in SUPPLIER_FIELDS})


def edit_supplier(
    session: Session, name: str, changes: dict[str, Any], *, author: str, create: bool = False
) -> Supplier:
    """Only the given fields change; `create` makes a supplier of a name not known yet."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InputError(tr("no such field: {name}").format(name=", ".join(sorted(unknown))))
    try:
        spec = supplier_spec(session, name)
    except NotFoundError:
        if not create:
            raise
        spec = SupplierSpec(name.strip())
    return save_supplier(session, replace(spec, **changes), author=author)
