"""ui/dialogs/recipe_lines.py: the editor's ingredient lines (moved from
tests/ui/pages/test_recipes_page.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import Unit
from inventory_app.services.recipes.editing import RecipeLineSpec
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext
from tests.ui.conftest import Menu
from tests.ui.dialogs.recipe_editor import editor

D = Decimal


def test_loaded_lines_keep_units_and_channels(qtbot: Any, context: AppContext, menu: Menu) -> None:
    loaded = queries.load_recipe(context.database, menu.negroni)
    dialog = editor(qtbot, context, loaded.spec)
    lines, problems = dialog.lines.read()
    assert not problems
    assert lines[0] == RecipeLineSpec("GIN-TANQ", D(3), Unit.CL)
    assert lines[2] == RecipeLineSpec("CUP-12", D(1), Unit.PCS, Channel.TAKEAWAY)
