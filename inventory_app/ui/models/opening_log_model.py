"""Today's opening log: time, what, open or finish, who; undone lines struck through."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from inventory_app.domain.bottle_states import Opening
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.bottles.view import OpeningEntry
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel, undone_style


def what(entry: OpeningEntry) -> str:
    """The bottle when there is one, else the item."""
    return entry.bottle or entry.name


COLUMNS: tuple[RowColumn[OpeningEntry], ...] = (
    RowColumn(N_("Time"), lambda e: formatting.local_clock(e.at)),
    RowColumn(N_("Item / bottle"), what),
    RowColumn(N_("Action"), lambda e: Opening(e.action).label),
    RowColumn(N_("Author"), lambda e: e.author),
)


class OpeningLogModel(RowTableModel[OpeningEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def cell_data(self, row: OpeningEntry, column: int, role: int) -> Any:
        """Undone lines stay in the log, greyed and struck through."""
        if not row.undone:
            return None
        return undone_style(role, tr("Undone"))
