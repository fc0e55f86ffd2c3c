"""A bartender at the window logs a comp: a slip of the finger does not empty the ledger."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inventory_app.db.engine import Database
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger import movements as stock
from inventory_app.ui.dialogs.adjust_dialog import AdjustDialog
from inventory_app.ui.main_window import MainWindow


def level(database: Database, sku: str) -> Decimal:
    with database.reading() as session:
        return stock.on_hand(session, find_item(session, sku).id)


def test_a_comp_of_a_billion_ml_is_refused_in_the_dialog(
    qtbot: Any, demo_db: Database, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window(user="giulia")
    before = level(demo_db, "GIN-TANQ")
    page = window.stock_page
    window.show_page(page)
    gin = next(row for row in page.model.rows if row.sku == "GIN-TANQ")
    page.select_item(gin.item_id)
    seen: list[str] = []

    def type_the_comp() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AdjustDialog)
        dialog.reason.setCurrentIndex(dialog.reason.findData("comp"))
        qtbot.keyClicks(dialog.quantity, "-999999999 ml")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen.append(dialog.error.text() if dialog.isVisible() else "(closed: recorded)")
        dialog.reject()

    QTimer.singleShot(0, type_the_comp)
    page.actions_by_name["adjust"].trigger()  # Stock › Adjust stock… (Ctrl+J)
    assert seen == [
        "comp of 999999999 ml is more than 1000 containers of 700 ml (700000 ml): check the "
        "quantity and its unit"
    ]
    assert level(demo_db, "GIN-TANQ") == before
