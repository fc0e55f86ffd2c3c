"""A bartender at the window (giulia, PIN 1111): she sees what she may use, and no costs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QTableView, QWidget
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Item
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.settings import set_setting
from inventory_app.ui import queries
from inventory_app.ui.dialogs.item_dialog import ItemDialog
from inventory_app.ui.dialogs.recipe_dialog import RecipeDialog
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.recipe_model import RecipeColumn
from tests.ui.scenarios.driving import when_a_dialog_opens

BARTENDER = "giulia"


def go_to(window: MainWindow, qtbot: Any, title: str) -> Any:
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).text() == title)
    spot = sidebar.visualItemRect(sidebar.item(row)).center()
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    return window.current_page()


def double_click_first_row(table: QTableView, qtbot: Any) -> None:
    spot = table.visualRect(table.model().index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def shown_titles(table: QTableView) -> list[str]:
    model = table.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]


class Looked:
    """What a dialog showed before it was closed: the why-line, its buttons, the dialog."""

    def __init__(self) -> None:
        self.reason = ""
        self.buttons: list[str] = []
        self.dialog: QWidget | None = None
        self.extra: dict[str, object] = {}

    def __call__(self, dialog: QWidget) -> None:
        self.dialog = dialog
        shown = [w for w in dialog.findChildren(QLabel, "readOnlyReason") if w.isVisible()]
        self.reason = shown[0].text() if shown else ""
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None and isinstance(dialog, QDialog)
        self.buttons = [b.text().replace("&", "") for b in box.buttons()]
        if isinstance(dialog, ItemDialog):
            self.extra["cost shown"] = dialog.form.edit("cost").isVisible()
            self.extra["name read-only"] = dialog.form.edit("name").isReadOnly()
        if isinstance(dialog, RecipeDialog):
            self.extra["preview shown"] = dialog.preview.isVisible()
            self.extra["name read-only"] = dialog.name.isReadOnly()
        dialog.reject()


def test_owner_only_dialogs_open_read_only_saying_why(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window(user=BARTENDER)

    recipes = go_to(window, qtbot, "Recipes")
    recipe = Looked()
    when_a_dialog_opens(recipe)
    double_click_first_row(recipes.table, qtbot)
    qtbot.waitUntil(lambda: recipe.dialog is not None)
    assert isinstance(recipe.dialog, RecipeDialog)
    assert recipe.reason.startswith("Only the owner may edit recipes: you are signed in as giulia")
    assert recipe.buttons == ["Close"]
    assert recipe.extra == {"preview shown": False, "name read-only": True}

    stock = go_to(window, qtbot, "Stock")
    item = Looked()
    when_a_dialog_opens(item)
    double_click_first_row(stock.table, qtbot)
    qtbot.waitUntil(lambda: item.dialog is not None)
    assert isinstance(item.dialog, ItemDialog)
    assert item.reason.startswith("Only the owner may edit items")
    assert item.buttons == ["Close"]
    assert item.extra == {"cost shown": False, "name read-only": True}

    settings = Looked()
    when_a_dialog_opens(settings)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    next(a for a in file_menu.actions() if a.text() == "&Settings…").trigger()
    assert isinstance(settings.dialog, SettingsDialog)
    assert settings.reason.startswith("Only the owner may change settings")
    assert settings.buttons == ["Close"]


def test_costs_are_hidden_from_a_bartender_until_the_owner_shares_them(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    window = open_main_window(user=BARTENDER)
    recipes = go_to(window, qtbot, "Recipes")
    money = {"Cost", "Pour cost", "Margin"}
    assert money.isdisjoint(shown_titles(recipes.table))
    dashboard = go_to(window, qtbot, "Dashboard")
    assert "Total" not in shown_titles(dashboard.open_orders.table)
    orders = go_to(window, qtbot, "Orders")
    assert {"Unit cost", "Line total"}.isdisjoint(shown_titles(orders.proposal))
    assert "Total" not in shown_titles(orders.orders)
    bottles = go_to(window, qtbot, "Bottles")
    assert "Value at cost" not in shown_titles(bottles.table)
    assert "value at cost" not in bottles.summary.text()

    window.refresh_all()  # F5: every page reads again, costs stay hidden
    assert money.isdisjoint(shown_titles(recipes.table))
    assert "value at cost" not in bottles.summary.text()

    with demo_db.transaction() as s:
        set_setting(s, "bartenders_see_costs", "yes", author="owner")
    window.refresh_all()
    assert money <= set(shown_titles(recipes.table))
    assert "value at cost" in bottles.summary.text()
    assert "Total" in shown_titles(dashboard.open_orders.table)


def history_changes(page: Any, qtbot: Any, what: str) -> list[str]:
    """The Change column of History's lines about `what` (read once the page has them)."""
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Change"
    )  # fmt: skip
    what_column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "What"
    )  # fmt: skip
    return [
        str(model.index(r, column).data())
        for r in range(model.rowCount())
        if what in str(model.index(r, what_column).data())
    ]


def test_history_hides_what_things_cost_from_a_bartender(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    with demo_db.reading() as s:
        item = s.scalars(select(Item).where(Item.sku == "AMA-CAMP")).one()
        item_id, name = item.id, item.name
    loaded = queries.load_item(demo_db, item_id)
    with demo_db.transaction() as s:
        new_cost = replace(loaded.spec, cost=Decimal("14.50"))
        save_item(s, new_cost, author="owner", expected_version=loaded.version)
    window = open_main_window(user=BARTENDER)
    history = go_to(window, qtbot, "History")
    changes = [c for c in history_changes(history, qtbot, name) if "cost" in c]
    assert changes and all("14.5" not in c and "(hidden)" in c for c in changes)


def test_the_owner_sees_costs(open_main_window: Callable[..., MainWindow], qtbot: Any) -> None:
    window = open_main_window()
    recipes = go_to(window, qtbot, "Recipes")
    assert recipes.table.isColumnHidden(RecipeColumn.COST) is False
    assert {"Cost", "Pour cost", "Margin"} <= set(shown_titles(recipes.table))


def test_the_read_only_line_is_one_italian_sentence(
    italian: None, open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    """What she may not do and her role read in Italian, not 'edit recipes' or 'bartender'."""
    window = open_main_window(user=BARTENDER)
    recipes = go_to(window, qtbot, "Ricette")
    recipe = Looked()
    when_a_dialog_opens(recipe)
    double_click_first_row(recipes.table, qtbot)
    qtbot.waitUntil(lambda: recipe.dialog is not None)
    assert recipe.reason == (
        "Solo il titolare può modificare le ricette: sei entrato come giulia, barista. "
        "In sola lettura."
    )
