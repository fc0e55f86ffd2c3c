"""People in the window: File > Settings > People, as the owner and as a bartender."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QWidget

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Actor, Role
from inventory_app.services.people import sign_in as sign_in_service
from inventory_app.ui.dialogs.people_section import PeopleSection
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from inventory_app.ui.main_window import MainWindow
from tests.ui.scenarios.driving import click, when_a_dialog_opens


def open_settings(window: MainWindow, qtbot: Any, work: Callable[[SettingsDialog], None]) -> None:
    """File > Settings opens; `work` runs in it, then the dialog is closed."""
    done: list[bool] = []

    def in_settings(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        try:
            work(dialog)
        finally:
            dialog.reject()
            done.append(True)

    when_a_dialog_opens(in_settings)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    settings = next(a for a in file_menu.actions() if a.text() == "&Settings…")
    settings.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def show_people(dialog: SettingsDialog, qtbot: Any) -> PeopleSection:
    bar = dialog.tabs.tabBar()
    tab = next(i for i in range(bar.count()) if bar.tabText(i) == "People")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert dialog.tabs.currentWidget() is dialog.people
    return dialog.people


def pick(section: PeopleSection, qtbot: Any, name: str) -> None:
    row = [u.name for u in section.model.rows].index(name)
    spot = section.table.visualRect(section.model.index(row, 0)).center()
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def fill(qtbot: Any, *, pin: str, name: str = "", role: str = "") -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        if name:
            qtbot.keyClicks(dialog.findChild(QLineEdit, "personName"), name)
            roles = dialog.findChild(QComboBox, "personRole")
            assert roles is not None
            roles.setCurrentText(role)
        for field in ("personPin", "personPinRepeat"):
            qtbot.keyClicks(dialog.findChild(QLineEdit, field), pin)
        click("Save")(dialog)

    return answer


def sign_in(db: Database, name: str, pin: str) -> Actor:
    return sign_in_service.sign_in(db, name, pin)


def test_the_owner_adds_a_bartender_resets_a_pin_and_switches_people_off_and_on(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    window = open_main_window()
    listed: list[list[tuple[str, bool, bool]]] = []

    def work(dialog: SettingsDialog) -> None:
        section = show_people(dialog, qtbot)
        when_a_dialog_opens(fill(qtbot, name="Marco", role="bartender", pin="2468"))
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        pick(section, qtbot, "giulia")
        assert section.pin_button.text() == "Reset PIN…"
        when_a_dialog_opens(fill(qtbot, pin="9753"))
        qtbot.mouseClick(section.pin_button, Qt.MouseButton.LeftButton)
        pick(section, qtbot, "Marco")
        qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton)
        listed.append([(u.name, u.active, u.has_secret) for u in section.model.rows])
        assert section.active_button.text() == "Enable"
        qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton)
        listed.append([(u.name, u.active, u.has_secret) for u in section.model.rows])

    open_settings(window, qtbot, work)
    assert listed == [
        [("giulia", True, True), ("Marco", False, True), ("owner", True, True)],
        [("giulia", True, True), ("Marco", True, True), ("owner", True, True)],
    ]
    assert sign_in(demo_db, "marco", "2468") == Actor("Marco", Role.BARTENDER)
    assert sign_in(demo_db, "giulia", "9753") == Actor("giulia", Role.BARTENDER)


def test_a_bartender_sees_people_read_only_and_the_service_refuses_her(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    window = open_main_window(user="giulia")
    seen: list[str] = []

    def work(dialog: SettingsDialog) -> None:
        section = show_people(dialog, qtbot)
        pick(section, qtbot, "owner")
        buttons = (section.add_button, section.pin_button, section.active_button)
        assert not any(b.isEnabled() for b in buttons)
        seen.append(section.why.text())
        section.toggle_active()  # past the buttons: the service itself says no
        seen.append(section.message.text())

    open_settings(window, qtbot, work)
    assert seen[0].startswith("Only the owner manages people")
    assert seen[1].startswith("Not saved: Only the owner may manage users")
    assert sign_in(demo_db, "owner", "1234") == Actor("owner", Role.OWNER)
