"""The menu bar: its menus in order, shortcuts and database actions once the window opens."""

from __future__ import annotations

from typing import Any

from inventory_app.ui.context import AppContext
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.page_table import Menu
from tests.ui.conftest import Bar

NEEDS_DATABASE = [
    "&Import sales…",
    "&Settings…",
    "S&witch user…",
    "&Refresh",
    "&Keyboard shortcuts",
]


def texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menu_bar.all_actions()]


def test_the_frame_has_its_menus_and_waits_for_the_database(qtbot: Any) -> None:
    """The frame paints before any shortcut is set (the first one costs ~20 ms)."""
    frame = MainWindow()
    qtbot.addWidget(frame)
    titles = [a.text() for a in frame.menuBar().actions()]
    assert titles == ["&File", "&Item", "&Sell", "&Recipe", "&View", "&Help"]
    actions = {a.text(): a for a in frame.menu_bar.all_actions()}
    assert all(not actions[t].isEnabled() for t in NEEDS_DATABASE)
    assert actions["&Quit"].isEnabled() and actions["&About"].isEnabled()
    assert all(a.shortcut().isEmpty() for a in actions.values())


def test_opening_gives_every_shortcut_and_enables_the_actions(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open(context)
    actions = {a.text(): a for a in window.menu_bar.all_actions()}
    assert all(actions[t].isEnabled() for t in NEEDS_DATABASE)
    keys = {t: actions[t].shortcut().toString() for t in ("&Settings…", "&Refresh", "&Stock")}
    assert keys == {"&Settings…": "Ctrl+,", "&Refresh": "F5", "&Stock": "Ctrl+1"}


def test_the_actions_come_in_menu_order(qtbot: Any) -> None:
    """File, then the pages' menus, View, the page list, Help: as the shortcuts dialog lists."""
    frame = MainWindow()
    qtbot.addWidget(frame)
    shown = texts(frame)
    order = ["&Import sales…", "&Quit", "&Refresh", "&Find", "&Dashboard", "&History", "&About"]
    assert [shown.index(t) for t in order] == sorted(shown.index(t) for t in order)
    assert list(frame.menu_bar.menus)[-2:] == [Menu.PAGES, Menu.HELP]
