"""The main window: a sidebar of pages, the menus with every shortcut, a status bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from inventory_app import __version__
from inventory_app.ui.column_fit import fit_tables
from inventory_app.ui.first_paint import after_first_paint_within
from inventory_app.ui.icons import icon, tinted, tinted_icon
from inventory_app.ui.page_table import MENU_PAGES, PAGES, PageSpec

if TYPE_CHECKING:  # PySide6's Qt namespace and the permissions load after the first paint
    from inventory_app.ui.context import AppContext

MAX_NUMBERED_PAGES = 9
SIDEBAR_WIDTH = 164
SIDEBAR_ICON_COLOUR = QColor("#e6eaf0")


@runtime_checkable
class Searchable(Protocol):
    """A page with a search field answers Ctrl+F."""

    def focus_search(self) -> None: ...


FIRST_SIZE = QSize(1366, 820)


class MainWindow(QMainWindow):
    """The frame paints first; open(context) then builds the page on screen, the rest on show.

    Pages are reached as attributes (window.stock_page): asking for one builds it. Each page
    refreshes itself on context.changes once built; a page never built needs no refresh.
    """

    def __init__(
        self, context: AppContext | None = None, *, clock: Callable[[], float] = time.monotonic
    ):
        super().__init__()
        self._context: AppContext | None = None
        self._unbuilt: dict[int, PageSpec] = {}  # sidebar row: the page not built yet
        self._built: dict[str, QWidget] = {}
        self._pending_shortcuts: list[tuple[QAction, str]] = []
        self.setWindowTitle("Inventory")
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
        self._menus = self._build_menus()
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        for spec in PAGES:
            self._unbuilt[self.stack.count()] = spec
            sidebar_icon = tinted_icon(spec.icon, SIDEBAR_ICON_COLOUR)
            self.add_page(spec.title, icon(spec.icon), _opening(), spec.shortcut, sidebar_icon)
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

        self._context = context
        self._set_shortcuts()
        self.doorman = Doorman(self, context)
        self.database_label.setText(f"Database: {context.database.label}")
        self.database_label.setToolTip(context.database.label)
        self.statusBar().addPermanentWidget(self.doorman.badge)
        if locked:
            self.doorman.cover()
        for action in self._needs_database:
            action.setEnabled(True)
        for key in MENU_PAGES:
            self._menus[key].aboutToShow.connect(lambda key=key: self._build_pages_of(key))
        app = QApplication.instance()
        assert app is not None, "MainWindow needs a running QApplication"
        self.scanner = BarcodeScanner(self, clock=self._clock, known=self._is_known_barcode)
        self.scanner.scanned.connect(self.on_scanned)
        app.installEventFilter(self.scanner)
        self.doorman.apply_role()
        self.daily_backups = DailyBackups(context.database.url, self)
        self.daily_backups.said.connect(self.show_message)
        self.wait_notices = WaitNotices(self)
        context.database.while_waiting = self.wait_notices.say
        row = max(self.sidebar.currentRow(), 0)
        self._show_row(row)
        page = self.stack.widget(row) or self
        after_first_paint_within(page, lambda: self._build_pages_of(*MENU_PAGES, one_now=True))

    def show_restored(self) -> None:
        """A backup was put back under the window: pages re-read, the one on screen is built.

        The pages with menu actions follow, in case the damaged file had stopped them.
        """
        self.refresh_all()
        self._show_row(max(self.sidebar.currentRow(), 0))
        QTimer.singleShot(0, self, lambda: self._build_pages_of(*MENU_PAGES, one_now=True))

    def refresh_all(self) -> None:
        """F5, or a backup put back: every page reads again."""
        from inventory_app.ui.context import Change

        self.context.changes.announce(Change.EVERYTHING)

    # --- the page registry ----------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        """window.stock_page and the like: the page, built now if it was not yet."""
        for row, spec in list(self.__dict__.get("_unbuilt", {}).items()):
            if spec.attribute == name:
                return self._build_row(row)
        built = self.__dict__.get("_built", {})
        if name in built:
            return built[name]
        raise AttributeError(name)

    def built_pages(self) -> list[QWidget]:
        """The pages built so far (nothing is built by asking)."""
        return list(self._built.values())

    def built(self, attribute: str) -> QWidget | None:
        """The page if it has been built (nothing is built by asking)."""
        return self._built.get(attribute)

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
        action.setStatusTip(f"Go to {name}")
        if shortcut:
            self._shortcut(action, shortcut)
        action.triggered.connect(lambda: self.sidebar.setCurrentRow(number))
        self._menus["pages"].addAction(action)
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
        self._built[spec.attribute] = page
        self._wire(spec, page)
        return page

    def _wire(self, spec: PageSpec, page: Any) -> None:
        """What the window does with a page once it exists: messages, menus, its role, and
        tables that fit their columns and show cut text whole."""
        fit_tables(page)
        if hasattr(page, "status_message"):
            page.status_message.connect(self.show_message)
        if spec.attribute == "dashboard_page":
            page.order_requested.connect(self.open_order)
        if spec.attribute == "stock_page":
            page.toolbar.add_buttons([self.import_sales_action])
        for key in {key for key, _names in spec.menus}:
            self._fill_menu(key)
        self.doorman.apply_role()

    def _fill_menu(self, key: str) -> None:
        """A page menu lists the built pages' actions, in page order."""
        menu = self._menus[key]
        menu.clear()
        for spec in PAGES:
            page: Any = self._built.get(spec.attribute)
            for menu_key, names in spec.menus:
                if page is not None and menu_key == key:
                    actions = page.actions_by_name
                    menu.addActions([actions[n] for n in names] or list(actions.values()))

    def _build_pages_of(self, *keys: str, one_now: bool = False) -> None:
        """Build the pages whose actions these menus hold (one per turn of the event loop)."""
        for row, spec in sorted(self._unbuilt.items()):
            if any(key in keys for key, _names in spec.menus):
                self._build_row(row)
                if one_now:
                    QTimer.singleShot(0, self, lambda: self._build_pages_of(*keys, one_now=True))
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

    # --- menus and status bar -------------------------------------------------------------
    def _build_menus(self) -> dict[str, QMenu]:
        bar = self.menuBar()
        titles = ("&File", "&Item", "&Sell", "&Recipe", "&View", "&Help")
        file, item, sell, recipe, view, help_ = (bar.addMenu(t) for t in titles)
        self.import_sales_action = self._action(file, "&Import sales…", "Ctrl+I", self.import_sales)
        self._needs_database = [self.import_sales_action]
        self.import_sales_action.setIcon(icon("import"))
        self.import_sales_action.setToolTip("Import sales from a POS export (Ctrl+I)")
        file.addSeparator()
        self._needs_database += [
            self._action(file, "&Settings…", "Ctrl+,", self.show_settings),
            self._action(file, "S&witch user…", "Ctrl+Shift+L", lambda: self.doorman.switch_user()),
        ]
        self._action(file, "&Quit", "Ctrl+Q", self.close)
        self._needs_database.append(self._action(view, "&Refresh", "F5", self.refresh_all))
        self._action(view, "&Find", "Ctrl+F", self.focus_search)
        view.addSeparator()
        pages = view.addMenu("&Go to page")
        self._needs_database.append(
            self._action(help_, "&Keyboard shortcuts", "F1", self.show_shortcuts)
        )
        for action in self._needs_database:
            action.setEnabled(False)
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
            self._shortcut(action, keys)
        action.triggered.connect(lambda: slot())
        menu.addAction(action)
        return action

    def _shortcut(self, action: QAction, keys: str) -> None:
        """Given now if the window is open, else when it opens.

        The first QKeySequence sets up PySide6's whole Qt namespace (~20 ms of enum
        types): the frame paints without it, before any shortcut could do anything.
        """
        if self._context is not None:
            action.setShortcut(QKeySequence(keys))
        else:
            self._pending_shortcuts.append((action, keys))

    def _set_shortcuts(self) -> None:
        for action, keys in self._pending_shortcuts:
            action.setShortcut(QKeySequence(keys))
        self._pending_shortcuts.clear()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def all_actions(self) -> list[QAction]:
        """Every menu action, in menu order (the shortcuts dialog lists these)."""
        self.build_all_pages()
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
        from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog

        summary = ImportSalesDialog.ask(self, context=self.context)
        if summary is not None:
            self.show_message(f"Imported {summary.imported:,} sales from {summary.file_name}")

    def show_settings(self) -> None:
        """Saved settings change what pages show (VAT, measures): each refreshes itself."""
        from inventory_app.ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog.ask(self, context=self.context) is not None:
            self.show_message("Settings saved")

    def show_shortcuts(self) -> None:
        from inventory_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self, actions=self.all_actions()).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums are set up when first used

        QMessageBox.about(
            self,
            "About Inventory",
            f"<b>inventory_app {__version__}</b><p>Stock for small cocktail bars: bottles, "
            "flasks, counts and orders, kept in an append-only ledger.</p>",
        )

    def on_scanned(self, code: str) -> None:
        """A scan jumps to its item; the scanned digits do not stay in a text field."""
        from inventory_app.ui import queries

        self._strip_from_focused_field(code)
        page: Any = self.current_page()
        for name in ("count_page", "openings_page"):
            taker: Any = self.built(name)
            if taker is not None and page is taker and taker.take_scan(code):
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

    def _is_known_barcode(self, code: str) -> bool:
        from inventory_app.ui import queries

        return queries.is_known_barcode(self.context.database, code)

    def _strip_from_focused_field(self, code: str) -> None:
        from PySide6.QtWidgets import QLineEdit

        field = QApplication.focusWidget()
        if isinstance(field, QLineEdit) and field.text().endswith(code):
            field.setText(field.text()[: -len(code)])

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
    label = QLabel("Opening the bar…")
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
