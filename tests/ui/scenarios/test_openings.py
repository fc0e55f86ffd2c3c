"""Openings in the real window: the big button names its bottle, a second opening asks first."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from inventory_app.db.models import Bottle, Item, StockLevel
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.openings_page import OpeningsPage

Click = Qt.MouseButton.LeftButton


class MessageBoxes:
    """Reads each question the window asks and answers it as the test says (No by default)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.answer = QMessageBox.StandardButton.No
        self.timer = QTimer()
        self.timer.timeout.connect(self._answer)
        self.timer.start(20)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append(box.text())
            button = box.button(self.answer)
            assert button is not None, f"no {self.answer} on {box.text()!r}"
            button.click()


@pytest.fixture
def questions() -> Iterator[MessageBoxes]:
    boxes = MessageBoxes()
    yield boxes
    boxes.timer.stop()


def openings(window: MainWindow, qtbot: Any, text: str) -> OpeningsPage:
    """The Openings page with `text` typed into its search, as the bartender types it."""
    window.show_page(window.openings_page)
    page: OpeningsPage = window.openings_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, text)
    return page


def pick(page: OpeningsPage, qtbot: Any, starts: str) -> None:
    """Tap the match whose line begins with `starts`."""
    row = next(
        n for n in range(page.matches.count()) if page.matches.item(n).text().startswith(starts)
    )
    rect = page.matches.visualItemRect(page.matches.item(row))
    qtbot.mouseClick(page.matches.viewport(), Click, pos=rect.center())


def bottle_states(window: MainWindow, sku: str) -> dict[int, str]:
    with window.context.database.reading() as session:
        query = select(Bottle.id, Bottle.state).join(Item).where(Item.sku == sku)
        return dict(session.execute(query).all())


def open_containers(window: MainWindow, sku: str) -> int:
    with window.context.database.reading() as session:
        query = select(StockLevel.open_containers).join(Item).where(Item.sku == sku)
        return session.scalars(query).one()


def test_the_big_buttons_name_the_bottle_they_act_on(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window()
    page = openings(window, qtbot, "Springbank")
    assert page.selected_target() is not None and page.selected_target().code == "#1"  # type: ignore[union-attr]
    assert page.finish_button.isEnabled()
    assert page.finish_button.accessibleName() == "Finish Springbank 21 Year Old #1"
    assert page.finish_button.text().startswith("Finish\n")
    assert page.finish_button.text().endswith(" #1")  # at 1280 px the name may be cut, never #1
    assert not page.open_button.isEnabled() and page.open_button.text() == "Open"
    pick(page, qtbot, "#2 ")
    assert page.open_button.accessibleName() == "Open Springbank 21 Year Old #2"
    assert not page.finish_button.isEnabled()


def test_opening_a_second_bottle_asks_first(
    open_main_window: Callable[..., MainWindow], qtbot: Any, questions: MessageBoxes
) -> None:
    window = open_main_window()
    page = openings(window, qtbot, "Springbank")
    pick(page, qtbot, "#2 ")
    qtbot.mouseClick(page.open_button, Click)
    qtbot.waitUntil(lambda: bool(questions.seen), timeout=3000)
    assert questions.seen[0].startswith("Springbank 21 Year Old #1 is still open since ")
    assert questions.seen[0].endswith(": open #2 anyway?")
    assert bottle_states(window, "WHI-SPR21") == {1: "open", 2: "sealed"}  # No: nothing opened
    assert page.feedback.text().endswith("Not opened: Springbank 21 Year Old #2")
    questions.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.open_button, Click)
    qtbot.waitUntil(lambda: len(questions.seen) == 2, timeout=3000)
    assert bottle_states(window, "WHI-SPR21") == {1: "open", 2: "open"}


def test_opening_another_container_of_a_bulk_item_asks_first(
    open_main_window: Callable[..., MainWindow], qtbot: Any, questions: MessageBoxes
) -> None:
    window = open_main_window()
    page = openings(window, qtbot, "Campari Bitter")
    assert page.open_button.accessibleName() == "Open Campari Bitter 1 L"
    before = open_containers(window, "AMA-CAMP")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # one match: Enter opens it
    qtbot.waitUntil(lambda: bool(questions.seen), timeout=3000)
    assert questions.seen[0].startswith("Campari Bitter 1 L: one is still open since ")
    assert questions.seen[0].endswith(": open another anyway?")
    assert open_containers(window, "AMA-CAMP") == before
