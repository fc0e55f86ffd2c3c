"""The History page's table: pages of the timeline fetched as the view scrolls, never all rows.

Sorting re-asks the database (a proxy sort over a million Python rows would take seconds).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.recipes.cost_visibility import without_costs
from inventory_app.services.views.timeline_rows import PAGE, Kind, Sort, TimelineFilter, TimelineRow
from inventory_app.ui import formatting
from inventory_app.ui.models.row_table_model import RIGHT, undone_style

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
# (filter, sort, descending, the last row shown or None, limit) -> the next page of rows
PageLoader = Callable[[TimelineFilter, Sort, bool, TimelineRow | None, int], list[TimelineRow]]


class TimelineColumn(IntEnum):
    WHEN = 0
    KIND = 1
    PERSON = 2
    WHAT = 3
    BOTTLE = 4
    REASON = 5
    CHANGE = 6
    REFERENCE = 7
    NOTE = 8


# English, marked: translated when the view asks (headerData), or with `title(column)`.
TITLES = (N_("When"), N_("Kind"), N_("Person"), N_("What"), N_("Bottle"), N_("Reason"),
          N_("Change"), N_("Reference"), N_("Note"))  # fmt: skip
SORTS = {
    TimelineColumn.WHEN: Sort.AT,
    TimelineColumn.PERSON: Sort.AUTHOR,
    TimelineColumn.WHAT: Sort.WHAT,
    TimelineColumn.REASON: Sort.REASON,
}
TEXT: dict[TimelineColumn, Callable[[TimelineRow], str]] = {
    TimelineColumn.WHEN: lambda r: formatting.local_time(r.at),
    TimelineColumn.KIND: lambda r: _kind(r),
    TimelineColumn.PERSON: lambda r: r.author,
    TimelineColumn.WHAT: lambda r: r.what,
    TimelineColumn.BOTTLE: lambda r: r.bottle,
    TimelineColumn.REASON: lambda r: r.reason_shown,
    TimelineColumn.CHANGE: lambda r: r.change_shown,
    TimelineColumn.REFERENCE: lambda r: r.detail or r.reference,
    TimelineColumn.NOTE: lambda r: r.note,
}


def title(column: int) -> str:
    """A column's title in the current language."""
    return tr(TITLES[column])


def _kind(row: TimelineRow) -> str:
    """'stock' for a ledger line, else what the change changed ('item', 'recipe')."""
    return row.kind_shown


def can_undo(row: TimelineRow) -> bool:
    """An undo is not undone, nor anything twice (the services refuse both too)."""
    return not row.undone and not row.is_undo and row.reason != "undo"


class TimelineModel(QAbstractTableModel):
    """Rows arrive a page at a time through `load`; `set_query` starts again from the top."""

    def __init__(self, load: PageLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._rows: list[TimelineRow] = []
        self._where = TimelineFilter()
        self._sort = Sort.AT
        self._descending = True
        self._more = True
        self.page_size = PAGE
        self.hide_costs = False  # a bartender the bar does not show costs to

    @property
    def query(self) -> tuple[TimelineFilter, Sort, bool]:
        return self._where, self._sort, self._descending

    def set_query(
        self, where: TimelineFilter, *, sort: Sort | None = None, descending: bool | None = None
    ) -> None:
        """Show the first page of a new question (a filter or an order changed)."""
        self.beginResetModel()
        self._ask(where, sort, descending)
        self._fetch()
        self.endResetModel()

    def wait_for(
        self, where: TimelineFilter, *, sort: Sort | None = None, descending: bool | None = None
    ) -> None:
        """A new question whose first page is read elsewhere: empty, asking nothing more."""
        self.beginResetModel()
        self._ask(where, sort, descending)
        self._more = False
        self.endResetModel()

    def _ask(self, where: TimelineFilter, sort: Sort | None, descending: bool | None) -> None:
        self._where = where
        self._sort = self._sort if sort is None else sort
        self._descending = self._descending if descending is None else descending
        self._rows = []
        self._more = True

    def show_first(self, rows: list[TimelineRow]) -> None:
        """The first page of the question `wait_for` named, read off the UI thread."""
        self.beginResetModel()
        self._rows = list(rows)
        self._more = len(rows) == self.page_size
        self.endResetModel()

    def row_at(self, row: int) -> TimelineRow:
        return self._rows[row]

    def _fetch(self) -> list[TimelineRow]:
        page = self._load(self._where, self._sort, self._descending, self._last(), self.page_size)
        self._more = len(page) == self.page_size
        self._rows += page
        return page

    def _last(self) -> TimelineRow | None:
        """Where the next page starts: after the last row (no OFFSET walking past the rest)."""
        return self._rows[-1] if self._rows else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """More lines wait in the database until the last page came back short."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The view scrolled near the end: append the next page with exact insert signals."""
        if parent.isValid() or not self._more:
            return
        first = len(self._rows)
        page = self._load(self._where, self._sort, self._descending, self._last(), self.page_size)
        self._more = len(page) == self.page_size
        if not page:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows += page
        self.endInsertRows()

    def fetch_rest(self, at_most: int) -> None:
        """Every remaining row up to `at_most` in one read (Jump to the end), not page by page."""
        size, self.page_size = self.page_size, max(at_most, 1)
        try:
            self.fetchMore()
        finally:
            self.page_size = size

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the database orders the rows again (only the columns it can)."""
        key = SORTS.get(TimelineColumn(column)) if 0 <= column < len(TITLES) else None
        if key is not None:
            self.set_query(self._where, sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Only the rows fetched so far: the view asks for more as it scrolls."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """A flat table: columns only under the root."""
        return 0 if parent.isValid() else len(TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        """Column titles; the ones the database cannot sort say so in their tooltip."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TITLES):
            return None
        if role == Role.DisplayRole:
            return title(section)
        if role == Role.ToolTipRole and TimelineColumn(section) not in SORTS:
            return tr("Sort by When, Person, What or Reason")
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        """Text per column; undone lines greyed and struck through, undos marked.

        The view asks about seven roles per visible cell on every paint: the ones this
        model never answers return before any lookup.
        """
        if role not in _ROLES or not index.isValid():
            return None
        number, column = index.row(), index.column()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        if role == Role.DisplayRole:
            if self.hide_costs and column == TimelineColumn.CHANGE and row.delta is None:
                row = row._replace(before=without_costs(row.before), after=without_costs(row.after))
            return _TEXTS[column](row)
        if role == Role.TextAlignmentRole:
            return RIGHT if column == TimelineColumn.CHANGE and row.kind == Kind.MOVEMENT else None
        if row.undone:
            return undone_style(role, tr("Undone by a later line"))
        if role == Role.ToolTipRole and row.is_undo:
            return tr("Undoes line {number}").format(number=row.undoes_id)
        if role == Role.ToolTipRole and column == TimelineColumn.REFERENCE:
            return row.reference_shown or None
        if role == Role.ToolTipRole:  # the whole text of a cut-off label, note or change
            return _TEXTS[column](row) or None
        return None


_ROLES = frozenset(
    (Role.DisplayRole, Role.TextAlignmentRole, Role.ForegroundRole, Role.FontRole, Role.ToolTipRole)
)
_TEXTS = tuple(TEXT[column] for column in TimelineColumn)
