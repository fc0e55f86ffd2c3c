"""Pages read again after the actions that change what they show, and after no other.

The Stock page is watched through a change made behind the window's back (as another
till or the command line would): the page shows it only once it reads the stock again.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.services.ledger import movements as stock
from inventory_app.services.views.stock import stock_rows
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.stock_page import StockPage
from tests.ui.scenarios.conftest import go_to
from tests.ui.scenarios.driving import click, when_a_dialog_opens

CAMPARI = "AMA-CAMP"  # in the Negroni


def shown(page: StockPage) -> Decimal:
    return next(r.on_hand for r in page.model.rows if r.sku == CAMPARI)


def stored(database: Database) -> Decimal:
    with database.reading() as session:
        return next(r.on_hand for r in stock_rows(session) if r.sku == CAMPARI)


def spill_behind_the_window(database: Database) -> None:
    """Waste booked elsewhere: the window hears nothing of it."""
    with database.transaction() as session:
        stock.adjust(session, CAMPARI, Decimal(-100), Unit.ML, Reason.WASTE, author="giulia")


def add_a_bartender(window: MainWindow, qtbot: Any) -> None:
    """File > Settings > People > Add…: Marco, a bartender with his PIN; then Close."""
    done: list[bool] = []

    def in_person_dialog(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "personName"), "Marco")
        role = dialog.findChild(QComboBox, "personRole")
        assert role is not None
        role.setCurrentText("bartender")
        for field in ("personPin", "personPinRepeat"):
            qtbot.keyClicks(dialog.findChild(QLineEdit, field), "2468")
        click("Save")(dialog)

    def in_settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.tabs.setCurrentWidget(dialog.people)
        when_a_dialog_opens(in_person_dialog)
        qtbot.mouseClick(dialog.people.add_button, Qt.MouseButton.LeftButton)
        done.append("Marco" in [u.name for u in dialog.people.model.rows])
        dialog.reject()

    when_a_dialog_opens(in_settings)
    next(a for a in window.all_actions() if a.text() == "&Settings…").trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [True]


def test_adding_a_person_leaves_the_stock_alone_and_a_sale_reads_it_again(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    window = open_main_window()
    page = go_to(qtbot, window, "Stock")
    before = shown(page)
    spill_behind_the_window(demo_db)
    assert shown(page) == before

    add_a_bartender(window, qtbot)
    assert shown(page) == before  # people are not stock: the page did not read again

    sell = go_to(qtbot, window, "Sell")
    qtbot.mouseClick(sell.buttons["Negroni"], Qt.MouseButton.LeftButton)
    page = go_to(qtbot, window, "Stock")
    assert shown(page) == stored(demo_db) == before - Decimal(100) - Decimal(30)
