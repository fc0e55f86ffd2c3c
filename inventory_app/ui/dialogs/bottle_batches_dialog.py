"""Traceability from a bottle (issue 20): the house-prep batches a serial bottle went into.

Opened from the Bottles page (Batches…); Open batch, Enter or a double-click shows the
chosen batch's trace in the flask's batches view (what went into it, what drew from it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.services.batches.reads import BatchRow
from inventory_app.ui import batch_operations as batches
from inventory_app.ui import formatting
from inventory_app.ui.column_fit import fit_table
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.batches_dialog import BatchesDialog, BatchModel, day
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.models.row_table_model import RowColumn
from inventory_app.ui.styling import named

COLUMNS: list[RowColumn[BatchRow]] = [
    RowColumn(N_("Batch"), lambda r: r.code),
    RowColumn(N_("Prep"), lambda r: r.name),
    RowColumn(N_("Made at"), lambda r: formatting.local_day_time(r.made_at) if r.made_at else "—"),
    RowColumn(N_("Made by"), lambda r: r.made_by or "—"),
    RowColumn(N_("Use by"), lambda r: day(r.use_by)),
    RowColumn(N_("Remaining"), lambda r: formatting.quantity(r.remaining, r.unit), numeric=True),
    RowColumn(N_("State"), lambda r: r.state.label),
]


class BottleBatchesDialog(QDialog):
    """The batches, oldest first; reloads on a stock change (a discard, a new make)."""

    def __init__(
        self, parent: QWidget | None, *, context: AppContext, bottle_id: int, title: str
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._bottle_id = bottle_id
        self.setWindowTitle(tr("Batches from bottle {bottle}").format(bottle=title))
        self.summary = named(QLabel(), "count")
        self.model = BatchModel(COLUMNS, self)
        self.table = named(QTableView(), "bottleBatchesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.open_batch())
        self.table.installEventFilter(self)  # Enter on a batch opens it
        self.open_button = QPushButton(tr("&Open batch"))
        self.open_button.clicked.connect(self.open_batch)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        context.changes.watch(self, Change.STOCK | Change.ITEMS, self.reload)
        self.reload()
        self.resize(1000, 380)  # seven columns, in Italian too, without a cut name

    def reload(self) -> None:
        keep = self.current()
        rows = batches.load_bottle_batches(self._context.database, self._bottle_id)
        self.model.set_rows(rows)
        fit_table(self.table)
        codes = [r.code for r in rows]
        if keep is not None and keep.code in codes:
            self.table.selectRow(codes.index(keep.code))
        elif rows:
            self.table.selectRow(0)
        self.summary.setText(
            ntr("It went into {count} batch", "It went into {count} batches", len(rows)).format(
                count=formatting.count_text(len(rows))
            )
            if rows
            else tr("It went into no house-prep batch")
        )
        self.open_button.setEnabled(bool(rows))
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table opens the batch, rather than closing the dialog."""
        if (
            watched is self.table and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):  # fmt: skip
            self.open_batch()
            return True
        return super().eventFilter(watched, event)

    def current(self) -> BatchRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_batch(self) -> BatchesDialog | None:
        """The chosen batch's trace, in its flask's batches view."""
        row = self.current()
        if row is None:
            return None
        dialog = BatchesDialog(
            self.parentWidget(), context=self._context, sku=row.sku,
            title=f"{row.name} ({row.sku})", select=row.code,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
