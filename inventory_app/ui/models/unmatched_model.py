"""Unmatched sales as the list shows them: when, the till's name, note, quantity, takings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.selling.unmatched import Unmatched
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel, undone_style

COLUMNS: tuple[RowColumn[Unmatched], ...] = (
    RowColumn(N_("Date"), lambda u: formatting.local_time(u.at)),
    RowColumn(N_("Item on the till"), lambda u: u.item),
    RowColumn(N_("Note"), lambda u: u.note),
    RowColumn(N_("Qty"), lambda u: formatting.grouped(u.quantity), numeric=True),
    RowColumn(N_("Takings"), lambda u: formatting.euros(u.amount), numeric=True),
    RowColumn(N_("State"), lambda u: tr("resolved") if u.resolved else tr("waiting")),
)


class UnmatchedModel(RowTableModel[Unmatched]):
    """Resolved lines, when shown, stay in the list greyed and struck through."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def cell_data(self, row: Unmatched, column: int, role: int) -> Any:
        if row.resolved:
            return undone_style(role, tr("Resolved: its stock is deducted"))
        return None
