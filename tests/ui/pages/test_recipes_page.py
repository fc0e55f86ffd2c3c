"""The Recipes page, its editor and Make: driven through the real services."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from inventory_app.ui.context import AppContext
from inventory_app.ui.pages.recipes_page import RecipesPage
from tests.ui.conftest import Bar, Menu
from tests.ui.dialogs.recipe_editor import editor, fill_line

D = Decimal


@pytest.fixture
def page(qtbot: Any, context: AppContext, menu: Menu) -> Iterator[RecipesPage]:
    page = RecipesPage(context)
    qtbot.addWidget(page)
    yield page


def test_page_lists_and_enables_make_for_preps(page: RecipesPage, menu: Menu) -> None:
    assert page.count.text() == "2 cocktails · 1 preps"
    page.select_recipe(menu.negroni)
    assert not page.actions_by_name["make"].isEnabled()
    page.select_recipe(menu.batched)
    assert page.actions_by_name["make"].isEnabled()
    page.search.setText("classico")
    assert page.proxy.rowCount() == 1


def test_new_recipe_saves_with_lines_and_cost(
    qtbot: Any, context: AppContext, page: RecipesPage, bar: Bar
) -> None:
    dialog = editor(qtbot, context, None)
    dialog.name.setText("Gin Fizz")
    dialog.price.setText("€8,00")
    dialog.pos_names.setText("Fizz | GIN FIZZ TA")
    fill_line(dialog, 0, "gin-tanq", "5", "cl")
    dialog.lines.add_line()
    fill_line(dialog, 1, "CUP-12", "1", "pcs")
    channel = dialog.lines.widget(1, "channel")
    assert isinstance(channel, QComboBox)
    channel.setCurrentIndex(channel.findData("takeaway"))
    check = dialog.recheck()
    assert check is not None and not check.problems
    assert dialog.preview.text().startswith("Cost €")
    dialog.accept()
    assert dialog.saved is not None
    assert [r.name for r in page.model.rows] == [
        "Gin Fizz",
        "Gin Tonic",
        "Negroni",
        "Negroni batch",
    ]
    saved = page.model.rows[0]
    assert saved.pos_names == ("Fizz", "GIN FIZZ TA")
    assert saved.lines == 2
