"""Signing in at the window while another terminal imports (it holds SQLite's write lock)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.db.engine import Database, sqlite_path
from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog
from inventory_app.ui.main_window import MainWindow


def test_switching_to_giulia_during_an_import_signs_her_in(
    qtbot: Any, demo_db: Database, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window()
    path = sqlite_path(demo_db.url)
    assert path is not None
    importer = sqlite3.connect(path, isolation_level=None, timeout=0)
    importer.execute("BEGIN IMMEDIATE")  # a long `import sales` in another terminal
    try:
        qtbot.mouseClick(window.doorman.switch_button, Qt.MouseButton.LeftButton)
        dialog = window.doorman.dialog
        assert isinstance(dialog, SignInDialog) and dialog.isVisible()
        names = [dialog.people.item(row).text() for row in range(dialog.people.count())]
        giulia = dialog.people.item(names.index("giulia  ·  bartender"))
        rect = dialog.people.visualItemRect(giulia)
        qtbot.mouseClick(dialog.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClicks(dialog.pad, "1111")
        qtbot.keyClick(dialog.pad, Qt.Key.Key_Return)
        assert dialog.message.text() == ""
        assert not dialog.isVisible()
        assert window.doorman.who.text() == "User: giulia"
        assert importer.in_transaction, "the import held the write lock all along"
    finally:
        importer.execute("ROLLBACK")
        importer.close()
