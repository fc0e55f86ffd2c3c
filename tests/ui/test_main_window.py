"""The main window: pages, shortcuts, status bar, the scanner, the change signal.

Where a scan goes once the scanner has told it from typing: tests/ui/test_scan_routing.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from inventory_app.ui import order_operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.icons import icon
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.orders_page import OrdersPage
from inventory_app.ui.pages.sell_page import SellPage
from tests.ui.conftest import Bar, Menu


class FrozenClock:
    """Time that only moves when a test says so: every key arrives 'at once'."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def window(qtbot: Any, context: AppContext, bar: Bar, clock: FrozenClock) -> Iterator[MainWindow]:
    window = MainWindow(context, clock=clock)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("&Quit", "Ctrl+Q"),
        ("&New item…", "Ctrl+N"),
        ("&Edit item…", "Ctrl+E"),
        ("&History…", "Ctrl+H"),
        ("&Adjust stock…", "Ctrl+J"),
        ("&Refresh", "F5"),
        ("&Find", "Ctrl+F"),
        ("&Stock", "Ctrl+1"),
        ("&Sell", "Ctrl+2"),
        ("&Recipes", "Ctrl+3"),
        ("&Import sales…", "Ctrl+I"),
        ("&Undo last sale", "Ctrl+U"),
        ("&Take-away", "F6"),
        ("&Speakeasy", "F7"),
        ("One &more", "Ctrl+="),
        ("One &fewer", "Ctrl+-"),
        ("&New recipe…", "Ctrl+Shift+N"),
        ("&Edit recipe…", "Ctrl+Shift+E"),
        ("&Make prep…", "Ctrl+M"),
        ("&Keyboard shortcuts", "F1"),
        ("&About", "Shift+F1"),
    ],
)
def test_every_action_has_its_shortcut(window: MainWindow, text: str, keys: str) -> None:
    shortcuts = {a.text(): a.shortcut().toString() for a in window.all_actions()}
    assert shortcuts[text] == keys


def test_every_menu_action_has_a_shortcut(window: MainWindow) -> None:
    assert all(not a.shortcut().isEmpty() for a in window.all_actions())


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    keys = [k.toString() for a in window.all_actions() for k in a.shortcuts()]
    assert len(keys) == len(set(keys))


def test_sell_page_is_second_and_hears_other_pages(
    window: MainWindow, qtbot: Any, context: AppContext, menu: Menu
) -> None:
    window.refresh_all()  # the menu fixture wrote after the window opened
    next(a for a in window.all_actions() if a.text() == "&Sell").trigger()
    sell = window.current_page()
    assert isinstance(sell, SellPage) and sell is window.sell_page
    qtbot.mouseClick(sell.buttons["Negroni"], Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Sold 1 × Negroni, take-away"
    gin = next(r for r in window.stock_page.model.rows if r.sku == "GIN-TANQ")
    assert gin.on_hand == Decimal(1370)  # the Stock page refreshed itself


def test_status_bar_names_database_and_user(window: MainWindow, context: AppContext) -> None:
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert f"Database: {context.database.label}" in texts
    assert "User: owner" in texts


def test_pages_register_in_sidebar_and_view_menu(window: MainWindow, qtbot: Any) -> None:
    pages = window.sidebar.count()
    extra = QLabel("orders")
    action = window.add_page("Orders", icon("history"), extra)
    assert action.shortcut().toString() == (f"Ctrl+{pages}" if pages <= 9 else "")
    assert window.sidebar.count() == pages + 1
    action.trigger()
    assert window.current_page() is extra
    window.sidebar.setCurrentRow(1)
    assert window.current_page() is window.stock_page


def test_dashboard_order_opens_on_the_orders_page(window: MainWindow, context: AppContext) -> None:
    created = order_operations.create_draft_orders(context, quantities={})
    assert isinstance(created, list) and created
    window.dashboard_page.order_requested.emit(created[0])
    orders = window.current_page()
    assert isinstance(orders, OrdersPage) and orders is window.orders_page
    selected = orders.selected_order()
    assert selected is not None and selected.order_id == created[0]


def test_opens_on_the_dashboard_with_ctrl_0(window: MainWindow) -> None:
    assert window.current_page() is window.dashboard_page
    shortcuts = {a.text(): a.shortcut().toString() for a in window.all_actions()}
    assert (shortcuts["&Dashboard"], shortcuts["&Orders"]) == ("Ctrl+0", "Ctrl+9")


def test_slow_typing_is_not_a_scan(window: MainWindow, qtbot: Any, clock: FrozenClock) -> None:
    for char in "8001234567890":
        clock.now += 0.2
        qtbot.keyClick(window, char)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == ""


def test_short_codes_are_not_scans(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window, "80")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == ""


def test_find_focuses_the_search(window: MainWindow, qtbot: Any) -> None:
    window.show_page(window.stock_page)  # the app opens on the Dashboard, which has no search
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(window.stock_page.toolbar.search.hasFocus, timeout=1000)


def test_settings_open_from_the_file_menu_with_ctrl_comma(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inventory_app.ui.dialogs.settings_dialog import SettingsDialog

    opened: list[AppContext] = []
    monkeypatch.setattr(
        SettingsDialog, "ask", classmethod(lambda _cls, _parent, *, context: opened.append(context))
    )
    [action] = [a for a in window.all_actions() if a.text() == "&Settings…"]
    assert action.shortcut().toString() == "Ctrl+,"
    action.trigger()
    assert opened == [window.context]


def test_a_page_is_built_when_first_shown(window: MainWindow) -> None:
    assert window.built("bottles_page") is None
    window.sidebar.setCurrentRow(5)  # Bottles
    page = window.built("bottles_page")
    assert page is not None
    assert window.current_page() is page is window.page_shown()


def test_a_page_not_yet_built_is_built_when_asked_for(window: MainWindow) -> None:
    assert window.built("variance_page") is None
    page = window.variance_page
    assert window.built("variance_page") is page
    assert window.current_page() is window.dashboard_page  # asking does not show it


def test_the_pages_with_menu_actions_are_built_soon_after(qtbot: Any, window: MainWindow) -> None:
    """Their shortcuts (Ctrl+N, Ctrl+U…) work from any page, so they do not wait to be shown."""
    pages = ("stock_page", "sell_page", "recipes_page", "count_page")
    qtbot.waitUntil(lambda: all(window.built(p) is not None for p in pages), timeout=5000)
    assert window.built("history_page") is None


def test_the_frame_alone_has_no_pages(qtbot: Any) -> None:
    frame = MainWindow()
    qtbot.addWidget(frame)
    assert not frame.is_open
    assert frame.sidebar.count() == 11
    assert frame.page_shown() is None
    assert frame.built("stock_page") is None
    assert not frame.import_sales_action.isEnabled()
