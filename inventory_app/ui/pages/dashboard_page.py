"""The Dashboard, where the app opens: what runs low, what is on order, what needs a look."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain import display
from inventory_app.domain.display import heading_word
from inventory_app.domain.levels import Status
from inventory_app.domain.ordering import OrderStatus
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.i18n.formats import date_text
from inventory_app.services.batches.reads import BatchRow, BatchState
from inventory_app.services.ordering.levels import LevelRow
from inventory_app.services.ordering.order_reads import OrderRow
from inventory_app.services.views.dashboard import BottleWatch, FlaskToMake
from inventory_app.ui import formatting
from inventory_app.ui.batch_operations import load_batches_to_use
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.batches_dialog import BatchesDialog
from inventory_app.ui.dialogs.unmatched_dialog import UnmatchedNotice
from inventory_app.ui.formatting import euros
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel
from inventory_app.ui.opening_reads import load_dashboard
from inventory_app.ui.styling import named

T = TypeVar("T")
ROW_HEIGHT = 26
VISIBLE_ROWS = 4  # the least a card shows; cards share the rest of the page
# Columns fit the rows on screen and this many more, not all 500 a big bar may list: Qt
# measures every cell it considers (three columns of 500 rows were 50-70 ms of each
# refresh), and these columns (status, containers, days, totals) vary little in width.
SIZED_ROWS = 50
_OUT = QColor("#b3261e")
_LOW = QColor("#8a5a00")


def cover_text(days: Decimal | None) -> str:
    """'2.5 days', or a dash when the item has no recent usage."""
    if days is None:
        return "—"
    return ntr("{days} day", "{days} days", 1 if days == 1 else 2).format(
        days=display.number_text(days, 1)
    )


def days_text(days: int) -> str:
    """'3 days' / '3 giorni': a supplier's lead time."""
    return ntr("{days} day", "{days} days", days).format(days=days)


class CardModel(RowTableModel[T]):
    """A card's rows; levels are coloured by status (out red, low amber)."""

    aligned_titles = True

    def __init__(self, columns: Sequence[RowColumn[T]], parent: QObject | None = None) -> None:
        """The columns' marked titles, translated now (the language of the card's making)."""
        super().__init__([replace(c, title=tr(c.title)) for c in columns], parent)

    def cell_data(self, row: T, column: int, role: int) -> Any:
        """The status colour on every cell of a level row."""
        if role == Role.ForegroundRole and isinstance(row, LevelRow):
            return _OUT if row.status == Status.OUT else _LOW if row.status == Status.LOW else None
        if role == Role.ForegroundRole and isinstance(row, BatchRow):
            return _OUT if row.state is BatchState.EXPIRED else _LOW
        return None


# Titles marked here, translated when a card is built (CardModel).
LOW_COLUMNS: list[RowColumn[LevelRow]] = [
    RowColumn(N_("Item"), lambda r: r.name),
    RowColumn(N_("Status"), lambda r: heading_word(r.status.label)),
    RowColumn(N_("Containers"), lambda r: formatting.containers(r.containers), numeric=True),
    RowColumn(N_("Cover"), lambda r: cover_text(r.days_of_cover), numeric=True),
]
RUNNING_OUT_COLUMNS: list[RowColumn[LevelRow]] = [
    RowColumn(N_("Item"), lambda r: r.name),
    RowColumn(N_("Cover"), lambda r: cover_text(r.days_of_cover), numeric=True),
    RowColumn(N_("Lead time"), lambda r: days_text(r.lead_time_days or 0), numeric=True),
    RowColumn(N_("On order"), lambda r: formatting.grouped(r.on_order), numeric=True),
]
ORDER_COLUMNS: list[RowColumn[OrderRow]] = [
    RowColumn("#", lambda r: str(r.order_id), numeric=True),
    RowColumn(N_("Supplier"), lambda r: r.supplier),
    RowColumn(N_("Status"), lambda r: heading_word(OrderStatus(r.status).label)),
    RowColumn(N_("Total"), lambda r: euros(r.total), numeric=True),
]
ORDER_TOTAL = 3  # ORDER_COLUMNS' money
FLASK_COLUMNS: list[RowColumn[FlaskToMake]] = [
    RowColumn(N_("Flask"), lambda r: r.name),
    RowColumn(N_("Recipe"), lambda r: r.recipe),
    RowColumn(N_("Containers"), lambda r: formatting.containers(r.containers), numeric=True),
]
BATCH_COLUMNS: list[RowColumn[BatchRow]] = [
    RowColumn(N_("Batch"), lambda r: r.code),
    RowColumn(N_("Flask"), lambda r: r.name),
    RowColumn(N_("Use by"), lambda r: date_text(r.use_by) if r.use_by else "—"),
    RowColumn(N_("Remaining"), lambda r: formatting.quantity(r.remaining, r.unit), numeric=True),
    RowColumn(N_("State"), lambda r: heading_word(r.state.label)),
]
WATCH_COLUMNS: list[RowColumn[BottleWatch]] = [
    RowColumn(N_("Bottle"), lambda r: r.name),
    RowColumn(N_("Why"), lambda r: r.reason),
]


class Card(QFrame, Generic[T]):
    """A titled box: a compact table, or a sentence when there is nothing to show."""

    def __init__(
        self, title: str, columns: Sequence[RowColumn[T]], empty: str, *, stretch: int = 0
    ) -> None:
        super().__init__()
        self.setObjectName("card")
        self.model: CardModel[T] = CardModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.setMinimumHeight(ROW_HEIGHT * (VISIBLE_ROWS + 1) + 4)
        self.empty = named(QLabel(empty), "cardEmpty")
        self.empty.setWordWrap(True)
        self.title = named(QLabel(title), "cardTitle")
        self.count = named(QLabel(), "cardCount")
        self._body = QStackedLayout()
        self._body.addWidget(self.table)
        self._body.addWidget(self.empty)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addLayout(head)
        layout.addLayout(self._body)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.model.set_rows(rows)
        self.count.setText(str(len(rows)) if rows else "")
        self._body.setCurrentWidget(self.table if rows else self.empty)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                self.table.resizeColumnToContents(column)


class DashboardPage(QWidget):
    """Six cards, refreshed on the changes they show; double-clicking an order opens it,
    a batch its flask's batches."""

    SHOWS = (
        Change.ITEMS
        | Change.STOCK
        | Change.SALES
        | Change.ORDERS
        | Change.RECIPES
        | Change.BOTTLES
        | Change.SETTINGS
    )  # the changes it refreshes on

    order_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._build()
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.low = Card(tr("Low and out"), LOW_COLUMNS, tr("Nothing low — all stocked"))
        self.running_out = Card(
            tr("Runs out before delivery"),
            RUNNING_OUT_COLUMNS,
            tr("Everything lasts until delivery"),
        )
        self.open_orders = Card(tr("Open orders"), ORDER_COLUMNS, tr("No orders open"), stretch=1)
        self.open_orders.table.doubleClicked.connect(self._open_order)
        self.open_orders.table.setToolTip(tr("Double-click an order to open it on the Orders page"))
        self.flasks = Card(tr("Flasks to make"), FLASK_COLUMNS, tr("No flask to make"))
        self.watch = Card(tr("Bottles to watch"), WATCH_COLUMNS, tr("No bottle needs a look"))
        self.batches = Card(
            tr("Batches expired or expiring"),
            BATCH_COLUMNS,
            tr("No batch past or near its use-by"),
            stretch=1,
        )
        self.batches.table.doubleClicked.connect(self._open_batch)
        self.batches.table.setToolTip(tr("Double-click a batch to discard it or print its label"))
        self.heading = named(QLabel(tr("Today")), "dashboardTitle")
        self.unmatched_notice = UnmatchedNotice(self._context, name="dashboardUnmatched")
        self.unmatched = self.unmatched_notice.label
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.low, 0, 0, 2, 1)  # the main list gets the tall place
        grid.addWidget(self.running_out, 0, 1)
        grid.addWidget(self.open_orders, 1, 1)
        grid.addWidget(self.flasks, 2, 0)
        grid.addWidget(self.watch, 2, 1)
        grid.addWidget(self.batches, 3, 0, 1, 2)
        inner = named(QWidget(), "dashboard")
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.heading)
        column.addWidget(self.unmatched_notice)
        column.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        """Re-read the whole dashboard in one short session."""
        board = load_dashboard(self._context.database)
        self.low.set_rows(board.low)
        self.running_out.set_rows(board.running_out)
        self.open_orders.set_rows(board.open_orders)
        self.flasks.set_rows(board.flasks_to_make)
        self.watch.set_rows(board.bottles_to_watch)
        self.batches.set_rows(load_batches_to_use(self._context.database))
        self.unmatched_notice.show_waiting(board.unmatched)
        out = sum(1 for r in board.low if r.status == Status.OUT)
        orders = len(board.open_orders)
        self.heading.setText(
            ntr(
                "{out} out · {low} low · {orders} order open",
                "{out} out · {low} low · {orders} orders open",
                orders,
            ).format(out=out, low=len(board.low) - out, orders=orders)
        )

    def show_costs(self, visible: bool) -> None:
        """The open orders' totals are the owner's unless the bar shares costs."""
        self.open_orders.table.setColumnHidden(ORDER_TOTAL, not visible)

    def _open_batch(self, index: QModelIndex) -> BatchesDialog:
        """The flask's batches with this one picked: Discard… and Label… are there."""
        row = self.batches.model.row_at(index.row())
        dialog = BatchesDialog(self, context=self._context, sku=row.sku,
                               title=f"{row.name} ({row.sku})", select=row.code)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _open_order(self, index: QModelIndex) -> None:
        self.order_requested.emit(self.open_orders.model.row_at(index.row()).order_id)


def card_models(page: DashboardPage) -> list[QObject]:
    """Every card's model (the model tester walks them all)."""
    return [
        c.model
        for c in (
            page.low,
            page.running_out,
            page.open_orders,
            page.flasks,
            page.watch,
            page.batches,
        )
    ]
