"""ui/page_table.py: the window's pages in sidebar order, each loaded only when asked for,
and the typed attribute that asks the window to build one."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from inventory_app.ui.context import AppContext
from inventory_app.ui.page_table import MENU_PAGES, PAGES, STOCK, Menu, Page, PageSpec


def test_the_pages_are_named_once_each_and_every_one_loads() -> None:
    names = [spec.name for spec in PAGES]
    assert len(set(names)) == len(names) and names[0] == "dashboard_page"
    shortcuts = [spec.shortcut for spec in PAGES if spec.shortcut]
    assert len(set(shortcuts)) == len(shortcuts)
    for spec in PAGES:
        cls = spec.load()
        module = importlib.import_module(f"inventory_app.ui.pages.{spec.module}")
        assert cls is getattr(module, spec.cls)
        assert isinstance(cls, type) and issubclass(cls, QWidget)
    assert {Menu.ITEM, Menu.SELL, Menu.RECIPE} == MENU_PAGES


def test_a_spec_builds_its_page_on_the_bar(qtbot: Any, context: AppContext) -> None:
    page = STOCK.build(context)
    qtbot.addWidget(page)
    assert type(page).__name__ == "StockPage"


class Window:
    """Stands for the main window: builds each page the first time it is asked for."""

    label: Page[QLabel] = Page(PageSpec("label", "Label", "", None, "", ""))

    def __init__(self) -> None:
        self.built: dict[str, QWidget] = {}

    def page(self, spec: PageSpec) -> QWidget:
        if spec.name not in self.built:
            self.built[spec.name] = QLabel(spec.title)
        return self.built[spec.name]


def test_a_page_attribute_asks_the_window_and_is_built_once(qtbot: Any) -> None:
    assert isinstance(Window.label, Page) and Window.label.spec.name == "label"
    window = Window()
    assert window.built == {}
    first = window.label
    qtbot.addWidget(first)
    assert isinstance(first, QLabel) and first.text() == "Label"
    assert window.label is first and list(window.built) == ["label"]
