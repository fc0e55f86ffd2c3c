"""The Stock page: every item with its level, searchable, low and out rows flagged."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.levels import Status
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.views.stock import Order, StockRow
from inventory_app.ui import batch_operations, formatting, operations, queries
from inventory_app.ui.actions import build_actions
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.adjust_dialog import AdjustDialog
from inventory_app.ui.dialogs.batches_dialog import BatchesDialog
from inventory_app.ui.dialogs.history_dialog import HistoryDialog
from inventory_app.ui.dialogs.item_dialog import ItemDialog
from inventory_app.ui.models.stock_model import StockFilterProxy, StockTableModel
from inventory_app.ui.pages.stock_widgets import StockToolbar, stock_table
from inventory_app.ui.read_only import read_only_reason


def _whole(number: int) -> str:
    """A count of rows, grouped as the language groups ('1,234' / '1.234')."""
    return formatting.grouped(Decimal(number))


class StockPage(QWidget):
    """Answers the change signal by re-reading the stock; opens the item's dialogs."""

    SHOWS = Change.ITEMS | Change.STOCK | Change.SETTINGS  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._order = Order.LOCATION
        self.model = StockTableModel(self)
        self.proxy = StockFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.toolbar = StockToolbar()
        self.table = stock_table(self.proxy)
        self.actions_by_name = self._make_actions()
        # Batches… is in the Item menu and on a scanned label, not on the toolbar: the
        # toolbar is at its width in Italian on a 1280-pixel screen.
        self.toolbar.add_buttons([a for n, a in self.actions_by_name.items() if n != "batches"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table)
        self._connect()
        self.refresh()

    def _make_actions(self) -> dict[str, QAction]:
        specs = [
            ("new", "add", tr("&New item…"), ["Ctrl+N"], self.new_item),
            ("edit", "edit", tr("&Edit item…"), ["Ctrl+E"], self.edit_item),
            ("history", "history", tr("&History…"), ["Ctrl+H"], self.show_history),
            ("adjust", "adjust", tr("&Adjust stock…"), ["Ctrl+J"], self.adjust_stock),
            ("batches", "", tr("&Batches…"), ["Ctrl+Shift+B"], self.open_batches),
        ]
        return build_actions(self, specs)

    def _connect(self) -> None:
        self._context.changes.watch(self, self.SHOWS, self.refresh)
        self.toolbar.search.textChanged.connect(self._search)
        self.toolbar.search.returnPressed.connect(self._focus_table)
        self.toolbar.low_only.toggled.connect(self._low_only)
        self.toolbar.order.currentIndexChanged.connect(self._reorder)
        self.table.activated.connect(lambda _index: self.edit_item())
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the rows in the chosen order; the selected item stays selected."""
        keep = self.current_row()
        rows, style = queries.load_stock_view(self._context.database, order=self._order)
        self.model.set_container_style(style)
        self.model.set_rows(rows)
        if keep is not None and self.current_row() is None:
            self.select_item(keep.item_id, clear_search=False)
        self._update_count()
        self._update_actions()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _low_only(self, checked: bool) -> None:
        self.proxy.set_low_only(checked)
        self._update_count()

    def _reorder(self) -> None:
        # Walking order and name come from the database; a header click sorts on screen.
        self._order = Order(self.toolbar.order.currentData())
        self.proxy.sort(-1)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.refresh()

    def _update_count(self) -> None:
        rows = self.model.rows
        low = sum(r.status is Status.LOW for r in rows)
        out = sum(r.status is Status.OUT for r in rows)
        shown = self.proxy.rowCount()
        total = _whole(len(rows))
        items = (
            ntr("{count} item", "{count} items", len(rows)).format(count=total)
            if shown == len(rows)
            else ntr("{shown} of {count} item", "{shown} of {count} items", len(rows)).format(
                shown=_whole(shown), count=total
            )
        )
        self.toolbar.count.setText(
            tr("{items} · {low} low · {out} out").format(
                items=items, low=_whole(low), out=_whole(out)
            )
        )

    def _update_actions(self) -> None:
        has_row = self.current_row() is not None
        for name in ("edit", "history", "adjust"):
            self.actions_by_name[name].setEnabled(has_row)
        row = self.current_row()
        self.actions_by_name["batches"].setEnabled(row is not None and row.kind == "flask")

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    # --- selection ------------------------------------------------------------------------
    def current_row(self) -> StockRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def focus_search(self) -> None:
        """Ctrl+F: type to filter."""
        self.toolbar.search.setFocus()
        self.toolbar.search.selectAll()

    def select_item(self, item_id: int, *, clear_search: bool = True) -> bool:
        """Select and scroll to an item, clearing filters that would hide it."""
        source_row = self.model.row_of_item(item_id)
        if source_row is None:
            return False
        if clear_search and not self.proxy.accepts(self.model.row_at(source_row)):
            self.toolbar.search.clear()
            self.toolbar.low_only.setChecked(False)
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index, self.table.ScrollHint.PositionAtCenter)
        return True

    # --- actions --------------------------------------------------------------------------
    def new_item(self) -> None:
        choices = queries.load_choices(self._context.database)
        saved = ItemDialog.ask(
            self,
            spec=None,
            choices=choices,
            save=lambda spec: operations.save_item(self._context, spec=spec, expected_version=None),
            read_only=read_only_reason(self._context, Action.EDIT_ITEMS),
            show_costs=self._context.sees_costs,
        )
        if saved is not None:
            self._select_sku(saved.sku)
            self.status_message.emit(
                tr("Added {sku}: {name}").format(sku=saved.sku, name=saved.name)
            )

    def edit_item(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            loaded = queries.load_item(self._context.database, row.item_id)
        except NotFoundError as error:
            QMessageBox.warning(self, tr("Item not found"), str(error))
            self.refresh()
            return
        saved = ItemDialog.ask(
            self,
            spec=loaded.spec,
            choices=queries.load_choices(self._context.database),
            save=lambda spec: operations.save_item(
                self._context, spec=spec, expected_version=loaded.version
            ),
            read_only=read_only_reason(self._context, Action.EDIT_ITEMS),
            show_costs=self._context.sees_costs,
        )
        if saved is not None:
            self.status_message.emit(
                tr("Saved {sku}: {name}").format(sku=saved.sku, name=saved.name)
            )

    def show_history(self) -> HistoryDialog | None:
        row = self.current_row()
        if row is None:
            return None
        dialog = HistoryDialog(
            self, context=self._context, item_id=row.item_id, title=f"{row.name} ({row.sku})"
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_batches(self) -> None:
        self.show_batches()

    def show_batches(self, *, select: str | None = None) -> BatchesDialog | None:
        """The selected flask's batches; `select`: the batch to pick (a scanned code)."""
        row = self.current_row()
        if row is None or row.kind != "flask":
            return None
        dialog = BatchesDialog(
            self, context=self._context, sku=row.sku, title=f"{row.name} ({row.sku})",
            select=select,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def adjust_stock(self) -> None:
        row = self.current_row()
        if row is None:
            return
        open_batches = (
            batch_operations.load_open_batches(self._context.database, row.sku)
            if row.kind == "flask" else []
        )  # fmt: skip
        done = AdjustDialog.ask(
            self,
            row=row,
            submit=lambda a: operations.adjust_stock(self._context, adjustment=a),
            batches=open_batches,
        )
        if done is not None:
            reason = done.reason.label
            self.status_message.emit(
                tr("Recorded {reason} for {name}").format(reason=reason, name=row.name)
            )

    def _select_sku(self, sku: str) -> None:
        for row in self.model.rows:
            if row.sku == sku:
                self.select_item(row.item_id)
                return
