"""The History page: who did what and when, stock and changes in one list, with Undo and export.

"Who opened the third bottle of Campari on Saturday, and who sold it?": pick Campari and
Saturday; the openings (with their bottle) and the sales come up with their authors.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.io.timeline_workbook import write_timeline_workbook
from inventory_app.services.views.timeline import (
    Kind,
    Sort,
    TimelineFilter,
    TimelineRow,
    stream_timeline,
)
from inventory_app.services.views.timeline_choices import TimelineChoices
from inventory_app.ui import formatting, operations, queries
from inventory_app.ui.actions import build_actions
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.file_choice import save_path
from inventory_app.ui.models.timeline_model import (
    SORTS,
    TITLES,
    TimelineColumn,
    TimelineModel,
    can_undo,
)
from inventory_app.ui.ops import Query, read_now
from inventory_app.ui.pages.history_filters import HistoryFilters
from inventory_app.ui.styling import named
from inventory_app.ui.worker import Report, Worker

ROW_HEIGHT = 26
JUMP_LIMIT = 20_000  # beyond this many lines, the end is shown by turning the order round
# Only the date has an index to walk: other orders sort every match (3.5 s for a million).
SORT_LIMIT = 100_000
WIDTHS = {
    TimelineColumn.WHEN: 130,
    TimelineColumn.KIND: 70,
    TimelineColumn.PERSON: 100,
    TimelineColumn.WHAT: 200,
    TimelineColumn.BOTTLE: 150,
    TimelineColumn.REASON: 90,
    TimelineColumn.CHANGE: 170,
    TimelineColumn.REFERENCE: 110,
}


def _whole(number: int) -> str:
    """'1,234' / '1.234'."""
    return formatting.grouped(Decimal(number))


class HistoryPage(QWidget):
    """Re-asks the database on every filter, order or change; reads only when shown.

    Three reads run in the background as Queries (ui/ops.py): the filter bar's choices,
    the count of lines, and a text search's first page.
    """

    SHOWS = Change.EVERYTHING  # every action leaves a line here

    status_message = Signal(str)
    choices_shown = Signal()  # the filter bar has its choices (read in the background)
    counted = Signal()  # the count of the current question is shown (read in the background)
    searched = Signal()  # a search's first page is shown (read in the background)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self._context = context
        self._stale = True
        self._total: int | None = None  # None while the current question is being counted
        self.export_worker: Worker | None = None
        self._choices: Query[tuple[TimelineChoices, list[str]]] = Query(
            shown=self._choices_arrived, failed=self.show_error,
            failure=tr("could not read the filter choices"), parent=self,
        )  # fmt: skip
        self._counts: Query[int] = Query(
            shown=self._show_total, failed=self.show_error,
            failure=tr("could not count the lines"), parent=self,
        )  # fmt: skip
        self._firsts: Query[list[TimelineRow]] = Query(
            shown=self._first_arrived, failed=self._search_failed,
            failure=tr("could not search the history"), parent=self,
        )  # fmt: skip
        self.searching = False
        self.filters = HistoryFilters()
        self.model = TimelineModel(self._load_page, self)
        self.table = self._table()
        self.count_label = named(QLabel(), "historyCount")
        self.message = named(QLabel(), "historyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.actions_by_name = build_actions(self, [
            ("undo", "undo", tr("&Undo the selected line"), ["Ctrl+Z"], self.undo_selected),
            ("end", "", tr("&Jump to the end"), ["Ctrl+End"], self.jump_to_end),
            ("export", "import", tr("&Export to Excel…"), ["Ctrl+Shift+X"], lambda: self.export()),
        ])  # fmt: skip
        for action in self.actions_by_name.values():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._lay_out()
        self.filters.changed.connect(self.requery)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_undo())
        context.changes.watch(self, self.SHOWS, self._changed)
        self._update_undo()

    def _table(self) -> QTableView:
        table = named(QTableView(), "historyTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        header.setSortIndicator(TimelineColumn.WHEN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.filters.search.setMinimumWidth(200)
        buttons.addWidget(self.filters.dates)
        buttons.addSpacing(12)
        buttons.addWidget(self.filters.search, 1)
        for name in ("undo", "end", "export"):
            button = QToolButton()
            button.setDefaultAction(self.actions_by_name[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.count_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 12)
        column.setSpacing(10)
        column.addWidget(self.filters)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        """A header click: the database orders again; a column it cannot sort keeps the date."""
        sortable = column in SORTS and (column == TimelineColumn.WHEN or self.total() <= SORT_LIMIT)
        if column in SORTS and not sortable:
            self.status_message.emit(
                tr("{count} lines: filter them first to sort by {column}").format(
                    count=_whole(self.total()), column=tr(TITLES[column])
                )
            )
        if not sortable:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(TimelineColumn.WHEN, order)
            header.blockSignals(False)
            column = TimelineColumn.WHEN
        self._firsts.drop()  # a search's first page still being read is for the old order
        self.searching = False
        self.model.sort(column, order)
        self._update_undo()

    # --- what the page shows ---------------------------------------------------------------
    def _load_page(
        self,
        where: TimelineFilter,
        sort: Sort,
        descending: bool,
        after: TimelineRow | None,
        limit: int,
    ) -> list[TimelineRow]:
        return queries.load_timeline(
            self._context.database, where, sort=sort, descending=descending,
            after=after, limit=limit,
        )  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:
        """Read when first looked at, and after changes made while hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a sale elsewhere costs nothing here until the page is shown

    def refresh(self) -> None:
        """The list again at once; the filter bar's choices and the count follow."""
        self._stale = False
        self.requery()
        self._read_choices()

    def _read_choices(self) -> None:
        """Items, reasons, kinds and everyone who ever did something, off the UI thread.

        The people read every movement (a distinct over a million authors, about 0.1 s)
        and the rest a few ms: the first page does not wait for them. A refresh during a
        reading asks again, and only the newer answer is shown.
        """
        database = self._context.database
        self._choices.ask(
            lambda: (
                queries.load_timeline_choices(database),
                queries.load_timeline_people(database),
            )
        )

    def _choices_arrived(self, found: tuple[TimelineChoices, list[str]]) -> None:
        choices, people = found
        self.filters.set_choices(choices)
        self.filters.set_people(people)
        self.choices_shown.emit()

    def requery(self) -> None:
        """The first page of the current question now; its count in the background.

        Counting a million movements takes about 2.5 ms that the first page need not
        wait for; Sort and Jump to the end count here if it has not arrived yet. A text
        search reads its first page in the background too: a LIKE that matches little
        walks the whole ledger (0.2-0.9 s on a million movements), and the window must not
        freeze meanwhile. `searching` is True until that page is shown.
        """
        where = self.filters.current()
        self._total = None
        self.count_label.setText("…")
        if where.search:
            self.model.wait_for(where)
            self.searching = True
            _, sort, descending = self.model.query
            size = self.model.page_size
            self._firsts.ask(lambda: self._load_page(where, sort, descending, None, size))
        else:
            self._firsts.drop()
            self.searching = False
            self.model.set_query(where)
        database = self._context.database
        self._counts.ask(lambda: queries.count_timeline(database, where))
        self._update_undo()

    def _search_failed(self, error: InventoryError) -> None:
        self.searching = False
        self.show_error(error)

    def _first_arrived(self, rows: list[TimelineRow]) -> None:
        """A search's first page (an older question's never arrives: its Query drops it)."""
        self.model.show_first(rows)
        self.searching = False
        self._update_undo()
        self.searched.emit()

    def total(self) -> int:
        """How many lines the current question has: counted in the background, or now."""
        if self._total is None:
            self._counts.drop()  # the count in the background is for this question: not needed
            self._show_total(queries.count_timeline(self._context.database, self.model.query[0]))
        assert self._total is not None
        return self._total

    def _show_total(self, total: int) -> None:
        self._total = total
        self.count_label.setText(
            ntr("{count} line", "{count} lines", total).format(count=_whole(total))
        )
        self.counted.emit()

    def selected_row(self) -> TimelineRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_undo(self) -> None:
        row = self.selected_row()
        self.actions_by_name["undo"].setEnabled(row is not None and can_undo(row))

    def show_costs(self, visible: bool) -> None:
        """A cost's old and new value are the owner's unless the bar shares costs."""
        if self.model.hide_costs == (not visible):
            return
        self.model.hide_costs = not visible
        rows = self.model.rowCount()
        if rows:
            last = self.model.index(rows - 1, self.model.columnCount() - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)

    def focus_search(self) -> None:
        self.filters.focus_search()

    # --- actions --------------------------------------------------------------------------
    def undo_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.kind == Kind.MOVEMENT:
            error = operations.undo_movement(self._context, movement_id=row.entry_id)
        else:
            error = operations.undo_change(self._context, entry_id=row.entry_id)
        self.show_error(error)
        if error is None:
            self.status_message.emit(
                tr("Undone: {reason} of {what}").format(reason=row.reason_shown, what=row.what)
            )
            self.refresh()  # the change signal may find the page hidden (a test, a dialog)

    def show_error(self, error: InventoryError | None) -> None:
        """A refusal (a permission, an undo too late) stays in view above the list."""
        self.message.setVisible(error is not None)
        self.message.setText(str(error) if error is not None else "")

    def jump_to_end(self) -> None:
        """The last line: fetched if near enough, else the order turns so the end comes first."""
        total = self.total()
        if total > JUMP_LIMIT:
            descending = self.model.query[2]
            self.table.horizontalHeader().setSortIndicator(
                TimelineColumn.WHEN,
                Qt.SortOrder.AscendingOrder if descending else Qt.SortOrder.DescendingOrder,
            )
            self.status_message.emit(
                tr("{count} lines: the end is now shown first").format(count=_whole(total))
            )
            self.table.scrollToTop()
            return
        self.model.fetch_rest(total)
        self.table.scrollToBottom()
        if self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)

    def export(self, path: Path | None = None) -> None:
        """The filtered timeline, in its order, to a workbook; off the UI thread."""
        if path is None:
            path = save_path(self, tr("Export history"), "history.xlsx")
            if path is None:
                return
        where, sort, descending = self.model.query
        total = self.total()
        database = self._context.database

        def work(report: Report) -> int:
            return read_now(database, lambda s: write_timeline_workbook(
                path, stream_timeline(s, where, sort=sort, descending=descending),
                progress=lambda done: report(done, total),
            ))  # fmt: skip

        progress = QProgressDialog(tr("Exporting the history…"), tr("Cancel"), 0, 1000, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        worker = Worker(work, self)
        worker.progressed.connect(progress.setValue)
        progress.canceled.connect(worker.cancel)
        worker.succeeded.connect(lambda written: self._exported(path, written, worker))
        worker.failed.connect(lambda error: self.show_error(error))
        worker.finished.connect(progress.close)
        self.export_worker = worker
        worker.start()

    def _exported(self, path: Path, written: int, worker: Worker) -> None:
        if worker.cancelling:
            self.status_message.emit(tr("Export cancelled: no file written"))
        else:
            self.status_message.emit(
                tr("Exported {count} lines to {file}").format(count=_whole(written), file=path.name)
            )
