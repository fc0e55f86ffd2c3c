"""The first lines of a sales file as the import would read them; unknown names in red."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.imports.sales import PreviewLine
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel

UNKNOWN = N_("unknown")  # no recipe has this name
_RED = QColor("#b3261e")


class PreviewColumn(IntEnum):
    ROW = 0
    WHEN = 1
    ITEM = 2
    QTY = 3
    CHANNEL = 4
    KIND = 5
    RECIPE = 6
    MODIFIERS = 7


COLUMNS: tuple[RowColumn[PreviewLine], ...] = (
    RowColumn(N_("Row"), lambda line: str(line.row), numeric=True),
    RowColumn(N_("When"), lambda line: line.when),
    RowColumn(N_("Item"), lambda line: line.item),
    RowColumn(N_("Qty"), lambda line: formatting.grouped(line.quantity), numeric=True),
    RowColumn(N_("Channel"), lambda line: line.channel.label),
    RowColumn(N_("Kind"), lambda line: line.kind.label),
    RowColumn(N_("Recipe"), lambda line: line.recipe or tr(UNKNOWN)),
    RowColumn(N_("Variant and modifiers"), lambda line: line.modifiers),
)


class SalesPreviewModel(RowTableModel[PreviewLine]):
    """Read-only PreviewLines (a few dozen at most)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def cell_data(self, row: PreviewLine, column: int, role: int) -> Any:
        """A red 'unknown' where no recipe matches the name."""
        if role == Role.ForegroundRole and column == PreviewColumn.RECIPE and row.recipe is None:
            return _RED
        return None
