"""One item's movements, newest first, as a read-only table."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from inventory_app.domain.catalogue import Reason
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.views.stock import HistoryEntry
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel, undone_style


class HistoryColumn(IntEnum):
    WHEN = 0
    REASON = 1
    CHANGE = 2
    AUTHOR = 3
    REFERENCE = 4
    NOTE = 5


def _change(entry: HistoryEntry) -> str:
    return formatting.quantity(entry.delta, entry.unit, signed=True)


COLUMNS: tuple[RowColumn[HistoryEntry], ...] = (
    RowColumn(N_("When"), lambda e: formatting.local_time(e.at)),
    RowColumn(N_("Reason"), lambda e: e.reason_shown),
    RowColumn(N_("Change"), _change, numeric=True),
    RowColumn(N_("Author"), lambda e: e.author),
    RowColumn(N_("Reference"), lambda e: e.detail or e.reference),
    RowColumn(N_("Note"), lambda e: e.note),
)


def can_undo(entry: HistoryEntry) -> bool:
    """An undo cannot be undone, nor can a movement twice (the service refuses both too)."""
    return not entry.undone and entry.reason != Reason.UNDO


class HistoryModel(RowTableModel[HistoryEntry]):
    """Plain HistoryEntry rows; undone movements are shown struck through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> HistoryEntry:
        return self.row_at(row)

    def cell_data(self, row: HistoryEntry, column: int, role: int) -> Any:
        """Undone lines greyed, struck through and explained; a sale's reference in the tip."""
        if role == Role.ToolTipRole and column == HistoryColumn.REFERENCE and row.detail:
            return f"{row.detail} ({row.reference})"
        if not row.undone:
            return None
        return undone_style(role, tr("This movement was undone by a later one"))
