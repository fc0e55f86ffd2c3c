"""One item's ledger, newest first, with Undo for a selected movement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.i18n.catalogue import tr
from inventory_app.services.views.stock import HistoryEntry
from inventory_app.ui import operations, queries
from inventory_app.ui.column_fit import fit_table
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.icons import icon
from inventory_app.ui.models.history_model import HistoryColumn, HistoryModel, can_undo


class HistoryDialog(QDialog):
    """Reloads itself on every change to stock or items: an undo (here or elsewhere) shows."""

    def __init__(
        self, parent: QWidget | None, *, context: AppContext, item_id: int, title: str
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._item_id = item_id
        self.setWindowTitle(tr("History: {item}").format(item=title))
        self.model = HistoryModel(self)
        self.table = _table(self.model)
        self.undo_button = QPushButton(icon("undo"), tr("&Undo movement"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.setToolTip(tr("Append the opposite movement (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("dialogError")
        self.message.hide()
        close = standard_buttons(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>{item}</b> · newest first").format(item=title)))
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.table.selectionModel().currentRowChanged.connect(self._update_button)
        # An item's history: its movements and the changes to it.
        self._watch = context.changes.watch(self, Change.STOCK | Change.ITEMS, self.refresh)
        self._listening = True
        self.refresh()
        self.resize(860, 460)
        fit_table(self.table)

    def refresh(self) -> None:
        """Reload the movements from the database and keep a sensible selection."""
        self.model.set_entries(queries.load_history(self._context.database, self._item_id))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_button()

    def selected(self) -> HistoryEntry | None:
        index = self.table.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def undo_selected(self) -> None:
        """Undo the selected movement; a refusal is explained here, never raised."""
        entry = self.selected()
        if entry is None:
            return
        error = operations.undo_movement(self._context, movement_id=entry.movement_id)
        self.message.setVisible(error is not None)
        self.message.setText(str(error) if error is not None else "")

    def _update_button(self) -> None:
        entry = self.selected()
        self.undo_button.setEnabled(entry is not None and can_undo(entry))

    def done(self, result: int) -> None:
        """Stop listening for changes once closed; the dialog may outlive its window."""
        if self._listening:
            self._watch.stop()
            self._listening = False
        super().done(result)


def _table(model: HistoryModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    widths = {HistoryColumn.WHEN: 130, HistoryColumn.REASON: 90, HistoryColumn.CHANGE: 90}
    widths |= {HistoryColumn.AUTHOR: 90, HistoryColumn.REFERENCE: 130}
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    header.setStretchLastSection(True)
    return table
