"""ui/dialogs/instead_row.py: picking the item that arrived instead, by typing a few letters."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.services.ordering.receiving_form import ItemOffer
from inventory_app.ui.dialogs.instead_row import Instead, InsteadRow

OFFERS = [ItemOffer("AGV-FORT", "Fortaleza Blanco", Decimal(40)),
          ItemOffer("BIT-ANGO", "Angostura", Decimal("11.90"))]  # fmt: skip


def test_typing_part_of_a_name_picks_the_item(qtbot: Any) -> None:
    row = InsteadRow(OFFERS)
    qtbot.addWidget(row)
    picked: list[str] = []
    row.picked.connect(picked.append)
    row.show_line("RUM-WRAY", Instead())
    assert row.label.text() == "Arrived &instead of RUM-WRAY:"
    edit = row.item.lineEdit()
    assert edit is not None
    qtbot.keyClicks(edit, "BIT-ANGO")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert picked == ["BIT-ANGO"]
    row.clear.click()
    assert picked == ["BIT-ANGO", ""]


def test_a_line_shows_its_own_and_no_line_nothing(qtbot: Any) -> None:
    row = InsteadRow(OFFERS)
    qtbot.addWidget(row)
    row.show_line("GIN", Instead("AGV-FORT", "6", "39,50"))
    assert (row.item.currentText(), row.quantity.text(), row.price.text()) == (
        "AGV-FORT — Fortaleza Blanco", "6", "39,50",
    )  # fmt: skip
    row.show_line(None, Instead())
    assert not row.item.isEnabled() and row.label.text() == "Arrived &instead:"
