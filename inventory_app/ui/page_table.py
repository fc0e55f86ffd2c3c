"""The window's pages, in sidebar order, each built by importing its module when first shown.

Importing a page brings the services and SQLAlchemy with it, and building it reads the
database: the window's frame paints first, then only the page on screen is built.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from inventory_app.ui.context import AppContext


class PageSpec(NamedTuple):
    """attribute on the window, sidebar title, icon, shortcut (None: Ctrl+row), class path.

    A named tuple, not a dataclass: the frame paints before `dataclasses` (and the
    `inspect` it loads) is needed.
    """

    attribute: str
    title: str
    icon: str
    shortcut: str | None
    module: str
    cls: str
    menus: tuple[tuple[str, tuple[str, ...]], ...] = ()  # menu key, action names ("" all)

    def load(self) -> Callable[[AppContext], QWidget]:
        """The page's class (importing its module brings the services and SQLAlchemy)."""
        module = importlib.import_module(f"inventory_app.ui.pages.{self.module}")
        cls: Callable[[AppContext], QWidget] = getattr(module, self.cls)
        return cls

    def build(self, context: AppContext) -> QWidget:
        return self.load()(context)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard_page", "Dashboard", "dashboard", None, "dashboard_page", "DashboardPage"),
    PageSpec("stock_page", "Stock", "stock", None, "stock_page", "StockPage", (("item", ()),)),
    PageSpec("sell_page", "Sell", "sell", "Ctrl+2", "sell_page", "SellPage", (("sell", ()),)),
    PageSpec(
        "recipes_page",
        "Recipes",
        "recipes",
        "Ctrl+3",
        "recipes_page",
        "RecipesPage",
        (("recipe", ()),),
    ),
    PageSpec("openings_page", "Openings", "opening", "Ctrl+4", "openings_page", "OpeningsPage"),
    PageSpec("bottles_page", "Bottles", "bottle", "Ctrl+5", "bottles_page", "BottlesPage"),
    PageSpec(
        "count_page",
        "Count",
        "count",
        "Ctrl+6",
        "count_page",
        "CountPage",
        (("item", ("finalise",)),),
    ),
    PageSpec("variance_page", "Variance", "variance", "Ctrl+7", "variance_page", "VariancePage"),
    PageSpec("control_page", "Control", "control", "Ctrl+8", "control_page", "ControlPage"),
    PageSpec("orders_page", "Orders", "orders", "Ctrl+9", "orders_page", "OrdersPage"),
    PageSpec("history_page", "History", "history", "Ctrl+Shift+H", "history_page", "HistoryPage"),
)
MENU_PAGES = {key for spec in PAGES for key, _names in spec.menus}
