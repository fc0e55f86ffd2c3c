"""The recipe list: plain RecipeRows with cost, pour cost % (coloured) and margin."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel
from PySide6.QtGui import QColor

from inventory_app.domain import display
from inventory_app.domain.money import format_money
from inventory_app.domain.recipes import RecipeKind, name_key
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.recipes.editing import RecipeRow
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import Index, Role, RowColumn, RowTableModel

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


def money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def percent(value: Decimal | None) -> str:
    """'24.7 %', '26.0 %': a tenth of a percent is as fine as a pour cost is read, and
    every row of the column shows it."""
    if value is None:
        return ""
    return display.percent_text(value, column=True)


def yield_text(row: RecipeRow) -> str:
    if row.yield_quantity is None or row.yield_unit is None:
        return ""
    return f"{formatting.quantity(row.yield_quantity, row.yield_unit)} {row.yield_sku or ''}"


def _name(row: RecipeRow) -> str:
    return row.name if row.active else tr("{name} (off the menu)").format(name=row.name)


def pour_cost_colour(pct: Decimal | None) -> QColor | None:
    if pct is None:
        return None
    if pct <= POUR_COST_GOOD:
        return _GREEN
    return _AMBER if pct <= POUR_COST_HIGH else _RED


COLUMNS: tuple[RowColumn[RecipeRow], ...] = (
    RowColumn(N_("Name"), lambda r: _name(r)),
    RowColumn(N_("Kind"), lambda r: r.kind.label),
    RowColumn(N_("Price"), lambda r: money(r.price), numeric=True),
    RowColumn(N_("Cost"), lambda r: money(r.cost), numeric=True),
    RowColumn(N_("Pour cost"), lambda r: percent(r.pour_cost_pct), numeric=True),
    RowColumn(N_("Margin"), lambda r: money(r.margin), numeric=True),
    RowColumn(N_("POS names"), lambda r: " | ".join(r.pos_names)),
    RowColumn(N_("Yield"), yield_text),
)
NUMERIC = {RecipeColumn(n) for n, column in enumerate(COLUMNS) if column.numeric}


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
    return COLUMNS[column].text(row).casefold()


class RecipeTableModel(RowTableModel[RecipeRow]):
    """One RecipeRow per line, replaced wholesale on refresh (a bar has dozens, not thousands)."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def row_of_recipe(self, recipe_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.recipe_id == recipe_id), None)

    def cell_data(self, row: RecipeRow, column: int, role: int) -> Any:
        """The pour cost colour, greyed inactive rows and tooltips."""
        if role == Role.ForegroundRole:
            if not row.active:
                return _MUTED
            if column == RecipeColumn.POUR_COST:
                return pour_cost_colour(row.pour_cost_pct)
        if role == Role.ToolTipRole:
            return _tooltip(row, RecipeColumn(column))
        return None


def _tooltip(row: RecipeRow, column: RecipeColumn) -> str | None:
    if column is RecipeColumn.COST and row.kind is RecipeKind.COCKTAIL:
        parts = [f"{c.label}: {money(v)}" for c, v in row.cost_by_channel.items()]
        return tr("Ingredient cost by channel — {costs}").format(costs=", ".join(parts))
    if column is RecipeColumn.COST:
        return tr("Ingredient cost of one batch")
    if column is RecipeColumn.POUR_COST and row.net_price is not None:
        return tr("Cost / price without VAT ({price})").format(price=money(row.net_price))
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
