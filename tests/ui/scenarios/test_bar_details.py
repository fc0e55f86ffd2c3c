"""The bar's details, as the owner fills them in: File > Settings > Bar (issue 19)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMenu, QWidget

from inventory_app.db.engine import Database
from inventory_app.services.bar_logo import bar_logo
from inventory_app.services.settings import bar_details
from inventory_app.ui.dialogs.bar_section import BarSection
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from inventory_app.ui.main_window import MainWindow
from tests.ui.scenarios.driving import when_a_dialog_opens
from tests.ui.scenarios.test_people import open_settings


def show_bar(dialog: SettingsDialog, qtbot: Any, name: str = "Bar") -> BarSection:
    tabs = dialog.tabs.tabBar()
    tab = next(i for i in range(tabs.count()) if tabs.tabText(i) == name)
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(tab).center())
    assert dialog.tabs.currentWidget() is dialog.bar
    return dialog.bar


def retype(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_a_wrong_p_iva_is_marked_and_a_right_one_is_saved(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    window = open_main_window()
    seen: dict[str, object] = {}

    def work(dialog: SettingsDialog) -> None:
        section = show_bar(dialog, qtbot)
        assert section.fields["bar_name"].text() == "La Chiusa Cocktail Bar"  # the demo's
        vat = section.fields["bar_vat_number"]
        retype(qtbot, vat, "IT09648150151")  # the last digit mistyped
        seen["error"] = section.errors["bar_vat_number"].text()
        seen["shown"] = section.errors["bar_vat_number"].isVisible()
        dialog.accept()
        seen["still open"] = dialog.isVisible() and dialog.saved is None
        retype(qtbot, vat, "it 0964 815 0150")
        retype(qtbot, section.fields["bar_delivery_address"], "Vicolo dei Lavandai 2, Milano")
        dialog.accept()
        seen["saved"] = dialog.saved is not None

    open_settings(window, qtbot, work)
    assert seen["shown"] and "wrong check digit" in str(seen["error"]).lower()
    assert seen["still open"] and seen["saved"]
    with demo_db.reading() as s:
        details = bar_details(s)
    assert details.vat_number == "IT09648150150"
    assert details.delivery_address == "Vicolo dei Lavandai 2, Milano"


def test_in_italian_an_address_keeps_its_commas(
    italian: None, open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    """The tab reads 'Locale'; an address is words, not a number whose marks are swapped."""
    window = open_main_window()
    shown: list[str] = []

    def work(dialog: SettingsDialog) -> None:
        section = show_bar(dialog, qtbot, "Locale")
        shown.append(section.fields["bar_address"].text())
        shown.append(section.fields["order_vat_pct"].text())

    done: list[bool] = []

    def in_settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        try:
            work(dialog)
        finally:
            dialog.reject()
            done.append(True)

    when_a_dialog_opens(in_settings)
    file_menu = window.menuBar().actions()[0].menu()  # File, whatever its word
    assert isinstance(file_menu, QMenu)
    next(a for a in file_menu.actions() if a.text() == "I&mpostazioni…").trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    with demo_db.reading() as s:
        assert shown == [bar_details(s).address, "22"]
    assert "," in shown[0]


def test_a_logo_is_chosen_and_removed_at_once(
    open_main_window: Callable[..., MainWindow],
    qtbot: Any,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>')
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(logo), "")
    )  # the system's open dialog answers the file
    window = open_main_window()
    said: list[str] = []

    def work(dialog: SettingsDialog) -> None:
        section = show_bar(dialog, qtbot)
        said.append(section.logo_label.text())
        qtbot.mouseClick(section.choose_logo, Qt.MouseButton.LeftButton)
        said.append(section.logo_label.text())
        with demo_db.reading() as s:
            said.append(getattr(bar_logo(s), "kind", ""))
        qtbot.mouseClick(section.remove_logo, Qt.MouseButton.LeftButton)
        said.append(section.logo_label.text())

    open_settings(window, qtbot, work)
    assert said[0] == said[3] == "none: orders print without one"
    assert said[1].startswith("svg, 1 kB, ") and said[2] == "svg"
    with demo_db.reading() as s:
        assert bar_logo(s) is None
