"""The item editor's allergens: one checkbox for each of the 14 of Annex II, in a grid."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from inventory_app.domain.allergens import Allergen, ordered
from inventory_app.i18n.catalogue import tr

COLUMNS = 5  # 14 boxes in three rows: the editor still fits a 1280x800 screen


class AllergenBoxes(QGroupBox):
    """Ticked boxes are the allergens the item carries; names as the regulation words them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Allergens (EU Reg. 1169/2011)"), parent)
        self.setObjectName("allergens")
        self.boxes: dict[Allergen, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        for place, allergen in enumerate(Allergen):
            box = QCheckBox(f"{allergen.number} {allergen.label}")
            box.setObjectName(f"allergen_{allergen.value}")
            box.toggled.connect(lambda _on: self.edited.emit())
            grid.addWidget(box, place // COLUMNS, place % COLUMNS)
            self.boxes[allergen] = box

    def set_allergens(self, allergens: tuple[Allergen, ...]) -> None:
        for allergen, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(allergen in allergens)
            box.blockSignals(False)

    def allergens(self) -> tuple[Allergen, ...]:
        return ordered(a for a, box in self.boxes.items() if box.isChecked())
