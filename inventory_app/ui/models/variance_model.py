"""A finalised count's variance, worst loss in money first; leaking items highlighted."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from inventory_app.domain import display
from inventory_app.domain.counting import Band
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import N_, NC_, tr
from inventory_app.i18n.formats import percent_sign
from inventory_app.services.counts.report import VarianceLine
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel


class VarianceColumn(IntEnum):
    SKU = 0
    ITEM = 1
    LOCATION = 2
    EXPECTED = 3
    COUNTED = 4
    VARIANCE = 5
    VALUE = 6
    PCT = 7
    USED = 8


# DOMAIN.md's bands: over 4 % of usage is a real leak (red), 2-4 % room to improve (amber).
BAND_FILL = {
    Band.BLEEDING: QColor("#f6c9c5"),
    Band.LEAK: QColor("#fbe3e1"),
    Band.IMPROVE: QColor("#fdf0d5"),
}
_LOSS = QColor("#b3261e")


def _qty(value: Decimal, unit: str) -> str:
    return formatting.quantity(value, unit)


def _signed(value: Decimal, unit: str) -> str:
    return formatting.quantity(value, unit, signed=True)


def _pct(line: VarianceLine) -> str:
    if line.variance_pct is None:
        return tr("no usage")
    shown = display.number_text(line.variance_pct, display.PERCENT_PLACES, signed=True)
    return shown + percent_sign()


COLUMNS: tuple[RowColumn[VarianceLine], ...] = (
    RowColumn(N_("SKU"), lambda v: v.sku),
    RowColumn(N_("Item"), lambda v: v.name),
    RowColumn(N_("Location"), lambda v: v.location),
    RowColumn(N_("Expected"), lambda v: _qty(v.expected, v.unit), numeric=True),
    RowColumn(N_("Counted"), lambda v: _qty(v.counted, v.unit), numeric=True),
    RowColumn(NC_("column", "Variance"), lambda v: _signed(v.variance, v.unit), numeric=True,
              title_context="column",
              title_tip=N_("Counted minus expected: a loss is negative")),
    RowColumn(N_("Value"), lambda v: format_money(v.variance_value), numeric=True,
              title_tip=N_("The variance at cost: a loss is negative")),
    RowColumn(N_("% of usage"), _pct, numeric=True,
              title_tip=N_("Variance as a share of what sales, preps and waste used")),
    RowColumn(N_("Used"), lambda v: _qty(v.usage, v.unit), numeric=True,
              title_tip=N_("Theoretical usage since the previous count")),
)  # fmt: skip


class VarianceModel(RowTableModel[VarianceLine]):
    """Plain VarianceLine rows; the band colours the row, a loss its value."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def cell_data(self, row: VarianceLine, column: int, role: int) -> Any:
        """Row background by band; losses in red; the band named in the tooltip."""
        if role == Role.BackgroundRole:
            return BAND_FILL.get(row.band)
        if (
            role == Role.ForegroundRole
            and column == VarianceColumn.VALUE
            and row.variance_value < 0
        ):
            return _LOSS
        if role == Role.ToolTipRole and row.band is not Band.HEALTHY:
            if row.variance_pct is None:
                return tr("stock went missing, yet no sale, prep or waste used this item")
            return tr("{band}: {share} of usage").format(band=row.band.label, share=_pct(row))
        return None
