"""ui/scan_routing.py: a scan shows its item on the Stock page, or says none has it; the
scanned digits leave the field they were typed into. Driven through the real window, keys
typed as the scanner types them (a clock that never moves: every key arrives at once)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.ui.context import AppContext
from inventory_app.ui.main_window import MainWindow
from tests.ui.conftest import Bar


@pytest.fixture
def window(qtbot: Any, context: AppContext, bar: Bar) -> Iterator[MainWindow]:
    window = MainWindow(context, clock=lambda: 100.0)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def selected_sku(window: MainWindow) -> str | None:
    row = window.stock_page.current_row()
    return row.sku if row else None


def test_scanned_barcode_selects_its_item(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window, "8001234567890")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert selected_sku(window) == "CAMP-1L"
    assert window.statusBar().currentMessage() == "Scanned 8001234567890: Campari"


def test_scan_clears_a_search_that_hides_the_item(window: MainWindow, qtbot: Any) -> None:
    search = window.stock_page.toolbar.search
    search.setFocus()
    search.setText("gin")
    qtbot.keyClicks(search, "8001234567890")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert selected_sku(window) == "CAMP-1L"
    assert search.text() == ""


def test_unknown_scan_is_reported(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window, "9999999999999")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert "no item has this barcode" in window.statusBar().currentMessage()
