"""File › Import sales with "Keep unknown names" ticked: a bespoke drink rung up as "Special"
waits as an unmatched sale, and the Dashboard says so until it is resolved (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from inventory_app.db.engine import Database
from inventory_app.services.selling.unmatched import unmatched_sales
from inventory_app.ui.dialogs import import_sales_dialog
from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog
from inventory_app.ui.main_window import MainWindow
from tests.ui.scenarios.conftest import go_to

WAIT_MS = 20_000
NIGHT = (
    "Date,Time,Item,Qty,Gross Sales,Event Type,Notes\n"
    "2026-11-20,22:15:00,Special,1,€14.00,Payment,mezcal and lime\n"
)


def test_kept_unknown_names_wait_on_the_dashboard(
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    night = tmp_path / "night.csv"
    night.write_text(NIGHT, encoding="utf-8")
    monkeypatch.setattr(import_sales_dialog, "open_path", lambda *_args: night)
    window = open_main_window()
    said: list[str] = []

    def drive() -> None:
        dialog = window.findChildren(ImportSalesDialog)[0]
        try:
            qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.running(), timeout=WAIT_MS)
            qtbot.mouseClick(dialog.skip_unknown, Qt.MouseButton.LeftButton)
            assert dialog.skip_unknown.isChecked()
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: not dialog.running() and dialog.close_button.isEnabled(),
                timeout=WAIT_MS,
            )
            said.append(dialog.status.text())
            assert dialog.resolve_parked.isVisible()  # the way to the list, right there
        finally:
            dialog.wait_for_worker()
            dialog.reject()

    QTimer.singleShot(0, drive)
    window.import_sales_action.trigger()
    assert said and "1 parked as unmatched" in said[0]
    assert said[0].endswith("It waits in Unmatched sales: resolve it with the button below.")
    assert window.statusBar().currentMessage() == (
        "Imported 0 sales from night.csv; 1 parked as an unmatched sale: resolve it with "
        "File › Unmatched sales…"
    )
    with demo_db.transaction() as s:
        assert [(u.item, u.note) for u in unmatched_sales(s)] == [("Special", "mezcal and lime")]
    page = go_to(qtbot, window, "Dashboard")
    qtbot.waitUntil(lambda: page.unmatched.isVisible(), timeout=WAIT_MS)
    assert page.unmatched.text() == ("1 unmatched sale (€14.00) not yet deducted")
