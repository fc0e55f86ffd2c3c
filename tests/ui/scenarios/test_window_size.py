"""The window opens no larger than its screen: a 1280×800 laptop sees every card's edge."""

from __future__ import annotations

from collections.abc import Callable

from inventory_app.ui.main_window import MainWindow


def test_the_window_opens_within_its_screen(open_main_window: Callable[..., MainWindow]) -> None:
    window = open_main_window(size=None)
    screen = window.screen().availableGeometry().size()
    assert screen.width() < 1366  # offscreen's screen is smaller than the usual 1366×820
    assert window.width() <= screen.width()
    assert window.height() <= screen.height()
