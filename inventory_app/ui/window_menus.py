"""The main window's menu bar: File, Item, Sell, Recipe, View and Help, and every shortcut.

The pages' own actions (Item, Sell, Recipe) are filled in by the window as pages are built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from inventory_app import __version__
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.ui.icons import icon
from inventory_app.ui.page_table import Menu

if TYPE_CHECKING:
    from inventory_app.ui.context import AppContext

BAR = (Menu.FILE, Menu.ITEM, Menu.SELL, Menu.RECIPE, Menu.VIEW, Menu.HELP)


class Window(Protocol):
    """What the menus need of the main window (described here, not imported: no cycle)."""

    @property
    def context(self) -> AppContext: ...
    def window(self) -> QWidget: ...  # Qt's: the main window itself, as a widget
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def show_message(self, text: str) -> None: ...
    def switch_user(self) -> None: ...
    def refresh_all(self) -> None: ...
    def focus_search(self) -> None: ...
    def all_actions(self) -> list[QAction]: ...


class MenuBar:
    """The menus, their actions, and the shortcuts, given once the window opens.

    The first QKeySequence sets up PySide6's whole Qt namespace (~20 ms of enum types):
    the frame paints without it, before any shortcut could do anything.
    """

    def __init__(self, window: Window) -> None:
        self._window = window
        self._pending: list[tuple[QAction, str]] = []
        self._open = False
        self._english: dict[QAction, str] = {}  # each action's English text, for retranslate
        bar = window.menuBar()
        self.menus: dict[Menu, QMenu] = {menu: bar.addMenu(tr(menu.value)) for menu in BAR}
        file, view, help_ = self.menus[Menu.FILE], self.menus[Menu.VIEW], self.menus[Menu.HELP]
        self.import_sales = self.action(
            file, N_("&Import sales…"), "Ctrl+I", lambda: import_sales(window)
        )
        self.import_sales.setIcon(icon("import"))
        self._tips = {self.import_sales: N_("Import sales from a POS export (Ctrl+I)")}
        self.unmatched_sales = self.action(
            file, N_("&Unmatched sales…"), "Ctrl+Shift+U", lambda: show_unmatched(window)
        )
        file.addSeparator()
        self.needs_database = [
            self.import_sales,
            self.unmatched_sales,
            self.action(file, N_("&Settings…"), "Ctrl+,", lambda: show_settings(window)),
            self.action(file, N_("Su&ppliers…"), "Ctrl+Shift+S", lambda: show_suppliers(window)),
            self.action(file, N_("S&witch user…"), "Ctrl+Shift+L", window.switch_user),
        ]
        self.action(file, N_("&Quit"), "Ctrl+Q", window.close)
        self.needs_database.append(self.action(view, N_("&Refresh"), "F5", window.refresh_all))
        self.action(view, N_("&Find"), "Ctrl+F", window.focus_search)
        view.addSeparator()
        pages = view.addMenu(tr(Menu.PAGES.value))
        self.needs_database.append(
            self.action(help_, N_("&Keyboard shortcuts"), "F1", lambda: show_shortcuts(window))
        )
        for action in self.needs_database:
            action.setEnabled(False)
        self.action(help_, N_("&About"), "Shift+F1", lambda: show_about(window))
        self.menus = {menu: self.menus[menu] for menu in BAR[:-1]} | {
            Menu.PAGES: pages,
            Menu.HELP: help_,
        }  # in menu order: the shortcuts dialog lists them so
        self.retranslate()

    def action(self, menu: QMenu, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        """`text` is English, marked N_: shown in the current language (and again on a change)."""
        action = QAction(tr(text), self._window.window())
        self._english[action] = text
        if keys:
            self.shortcut(action, keys)
        action.triggered.connect(lambda: slot())
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        """The menus' titles and their actions' texts in the current language."""
        for menu, shown in self.menus.items():
            shown.setTitle(tr(menu.value))
        for action, text in self._english.items():
            action.setText(tr(text))
        for action, tip in self._tips.items():
            action.setToolTip(tr(tip))

    def shortcut(self, action: QAction, keys: str) -> None:
        """Given now if the window is open, else when it opens."""
        if self._open:
            action.setShortcut(QKeySequence(keys))
        else:
            self._pending.append((action, keys))

    def open(self) -> None:
        """The database is open: the shortcuts, and the actions that need it."""
        self._open = True
        for action, keys in self._pending:
            action.setShortcut(QKeySequence(keys))
        self._pending.clear()
        for action in self.needs_database:
            action.setEnabled(True)

    def all_actions(self) -> list[QAction]:
        """Every menu action, in menu order."""
        found: list[QAction] = []
        for menu in self.menus.values():
            found += [a for a in menu.actions() if not a.isSeparator() and not a.menu()]
        return found


def import_sales(window: Window) -> None:
    from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog
    from inventory_app.ui.formatting import count_text

    summary = ImportSalesDialog.ask(window.window(), context=window.context)
    if summary is not None:
        said = ntr(
            "Imported {count} sale from {file}",
            "Imported {count} sales from {file}",
            summary.imported,
        ).format(count=count_text(summary.imported), file=summary.file_name)
        if summary.skipped_unknown:
            said += "; " + parked_text(summary.skipped_unknown)
        window.show_message(said)


def parked_text(parked: int) -> str:
    """How many lines wait as unmatched sales, and where they are resolved."""
    from inventory_app.ui.formatting import count_text

    return ntr(
        "{count} parked as an unmatched sale: resolve it with File › Unmatched sales…",
        "{count} parked as unmatched sales: resolve them with File › Unmatched sales…",
        parked,
    ).format(count=count_text(parked))


def show_unmatched(window: Window) -> None:
    """The till lines of no recipe, resolved one by one (also from the Dashboard's line)."""
    from inventory_app.ui.dialogs.unmatched_dialog import UnmatchedDialog

    if UnmatchedDialog.ask(window.window(), context=window.context):
        window.show_message(tr("Unmatched sales resolved: their stock is deducted"))


def show_settings(window: Window) -> None:
    """Saved settings change what pages show (VAT, measures): those refresh themselves."""
    from inventory_app.ui.dialogs.settings_dialog import SettingsDialog

    if SettingsDialog.ask(window.window(), context=window.context) is not None:
        window.show_message(tr("Settings saved"))


def show_suppliers(window: Window) -> None:
    """Their details, lead times and order days (also the Orders page's Suppliers… button)."""
    from inventory_app.ui.dialogs.suppliers_dialog import SuppliersDialog

    if SuppliersDialog.ask(window.window(), context=window.context):
        window.show_message(tr("Suppliers saved"))


def show_shortcuts(window: Window) -> None:
    from inventory_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(window.window(), actions=window.all_actions()).exec()


def show_about(window: Window) -> None:
    from PySide6.QtWidgets import QMessageBox  # its enums are set up when first used

    QMessageBox.about(
        window.window(),
        tr("About Inventory"),
        f"<b>inventory_app {__version__}</b><p>"
        + tr(
            "Stock for small cocktail bars: bottles, flasks, counts and orders, kept in an "
            "append-only ledger."
        )
        + "</p>",
    )
