"""The stock table: plain StockRows, exact change signals, and search/low-only filtering."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel
from PySide6.QtGui import QBrush, QColor

from inventory_app.domain import display
from inventory_app.domain.display import ContainerStyle
from inventory_app.domain.levels import Status
from inventory_app.domain.units import BaseUnit, unit_label
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.views.stock import StockRow
from inventory_app.ui import formatting
from inventory_app.ui.icons import icon
from inventory_app.ui.models.row_table_model import Index, Role, RowColumn, RowTableModel


class Column(IntEnum):
    STATUS = 0
    SKU = 1
    ITEM = 2
    CATEGORY = 3
    LOCATION = 4
    ON_HAND = 5
    CONTAINERS = 6
    PAR = 7
    REORDER_AT = 8
    SUPPLIER = 9


COLUMNS: tuple[RowColumn[StockRow], ...] = (
    RowColumn("", lambda r: "", title_tip=N_("Stock status: out, low or ok")),
    RowColumn(N_("SKU"), lambda r: r.sku),
    RowColumn(N_("Item"), lambda r: r.name),
    RowColumn(N_("Category"), lambda r: r.category),
    RowColumn(N_("Location"), lambda r: r.location),
    RowColumn(N_("On hand"), lambda r: formatting.quantity(r.on_hand, r.unit), numeric=True),
    RowColumn(
        N_("Containers"),
        lambda r: formatting.containers(r.containers),
        numeric=True,
        title_tip=N_(
            "Bottles, flasks or packs on hand (the owner sets 1.4 or 1 + 4/10 in Settings)"
        ),
    ),
    RowColumn(N_("Par"), lambda r: formatting.optional(r.par), numeric=True),
    RowColumn(N_("Reorder at"), lambda r: formatting.optional(r.reorder_at), numeric=True),
    RowColumn(N_("Supplier"), lambda r: r.supplier),
)
NUMERIC = {Column(n) for n, column in enumerate(COLUMNS) if column.numeric}
_STATUS_ORDER = {Status.OUT: 0, Status.LOW: 1, Status.OK: 2}
_BACKGROUND = {Status.LOW: QColor("#fff0cc"), Status.OUT: QColor("#fbd9d6")}


def containers_text(row: StockRow, style: ContainerStyle) -> str:
    """'1.4 btl' or '1 + 4/10 btl' (domain.display's rule)."""
    return display.item_containers_text(
        row.containers, style, kind=row.kind, unit=row.unit, size=row.size
    )


def container_noun(row: StockRow) -> str:
    """What a person calls this item's containers: bottles, flasks, pcs."""
    if row.unit == "pcs" and row.size == 1:
        return unit_label(BaseUnit.PCS)
    if row.kind == "bottle":
        return tr("bottles")
    if row.kind == "flask":
        return tr("flasks")
    return tr("packs") if row.kind == "consumable" else tr("containers")


def status_reason(row: StockRow) -> str:
    """Why a row is flagged, in the words of the tooltip: '2 of 3 bottles left: ...'."""
    have = formatting.containers(row.containers)
    if row.par is not None:
        have = tr("{have} of {par}").format(have=have, par=formatting.grouped(row.par))
    noun = container_noun(row)
    if row.status is Status.OUT:
        on_hand = formatting.quantity(row.on_hand, row.unit)
        return tr("Out of stock: {quantity} on hand").format(quantity=on_hand)
    point = formatting.optional(row.reorder_at)
    if row.status is Status.LOW:
        return tr("{have} {containers} left: at or below the reorder point {point}").format(
            have=have, containers=noun, point=point
        )
    if point:
        return tr("{have} {containers} left: above the reorder point {point}").format(
            have=have, containers=noun, point=point
        )
    return tr("{have} {containers} left").format(have=have, containers=noun)


def sort_key(row: StockRow, column: Column) -> Any:
    """What a header click orders by: numbers as numbers, text without case."""
    if column is Column.STATUS:
        return (_STATUS_ORDER[row.status], row.containers)
    if column is Column.ON_HAND:
        return row.on_hand
    if column is Column.CONTAINERS:
        return row.containers
    if column in (Column.PAR, Column.REORDER_AT):
        value = row.par if column is Column.PAR else row.reorder_at
        return (value is None, value or Decimal(0))
    return COLUMNS[column].text(row).lower()


class StockTableModel(RowTableModel[StockRow]):
    """One StockRow per line; refreshes emit dataChanged when the rows are the same items."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.container_style = ContainerStyle.DECIMAL

    def set_container_style(self, style: ContainerStyle) -> None:
        """Part bottles as the bar reads them: '1.4 btl' or '1 + 4/10 btl'."""
        if style is self.container_style:
            return
        self.container_style = style
        if self._rows:
            column = Column.CONTAINERS
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def cell_text(self, row: StockRow, column: int) -> str:
        if column == Column.CONTAINERS:
            return containers_text(row, self.container_style)
        return super().cell_text(row, column)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """The containers column in the bar's own style; every other cell as the columns say."""
        if role == Role.DisplayRole and index.isValid() and index.column() == Column.CONTAINERS:
            return containers_text(self._rows[index.row()], self.container_style)
        return super().data(index, role)

    def set_rows(self, rows: Sequence[StockRow]) -> None:
        """Exact signals when only values changed (keeps selection); a reset otherwise."""
        old = self._rows
        if [r.item_id for r in old] != [r.item_id for r in rows]:
            super().set_rows(rows)
            return
        self._rows = list(rows)
        last = self.columnCount() - 1
        for number, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def row_of_item(self, item_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.item_id == item_id), None)

    def cell_data(self, row: StockRow, column: int, role: int) -> Any:
        """Status icon, row colour and tooltip for one cell."""
        if role == Role.DecorationRole and column == Column.STATUS:
            return icon(f"status-{row.status.value}")
        if role == Role.BackgroundRole and row.status in _BACKGROUND:
            return QBrush(_BACKGROUND[row.status])
        if role == Role.ToolTipRole:
            return status_reason(row) if column == Column.STATUS else _tooltip(row, Column(column))
        return None


def _tooltip(row: StockRow, column: Column) -> str | None:
    if column is Column.ITEM and row.barcodes:
        return row.name + "\n" + tr("Barcodes: {codes}").format(codes=", ".join(row.barcodes))
    if row.status is not Status.OK:
        return status_reason(row)
    return None


class StockFilterProxy(QSortFilterProxyModel):
    """Search as you type (StockRow.matches) and the 'low and out only' switch."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._low_only = False

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_search", text))

    def set_low_only(self, low_only: bool) -> None:
        self._refilter(lambda: setattr(self, "_low_only", low_only))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 added begin/endFilterChange; older releases only have invalidateRowsFilter.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def accepts(self, row: StockRow) -> bool:
        """Whether the current search and switch would show this row."""
        return row.matches(self._search) and not (self._low_only and row.status is Status.OK)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Delegate to StockRow.matches so every field a scanner or person types is found."""
        model = self.sourceModel()
        assert isinstance(model, StockTableModel)
        return self.accepts(model.row_at(source_row))

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        """Header-click order on the row values, not on the displayed text."""
        model = self.sourceModel()
        assert isinstance(model, StockTableModel)
        column = Column(source_left.column())
        left = sort_key(model.row_at(source_left.row()), column)
        right = sort_key(model.row_at(source_right.row()), column)
        return bool(left < right)
