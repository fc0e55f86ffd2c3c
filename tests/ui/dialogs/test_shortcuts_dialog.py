"""ui/dialogs/shortcuts_dialog.py: every action with a shortcut, in the keys this system
writes, then the ways in that are not menu actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from inventory_app.ui.dialogs.shortcuts_dialog import EXTRA, ShortcutsDialog


def rows(dialog: ShortcutsDialog) -> list[tuple[str, str]]:
    table = dialog.findChild(QTableWidget)
    assert isinstance(table, QTableWidget)
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    found = []
    for n in range(table.rowCount()):
        what, keys = table.item(n, 0), table.item(n, 1)
        assert what is not None and keys is not None
        found.append((what.text(), keys.text()))
    return found


def test_actions_with_shortcuts_are_listed_by_their_tip_or_plain_name(qtbot: Any) -> None:
    new = QAction("&New item…")
    new.setShortcut(QKeySequence("Ctrl+N"))
    adjust = QAction("&Adjust stock…")
    adjust.setShortcut(QKeySequence("Ctrl+J"))
    adjust.setStatusTip("Record waste, breakage or a correction")
    quiet = QAction("&About")  # no shortcut: not listed
    dialog = ShortcutsDialog(None, actions=[new, adjust, quiet])
    qtbot.addWidget(dialog)
    native = QKeySequence.SequenceFormat.NativeText
    assert rows(dialog) == [
        ("New item", QKeySequence("Ctrl+N").toString(native)),
        ("Record waste, breakage or a correction", QKeySequence("Ctrl+J").toString(native)),
        *EXTRA,
    ]
    assert dialog.windowTitle() == "Keyboard shortcuts"
