"""Help > Keyboard shortcuts: listed from the actions themselves, so it never goes stale."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory_app.i18n.catalogue import N_, tr
from inventory_app.ui.dialogs.buttons import standard_buttons

EXTRA = [
    (N_("Open the selected item"), N_("Enter / double-click")),
    (N_("Jump to an item"), N_("Scan its barcode anywhere")),
    (N_("Undo a movement (History)"), "Ctrl+Z"),  # a key name: the same in every language
]


class ShortcutsDialog(QDialog):
    """A two-column table: what, and which keys."""

    def __init__(self, parent: QWidget | None, *, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = [
            (
                a.statusTip() or a.text().replace("&", "").rstrip("…"),
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for a in actions
            if not a.shortcut().isEmpty()
        ] + [(tr(what), tr(keys)) for what, keys in EXTRA]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for number, (what, keys) in enumerate(rows):
            table.setItem(number, 0, QTableWidgetItem(what))
            table.setItem(number, 1, QTableWidgetItem(keys))
        table.setColumnWidth(0, 240)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(460, 480)
