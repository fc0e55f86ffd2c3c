"""Suppliers and locations: who delivers, and where things stand in the walking order."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Location, Supplier
from inventory_app.domain.errors import InputError
from inventory_app.domain.ordering import order_weekdays
from inventory_app.domain.permissions import Action
from inventory_app.domain.vat_number import check_vat_number
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
    address: str = ""  # lines as on their letterhead: under their name on the order
    vat_number: str = ""  # their P.IVA (or another EU VAT number); checked when saved
    notes: str = ""  # for the owner only: cut-off times, who to call; never on a document


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
    spec = checked_supplier(spec)
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


SUPPLIER_FIELDS = (
    "contact", "email", "phone", "lead_time_days", "order_days", "language",
    "address", "vat_number", "notes",
)  # fmt: skip
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
ADDRESS_MAX_LINES = 4  # what fits under their name on the order's heading
_LIMITS = {"contact": 200, "email": 200, "phone": 60, "address": 400, "notes": 1000}


def checked_supplier(spec: SupplierSpec) -> SupplierSpec:
    """The spec as it will be stored (P.IVA compacted, blanks trimmed), or an InputError
    naming the field (the column of the suppliers file) that is wrong."""
    if not spec.name.strip():
        raise InputError(tr("a supplier needs a name"), column="name")
    if spec.language not in (None, *Supplier.LANGUAGES):
        raise InputError(
            tr("a supplier's language is it or en (empty: the bar's), got {value}").format(
                value=repr(spec.language)
            ),
            column="language",
        )
    if spec.lead_time_days < 0:
        raise InputError(tr("lead time is zero or more days"), column="lead_time_days")
    order_weekdays(spec.order_days)  # names its column
    address = "\n".join(line.strip() for line in spec.address.strip().splitlines())
    tidy = replace(
        spec, name=spec.name.strip(), contact=spec.contact.strip(), email=spec.email.strip(),
        phone=spec.phone.strip(), order_days=spec.order_days.strip(), address=address,
        notes=spec.notes.strip(), vat_number=_vat_number(spec.vat_number),
    )  # fmt: skip
    _check_texts(tidy)
    return tidy


def _vat_number(text: str) -> str:
    try:
        return check_vat_number(text)
    except InputError as wrong:
        raise InputError(wrong.detail, column="vat_number") from None


def _check_texts(spec: SupplierSpec) -> None:
    for field, most in _LIMITS.items():
        if len(getattr(spec, field)) > most:
            raise InputError(tr("at most {count} characters").format(count=most), column=field)
    if spec.email and _EMAIL.fullmatch(spec.email) is None:
        raise InputError(
            tr("an email address such as ordini@fornitore.it, got {value}").format(
                value=repr(spec.email)
            ),
            column="email",
        )
    if len(spec.address.splitlines()) > ADDRESS_MAX_LINES:
        raise InputError(
            tr("an address of at most {count} lines").format(count=ADDRESS_MAX_LINES),
            column="address",
        )


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
