"""The main window: a sidebar of pages, the menus with every shortcut, a status bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from inventory_app import __version__
from inventory_app.ui import queries
from inventory_app.ui.barcode_scanner import BarcodeScanner
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from inventory_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from inventory_app.ui.icons import icon, tinted
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
from inventory_app.ui.signing_in import Doorman

MAX_NUMBERED_PAGES = 9
SIDEBAR_WIDTH = 164
SIDEBAR_ICON_COLOUR = QColor("#e6eaf0")


@runtime_checkable
class Searchable(Protocol):
    """A page with a search field answers Ctrl+F."""

    def focus_search(self) -> None: ...


class MainWindow(QMainWindow):
    """Pages register with add_page; each refreshes itself on context.changes."""

    def __init__(self, context: AppContext, *, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.context = context
        self.setWindowTitle("Inventory")
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.doorman = Doorman(self, context)
        self._menus = self._build_menus()
        self._build_status_bar()
        self.dashboard_page = DashboardPage(context)
        self.add_page("Dashboard", icon("dashboard"), self.dashboard_page)
        self.stock_page = StockPage(context)
        self.stock_page.status_message.connect(self.show_message)
        self.add_page("Stock", icon("stock"), self.stock_page)
        for action in self.stock_page.actions_by_name.values():
            self._menus["item"].addAction(action)
        self.sell_page = SellPage(context)
        self.sell_page.status_message.connect(self.show_message)
        self.add_page("Sell", icon("sell"), self.sell_page, "Ctrl+2")
        for action in self.sell_page.actions_by_name.values():
            self._menus["sell"].addAction(action)
        self.recipes_page = RecipesPage(context)
        self.recipes_page.status_message.connect(self.show_message)
        self.add_page("Recipes", icon("recipes"), self.recipes_page, "Ctrl+3")
        for action in self.recipes_page.actions_by_name.values():
            self._menus["recipe"].addAction(action)
        self.openings_page = OpeningsPage(context)
        self.openings_page.status_message.connect(self.show_message)
        self.add_page("Openings", icon("opening"), self.openings_page, "Ctrl+4")
        self.bottles_page = BottlesPage(context)
        self.add_page("Bottles", icon("bottle"), self.bottles_page, "Ctrl+5")
        self.count_page = CountPage(context)
        self.count_page.status_message.connect(self.show_message)
        self.add_page("Count", icon("count"), self.count_page, "Ctrl+6")
        self._menus["item"].addAction(self.count_page.actions_by_name["finalise"])
        self.variance_page = VariancePage(context)
        self.variance_page.status_message.connect(self.show_message)
        self.add_page("Variance", icon("variance"), self.variance_page, "Ctrl+7")
        self.control_page = ControlPage(context)
        self.add_page("Control", icon("control"), self.control_page, "Ctrl+8")
        self.orders_page = OrdersPage(context)
        self.orders_page.status_message.connect(self.show_message)
        self.add_page("Orders", icon("orders"), self.orders_page, "Ctrl+9")
        self.history_page = HistoryPage(context)
        self.history_page.status_message.connect(self.show_message)
        self.add_page("History", icon("history"), self.history_page, "Ctrl+Shift+H")
        self.dashboard_page.order_requested.connect(self.open_order)
        self.stock_page.toolbar.add_buttons([self.import_sales_action])
        self.scanner = BarcodeScanner(self, clock=clock)
        self.scanner.scanned.connect(self.on_scanned)
        app = QApplication.instance()
        assert app is not None, "MainWindow needs a running QApplication"
        app.installEventFilter(self.scanner)
        self.doorman.apply_role()
        self.resize(1366, 820)

    # --- the page registry ----------------------------------------------------------------
    def add_page(
        self, name: str, page_icon: QIcon, widget: QWidget, shortcut: str | None = None
    ) -> QAction:
        """Add a page to the sidebar and View menu; the page in row N gets Ctrl+N (0 to 9)."""
        number = self.stack.count()
        if shortcut is None and number <= MAX_NUMBERED_PAGES:
            shortcut = f"Ctrl+{number}"
        self.stack.addWidget(widget)
        QListWidgetItem(tinted(page_icon, SIDEBAR_ICON_COLOUR), name, self.sidebar)
        action = QAction(page_icon, f"&{name}", self)
        action.setStatusTip(f"Go to {name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show_page(widget))
        self._menus["pages"].addAction(action)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)
        return action

    def show_page(self, widget: QWidget) -> None:
        self.sidebar.setCurrentRow(self.stack.indexOf(widget))

    def open_order(self, order_id: int) -> None:
        """The Dashboard's double-click: the Orders page with that order selected."""
        self.show_page(self.orders_page)
        self.orders_page.select_order(order_id)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # --- menus and status bar -------------------------------------------------------------
    def _build_menus(self) -> dict[str, QMenu]:
        bar = self.menuBar()
        titles = ("&File", "&Item", "&Sell", "&Recipe", "&View", "&Help")
        file, item, sell, recipe, view, help_ = (bar.addMenu(t) for t in titles)
        self.import_sales_action = self._action(file, "&Import sales…", "Ctrl+I", self.import_sales)
        self.import_sales_action.setIcon(icon("import"))
        self.import_sales_action.setToolTip("Import sales from a POS export (Ctrl+I)")
        file.addSeparator()
        self._action(file, "&Settings…", "Ctrl+,", self.show_settings)
        self._action(file, "S&witch user…", "Ctrl+Shift+L", self.doorman.switch_user)
        self._action(file, "&Quit", "Ctrl+Q", self.close)
        self._action(view, "&Refresh", "F5", self.context.changes.changed.emit)
        self._action(view, "&Find", "Ctrl+F", self.focus_search)
        view.addSeparator()
        pages = view.addMenu("&Go to page")
        self._action(help_, "&Keyboard shortcuts", "F1", self.show_shortcuts)
        self._action(help_, "&About", "Shift+F1", self.show_about)
        return {
            "file": file,
            "item": item,
            "sell": sell,
            "recipe": recipe,
            "view": view,
            "pages": pages,
            "help": help_,
        }

    def _action(self, menu: QMenu, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda: slot())
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.database_label = QLabel(f"Database: {self.context.database.label}")
        self.database_label.setToolTip(self.context.database.label)
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.doorman.badge)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def all_actions(self) -> list[QAction]:
        """Every menu action, in menu order (the shortcuts dialog lists these)."""
        found: list[QAction] = []
        for menu in self._menus.values():
            found += [a for a in menu.actions() if not a.isSeparator() and not a.menu()]
        return found

    # --- actions --------------------------------------------------------------------------
    def focus_search(self) -> None:
        page = self.current_page()
        if isinstance(page, Searchable):
            page.focus_search()

    def import_sales(self) -> None:
        summary = ImportSalesDialog.ask(self, context=self.context)
        if summary is not None:
            self.show_message(f"Imported {summary.imported:,} sales from {summary.file_name}")

    def show_settings(self) -> None:
        """Saved settings change what pages show (VAT, measures): each refreshes itself."""
        if SettingsDialog.ask(self, context=self.context) is not None:
            self.show_message("Settings saved")

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, actions=self.all_actions()).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Inventory",
            f"<b>inventory_app {__version__}</b><p>Stock for small cocktail bars: bottles, "
            "flasks, counts and orders, kept in an append-only ledger.</p>",
        )

    def on_scanned(self, code: str) -> None:
        """A scan jumps to its item; the scanned digits do not stay in a text field."""
        self._strip_from_focused_field(code)
        if self.current_page() is self.count_page and self.count_page.take_scan(code):
            return
        if self.current_page() is self.openings_page and self.openings_page.take_scan(code):
            return
        found = queries.lookup_code(self.context.database, code)
        if found is None:
            self.show_message(f"Scanned {code}: no item has this barcode or SKU")
            return
        item_id, name = found
        self.show_page(self.stock_page)
        self.stock_page.select_item(item_id)
        self.stock_page.table.setFocus()
        self.show_message(f"Scanned {code}: {name}")

    def _strip_from_focused_field(self, code: str) -> None:
        field = QApplication.focusWidget()
        if isinstance(field, QLineEdit) and field.text().endswith(code):
            field.setText(field.text()[: -len(code)])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop watching the keyboard before the window goes."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.doorman.stop()
        super().closeEvent(event)
