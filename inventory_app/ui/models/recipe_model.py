"""The recipe list: plain RecipeRows with cost, pour cost % (coloured) and margin."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from inventory_app.domain.money import format_money
from inventory_app.domain.recipes import RecipeKind, name_key
from inventory_app.services.recipes import RecipeRow
from inventory_app.ui import formatting

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

# A display choice, not a rule: cocktail bars aim for roughly 18-24 %.
POUR_COST_GOOD = Decimal(24)
POUR_COST_HIGH = Decimal(30)
_GREEN, _AMBER, _RED = QColor("#1d6b37"), QColor("#a15c00"), QColor("#b3261e")
_MUTED = QColor("#8a8f98")


class RecipeColumn(IntEnum):
    NAME = 0
    KIND = 1
    PRICE = 2
    COST = 3
    POUR_COST = 4
    MARGIN = 5
    POS_NAMES = 6
    YIELD = 7


HEADERS = ("Name", "Kind", "Price", "Cost", "Pour cost", "Margin", "POS names", "Yield")
NUMERIC = {RecipeColumn.PRICE, RecipeColumn.COST, RecipeColumn.POUR_COST, RecipeColumn.MARGIN}


def money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def percent(value: Decimal | None) -> str:
    """'24.7 %': a tenth of a percent is as fine as a pour cost is read."""
    if value is None:
        return ""
    return f"{value.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)} %"


def yield_text(row: RecipeRow) -> str:
    if row.yield_quantity is None or row.yield_unit is None:
        return ""
    return f"{formatting.quantity(row.yield_quantity, row.yield_unit)} {row.yield_sku or ''}"


def pour_cost_colour(pct: Decimal | None) -> QColor | None:
    if pct is None:
        return None
    if pct <= POUR_COST_GOOD:
        return _GREEN
    return _AMBER if pct <= POUR_COST_HIGH else _RED


_TEXT: dict[RecipeColumn, Callable[[RecipeRow], str]] = {
    RecipeColumn.NAME: lambda r: r.name if r.active else f"{r.name} (off the menu)",
    RecipeColumn.KIND: lambda r: r.kind.value,
    RecipeColumn.PRICE: lambda r: money(r.price),
    RecipeColumn.COST: lambda r: money(r.cost),
    RecipeColumn.POUR_COST: lambda r: percent(r.pour_cost_pct),
    RecipeColumn.MARGIN: lambda r: money(r.margin),
    RecipeColumn.POS_NAMES: lambda r: " | ".join(r.pos_names),
    RecipeColumn.YIELD: yield_text,
}


def sort_key(row: RecipeRow, column: RecipeColumn) -> Any:
    """Numbers as numbers (blanks last), text without case."""
    value = {
        RecipeColumn.PRICE: row.price,
        RecipeColumn.COST: row.cost,
        RecipeColumn.POUR_COST: row.pour_cost_pct,
        RecipeColumn.MARGIN: row.margin,
    }.get(column, Decimal(0))
    if column in NUMERIC:
        return (value is None, value or Decimal(0))
    return _TEXT[column](row).casefold()


class RecipeTableModel(QAbstractTableModel):
    """One RecipeRow per line, replaced wholesale on refresh (a bar has dozens, not thousands)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RecipeRow] = []

    @property
    def rows(self) -> list[RecipeRow]:
        return list(self._rows)

    def set_rows(self, rows: list[RecipeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RecipeRow:
        return self._rows[row]

    def row_of_recipe(self, recipe_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.recipe_id == recipe_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Flat table: only the invisible root has children."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Flat table: only the invisible root has columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        """Column titles; numeric columns are right-aligned like their cells."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Role.DisplayRole:
            return HEADERS[section]
        if role == Role.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """Text, alignment, the pour cost colour, greyed inactive rows and tooltips."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = RecipeColumn(index.column())
        if role == Role.DisplayRole:
            return _TEXT[column](row)
        if role == Role.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ForegroundRole:
            if not row.active:
                return _MUTED
            if column is RecipeColumn.POUR_COST:
                return pour_cost_colour(row.pour_cost_pct)
        if role == Role.ToolTipRole:
            return _tooltip(row, column)
        return None


def _tooltip(row: RecipeRow, column: RecipeColumn) -> str | None:
    if column is RecipeColumn.COST and row.kind is RecipeKind.COCKTAIL:
        parts = [f"{c.value}: {money(v)}" for c, v in row.cost_by_channel.items()]
        return "Ingredient cost by channel — " + ", ".join(parts)
    if column is RecipeColumn.COST:
        return "Ingredient cost of one batch"
    if column is RecipeColumn.POUR_COST and row.net_price is not None:
        return f"Cost / price without VAT ({money(row.net_price)})"
    return None


class RecipeFilterProxy(QSortFilterProxyModel):
    """Search by name or POS name; sorting by the model's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""

    def set_search(self, text: str) -> None:
        # Qt 6.9 added begin/endFilterChange; older releases only have invalidateRowsFilter.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._search = name_key(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._search = name_key(text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """A row matches when the search is in its name or any POS name."""
        if not self._search:
            return True
        model = self.sourceModel()
        assert isinstance(model, RecipeTableModel)
        row = model.row_at(source_row)
        return any(self._search in name_key(n) for n in (row.name, *row.pos_names))

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        """Header-click order on the row values, not on the displayed text."""
        model = self.sourceModel()
        assert isinstance(model, RecipeTableModel)
        column = RecipeColumn(source_left.column())
        left = sort_key(model.row_at(source_left.row()), column)
        right = sort_key(model.row_at(source_right.row()), column)
        return bool(left < right)
