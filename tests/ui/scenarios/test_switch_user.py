"""Switch user: the PIN pad shows every key whole, its bottom row (⌫ 0 OK) too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, Qt

from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog
from inventory_app.ui.main_window import MainWindow


def test_every_key_of_the_pad_is_whole(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window()
    qtbot.mouseClick(window.doorman.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.doorman.dialog, SignInDialog))
    dialog = window.doorman.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    pad = dialog.pad
    for key, button in pad.keys.items():
        shown = QRect(button.mapTo(pad, button.rect().topLeft()), button.size())
        assert pad.rect().contains(shown), f"key {key} is cut: {shown} outside {pad.rect()}"
        in_dialog = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert dialog.rect().contains(in_dialog), f"key {key} is cut by the dialog"
    dialog.reject()
