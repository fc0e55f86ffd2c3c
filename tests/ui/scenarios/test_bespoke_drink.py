"""Sell › Bespoke drink in the real window, in Italian: two ingredients tapped, an amount and a
price typed with a decimal comma, sold once and exactly, then undone from the last sales."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Sale
from inventory_app.services.catalogue.items import item_by_sku
from inventory_app.services.ledger.movements import on_hand
from inventory_app.ui.dialogs.bespoke_dialog import BespokeDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.sell_page import SellPage
from tests.ui.scenarios.driving import when_a_dialog_opens

Click = Qt.MouseButton.LeftButton
D = Decimal


def stock(db: Database, *skus: str) -> tuple[Decimal, ...]:
    with db.reading() as s:
        return tuple(on_hand(s, item.id) for sku in skus if (item := item_by_sku(s, sku)))


def tap(qtbot: Any, matches: QListWidget, sku: str) -> None:
    """A finger on the item's row of the list."""
    row = next(
        matches.item(n) for n in range(matches.count())
        if matches.item(n).text().startswith(f"{sku} — ") and not matches.item(n).isHidden()
    )  # fmt: skip
    qtbot.mouseClick(matches.viewport(), Click, pos=matches.visualItemRect(row).center())


def test_a_bespoke_drink_is_sold_exactly_and_undone(
    italian: None,
    open_main_window: Callable[..., MainWindow],
    demo_db: Database,
    qtbot: Any,
) -> None:
    window = open_main_window(user="giulia")
    window.show_page(window.sell_page)
    page: SellPage = window.sell_page
    QApplication.processEvents()
    before = stock(demo_db, "GIN-TANQ", "AMA-CAMP")
    shown: list[str] = []

    def pour(dialog: QWidget) -> None:
        assert isinstance(dialog, BespokeDialog)
        editor = dialog.editor
        assert dialog.chosen_channel().value == "speakeasy"  # the demo bar has one
        qtbot.keyClicks(editor.search, "tanq")
        tap(qtbot, editor.matches, "GIN-TANQ")
        qtbot.keyClicks(editor.search, "campari bitter")
        qtbot.keyClick(editor.search, Qt.Key.Key_Return)  # the first match: AMA-CAMP
        assert editor.skus() == ["GIN-TANQ", "AMA-CAMP"]
        shown.append(editor.amount_edit(1).text())  # Campari's usual pour
        editor.amount_edit(0).clear()
        assert editor.unit_combo(0).currentData() == "cl"  # the gin's usual unit (5 cl)
        qtbot.keyClicks(editor.amount_edit(0), "4,5")
        qtbot.keyClicks(dialog.price, "14,50")
        qtbot.keyClicks(dialog.note, "Marco: amaro e gin")
        qtbot.mouseClick(dialog.sell_button, Click)

    when_a_dialog_opens(pour)
    qtbot.mouseClick(page.bespoke, Click)
    assert shown == ["4"]  # cl: the demo's cocktails pour 3 cl twice and 4 cl twice
    assert stock(demo_db, "GIN-TANQ", "AMA-CAMP") == (before[0] - 45, before[1] - 40)
    with demo_db.reading() as s:
        sale = s.scalars(select(Sale).order_by(Sale.id.desc()).limit(1)).one()
        assert (sale.recipe_id, sale.recipe_name, sale.gross_amount, sale.note) == (
            None, "Drink su misura", D("14.50"), "Marco: amaro e gin",
        )  # fmt: skip
        assert sale.channel == "speakeasy"
    assert page.feedback.text() == "✓  Venduto 1 × Drink su misura, speakeasy"
    newest = page.recent_rows[0]
    assert newest.isVisible()
    qtbot.mouseClick(newest.undo, Click)
    assert stock(demo_db, "GIN-TANQ", "AMA-CAMP") == before
    assert page.feedback.text().startswith("✓  Annullato: 1 × Drink su misura")
