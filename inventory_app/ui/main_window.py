"""The main window: a sidebar of pages, the menus with every shortcut, a status bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QWidget,
)

from inventory_app.i18n.catalogue import tr
from inventory_app.ui import page_table as pages
from inventory_app.ui.column_fit import fit_tables
from inventory_app.ui.first_paint import after_first_paint_within
from inventory_app.ui.icons import icon, tinted, tinted_icon
from inventory_app.ui.page_table import MENU_PAGES, PAGES, Menu, Page, PageSpec
from inventory_app.ui.scan_routing import is_known_barcode, route_scan
from inventory_app.ui.window_menus import MenuBar

if TYPE_CHECKING:  # PySide6's Qt namespace, the permissions and the pages load after first paint
    from inventory_app.ui.context import AppContext
    from inventory_app.ui.pages.bottles_page import BottlesPage
    from inventory_app.ui.pages.control_page import ControlPage
    from inventory_app.ui.pages.count_page import CountPage
    from inventory_app.ui.pages.dashboard_page import DashboardPage
    from inventory_app.ui.pages.history_page import HistoryPage
    from inventory_app.ui.pages.openings_page import OpeningsPage
    from inventory_app.ui.pages.orders_page import OrdersPage
    from inventory_app.ui.pages.recipes_page import RecipesPage
    from inventory_app.ui.pages.sell_page import SellPage
    from inventory_app.ui.pages.stock_page import StockPage
    from inventory_app.ui.pages.variance_page import VariancePage

MAX_NUMBERED_PAGES = 9
SIDEBAR_WIDTH = 164
SIDEBAR_ICON_COLOUR = QColor("#e6eaf0")
FIRST_SIZE = QSize(1366, 820)


@runtime_checkable
class Searchable(Protocol):
    """A page with a search field answers Ctrl+F."""

    def focus_search(self) -> None: ...


@runtime_checkable
class HasActions(Protocol):
    """A page whose actions a menu lists (Item, Sell, Recipe)."""

    actions_by_name: dict[str, QAction]


class MainWindow(QMainWindow):
    """The frame paints first; open(context) then builds the page on screen, the rest on show.

    Pages are typed attributes (window.stock_page): reading one builds it. Each page
    refreshes itself on the changes it shows once built; a page never built needs no refresh.
    """

    dashboard_page: Page[DashboardPage] = Page(pages.DASHBOARD)
    stock_page: Page[StockPage] = Page(pages.STOCK)
    sell_page: Page[SellPage] = Page(pages.SELL)
    recipes_page: Page[RecipesPage] = Page(pages.RECIPES)
    openings_page: Page[OpeningsPage] = Page(pages.OPENINGS)
    bottles_page: Page[BottlesPage] = Page(pages.BOTTLES)
    count_page: Page[CountPage] = Page(pages.COUNT)
    variance_page: Page[VariancePage] = Page(pages.VARIANCE)
    control_page: Page[ControlPage] = Page(pages.CONTROL)
    orders_page: Page[OrdersPage] = Page(pages.ORDERS)
    history_page: Page[HistoryPage] = Page(pages.HISTORY)

    def __init__(
        self, context: AppContext | None = None, *, clock: Callable[[], float] = time.monotonic
    ):
        super().__init__()
        self._context: AppContext | None = None
        self._unbuilt: dict[int, PageSpec] = {}  # sidebar row: the page not built yet
        self._rows: dict[PageSpec, int] = {}
        self._built: dict[PageSpec, QWidget] = {}
        self.setWindowTitle(tr("Inventory"))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self._show_row)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.menu_bar = MenuBar(self)
        self.import_sales_action = self.menu_bar.import_sales
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        for spec in PAGES:
            self._unbuilt[self.stack.count()] = spec
            self._rows[spec] = self.stack.count()
            sidebar_icon = tinted_icon(spec.icon, SIDEBAR_ICON_COLOUR)
            self.add_page(
                spec.shown_title, icon(spec.icon), _opening(), spec.shortcut, sidebar_icon
            )
        self._clock = clock
        self.resize(_first_size(self))
        if context is not None:
            self.open(context)

    @property
    def context(self) -> AppContext:
        assert self._context is not None, "the window is not open on a database yet"
        return self._context

    @property
    def is_open(self) -> bool:
        return self._context is not None

    def open(self, context: AppContext, *, locked: bool = False) -> None:
        """The database is open: sign-in, shortcuts, then the page on screen is built last.

        `locked` (the bar has PINs): the window is covered before any page is built, so
        nothing of the bar paints until someone signs in.

        The pages with menu actions follow once that page has painted, one per turn of
        the event loop: their shortcuts (Ctrl+N, Ctrl+U…) work from any page.
        """
        from inventory_app.ui.barcode_scanner import BarcodeScanner
        from inventory_app.ui.daily_backups import DailyBackups
        from inventory_app.ui.signing_in import Doorman
        from inventory_app.ui.waiting import WaitNotices
        from inventory_app.ui.window_language import LanguageFollower

        self._context = context
        self.menu_bar.open()
        self.doorman = Doorman(self, context)
        self.show_database()
        self.statusBar().addPermanentWidget(self.doorman.badge)
        if locked:
            self.doorman.cover()
        for menu in MENU_PAGES:
            self.menu_bar.menus[menu].aboutToShow.connect(lambda m=menu: self._build_pages_of(m))
        app = QApplication.instance()
        assert app is not None, "MainWindow needs a running QApplication"
        self.scanner = BarcodeScanner(self, clock=self._clock, known=self._is_known_barcode)
        self.scanner.scanned.connect(self.on_scanned)
        app.installEventFilter(self.scanner)
        self.doorman.apply_role()
        self.daily_backups = DailyBackups(context.database.url, self)
        self.daily_backups.said.connect(self.show_message)
        self.wait_notices = WaitNotices(self)
        self.language = LanguageFollower(self, context)
        context.database.while_waiting = self.wait_notices.say
        row = max(self.sidebar.currentRow(), 0)
        self._show_row(row)
        page = self.stack.widget(row) or self
        after_first_paint_within(page, lambda: self._build_pages_of(*MENU_PAGES, one_now=True))

    def show_database(self) -> None:
        """Which database the window works on, in the status bar."""
        label = self.context.database.label
        self.database_label.setText(tr("Database: {name}").format(name=label))
        self.database_label.setToolTip(label)

    def show_restored(self) -> None:
        """A backup was put back under the window: pages re-read, the one on screen is built.

        The pages with menu actions follow, in case the damaged file had stopped them.
        """
        self.refresh_all()
        self._show_row(max(self.sidebar.currentRow(), 0))
        QTimer.singleShot(0, self, lambda: self._build_pages_of(*MENU_PAGES, one_now=True))

    def rebuild_pages(self) -> None:
        """Settings › Language changed: the pages built so far are built again in the new one
        (the one on screen, then those with menu actions, as at opening), on the same
        database with the same person signed in. The window's own words are renamed by
        ui/window_language.py."""
        self._unbuild_pages()
        self._show_row(max(self.sidebar.currentRow(), 0))
        self.doorman.apply_role()
        QTimer.singleShot(0, self, lambda: self._build_pages_of(*MENU_PAGES, one_now=True))

    def _unbuild_pages(self) -> None:
        """Every built page back to its placeholder, to be built again when shown or needed."""
        for spec, page in list(self._built.items()):
            row = self._rows[spec]
            self.stack.insertWidget(row, _opening())
            self.stack.removeWidget(page)
            page.deleteLater()
            self._unbuilt[row] = spec
        self._built.clear()

    def refresh_all(self) -> None:
        """F5, or a backup put back: every page reads again."""
        from inventory_app.ui.context import Change

        self.context.changes.announce(Change.EVERYTHING)

    # --- the pages ------------------------------------------------------------------------
    def page(self, spec: PageSpec) -> QWidget:
        """The page, built now if it was not yet (window.stock_page and the like ask here)."""
        return self._built.get(spec) or self._build_row(self._rows[spec])

    def tables(self) -> list[QTableView]:
        """Every table of the pages built so far (their titles follow the language)."""
        return self.findChildren(QTableView)

    def built_pages(self) -> list[QWidget]:
        """The pages built so far (nothing is built by asking)."""
        return list(self._built.values())

    def built(self, name: str) -> QWidget | None:
        """The page of this name (its spec's) if it has been built (nothing is built by asking)."""
        return next((page for spec, page in self._built.items() if spec.name == name), None)

    def add_page(
        self,
        name: str,
        page_icon: QIcon,
        widget: QWidget,
        shortcut: str | None = None,
        sidebar_icon: QIcon | None = None,
    ) -> QAction:
        """Add a page to the sidebar and View menu; the page in row N gets Ctrl+N (0 to 9).

        The sidebar shows the icon tinted light (`sidebar_icon` when given already so).
        """
        number = self.stack.count()
        if shortcut is None and number <= MAX_NUMBERED_PAGES:
            shortcut = f"Ctrl+{number}"
        self.stack.addWidget(widget)
        light = sidebar_icon or tinted(page_icon, SIDEBAR_ICON_COLOUR)
        QListWidgetItem(light, name, self.sidebar)
        action = QAction(page_icon, f"&{name}", self)
        action.setStatusTip(tr("Go to {page}").format(page=name))
        if shortcut:
            self.menu_bar.shortcut(action, shortcut)
        action.triggered.connect(lambda: self.sidebar.setCurrentRow(number))
        self.menu_bar.menus[Menu.PAGES].addAction(action)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)
        return action

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self._build_row(row)
            self.stack.setCurrentIndex(row)

    def _build_row(self, row: int) -> QWidget:
        """The page in this row, built from its spec the first time (once the window is open)."""
        placeholder = self.stack.widget(row)
        assert placeholder is not None, f"no page in row {row}"
        spec = self._unbuilt.get(row)
        if spec is None or self._context is None:
            return placeholder
        page = spec.build(self._context)  # a page that cannot be read stays to be built
        del self._unbuilt[row]
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if self.sidebar.currentRow() == row:
            self.stack.setCurrentIndex(row)
        self._built[spec] = page
        self._wire(spec, page)
        return page

    def _wire(self, spec: PageSpec, page: QWidget) -> None:
        """What the window does with a page once it exists: messages, menus, its role, and
        tables that fit their columns and show cut text whole."""
        fit_tables(page)
        said = getattr(page, "status_message", None)
        if said is not None:
            said.connect(self.show_message)
        if spec is pages.DASHBOARD:
            self.dashboard_page.order_requested.connect(self.open_order)
        if spec is pages.STOCK:
            self.stock_page.toolbar.add_buttons([self.import_sales_action])
        for menu in {menu for menu, _names in spec.menus}:
            self._fill_menu(menu)
        self.doorman.apply_role()

    def _fill_menu(self, menu: Menu) -> None:
        """A page menu lists the built pages' actions, in page order."""
        shown = self.menu_bar.menus[menu]
        shown.clear()
        for spec in PAGES:
            page = self._built.get(spec)
            for page_menu, names in spec.menus:
                if isinstance(page, HasActions) and page_menu is menu:
                    actions = page.actions_by_name
                    shown.addActions([actions[n] for n in names] or list(actions.values()))

    def _build_pages_of(self, *menus: Menu, one_now: bool = False) -> None:
        """Build the pages whose actions these menus hold (one per turn of the event loop)."""
        for row, spec in sorted(self._unbuilt.items()):
            if any(menu in menus for menu, _names in spec.menus):
                self._build_row(row)
                if one_now:
                    QTimer.singleShot(0, self, lambda: self._build_pages_of(*menus, one_now=True))
                    return

    def load_first_page(self) -> None:
        """Import the code of the page the window opens on (no widget is made: any thread)."""
        spec = self._unbuilt.get(max(self.sidebar.currentRow(), 0))
        if spec is not None:
            spec.load()

    def build_all_pages(self) -> None:
        for row in sorted(self._unbuilt):
            self._build_row(row)

    def show_page(self, widget: QWidget) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(widget))

    def page_shown(self) -> QWidget | None:
        """The page on screen once it is built (None while the window is still opening)."""
        page = self.stack.currentWidget()
        return page if page in self._built.values() else None

    def open_order(self, order_id: int) -> None:
        """The Dashboard's double-click: the Orders page with that order selected."""
        self.show_page(self.orders_page)
        self.orders_page.select_order(order_id)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # --- status bar and actions -----------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def all_actions(self) -> list[QAction]:
        """Every menu action, in menu order (the shortcuts dialog lists these)."""
        self.build_all_pages()
        return self.menu_bar.all_actions()

    def focus_search(self) -> None:
        page = self.current_page()
        if isinstance(page, Searchable):
            page.focus_search()

    def switch_user(self) -> None:
        self.doorman.switch_user()

    def on_scanned(self, code: str) -> None:
        """A scan jumps to its item (ui/scan_routing.py)."""
        route_scan(self, code)

    def _is_known_barcode(self, code: str) -> bool:
        return is_known_barcode(self, code)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop watching the keyboard before the window goes."""
        app = QApplication.instance()
        if self.is_open:
            if app is not None:
                app.removeEventFilter(self.scanner)
            self.doorman.stop()
            self.daily_backups.timer.stop()
        super().closeEvent(event)


def _opening() -> QLabel:
    """What the page area shows while the database opens (a fraction of a second)."""
    label = QLabel(tr("Opening the bar…"))
    label.setObjectName("opening")
    label.setStyleSheet("qproperty-alignment: AlignCenter;")  # no Qt namespace before paint
    return label


def _first_size(window: QWidget) -> QSize:
    """1366×820, or the screen's free room where that is smaller (a 1280×800 laptop).

    A window larger than its screen has its right-hand cards and buttons off the edge.
    """
    screen = window.screen()
    if screen is None:
        return FIRST_SIZE
    return FIRST_SIZE.boundedTo(screen.availableGeometry().size())
