"""The demo bar opens in the real window, as the first `make run` shows it."""

from __future__ import annotations

from collections.abc import Callable

from inventory_app.ui.main_window import MainWindow


def test_the_demo_bar_opens_on_its_dashboard(open_main_window: Callable[..., MainWindow]) -> None:
    window = open_main_window()
    assert window.isVisible()
    assert window.current_page() is not None
