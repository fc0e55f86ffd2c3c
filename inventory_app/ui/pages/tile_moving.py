"""The owner moves a tile on the Sell page: carried onto another, it takes that one's place.

Only the owner carries a tile (DrinkButton's `may_drag`, ui/pages/sell_widgets.py); the
tile under the finger lights up as the place it would take, and the drop moves it on the
menu (operations.move_on_menu). The page then places the tiles again in the menu's new
order, as after any change of the menu. Apart from the page (ui/pages/sell_page.py),
which lays the tiles out and sells.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QWidget

from inventory_app.i18n.catalogue import tr
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.pages.sell_widgets import DrinkButton
from inventory_app.ui.styling import set_state

Say = Callable[[str, bool], None]  # a sentence, and whether it went well


class TileMover(QObject):
    """Follows a carried tile over the grid's tiles; says what the drop did."""

    def __init__(self, grid_host: QWidget, context: AppContext, say: Say) -> None:
        super().__init__(grid_host)
        self.grid_host = grid_host
        self._context = context
        self._say = say
        self.drop_target: DrinkButton | None = None

    def tile_at(self, point: QPoint) -> DrinkButton | None:
        """The tile under a global point, if any (a tile's label is part of its tile)."""
        widget = self.grid_host.childAt(self.grid_host.mapFromGlobal(point))
        while widget is not None and not isinstance(widget, DrinkButton):
            widget = widget.parentWidget()
        return widget

    def dragging(self, tile: DrinkButton, point: QPoint) -> None:
        """Light up the tile the carried one would take the place of."""
        target = self.tile_at(point)
        target = target if target is not tile else None
        if target is self.drop_target:
            return
        if self.drop_target is not None:
            set_state(self.drop_target, "dropTarget", False)
        self.drop_target = target
        if target is not None:
            set_state(target, "dropTarget", True)

    def dropped(self, tile: DrinkButton, point: QPoint) -> None:
        """The carried tile takes the place of the one it was let go on; the rest close up."""
        if self.drop_target is not None:
            set_state(self.drop_target, "dropTarget", False)
            self.drop_target = None
        target = self.tile_at(point)
        if target is None or target is tile:
            return
        name, place_of = tile.text(), target.text()
        error = operations.move_on_menu(
            self._context, recipe_id=tile.recipe_id, to_recipe_id=target.recipe_id
        )
        if error is not None:
            self._say(tr("Not moved: {error}").format(error=error), False)
            return
        self._say(tr("Moved {name} to where {other} was").format(name=name, other=place_of), True)
