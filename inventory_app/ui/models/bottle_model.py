"""The collection table: one row per serial bottle, its level as a fraction for the fill bar."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import N_, NC_, tr
from inventory_app.services.bottles.view import BottleRow
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel

# The fill bar delegate reads the level (a Decimal from 0 to 1) under this role.
LEVEL_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class BottleColumn(IntEnum):
    LABEL = 0
    SKU = 1
    STATE = 2
    OPENED = 3
    REMAINING = 4
    VALUE = 5
    FLAG = 6


_OXIDISED = QColor("#fde7c8")
_EMPTY = QColor("#8a8f98")
OXIDATION_TEXT = N_("oxidation")
OXIDISED_TIP = N_("Open longer than the oxidation age set for the bar: taste it, finish it soon")


def _opened(row: BottleRow) -> str:
    return formatting.local_date(row.opened_at) if row.opened_at else ""


COLUMNS: tuple[RowColumn[BottleRow], ...] = (
    RowColumn(N_("Label"), lambda r: f"#{r.bottle_id} {r.label}"),
    RowColumn(N_("SKU"), lambda r: r.sku),
    RowColumn(N_("State"), lambda r: r.state.label),
    RowColumn(NC_("day", "Opened"), _opened, title_context="day"),
    RowColumn(N_("Remaining"), lambda r: formatting.quantity(r.remaining, r.unit), numeric=True),
    RowColumn(
        N_("Value at cost"),
        lambda r: format_money(r.value) if r.value is not None else "",
        numeric=True,
        title_tip=N_("cost × remaining ÷ size"),
    ),
    RowColumn(N_("Flag"), lambda r: tr(OXIDATION_TEXT) if r.oxidised else ""),
)


class BottleModel(RowTableModel[BottleRow]):
    """Plain BottleRow rows; oxidised bottles tinted, empty ones greyed."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def cell_data(self, row: BottleRow, column: int, role: int) -> Any:
        """The level for the fill bar, the oxidation tint and its explanation."""
        if role == LEVEL_ROLE and column == BottleColumn.REMAINING:
            return row.level
        if role == Role.BackgroundRole and row.oxidised:
            return _OXIDISED
        if role == Role.ForegroundRole and row.state == BottleState.EMPTY:
            return _EMPTY
        if role == Role.ToolTipRole and row.oxidised:
            return tr(OXIDISED_TIP)
        return None
