"""A dialog's standard buttons are named in the app's language, whatever Qt has loaded."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inventory_app.i18n.catalogue import ITALIAN, in_language
from inventory_app.ui.dialogs.buttons import Standard, name_buttons, standard_buttons


def test_standard_buttons_in_italian(qtbot: QtBot) -> None:
    with in_language(ITALIAN):
        box = standard_buttons(Standard.Save | Standard.Cancel)
    qtbot.addWidget(box)
    assert box.button(Standard.Save).text() == "Salva"
    assert box.button(Standard.Cancel).text() == "Annulla"


def test_a_box_renamed_after_a_change_of_language(qtbot: QtBot) -> None:
    box = standard_buttons(Standard.Ok | Standard.Close)
    qtbot.addWidget(box)
    assert (box.button(Standard.Ok).text(), box.button(Standard.Close).text()) == ("OK", "Close")
    with in_language(ITALIAN):
        name_buttons(box)
    assert box.button(Standard.Close).text() == "Chiudi"
