"""The Suppliers dialog's read and its one action: save a supplier (owner only, audited).

A supplier's details head their order documents and feed the proposal's dates, so a save
says it changed the catalogue and the orders: the Orders page refreshes itself.
"""

from __future__ import annotations

from datetime import date

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.services.catalogue.places import SupplierSpec, save_supplier
from inventory_app.services.ordering.supplier_records import SupplierRecord, supplier_records
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op, read_now


def load_suppliers(database: Database) -> list[SupplierRecord]:
    """Every supplier, with this year's orders counted on the bar's calendar."""
    return read_now(database, lambda s: supplier_records(s, date.today().year))


def save_supplier_details(context: AppContext, *, spec: SupplierSpec) -> InventoryError | None:
    """Create or update the supplier of spec.name; a refusal comes back to be shown."""
    result = Op(
        context, Change.ITEMS | Change.ORDERS,
        lambda s: save_supplier(s, spec, author=context.user),
    ).run()  # fmt: skip
    return result if isinstance(result, InventoryError) else None
