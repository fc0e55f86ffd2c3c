"""The recipe editor as the Recipes page opens it: real lookups, checks and saves."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from inventory_app.services.recipes.editing import RecipeSpec
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.recipe_dialog import RecipeDialog

D = Decimal


def editor(qtbot: Any, context: AppContext, spec: RecipeSpec | None, **ids: Any) -> RecipeDialog:
    database = context.database
    recipe_id, version = ids.get("recipe_id"), ids.get("version")
    dialog = RecipeDialog(
        None,
        spec=spec,
        items=queries.load_item_choices(database),
        check=lambda s: queries.check_recipe(database, s, recipe_id=recipe_id),
        save=lambda s: operations.save_recipe(
            context, spec=s, recipe_id=recipe_id, expected_version=version
        ),
    )
    qtbot.addWidget(dialog)
    return dialog


def fill_line(dialog: RecipeDialog, row: int, sku: str, quantity: str, unit: str) -> None:
    picker = dialog.lines.widget(row, "ingredient")
    edit = dialog.lines.widget(row, "quantity")
    units = dialog.lines.widget(row, "unit")
    assert isinstance(picker, QComboBox) and isinstance(edit, QLineEdit)
    assert isinstance(units, QComboBox)
    picker.setEditText(sku)
    edit.setText(quantity)
    units.setCurrentIndex(units.findData(unit))
