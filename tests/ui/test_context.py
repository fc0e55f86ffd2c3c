"""The change signal says what changed; a page's watch hears only the kinds it shows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from inventory_app.ui.context import Change, Changes


@pytest.mark.parametrize(
    ("shows", "changed", "refreshed"),
    [
        (Change.STOCK | Change.ITEMS, Change.STOCK, 1),
        (Change.STOCK | Change.ITEMS, Change.SALES | Change.STOCK, 1),  # once, not per kind
        (Change.STOCK | Change.ITEMS, Change.PEOPLE, 0),
        (Change.RECIPES, Change.SETTINGS, 0),
        (Change.RECIPES, Change.EVERYTHING, 1),  # F5, a restored backup
        (Change.EVERYTHING, Change.PEOPLE, 1),  # the History page: every action leaves a line
    ],
)
def test_a_watch_hears_the_kinds_its_page_shows(
    qtbot: Any, shows: Change, changed: Change, refreshed: int
) -> None:
    changes, page = Changes(), QWidget()
    qtbot.addWidget(page)
    heard: list[bool] = []
    changes.watch(page, shows, lambda: heard.append(True))
    changes.announce(changed)
    assert len(heard) == refreshed


def test_a_stopped_watch_hears_nothing_more(qtbot: Any) -> None:
    """A dialog that may outlive its window stops listening once closed."""
    changes, dialog = Changes(), QWidget()
    qtbot.addWidget(dialog)
    heard: list[bool] = []
    watch = changes.watch(dialog, Change.STOCK, lambda: heard.append(True))
    changes.announce(Change.STOCK)
    watch.stop()
    changes.announce(Change.STOCK)
    assert heard == [True]


def test_a_watch_goes_with_its_page(qtbot: Any) -> None:
    changes, page = Changes(), QWidget()
    heard: list[bool] = []
    changes.watch(page, Change.STOCK, lambda: heard.append(True))
    page.deleteLater()
    qtbot.waitUntil(lambda: not isValid(page), timeout=2000)
    changes.announce(Change.STOCK)
    assert heard == []
