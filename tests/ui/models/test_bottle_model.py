"""ui/models/bottle_model.py: one row per serial bottle, the level for the fill bar, the tints."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from inventory_app.db.engine import Database
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.catalogue import Reason, Tracking
from inventory_app.services.bottles.containers import add_bottle, empty_container, open_container
from inventory_app.services.ledger import movements as stock
from inventory_app.ui import queries
from inventory_app.ui.models.bottle_model import (
    LEVEL_ROLE,
    OXIDATION_TEXT,
    BottleColumn,
    BottleModel,
)
from tests.conftest import AUTHOR, make_item

D = Decimal
Role = Qt.ItemDataRole


def test_an_old_open_bottle_is_tinted_an_empty_one_greyed(qtmodeltester: Any, db: Database) -> None:
    with db.transaction() as s:
        whisky = make_item(
            s, "WHI-MAC18", name="Macallan 18", tracking=Tracking.SERIAL, cost=D(350)
        )
        for n in (1, 2, 3):
            add_bottle(s, "WHI-MAC18", label=f"Cask {n}", author=AUTHOR, at=datetime(2023, 12, 1))
        open_container(s, "#1", author=AUTHOR, at=datetime(2024, 1, 1))  # oxidised by now
        stock.record_movement(s, whisky, D(-525), Reason.SALE, author=AUTHOR, bottle_id=1)
        open_container(s, "#3", author=AUTHOR)
        empty_container(s, "#3", author=AUTHOR)
    model = BottleModel()
    model.set_rows(queries.load_bottles(db, state=None))
    qtmodeltester.check(model)
    old, sealed, empty = model.rows
    assert model.cell_text(old, BottleColumn.LABEL) == "#1 Cask 1"
    assert [model.cell_text(old, c) for c in BottleColumn][BottleColumn.STATE :] == [
        "open", "2024-01-01", "175 ml", "€87.50", OXIDATION_TEXT,
    ]  # fmt: skip
    assert model.index(0, BottleColumn.REMAINING).data(LEVEL_ROLE) == D("0.25")
    assert model.index(0, BottleColumn.LABEL).data(LEVEL_ROLE) is None
    assert model.index(0, BottleColumn.SKU).data(Role.BackgroundRole) == QColor("#fde7c8")
    assert "oxidation age" in model.index(0, BottleColumn.FLAG).data(Role.ToolTipRole)
    assert sealed.state == BottleState.SEALED and model.cell_text(sealed, BottleColumn.OPENED) == ""
    assert model.index(1, 0).data(Role.BackgroundRole) is None
    assert empty.state == BottleState.EMPTY
    assert model.index(2, 0).data(Role.ForegroundRole) == QColor("#8a8f98")
    assert model.index(1, 0).data(Role.ForegroundRole) is None
    assert model.headerData(BottleColumn.VALUE, Qt.Orientation.Horizontal, Role.ToolTipRole) == (
        "cost × remaining ÷ size"
    )
