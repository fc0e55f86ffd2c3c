"""The Sell page in the real window: tiles keep their place, the last sales stay undoable."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from inventory_app.services.selling.sales import menu
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.sell_page import SellPage
from inventory_app.ui.pages.sell_widgets import DrinkButton

Click = Qt.MouseButton.LeftButton
SIZE = (1440, 900)  # where the issue saw the grid go from 4 columns to 5


def sell_page(window: MainWindow) -> SellPage:
    window.show_page(window.sell_page)
    page: SellPage = window.sell_page
    QApplication.processEvents()
    return page


def columns(page: SellPage) -> int:
    """How many tiles stand in the first row of the grid."""
    tops = [b.mapTo(page, QPoint(0, 0)).y() for b in page.buttons.values() if b.isVisible()]
    return tops.count(min(tops))


def tile_at(window: MainWindow, point: QPoint) -> str:
    """The drink whose tile is under a point of the window (what a finger there would tap)."""
    widget: QWidget | None = window.childAt(point)
    while widget is not None and not isinstance(widget, DrinkButton):
        widget = widget.parentWidget()
    return widget.text() if widget is not None else ""


def centre_of(window: MainWindow, tile: DrinkButton) -> QPoint:
    return tile.mapTo(window, tile.rect().center())


def leave_and_return(window: MainWindow) -> SellPage:
    window.show_page(window.stock_page)
    QApplication.processEvents()
    return sell_page(window)


def test_the_same_columns_after_leaving_and_returning(
    open_main_window: Callable[..., MainWindow],
) -> None:
    """Sell seen in a small window, the window made larger on another page, then back."""
    window = open_main_window(size=(800, 600))
    page = sell_page(window)
    window.show_page(window.stock_page)
    window.resize(1366, 768)
    QApplication.processEvents()
    page = sell_page(window)
    first = columns(page)
    places = {name: b.mapTo(page, QPoint(0, 0)) for name, b in page.buttons.items()}
    for _ in range(2):
        page = leave_and_return(window)
        assert columns(page) == first
        assert {name: b.mapTo(page, QPoint(0, 0)) for name, b in page.buttons.items()} == places
    window.close()
    fresh = open_main_window(size=(1366, 768))
    assert columns(sell_page(fresh)) == first  # the same width, the same columns


def test_the_same_tile_under_the_same_point_after_a_sale_and_an_undo(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    """Five Mezcal Negroni outsell Negroni this month: no tile moves for it."""
    window = open_main_window(size=SIZE)
    page = sell_page(window)
    names = list(page.buttons)
    points = {name: centre_of(window, page.buttons[name]) for name in names}
    for _ in range(4):
        qtbot.mouseClick(page.quantity.plus, Click)
    qtbot.mouseClick(page.buttons["Mezcal Negroni"], Click)
    assert page.feedback.text().endswith("Sold 5 × Mezcal Negroni, take-away")
    leave_and_return(window)  # the moment the old page re-sorted by sales
    assert {name: tile_at(window, point) for name, point in points.items()} == {
        name: name for name in names
    }
    qtbot.mouseClick(page.recent_rows[0].undo, Click)
    assert page.today_label.text() == "0 drinks"
    leave_and_return(window)
    assert {name: tile_at(window, point) for name, point in points.items()} == {
        name: name for name in names
    }


def drag(qtbot: Any, source: DrinkButton, target: DrinkButton) -> None:
    """Press on one tile, move over another (in steps, as a finger does), let go there."""
    start = source.rect().center()
    end = source.mapFromGlobal(target.mapToGlobal(target.rect().center()))
    qtbot.mousePress(source, Click, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(source, start + (end - start) * step / 5)
    qtbot.mouseRelease(source, Click, pos=end)


def test_the_owner_drags_a_tile_and_the_order_stays(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window(size=SIZE)
    page = sell_page(window)
    names = list(page.buttons)
    moved, onto = names[-1], names[0]
    drag(qtbot, page.buttons[moved], page.buttons[onto])
    expected = [moved, *names[:-1]]
    assert list(page.buttons) == expected
    assert page.today_label.text() == "0 drinks"  # a drag sells nothing
    with window.context.database.reading() as session:
        assert [entry.name for entry in menu(session)] == expected
    window.close()
    again = open_main_window(size=SIZE)
    assert list(sell_page(again).buttons) == expected


def test_a_bartender_cannot_drag_tiles(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window(user="giulia", size=SIZE)
    page = sell_page(window)
    names = list(page.buttons)
    drag(qtbot, page.buttons[names[-1]], page.buttons[names[0]])
    assert list(page.buttons) == names


def test_undo_of_the_second_to_last_sale(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window(size=SIZE)
    page = sell_page(window)
    first, second = list(page.buttons)[:2]
    qtbot.mouseClick(page.buttons[first], Click)
    qtbot.mouseClick(page.buttons[second], Click)
    rows = page.recent_rows
    assert [row.what.text() for row in rows[:2]] == [f"1 × {second}", f"1 × {first}"]
    assert rows[0].when.text().startswith("take-away · ")
    assert page.today_label.text() == "2 drinks"
    qtbot.mouseClick(rows[1].undo, Click)  # the mistake was the drink before the last
    assert page.today_label.text() == "1 drink"
    assert page.feedback.text().endswith(f"Undone: 1 × {first}; its ingredients are back in stock")
    assert [row.what.text() for row in page.recent_rows if row.isVisible()][:1] == [f"1 × {second}"]
    assert Decimal(1) == Decimal(page.today_label.text().split()[0])
