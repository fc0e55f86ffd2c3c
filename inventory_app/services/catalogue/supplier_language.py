"""A supplier's language: the one their order sheets are written in (None: the bar's)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Supplier
from inventory_app.domain.errors import NotFoundError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.places import SUPPLIER_FIELDS, SupplierSpec, save_supplier


def supplier_language(session: Session, name: str) -> str | None:
    """'it', 'en', or None when the supplier reads the bar's language."""
    return _supplier(session, name).language


def set_supplier_language(
    session: Session, name: str, language: str | None, *, author: str
) -> Supplier:
    """Checked, owner-only and audited as any change of a supplier (save_supplier)."""
    supplier = _supplier(session, name)
    spec = SupplierSpec(supplier.name, **{f: getattr(supplier, f) for f in SUPPLIER_FIELDS})
    return save_supplier(session, replace(spec, language=language), author=author)


def _supplier(session: Session, name: str) -> Supplier:
    found = session.scalar(
        select(Supplier).where(func.lower(Supplier.name) == name.strip().lower())
    )
    if found is None:
        raise NotFoundError(
            tr("no supplier named {name}").format(name=repr(name)), column="supplier"
        )
    return found
