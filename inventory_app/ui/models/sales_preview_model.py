"""The first lines of a sales file as the import would read them; unknown names in red."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from inventory_app.services.sales_import import PreviewLine
from inventory_app.ui import formatting

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
UNKNOWN = "unknown"
_RED = QColor("#b3261e")


class PreviewColumn(IntEnum):
    ROW = 0
    WHEN = 1
    ITEM = 2
    QTY = 3
    CHANNEL = 4
    KIND = 5
    RECIPE = 6


HEADERS = ("Row", "When", "Item", "Qty", "Channel", "Kind", "Recipe")


def _text(line: PreviewLine, column: PreviewColumn) -> str:
    return {
        PreviewColumn.ROW: str(line.row),
        PreviewColumn.WHEN: line.when,
        PreviewColumn.ITEM: line.item,
        PreviewColumn.QTY: formatting.grouped(line.quantity),
        PreviewColumn.CHANNEL: line.channel.value,
        PreviewColumn.KIND: line.kind.value,
        PreviewColumn.RECIPE: line.recipe or UNKNOWN,
    }[column]


class SalesPreviewModel(QAbstractTableModel):
    """Read-only PreviewLines (a few dozen at most)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[PreviewLine] = []

    def set_lines(self, lines: list[PreviewLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line_at(self, row: int) -> PreviewLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Flat table: only the invisible root has children."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Flat table: only the invisible root has columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """Text, right-aligned numbers and a red 'unknown'."""
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], PreviewColumn(index.column())
        if role == Role.DisplayRole:
            return _text(line, column)
        if role == Role.ForegroundRole and column is PreviewColumn.RECIPE and line.recipe is None:
            return _RED
        if role == Role.TextAlignmentRole and column in (PreviewColumn.ROW, PreviewColumn.QTY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
