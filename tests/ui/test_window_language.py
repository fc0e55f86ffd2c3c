"""After Settings are saved in another language, the window's own words follow it."""

from __future__ import annotations

from typing import Any

import pytest

from inventory_app.db.engine import Database
from inventory_app.i18n.catalogue import ENGLISH, ITALIAN, set_language
from inventory_app.ui.app import build_main_window
from inventory_app.ui.context import Change
from inventory_app.ui.main_window import MainWindow
from tests.ui.conftest import DEMO_OWNER


@pytest.fixture
def window(qtbot: Any, demo_db: Database) -> MainWindow:
    """The real main window on a copy of the demo bar, signed in as its owner."""
    opened = build_main_window(demo_db, user=DEMO_OWNER)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_the_window_follows_a_saved_change_of_language(window: MainWindow) -> None:
    assert sidebar(window)[:3] == ["Dashboard", "Stock", "Sell"]
    set_language(ITALIAN)
    window.context.changes.announce(Change.SETTINGS)
    assert sidebar(window)[:3] == ["Panoramica", "Giacenze", "Vendita"]
    assert window.windowTitle() != "Inventory"
    set_language(ENGLISH)
    window.context.changes.announce(Change.SETTINGS)
    assert sidebar(window)[:3] == ["Dashboard", "Stock", "Sell"]


def test_nothing_is_rewritten_when_the_language_stays(window: MainWindow) -> None:
    window.sidebar.item(0).setText("marker")
    window.context.changes.announce(Change.SETTINGS)  # another setting saved
    assert window.sidebar.item(0).text() == "marker"
