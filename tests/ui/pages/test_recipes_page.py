"""The Recipes page, its editor and Make: driven through the real services."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from inventory_app.services.selling import sales as selling
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.make_dialog import MakeDialog
from inventory_app.ui.dialogs.recipe_dialog import RecipeDialog, split_names
from inventory_app.ui.pages.recipes_page import RecipesPage
from tests.ui.conftest import Bar, Menu, on_hand

D = Decimal


@pytest.fixture
def page(qtbot: Any, context: AppContext, menu: Menu) -> Iterator[RecipesPage]:
    page = RecipesPage(context)
    qtbot.addWidget(page)
    yield page


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


def test_split_names() -> None:
    assert split_names("Negroni TA | NEGRONI, ,x") == ("Negroni TA", "NEGRONI", "x")


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


def test_the_place_on_the_menu_is_set_in_the_editor(
    qtbot: Any, context: AppContext, menu: Menu
) -> None:
    with context.database.reading() as session:
        assert [e.name for e in selling.menu(session)] == ["Gin Tonic", "Negroni"]
    loaded = queries.load_recipe(context.database, menu.negroni)
    dialog = editor(qtbot, context, loaded.spec, recipe_id=menu.negroni, version=loaded.version)
    assert dialog.menu_place.text() == "last"  # the fixture's recipes have no place yet
    dialog.menu_place.setValue(1)
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.menu_position == 1
    with context.database.reading() as session:
        assert [e.name for e in selling.menu(session)] == ["Negroni", "Gin Tonic"]
    again = queries.load_recipe(context.database, menu.negroni)
    assert editor(qtbot, context, again.spec).menu_place.value() == 1


def test_problems_show_beside_fields_and_lines(qtbot: Any, context: AppContext, menu: Menu) -> None:
    dialog = editor(qtbot, context, None)
    dialog.name.setText("negroni")  # taken, whatever the case
    dialog.price.setText("abc")
    fill_line(dialog, 0, "NOPE", "2", "cl")
    dialog.accept()
    assert dialog.saved is None
    assert "a price such as 12.50" in dialog.error_text("price")
    dialog.price.setText("9")
    dialog.accept()
    assert "already the recipe Negroni" in dialog.error_text("recipe")
    assert "Line 1: no item with SKU 'NOPE'" in dialog.lines.problems.text()
    assert dialog.lines.widget(0, "ingredient").property("invalid") is True
    assert dialog.banner.isVisibleTo(dialog)


def test_edit_keeps_version_and_refuses_a_stale_save(
    qtbot: Any, context: AppContext, menu: Menu
) -> None:
    loaded = queries.load_recipe(context.database, menu.negroni)
    first = editor(qtbot, context, loaded.spec, recipe_id=menu.negroni, version=loaded.version)
    second = editor(qtbot, context, loaded.spec, recipe_id=menu.negroni, version=loaded.version)
    first.price.setText("10")
    first.accept()
    assert first.saved is not None
    second.price.setText("11")
    second.accept()
    assert second.saved is None
    assert "Someone else changed" in second.banner.text()


def test_prep_fields_follow_the_kind(qtbot: Any, context: AppContext, menu: Menu) -> None:
    loaded = queries.load_recipe(context.database, menu.batched)
    dialog = editor(qtbot, context, loaded.spec)
    dialog.show()
    assert dialog.yield_quantity.isVisible() and not dialog.price.isVisible()
    assert dialog.yield_quantity.text() == "600"
    spec, problems, line_problems = dialog.read()
    assert not problems and not line_problems
    lines = (
        RecipeLineSpec("GIN-TANQ", D(300), Unit.ML),
        RecipeLineSpec("CAMP-1L", D(300), Unit.ML),
    )
    assert spec == RecipeSpec(
        name="Negroni batch", kind=RecipeKind.PREP, yield_sku="FL-NEG", yield_quantity=D(600),
        lines=lines,
    )  # fmt: skip


def test_loaded_lines_keep_units_and_channels(qtbot: Any, context: AppContext, menu: Menu) -> None:
    loaded = queries.load_recipe(context.database, menu.negroni)
    dialog = editor(qtbot, context, loaded.spec)
    lines, problems = dialog.lines.read()
    assert not problems
    assert lines[0] == RecipeLineSpec("GIN-TANQ", D(3), Unit.CL)
    assert lines[2] == RecipeLineSpec("CUP-12", D(1), Unit.PCS, Channel.TAKEAWAY)


def test_make_dialog_makes_a_prep(qtbot: Any, context: AppContext, menu: Menu, bar: Bar) -> None:
    dialog = MakeDialog(
        None, recipe="Negroni batch", makes="600 ml FL-NEG",
        make=lambda b: operations.make_prep(context, name="Negroni batch", batches=b),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.batches.setText("abc")
    dialog.make()
    assert dialog.made is None and dialog.message.isVisibleTo(dialog)
    dialog.batches.setText("2")
    dialog.make()
    assert dialog.made is not None
    assert on_hand(context.database, menu.batch_flask) == D(1200)
    assert on_hand(context.database, bar.campari) == D(400)
    assert dialog.outcome.text().startswith("Made 2 × Negroni batch: +1,200 ml FL-NEG")
    assert "Tanqueray is now at −" not in dialog.warning.text()
    dialog.reject()


def test_make_reports_shortages(qtbot: Any, context: AppContext, menu: Menu) -> None:
    dialog = MakeDialog(
        None, recipe="Negroni batch", makes="600 ml FL-NEG",
        make=lambda b: operations.make_prep(context, name="Negroni batch", batches=b),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.batches.setText("5")
    dialog.make()
    assert "Tanqueray is now at −100 ml" in dialog.warning.text()
    assert "Campari is now at −500 ml" in dialog.warning.text()
