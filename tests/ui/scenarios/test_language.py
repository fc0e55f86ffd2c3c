"""Settings › Language: the window speaks the chosen language at once, and at the next start.

The choice is this computer's (a file in the user's config folder, here a test folder);
$INVENTORY_APP_LANG, which the tests set to English, would outrank it, so it is unset.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from inventory_app.i18n.catalogue import current_language
from inventory_app.i18n.language import LANG_ENV, saved_language
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.page_table import Menu
from tests.ui.scenarios.conftest import go_to

ENGLISH_SIDEBAR = ["Dashboard", "Stock", "Sell", "Recipes", "Openings", "Bottles", "Count",
                   "Variance", "Control", "Orders", "History"]  # fmt: skip
ITALIAN_SIDEBAR = ["Panoramica", "Giacenze", "Vendita", "Ricette", "Aperture", "Bottiglie",
                   "Conta", "Scostamenti", "Controllo", "Ordini", "Storico"]  # fmt: skip
ENGLISH_MENUS = ["File", "Item", "Sell", "Recipe", "View", "Help"]
ITALIAN_MENUS = ["File", "Articolo", "Vendita", "Ricetta", "Visualizza", "Aiuto"]


@pytest.fixture(autouse=True)
def own_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(LANG_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def menus(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def shortcuts(window: MainWindow) -> list[str]:
    return [a.shortcut().toString() for a in window.findChildren(QAction)]


def choose_in_settings(qtbot: Any, window: MainWindow, language: str) -> None:
    """Ctrl+, opens Settings; the language is picked from its list, then Save."""
    missing: list[str] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        chooser = dialog.findChild(QComboBox, "language")
        box = dialog.findChild(QDialogButtonBox)
        save = box.button(QDialogButtonBox.StandardButton.Save) if box is not None else None
        if chooser is None or chooser.findText(language) < 0 or save is None:
            missing.append(f"no {language!r} to choose in Settings")
            dialog.reject()  # never leave a test waiting on an open dialog
            return
        chooser.setCurrentIndex(chooser.findText(language))
        save.click()

    QTimer.singleShot(0, pick)
    settings = next(a for a in window.all_actions() if a.shortcut().toString() == "Ctrl+,")
    settings.trigger()
    assert not missing, missing[0]


def test_choosing_italian_then_english_in_settings(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window()
    stock = go_to(qtbot, window, "Stock")
    assert (sidebar(window), menus(window)) == (ENGLISH_SIDEBAR, ENGLISH_MENUS)

    choose_in_settings(qtbot, window, "Italiano")
    qtbot.waitUntil(lambda: sidebar(window) == ITALIAN_SIDEBAR)
    assert menus(window) == ITALIAN_MENUS
    assert (current_language(), saved_language()) == ("it", "it")
    qtbot.waitUntil(lambda: window.page_shown() is not stock)  # built again, in Italian
    assert window.sidebar.currentItem().text() == "Giacenze"
    qtbot.waitUntil(lambda: bool(window.menu_bar.menus[Menu.ITEM].actions()))  # pages' again
    qtbot.waitUntil(lambda: shortcuts(window).count("Ctrl+,") == 1)  # the old menus' are gone
    assert shortcuts(window).count("Ctrl+2") == 1  # a page's stays, with its new name

    choose_in_settings(qtbot, window, "English")
    qtbot.waitUntil(lambda: sidebar(window) == ENGLISH_SIDEBAR)
    assert menus(window) == ENGLISH_MENUS
    assert (current_language(), saved_language()) == ("en", "en")
    assert window.context.user == "owner"  # the same person, the same bar, never signed out
