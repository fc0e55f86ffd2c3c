"""A read-only table of plain rows, so each model only says what its columns show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from inventory_app.i18n.catalogue import tr, trc

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class RowColumn(Generic[T]):
    """One column: its title, the text a row shows in it, and whether it holds numbers.

    `title` and `title_tip` are English, marked `N_` where the columns are declared (often
    at import): they are translated each time the view asks (headerData), so a header
    follows the language of the moment. `text` runs when a cell is shown, so it may `tr`.
    """

    title: str
    text: Callable[[T], str]
    numeric: bool = False
    title_tip: str | None = None
    title_context: str | None = None  # the title was marked NC_(context, title)

    def shown_title(self) -> str:
        """The title in the current language ('' stays '': gettext's '' is its header)."""
        if not self.title:
            return ""
        return trc(self.title_context, self.title) if self.title_context else tr(self.title)


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows replaced wholesale by `set_rows`; subclasses add roles in `cell_data`.

    `aligned_titles` right-aligns the titles of numeric columns like their cells.
    """

    aligned_titles = False

    def __init__(self, columns: Sequence[RowColumn[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[T] = []

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def cell_text(self, row: T, column: int) -> str:
        """What a cell shows, for sorting and searching on the same text."""
        return self._columns[column].text(row)

    def cell_data(self, row: T, column: int, role: int) -> Any:
        """A role other than the text and the alignment; none by default."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """A flat table: only the invisible root has children."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Same rule as rowCount: columns only under the root."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        """Column titles, their tooltips and (if `aligned_titles`) their alignment."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Role.DisplayRole:
            return column.shown_title()
        if role == Role.ToolTipRole:
            return tr(column.title_tip) if column.title_tip else None
        if role == Role.TextAlignmentRole and self.aligned_titles and column.numeric:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """The text and alignment from the column; every other role from `cell_data`."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Role.DisplayRole:
            return self._columns[column].text(row)
        if role == Role.TextAlignmentRole and self._columns[column].numeric:
            return RIGHT
        return self.cell_data(row, column, role)


_MUTED = QColor("#8a8f98")


def undone_style(role: int, tooltip: str) -> Any:
    """How an undone ledger line looks in any log: kept, greyed and struck through."""
    if role == Role.ForegroundRole:
        return _MUTED
    if role == Role.FontRole:
        font = QFont()
        font.setStrikeOut(True)
        return font
    if role == Role.ToolTipRole:
        return tooltip
    return None
