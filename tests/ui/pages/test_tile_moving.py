"""ui/pages/tile_moving.py: a carried tile lights the one it would replace; the drop moves
it on the menu, for the owner only, and says so.

The tiles are the demo bar's first three drinks, side by side in a grid of their own;
the finger's points are global, as DrinkButton reports them.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QHBoxLayout, QWidget

from inventory_app.db.engine import Database
from inventory_app.services.demo.people import DEMO_BARTENDER
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.pages.sell_widgets import DRINK_BUTTON_SIZE, DrinkButton
from inventory_app.ui.pages.tile_moving import TileMover
from tests.ui.conftest import DEMO_OWNER


class Grid:
    """Three tiles in a row, the mover over them, and what it said."""

    def __init__(self, qtbot: Any, demo_db: Database, user: str) -> None:
        self.database = demo_db
        self.host = QWidget()
        qtbot.addWidget(self.host)
        row = QHBoxLayout(self.host)
        self.tiles = [
            DrinkButton(d.recipe_id, d.name, d.price, may_drag=lambda: True)
            for d in self.menu_entries()[:3]
        ]
        for tile in self.tiles:
            row.addWidget(tile)
        self.host.resize(3 * DRINK_BUTTON_SIZE.width() + 40, DRINK_BUTTON_SIZE.height() + 20)
        self.host.show()
        qtbot.waitExposed(self.host)
        self.said: list[tuple[str, bool]] = []
        context = AppContext(database=demo_db, user=user, changes=Changes())
        self.mover = TileMover(self.host, context, lambda text, ok: self.said.append((text, ok)))

    def menu_entries(self) -> list[Any]:
        return queries.load_sell_state(self.database, user=DEMO_OWNER).menu

    def menu(self) -> list[str]:
        return [entry.name for entry in self.menu_entries()]


def over(tile: QWidget) -> QPoint:
    """The global point at a tile's centre."""
    return tile.mapToGlobal(tile.rect().center())


@pytest.fixture
def grid(qtbot: Any, demo_db: Database) -> Grid:
    return Grid(qtbot, demo_db, DEMO_OWNER)


def test_the_tile_under_the_finger_lights_up_and_only_that_one(grid: Grid) -> None:
    first, second, third = grid.tiles
    grid.mover.dragging(first, over(first))  # over itself: no place to take
    assert grid.mover.drop_target is None
    grid.mover.dragging(first, over(second))
    assert grid.mover.drop_target is second and second.property("dropTarget") is True
    grid.mover.dragging(first, over(third))
    assert second.property("dropTarget") is False and third.property("dropTarget") is True


def test_the_drop_moves_the_tile_on_the_menu_and_says_so(grid: Grid) -> None:
    first, third = grid.tiles[0], grid.tiles[2]
    before = grid.menu()
    grid.mover.dragging(third, over(first))
    grid.mover.dropped(third, over(first))
    assert grid.menu()[:3] == [before[2], before[0], before[1]]
    assert first.property("dropTarget") is False and grid.mover.drop_target is None
    assert grid.said == [(f"Moved {third.text()} to where {first.text()} was", True)]


def test_a_drop_on_no_tile_or_on_itself_moves_nothing(grid: Grid) -> None:
    first = grid.tiles[0]
    before = grid.menu()
    grid.mover.dropped(first, over(first))
    grid.mover.dropped(first, grid.host.mapToGlobal(QPoint(-50, -50)))
    assert grid.menu() == before and grid.said == []


def test_a_bartenders_drop_is_refused_and_says_why(qtbot: Any, demo_db: Database) -> None:
    grid = Grid(qtbot, demo_db, DEMO_BARTENDER)
    before = grid.menu()
    grid.mover.dropped(grid.tiles[1], over(grid.tiles[0]))
    assert grid.menu() == before
    [(text, ok)] = grid.said
    assert text.startswith("Not moved: ") and not ok
