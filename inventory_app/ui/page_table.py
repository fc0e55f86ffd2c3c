"""The window's pages, in sidebar order, each built by importing its module when first shown.

Importing a page brings the services and SQLAlchemy with it, and building it reads the
database: the window's frame paints first, then only the page on screen is built. Which
changes a page refreshes on, it declares itself (its SHOWS), beside the code that reads them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Generic, NamedTuple, Protocol, TypeVar, cast, overload

from PySide6.QtWidgets import QWidget

from inventory_app.i18n.catalogue import N_, NC_, trc

if TYPE_CHECKING:
    from inventory_app.ui.context import AppContext

P = TypeVar("P", bound=QWidget)


class Menu(Enum):
    """The window's menus, by their English titles (translated where a menu is made)."""

    FILE = N_("&File")
    ITEM = N_("&Item")
    SELL = N_("&Sell")
    RECIPE = N_("&Recipe")
    VIEW = N_("&View")
    PAGES = N_("&Go to page")  # in the View menu
    HELP = N_("&Help")


class PageSpec(NamedTuple):
    """One page: its name, sidebar title, icon, shortcut (None: Ctrl+row), class path, menus.

    `title` is the English one, marked for the catalogue: `shown_title` is what a person reads.

    A named tuple, not a dataclass: the frame paints before `dataclasses` (and the
    `inspect` it loads) is needed.
    """

    name: str
    title: str
    icon: str
    shortcut: str | None
    module: str
    cls: str
    menus: tuple[tuple[Menu, tuple[str, ...]], ...] = ()  # a menu, its action names (() all)

    @property
    def shown_title(self) -> str:
        """The sidebar's and the View menu's name of the page, in the current language."""
        return trc("page", self.title)

    def load(self) -> Callable[[AppContext], QWidget]:
        """The page's class (importing its module brings the services and SQLAlchemy)."""
        module = importlib.import_module(f"inventory_app.ui.pages.{self.module}")
        cls: Callable[[AppContext], QWidget] = getattr(module, self.cls)
        return cls

    def build(self, context: AppContext) -> QWidget:
        return self.load()(context)


DASHBOARD = PageSpec(
    "dashboard_page", NC_("page", "Dashboard"), "dashboard", None, "dashboard_page", "DashboardPage"
)
STOCK = PageSpec(
    "stock_page", NC_("page", "Stock"), "stock", None, "stock_page", "StockPage", ((Menu.ITEM, ()),)
)
SELL = PageSpec(
    "sell_page", NC_("page", "Sell"), "sell", "Ctrl+2", "sell_page", "SellPage", ((Menu.SELL, ()),)
)
RECIPES = PageSpec(
    "recipes_page", NC_("page", "Recipes"), "recipes", "Ctrl+3", "recipes_page", "RecipesPage",
    ((Menu.RECIPE, ()),),
)  # fmt: skip
OPENINGS = PageSpec(
    "openings_page", NC_("page", "Openings"), "opening", "Ctrl+4", "openings_page", "OpeningsPage"
)
BOTTLES = PageSpec(
    "bottles_page", NC_("page", "Bottles"), "bottle", "Ctrl+5", "bottles_page", "BottlesPage"
)
COUNT = PageSpec(
    "count_page", NC_("page", "Count"), "count", "Ctrl+6", "count_page", "CountPage",
    ((Menu.ITEM, ("finalise",)),),
)  # fmt: skip
VARIANCE = PageSpec(
    "variance_page", NC_("page", "Variance"), "variance", "Ctrl+7", "variance_page", "VariancePage"
)
CONTROL = PageSpec(
    "control_page", NC_("page", "Control"), "control", "Ctrl+8", "control_page", "ControlPage"
)
ORDERS = PageSpec(
    "orders_page", NC_("page", "Orders"), "orders", "Ctrl+9", "orders_page", "OrdersPage"
)
HISTORY = PageSpec(
    "history_page", NC_("page", "History"), "history", "Ctrl+Shift+H", "history_page", "HistoryPage"
)

PAGES: tuple[PageSpec, ...] = (
    DASHBOARD, STOCK, SELL, RECIPES, OPENINGS, BOTTLES, COUNT, VARIANCE, CONTROL, ORDERS, HISTORY
)  # fmt: skip
MENU_PAGES = {menu for spec in PAGES for menu, _names in spec.menus}


class Pages(Protocol):
    """The window, as the pages see it: it builds a page the first time it is asked for."""

    def page(self, spec: PageSpec) -> QWidget: ...


class Page(Generic[P]):
    """A page as a typed attribute of the window (window.stock_page): read, it is built."""

    def __init__(self, spec: PageSpec) -> None:
        self.spec = spec

    @overload
    def __get__(self, window: None, owner: type) -> Page[P]: ...
    @overload
    def __get__(self, window: Pages, owner: type) -> P: ...
    def __get__(self, window: Pages | None, owner: type) -> Page[P] | P:
        return self if window is None else cast(P, window.page(self.spec))
