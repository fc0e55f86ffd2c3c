"""Scenario tests: the real main window on a real copy of the demo bar, driven as a person does.

The demo bar (catalogue, recipes, bottles, four weeks of sales, the demo owner and giulia
with their demo PINs) is built once per test session in a SQLite file and copied for each
test, so every scenario starts from the bar a new user sees on the first `make run`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.ui.app import build_main_window
from inventory_app.ui.main_window import MainWindow
from tests.ui.conftest import DEMO_OWNER


@pytest.fixture
def open_main_window(qtbot: Any, demo_db: Database) -> Callable[..., MainWindow]:
    """Open the real main window on the demo bar as `user`, at `size` (width, height)."""

    def open_as(user: str = DEMO_OWNER, size: tuple[int, int] | None = (1280, 800)) -> MainWindow:
        """`size=None` keeps the size the window gives itself."""
        window = build_main_window(demo_db, user=user)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_as


def go_to(qtbot: Any, window: MainWindow, title: str) -> Any:
    """Click a page's name in the sidebar, as a person does; the page once it is built."""
    item = window.sidebar.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.page_shown() is not None)
    page = window.page_shown()
    assert page is not None
    return page
