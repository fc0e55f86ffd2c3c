"""ui/dialogs/recipe_dialog.py: names, the place on the menu, problems beside their fields,
a stale save, prep fields (moved from tests/ui/pages/test_recipes_page.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox

from inventory_app.domain.recipes import RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from inventory_app.services.selling import sales as selling
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.recipe_dialog import split_names
from tests.ui.conftest import Menu
from tests.ui.dialogs.recipe_editor import editor, fill_line

D = Decimal


def test_split_names() -> None:
    assert split_names("Negroni TA | NEGRONI, ,x") == ("Negroni TA", "NEGRONI", "x")


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


def test_in_italian_the_editor_and_its_cost_preview_are_italian(
    italian: None, qtbot: Any, context: AppContext, menu: Menu
) -> None:
    loaded = queries.load_recipe(context.database, menu.negroni)
    dialog = editor(qtbot, context, loaded.spec, recipe_id=menu.negroni, version=loaded.version)
    assert dialog.windowTitle() == "Modifica Negroni"
    assert dialog.menu_place.text() == "ultimo"
    assert [dialog.kind.itemText(n) for n in range(2)] == ["cocktail", "preparazione"]
    headers = [dialog.lines.table.horizontalHeaderItem(n).text() for n in range(4)]  # type: ignore[union-attr]
    assert headers == ["Ingrediente", "Quantità", "Unità", "Canale"]
    units = dialog.lines.widget(2, "unit")  # the cup, one piece
    assert isinstance(units, QComboBox)
    assert (units.currentText(), units.currentData()) == ("pz", "pcs")
    assert dialog.price.text() == "9,00"  # the fixture's 9.00, as an Italian types it
    result = dialog.recheck()
    assert result is not None and not result.problems
    preview = dialog.preview.text()
    assert preview.startswith("Costo ") and " asporto · " in preview and "\u00a0€" in preview
    dialog.price.setText("tanti")
    dialog.accept()
    assert dialog.saved is None
    assert dialog.banner.text() == "Non salvato: correggi quello che è segnato in rosso."
