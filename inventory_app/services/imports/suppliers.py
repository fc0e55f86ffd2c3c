"""Import a suppliers file (CSV or XLSX): every supplier in it added or updated, all or none.

Columns by name: name (required), contact, email, phone, lead_time_days, order_days,
language (it, en, or empty for the bar's), address (several lines in one cell), vat_number
(a P.IVA with its check digit), notes. A column the file lacks leaves that field as it is
for a supplier already there. Every row is checked before anything is saved, and every bad
cell is reported with its file, row and column: one round of fixes is enough.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Supplier
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.io.tabular import read_sheet, rows_as_dicts
from inventory_app.services.catalogue.places import (
    SUPPLIER_FIELDS,
    SupplierSpec,
    checked_supplier,
    save_supplier,
)
from inventory_app.services.people.permissions import require

COLUMNS = ("name", *SUPPLIER_FIELDS)


def import_suppliers(session: Session, path: Path, *, author: str) -> int:
    """How many suppliers the file holds; raises ImportErrors (nothing saved) on any bad cell."""
    require(session, author, Action.EDIT_ITEMS)
    sheet = read_sheet(path)
    specs: list[SupplierSpec] = []
    errors: list[InputError] = []
    for number, row in rows_as_dicts(sheet):
        try:
            specs.append(checked_supplier(_spec(session, row)))
        except InputError as wrong:
            errors.append(InputError(wrong.detail, file=sheet.file_name, row=number,
                                     column=wrong.column))  # fmt: skip
    if errors:
        raise ImportErrors(sheet.file_name, errors)
    for spec in specs:
        save_supplier(session, spec, author=author)
    return len(specs)


def _spec(session: Session, row: dict[str, str]) -> SupplierSpec:
    """The row over what the supplier of that name has now (or the defaults)."""
    name = row.get("name", "").strip()
    known = session.scalar(select(Supplier).where(func.lower(Supplier.name) == name.lower()))
    base = SupplierSpec(name)
    if known is not None:
        base = SupplierSpec(name, **{f: getattr(known, f) for f in SUPPLIER_FIELDS})
    given = {f.name: row[f.name] for f in fields(SupplierSpec) if f.name in row}
    given.pop("name", None)
    values: dict[str, object] = dict(given)
    if "lead_time_days" in given:
        values["lead_time_days"] = _whole(given["lead_time_days"])
    if "language" in given:
        values["language"] = given["language"].strip().lower() or None
    return replace(base, **values)  # type: ignore[arg-type]


def _whole(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InputError(
            tr("expected a whole number, got {text}").format(text=repr(text)),
            column="lead_time_days",
        ) from None
