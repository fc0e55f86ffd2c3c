"""The count's rows, edited in place: each entry is saved at once, a bad one stays on its row."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from inventory_app.domain.counting import Entry, counted_quantity, parse_entry
from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.units import format_decimal, unit_label
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.counts.view import CountRow
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import Index, Role, RowColumn, RowTableModel


class CountColumn(IntEnum):
    LOCATION = 0
    SKU = 1
    ITEM = 2
    UNIT = 3
    SIZE = 4
    FULL = 5
    TENTHS = 6
    WEIGHT = 7
    QUANTITY = 8
    COUNTED = 9
    STATUS = 10


# The entry field each editable column holds.
ENTRY_FIELDS = {
    CountColumn.FULL: "full",
    CountColumn.TENTHS: "tenths",
    CountColumn.WEIGHT: "weight_g",
    CountColumn.QUANTITY: "quantity",
}
COLUMN_OF_FIELD = {field: column for column, field in ENTRY_FIELDS.items()}
SaveLine = Callable[[CountRow, Mapping[str, str]], CountRow | InventoryError]
_ERROR = QColor("#b3261e")
_ERROR_FILL = QColor("#fbe3e1")
_PREVIEW = QColor("#2f6fb3")
_MUTED = QColor("#8a8f98")


def _entered(value: Decimal | None) -> str:
    return formatting.grouped(value) if value is not None else ""


def _counted(row: CountRow) -> str:
    """What the row counts; a refused entry counts nothing, and says so."""
    if row.refused is not None:
        return tr("not counted")
    return formatting.quantity(row.counted, row.unit) if row.counted is not None else ""


COLUMNS: tuple[RowColumn[CountRow], ...] = (
    RowColumn(N_("Location"), lambda r: r.location),
    RowColumn(N_("SKU"), lambda r: r.sku),
    RowColumn(N_("Item"), lambda r: r.name),
    RowColumn(N_("Unit"), lambda r: unit_label(r.unit)),
    RowColumn(N_("Size"), lambda r: formatting.grouped(r.size), numeric=True),
    RowColumn(N_("Full"), lambda r: _entered(r.full), numeric=True,
              title_tip=N_("Sealed containers")),
    RowColumn(N_("Tenths"), lambda r: _entered(r.tenths), numeric=True,
              title_tip=N_("Of the open one")),
    RowColumn(N_("Weight g"), lambda r: _entered(r.weight_g), numeric=True,
              title_tip=N_("Gross weight of the open one")),
    RowColumn(N_("Quantity"), lambda r: _entered(r.quantity), numeric=True,
              title_tip=N_("In ml, g or pieces: overrides the rest")),
    RowColumn(N_("Counted"), _counted, numeric=True),
    RowColumn("", lambda r: "✓" if r.done else ""),
)  # fmt: skip


class CountModel(RowTableModel[CountRow]):
    """Rows of the open count; typed text that could not be saved stays with its message."""

    aligned_titles = True

    def __init__(self, save: SaveLine, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._save = save
        self.editable = False
        self._drafts: dict[int, dict[CountColumn, str]] = {}
        self._errors: dict[int, str] = {}
        self._preview: tuple[int, str, bool] | None = None  # row, text, is an error

    # --- rows -----------------------------------------------------------------------------
    def update_rows(self, rows: Sequence[CountRow], *, editable: bool) -> None:
        """New rows from the database: changed cells only when the same items are shown."""
        same = [r.item_id for r in rows] == [r.item_id for r in self._rows]
        if not same or editable != self.editable:
            self.editable = editable
            self._drafts.clear()
            self._errors.clear()
            self.set_rows(rows)
            return
        for number, row in enumerate(rows):
            if row != self._rows[number]:
                self._rows[number] = row
                self._row_changed(number)

    def row_of_code(self, code: str) -> int | None:
        """The row of a SKU (any case) or barcode."""
        wanted = code.strip().casefold()
        for number, row in enumerate(self._rows):
            if row.sku.casefold() == wanted or code.strip() in row.barcodes:
                return number
        return None

    def error_at(self, row: int) -> str:
        return self._error_of(self._rows[row])

    def _error_of(self, row: CountRow) -> str:
        """Why the row's entry was not taken: this session's message, else the stored refusal."""
        return self._errors.get(row.item_id) or row.refused or ""

    # --- editing --------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        """Entry cells are editable while a count is open."""
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() in ENTRY_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        """Save the row's entry at once; on a problem keep the typed text and show why."""
        if role != Role.EditRole or not index.isValid() or not self.editable:
            return False
        column = CountColumn(index.column())
        if column not in ENTRY_FIELDS:
            return False
        number, text = index.row(), str(value or "").strip()
        row = self._rows[number]
        self._preview = None
        result = self._save(row, self._texts(row, column, text))
        if isinstance(result, InventoryError):
            return self._keep(number, column, text, _detail(result))
        self._rows[number] = result
        if result.refused is not None:  # saved as refused: the row counts nothing until fixed
            return self._keep(number, column, text, result.refused)
        self._drafts.pop(row.item_id, None)
        self._errors.pop(row.item_id, None)
        self._row_changed(number)
        return True

    def _texts(self, row: CountRow, column: CountColumn, text: str) -> dict[str, str]:
        """Every entry field as text: this cell's, any kept draft, else what is saved."""
        drafts = {**self._drafts.get(row.item_id, {}), column: text}
        return {
            field: drafts[cell] if cell in drafts else _plain(getattr(row, field))
            for cell, field in ENTRY_FIELDS.items()
        }

    def preview(self, row: int, column: int, text: str) -> None:
        """What the entry being typed amounts to, shown in Counted before it is saved."""
        try:
            entry = self._entry(row, CountColumn(column), text.strip())
            shown = "" if entry.empty else formatting.quantity(
                counted_quantity(entry, self._rows[row].scale), self._rows[row].unit
            )  # fmt: skip
            self._preview = (row, shown, False)
        except InputError as error:
            self._preview = (row, error.detail, True)
        self._cell_changed(row, CountColumn.COUNTED)

    def clear_preview(self) -> None:
        if self._preview is not None:
            row = self._preview[0]
            self._preview = None
            if row < len(self._rows):
                self._cell_changed(row, CountColumn.COUNTED)

    def _entry(self, number: int, column: CountColumn, text: str) -> Entry:
        """The row's entry with this cell's text (and any text kept from a failed save)."""
        row = self._rows[number]
        drafts = {**self._drafts.get(row.item_id, {}), column: text}
        values: dict[str, Decimal | None] = {}
        for cell, field in ENTRY_FIELDS.items():
            if cell in drafts:
                raw = drafts[cell]
                values[field] = parse_entry(field, raw) if raw else None
            else:
                values[field] = getattr(row, field)
        return Entry(**values)

    def _keep(self, number: int, column: CountColumn, text: str, message: str) -> bool:
        item_id = self._rows[number].item_id
        self._drafts.setdefault(item_id, {})[column] = text
        self._errors[item_id] = message
        self._row_changed(number)
        return True

    # --- showing --------------------------------------------------------------------------
    def cell_text(self, row: CountRow, column: int) -> str:
        """A kept draft shows instead of the saved value; repeated locations are left blank."""
        draft = self._drafts.get(row.item_id, {})
        if column in draft:
            return draft[CountColumn(column)]
        if column == CountColumn.STATUS and self._error_of(row):
            return "⚠ " + self._error_of(row)
        return super().cell_text(row, column)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """Drafts, previews and the first row of each location group differ from plain rows."""
        if role in (Role.DisplayRole, Role.EditRole) and index.isValid():
            number, column = index.row(), index.column()
            if column == CountColumn.COUNTED and self._preview and self._preview[0] == number:
                return self._preview[1] if not self._preview[2] else "?"
            if role == Role.EditRole and column in ENTRY_FIELDS:
                return self._edit_text(self._rows[number], CountColumn(column))
            if column == CountColumn.LOCATION and number > 0:
                previous = self._rows[number - 1].location
                return (
                    "" if previous == self._rows[number].location else self._rows[number].location
                )
            if 0 <= number < len(self._rows):
                return self.cell_text(self._rows[number], column)
        return super().data(index, role)

    def _edit_text(self, row: CountRow, column: CountColumn) -> str:
        """What an editor starts with: plain digits, never the grouped '1,380'."""
        draft = self._drafts.get(row.item_id, {})
        if column in draft:
            return draft[column]
        return _plain(getattr(row, ENTRY_FIELDS[column]))

    def cell_data(self, row: CountRow, column: int, role: int) -> Any:
        """Colours and tips: a kept draft in red, the live preview in blue."""
        error = self._error_of(row)
        drafted = column in self._drafts.get(row.item_id, {})
        previewing = self._preview is not None and self._rows[self._preview[0]] is row
        if role == Role.ForegroundRole:
            if column == CountColumn.STATUS and error:
                return _ERROR
            if column == CountColumn.COUNTED and previewing:
                return _ERROR if self._preview and self._preview[2] else _PREVIEW
            if column == CountColumn.LOCATION:
                return _MUTED
        if role == Role.BackgroundRole and drafted:
            return _ERROR_FILL
        if role == Role.FontRole and column in (CountColumn.LOCATION, CountColumn.COUNTED):
            font = QFont()
            font.setBold(column == CountColumn.LOCATION)
            font.setItalic(column == CountColumn.COUNTED and previewing)
            return font
        if role == Role.ToolTipRole and (error or (previewing and self._preview)):
            return error or (self._preview[1] if self._preview else None)
        return None

    def _row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    def _cell_changed(self, number: int, column: int) -> None:
        index = self.index(number, column)
        self.dataChanged.emit(index, index)


def _plain(value: Decimal | None) -> str:
    return format_decimal(value) if value is not None else ""


def _detail(error: InventoryError) -> str:
    return error.detail if isinstance(error, InputError) else str(error)
