"""One item's movements, newest first, as a read-only table."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from inventory_app.domain.catalogue import Reason
from inventory_app.services.stock_view import HistoryEntry
from inventory_app.ui import formatting

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class HistoryColumn(IntEnum):
    WHEN = 0
    REASON = 1
    CHANGE = 2
    AUTHOR = 3
    REFERENCE = 4
    NOTE = 5


HEADERS = ("When", "Reason", "Change", "Author", "Reference", "Note")
_MUTED = QColor("#8a8f98")


def _text(entry: HistoryEntry, column: HistoryColumn) -> str:
    if column is HistoryColumn.WHEN:
        return formatting.local_time(entry.at)
    if column is HistoryColumn.REASON:
        return entry.reason.replace("_", " ")
    if column is HistoryColumn.CHANGE:
        sign = "+" if entry.delta > 0 else ""
        return sign + formatting.quantity(entry.delta, entry.unit)
    return {
        HistoryColumn.AUTHOR: entry.author,
        HistoryColumn.REFERENCE: entry.reference,
        HistoryColumn.NOTE: entry.note,
    }[column]


def can_undo(entry: HistoryEntry) -> bool:
    """An undo cannot be undone, nor can a movement twice (the service refuses both too)."""
    return not entry.undone and entry.reason != Reason.UNDO


class HistoryModel(QAbstractTableModel):
    """Plain HistoryEntry rows; undone movements are shown struck through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """A flat table: only the invisible root has children."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Same rule as rowCount: children only under the root."""
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """Text per column; undone lines greyed and struck; the change right-aligned."""
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry, column = self._entries[index.row()], HistoryColumn(index.column())
        if role == Role.DisplayRole:
            return _text(entry, column)
        if role == Role.TextAlignmentRole and column is HistoryColumn.CHANGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ForegroundRole and entry.undone:
            return _MUTED
        if role == Role.FontRole and entry.undone:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Role.ToolTipRole and entry.undone:
            return "This movement was undone by a later one"
        return None
