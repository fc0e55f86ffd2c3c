"""Resolve one line: to the recipe chosen or to the pours entered; a refusal is said, and a
person the services would refuse cannot press Resolve."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.recipes import Channel
from inventory_app.services.selling.pours import PourSpec
from inventory_app.services.selling.unmatched import Resolved, Unmatched
from inventory_app.ui.dialogs.resolve_dialog import Resolution, ResolveDialog
from tests.ui.dialogs.test_pour_editor import NEGRONI, SHEET

D = Decimal
LINE = Unmatched(
    id=4, item="Special", note="", at=datetime(2026, 11, 20, 21), quantity=D(2),
    amount=D(24), kind="sale", import_id=1, resolved=False, channel=Channel.SPEAKEASY,
)  # fmt: skip
DONE = Resolved(4, None, 2)


def dialog_with(
    qtbot: Any, answer: Resolved | InventoryError, refusal: str | None = None
) -> tuple[ResolveDialog, list[Resolution], list[Channel]]:
    chosen: list[Resolution] = []
    channels: list[Channel] = []

    def lines(_recipe: int, channel: Channel) -> list[PourSpec]:
        channels.append(channel)
        return NEGRONI

    def resolve(resolution: Resolution) -> Resolved | InventoryError:
        chosen.append(resolution)
        return answer

    dialog = ResolveDialog(
        None, line=LINE, described="<b>Special</b>", sheet=SHEET, recipe_pours=lines,
        resolve=resolve, refusal=refusal,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    return dialog, chosen, channels


def test_to_the_recipe_chosen(qtbot: Any) -> None:
    dialog, chosen, _ = dialog_with(qtbot, DONE)
    dialog.show()
    dialog.recipe.setCurrentIndex(0)
    dialog.editor.recipe.setCurrentIndex(0)
    qtbot.keyClick(dialog.editor.search, Qt.Key.Key_Return)  # nothing typed: nothing added
    qtbot.keyClick(dialog.recipe, Qt.Key.Key_Return)  # and Enter presses no button
    assert chosen == [] and dialog.isVisible() and dialog.editor.skus() == []
    dialog.recipe.setCurrentIndex(-1)
    dialog.to_recipe.setChecked(True)
    dialog.resolve_button.click()
    assert dialog.message.text() == "Choose the recipe it was" and chosen == []
    dialog.recipe.setCurrentIndex(0)
    dialog.resolve_button.click()
    assert chosen == [Resolution(recipe="Negroni")] and dialog.resolved == DONE


def test_to_the_pours_started_from_a_recipe_on_the_lines_channel(qtbot: Any) -> None:
    dialog, chosen, channels = dialog_with(qtbot, DONE)
    dialog.editor.recipe.setCurrentIndex(0)
    dialog.editor.start_button.click()
    assert dialog.to_pours.isChecked() and channels == [Channel.SPEAKEASY]
    dialog.editor.amount_edit(0).setText("4")
    dialog.resolve_button.click()
    assert chosen == [Resolution(pours=(("GIN-TANQ", D(4), "cl"), ("AMA-CAMP", D(30), "ml")))]


def test_a_refusal_is_said_and_the_line_stays(qtbot: Any) -> None:
    dialog, _, _ = dialog_with(qtbot, InputError("unmatched sale 4 (Special) was already resolved"))
    dialog.editor.add_line("GIN-TANQ")
    dialog.resolve_button.click()
    assert dialog.message.text() == (
        "Not resolved: unmatched sale 4 (Special) was already resolved"
    )
    assert dialog.resolved is None


def test_a_person_without_the_right_reads_why_before_trying(qtbot: Any) -> None:
    dialog, _, _ = dialog_with(qtbot, DONE, refusal="Only the owner may import sales.")
    assert not dialog.resolve_button.isEnabled()
    assert dialog.message.text() == "Only the owner may import sales."
