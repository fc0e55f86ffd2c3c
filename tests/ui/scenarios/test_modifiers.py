"""Recipes › Modifiers: the owner describes what a till's modifier does, with clicks and keys,
and a Square export with that modifier then deducts exactly that (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import Item, Movement, Sale
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.recipes.modifiers import modifier_rules
from inventory_app.ui.dialogs.modifier_rule_dialog import RuleDialog
from inventory_app.ui.dialogs.modifiers_dialog import ModifiersDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.recipes_page import RecipesPage
from tests.ui.conftest import DEMO_OWNER
from tests.ui.scenarios.conftest import go_to
from tests.ui.scenarios.driving import when_a_dialog_opens

SQUARE = (
    "Date,Time,Item,Qty,Price Point Name,Modifiers Applied,Gross Sales,Transaction ID,"
    "Event Type,Dining Option\n"
    '2026-11-20,22:15:00,Negroni,2.0,Regular,"Extra Campari, Senza ghiaccio",€20.00,TX1,'
    "Payment,For Here\n"
)


def pick_negroni(qtbot: Any, page: RecipesPage) -> None:
    """Type its name in the search and click its row."""
    qtbot.keyClicks(page.search, "Negroni")
    model = page.table.model()
    shown = [model.index(row, 0) for row in range(model.rowCount())]
    index = next(i for i in shown if i.data() == "Negroni")  # not the Mezcal Negroni
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    picked = page.current_row()
    assert picked is not None and picked.name == "Negroni"


def modifiers_button(page: RecipesPage) -> QToolButton:
    """The page's Modifiers… button in its bar."""
    action = page.actions_by_name["modifiers"]
    return next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)


def fill_extra_campari(qtbot: Any) -> Callable[[QWidget], None]:
    """In the rule dialog: Extra Campari, Negroni only, add 1 cl of AMA-CAMP, Save."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RuleDialog)
        qtbot.keyClicks(dialog.name, "Extra Campari")
        dialog.scope.setFocus()
        qtbot.keyClick(dialog.scope, Qt.Key.Key_Down)  # every recipe -> Negroni only
        dialog.action.setFocus()
        qtbot.keyClicks(dialog.action, "add")
        edit = dialog.ingredient.lineEdit()
        assert edit is not None
        qtbot.keyClicks(edit, "AMA-CAMP")
        qtbot.keyClicks(dialog.quantity, "1")
        dialog.unit.setFocus()
        qtbot.keyClicks(dialog.unit, "cl")
        assert not dialog.factor.isEnabled()  # an add takes no factor
        save = dialog.buttons.buttons()[0]
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    return fill


def test_a_rule_added_on_the_recipes_page_deducts_exactly(
    qtbot: Any, open_main_window: Callable[..., MainWindow], demo_db: Database, tmp_path: Path
) -> None:
    window = open_main_window()
    page = go_to(qtbot, window, "Recipes")
    assert isinstance(page, RecipesPage)
    pick_negroni(qtbot, page)
    seen: list[str] = []

    def in_the_list(dialog: QWidget) -> None:
        assert isinstance(dialog, ModifiersDialog)
        try:
            seen.append(dialog.windowTitle())
            seen.extend(r.spec.modifier for r in dialog.own.rows)  # the demo's Negroni swap
            when_a_dialog_opens(fill_extra_campari(qtbot))
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
            seen.extend(r.spec.modifier for r in dialog.own.rows)
        finally:
            dialog.reject()

    when_a_dialog_opens(in_the_list)
    qtbot.mouseClick(modifiers_button(page), Qt.MouseButton.LeftButton)
    assert seen == ["Modifiers of Negroni", "Gin Sipsmith", "Extra Campari", "Gin Sipsmith"]
    with demo_db.transaction() as s:
        rule = next(r.spec for r in modifier_rules(s) if r.spec.modifier == "Extra Campari")
        assert (rule.recipe, rule.ingredient, rule.quantity, rule.unit) == (
            "Negroni", "AMA-CAMP", Decimal(1), "cl",
        )  # fmt: skip
    sales = tmp_path / "square.csv"
    sales.write_text(SQUARE, encoding="utf-8")
    with demo_db.transaction() as s:
        done = import_sales(s, sales, author=DEMO_OWNER)
        assert (done.imported, done.unknown_modifiers) == (1, {})
        newest = s.scalar(select(func.max(Sale.id)))
        moved = select(Item.sku, Movement.delta).join(Item, Item.id == Movement.item_id)
        rows = s.execute(moved.where(Movement.reference == f"sale:{newest}")).all()
        taken = {sku: delta for sku, delta in rows}
    # Two Negroni, each 3 cl gin, 3 cl Campari + 1 cl extra, 3 cl vermouth, orange and napkin
    assert taken == {
        "GIN-TANQ": Decimal(-60), "AMA-CAMP": Decimal(-80), "VER-COCCHI": Decimal(-60),
        "FRE-ORANGE": Decimal("-0.2"), "TA-NAPKIN": Decimal(-2),
    }  # fmt: skip


def test_a_bartender_sees_the_rules_read_only(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window(user="giulia")
    page = go_to(qtbot, window, "Recipes")
    pick_negroni(qtbot, page)
    seen: list[tuple[bool, int]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ModifiersDialog)
        seen.append((dialog.add_button.isEnabled(), dialog.shared.rowCount()))
        dialog.reject()

    when_a_dialog_opens(look)
    qtbot.mouseClick(modifiers_button(page), Qt.MouseButton.LeftButton)
    assert seen == [(False, 3)]  # Double, Extra bitters, Senza ghiaccio
