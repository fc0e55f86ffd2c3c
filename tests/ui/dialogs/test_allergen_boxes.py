"""The item editor's 14 allergen boxes: what is loaded is ticked, what is ticked is read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from inventory_app.domain.allergens import Allergen
from inventory_app.ui.dialogs.allergen_boxes import COLUMNS, AllergenBoxes


def test_loaded_ticked_and_read_back_in_order(qtbot: Any) -> None:
    boxes = AllergenBoxes()
    qtbot.addWidget(boxes)
    boxes.show()
    qtbot.waitExposed(boxes)
    assert [b.text() for b in boxes.boxes.values()][:3] == ["1 Gluten", "2 Crustaceans", "3 Eggs"]
    boxes.set_allergens((Allergen.SULPHITES, Allergen.NUTS))
    assert boxes.allergens() == (Allergen.NUTS, Allergen.SULPHITES)
    with qtbot.waitSignal(boxes.edited):
        box = boxes.boxes[Allergen.EGGS]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert boxes.allergens() == (Allergen.EGGS, Allergen.NUTS, Allergen.SULPHITES)
    boxes.set_allergens(())
    assert boxes.allergens() == ()


def test_a_grid_of_three_rows(qtbot: Any) -> None:
    boxes = AllergenBoxes()
    qtbot.addWidget(boxes)
    grid = boxes.layout()
    assert isinstance(grid, QGridLayout)
    assert (grid.rowCount(), grid.columnCount(), grid.count()) == (3, COLUMNS, 14)
