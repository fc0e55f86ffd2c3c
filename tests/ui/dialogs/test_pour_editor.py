"""The pour editor: letters typed filter the items, a tap adds one with its usual pour, a
recipe starts the lines, amounts read in the locale and a bad one names its line."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import Channel
from inventory_app.services.selling.pour_reads import PourChoice, PourSheet
from inventory_app.services.selling.pours import PourSpec
from inventory_app.services.selling.sales import MenuEntry
from inventory_app.ui.dialogs.pour_editor import PourEditor

D = Decimal
SHEET = PourSheet(
    choices=[
        PourChoice("AMA-CAMP", "Campari", "ml", D(3), "cl"),
        PourChoice("BIT-ANGO", "Angostura", "ml", D(2), "dash"),
        PourChoice("DRY-SUGAR", "Sugar", "g", None, "g"),
        PourChoice("GIN-TANQ", "Tanqueray", "ml", D(5), "cl"),
    ],
    recipes=[MenuEntry(7, "Negroni", D(10))],
    default_channel=Channel.TAKEAWAY,
    bespoke_channel=Channel.SPEAKEASY,
)
NEGRONI: list[PourSpec] = [("GIN-TANQ", D(3), "cl"), ("AMA-CAMP", D(30), "ml")]


@pytest.fixture
def editor(qtbot: Any) -> PourEditor:
    widget = PourEditor(SHEET, recipe_lines=lambda _recipe: NEGRONI)
    qtbot.addWidget(widget)
    return widget


def shown(editor: PourEditor) -> list[str]:
    return [item.text() for item in editor._visible_matches()]


def test_letters_filter_and_enter_takes_the_first_with_its_usual_pour(
    qtbot: Any, editor: PourEditor
) -> None:
    qtbot.keyClicks(editor.search, "an")
    assert shown(editor) == ["BIT-ANGO — Angostura", "GIN-TANQ — Tanqueray"]
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    assert editor.skus() == ["BIT-ANGO"] and editor.search.text() == ""
    assert (editor.amount_edit(0).text(), editor.unit_combo(0).currentData()) == ("2", "dash")
    assert [editor.unit_combo(0).itemData(n) for n in range(editor.unit_combo(0).count())] == [
        "ml", "cl", "oz", "dash", "barspoon", "drop",
    ]  # fmt: skip
    assert editor.pours() == [("BIT-ANGO", D(2), "dash")]


def test_a_weighed_item_without_a_usual_pour_waits_for_its_amount(editor: PourEditor) -> None:
    editor.add_line("DRY-SUGAR")
    assert editor.amount_edit(0).text() == "" and editor.unit_combo(0).count() == 1
    with pytest.raises(InputError) as refused:
        editor.pours()
    assert str(refused.value).startswith("Line 1: expected a quantity such as 22.5")
    assert editor.problems.isVisibleTo(editor)


def test_a_recipe_starts_the_lines_then_each_changes_or_goes(
    qtbot: Any, editor: PourEditor
) -> None:
    editor.add_line("BIT-ANGO")
    assert not editor.start_button.isEnabled()
    editor.recipe.setCurrentIndex(0)
    qtbot.mouseClick(editor.start_button, Qt.MouseButton.LeftButton)
    assert editor.skus() == ["GIN-TANQ", "AMA-CAMP"]  # the recipe's lines replace the others
    editor.amount_edit(0).setText("4.5")
    qtbot.mouseClick(editor.lines.cellWidget(1, 3), Qt.MouseButton.LeftButton)
    assert editor.pours() == [("GIN-TANQ", D("4.5"), "cl")]


def test_amounts_read_with_a_decimal_comma_in_italian(italian: None, editor: PourEditor) -> None:
    editor.add_line("GIN-TANQ", D("4.5"), "cl")
    assert editor.amount_edit(0).text() == "4,5"
    editor.amount_edit(0).setText("2,25")
    assert editor.pours() == [("GIN-TANQ", D("2.25"), "cl")]
    editor.amount_edit(0).setText("0")
    with pytest.raises(InputError) as refused:
        editor.pours()
    assert str(refused.value).startswith("Riga 1:")


def test_nothing_poured_is_refused(editor: PourEditor) -> None:
    with pytest.raises(InputError) as refused:
        editor.pours()
    assert str(refused.value) == "Tap at least one ingredient, or start from a recipe"
