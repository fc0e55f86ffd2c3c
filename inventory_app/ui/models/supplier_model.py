"""The suppliers' table of the Suppliers dialog: whom to call, and their lead time as given
beside the one their deliveries show."""

from __future__ import annotations

from PySide6.QtCore import QObject

from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.services.ordering.supplier_records import SupplierRecord
from inventory_app.ui.formatting import count_text
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel


def given_text(record: SupplierRecord) -> str:
    """'2 days': the lead time the owner typed, which the order's delivery date uses."""
    days = record.spec.lead_time_days
    return ntr("{days} day", "{days} days", days).format(days=count_text(days))


def observed_text(record: SupplierRecord) -> str:
    """'3 days observed over 5 orders', or a short 'none received yet' for the table."""
    if record.lead.observed_days is None:
        return tr("none received yet")
    return record.lead.observed_text()


COLUMNS: tuple[RowColumn[SupplierRecord], ...] = (
    RowColumn(N_("Supplier"), lambda r: r.spec.name),
    RowColumn(N_("Contact"), lambda r: r.spec.contact),
    RowColumn(N_("Email"), lambda r: r.spec.email),
    RowColumn(N_("Lead time given"), given_text, numeric=True),
    RowColumn(N_("Lead time observed"), observed_text),
    RowColumn(N_("Orders this year"), lambda r: count_text(r.orders_this_year), numeric=True),
)


class SupplierModel(RowTableModel[SupplierRecord]):
    """One row per supplier, by name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def row_of(self, name: str) -> int | None:
        """The row of the supplier of that name (any case), None when there is none."""
        wanted = name.strip().casefold()
        return next((i for i, r in enumerate(self.rows) if r.spec.name.casefold() == wanted), None)
