"""Allergens, as the owner sets them: an item's box ticked, the cocktail that uses it through a
house prep shows it on the Recipes page, and the saved register lists it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableView, QWidget

from inventory_app.db.engine import Database
from inventory_app.domain.allergens import Allergen
from inventory_app.ui import file_choice
from inventory_app.ui.dialogs.item_dialog import ItemDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.recipes_page import RecipesPage
from inventory_app.ui.pages.stock_page import StockPage
from tests.ui.scenarios.conftest import go_to
from tests.ui.scenarios.driving import when_a_dialog_opens


@pytest.fixture(autouse=True)
def remembered_folders(tmp_path: Path) -> Iterator[Path]:
    """The folders the file dialogs remember live in this test's own settings file."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings(*file_choice.SETTINGS).clear()


def double_click_first_row(table: QTableView, qtbot: Any) -> None:
    spot = table.visualRect(table.model().index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def tick_eggs_and_save(qtbot: Any, seen: list[QWidget]) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        seen.append(dialog)
        box = dialog.form.allergens.boxes[Allergen.EGGS]
        assert box.text() == "3 Eggs" and not box.isChecked()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
        assert box.isChecked()
        dialog.accept()  # Save

    return answer


def pick_recipe(page: RecipesPage, qtbot: Any, name: str) -> None:
    page.search.setText(name)
    spot = page.table.visualRect(page.proxy.index(0, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    row = page.current_row()
    assert row is not None and row.name == name


def test_eggs_ticked_on_sugar_reach_the_daiquiri_through_its_syrup_and_the_register(
    open_main_window: Callable[..., MainWindow],
    qtbot: Any,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = open_main_window()
    recipes = go_to(qtbot, window, "Recipes")
    assert isinstance(recipes, RecipesPage)
    pick_recipe(recipes, qtbot, "Daiquiri")  # rum, lime juice (a prep), simple syrup (a prep)
    assert recipes.allergens.text() == "Allergens: none of the 14"
    pick_recipe(recipes, qtbot, "Mai Tai")  # orgeat: almonds in its prep
    assert recipes.allergens.text() == "Allergens: 8 Nuts"

    # The sugar the simple syrup is made of, edited in the Stock page: "eggs" ticked.
    stock = go_to(qtbot, window, "Stock")
    assert isinstance(stock, StockPage)
    stock.toolbar.search.setText("DRY-SUGAR")
    seen: list[QWidget] = []
    when_a_dialog_opens(tick_eggs_and_save(qtbot, seen))
    double_click_first_row(stock.table, qtbot)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert isinstance(seen[0], QDialog) and seen[0].result() == QDialog.DialogCode.Accepted

    # The Daiquiri now carries eggs, through its simple syrup.
    recipes = go_to(qtbot, window, "Recipes")
    pick_recipe(recipes, qtbot, "Daiquiri")
    assert recipes.allergens.text() == "Allergens: 3 Eggs"

    # Recipe › Allergen register… as a workbook and as a PDF.
    answers = [tmp_path / "register.xlsx", tmp_path / "register"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(answers.pop(0)), ""))
    recipes.actions_by_name["register"].trigger()
    recipes.actions_by_name["register"].trigger()
    sheet = load_workbook(tmp_path / "register.xlsx").active
    assert sheet is not None
    rows = {
        row[0]: row[2]
        for row in sheet.iter_rows(values_only=True)
        if row[0] in ("Daiquiri", "Mai Tai", "Negroni", "Whisky Sour")
    }
    assert rows == {
        "Daiquiri": "3 Eggs",
        "Mai Tai": "3 Eggs, 8 Nuts",  # orgeat is sweetened with that sugar too
        "Negroni": "12 Sulphur dioxide and sulphites",
        "Whisky Sour": "3 Eggs",
    }
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "register.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    daiquiri = next(line for line in text.splitlines() if line.strip().startswith("Daiquiri"))
    assert daiquiri.split()[1:] == ["all", "3", "Eggs"]
