"""Control's Open now: what is left in the open bottle, not the item's whole stock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.ui.main_window import MainWindow
from tests.ui.scenarios.conftest import go_to

ITEM, LEFT = 0, 4


def _open_rows(page: Any) -> dict[str, tuple[str, str]]:
    model = page.open_model
    rows = {}
    for row in range(model.rowCount()):
        left = model.index(row, LEFT)
        rows[model.index(row, ITEM).data()] = (left.data(), left.data(Qt.ItemDataRole.ToolTipRole))
    return rows


def test_left_is_the_open_bottles_level(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    page = go_to(qtbot, open_main_window(), "Control")
    qtbot.waitUntil(lambda: page.open_model.rowCount() > 0, timeout=10_000)
    rows = _open_rows(page)
    # The demo bar holds 5,200 ml of Campari 1 L with one bottle open: five sealed spares
    # and 200 ml in the open one.
    assert rows["Campari Bitter 1 L"] == ("200 ml", "5,200 ml on hand in all")
    # Two open bottles of Aperol and 1,800 ml: no sealed spare, both part-full.
    assert rows["Aperol 1 L"][0] == "1,800 ml"
    # A serial bottle's Left was always its own level.
    assert rows["#1 Springbank 21, refill sherry, 2000"][0] == "380 ml"
