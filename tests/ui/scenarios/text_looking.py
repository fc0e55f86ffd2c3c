"""What the text walk sees and how it judges it: every text a person can see in a window.

A text is translated when it carries the pseudo language's ⟦; otherwise it must be
letter-free, the bar's own data (names read from its database through the services), or
words of ALLOWED_WORDS. Each untranslated text is kept with the widget showing it, its
object path and the module it comes from (tests/ui/scenarios/text_walk.py walks).
"""

from __future__ import annotations

import html
import importlib
import pkgutil
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

import inventory_app
from inventory_app.db.engine import Database
from inventory_app.i18n.catalogue import PSEUDO_OPEN
from inventory_app.services.views.stock import Order
from inventory_app.services.views.timeline_rows import Sort, TimelineFilter
from inventory_app.ui import batch_operations, pour_work, queries

CELL_ROWS = 12  # a table's first rows are read (its headings always): enough to see each kind
# Words that stay as they are in Italian too. Compared case-insensitively, whole words.
ALLOWED_WORDS = {
    # units a bar writes the same in any language (pcs is not here: Italian shows "pz")
    "ml", "cl", "l", "g", "kg", "oz",
    # codes and acronyms Italian bars use as they are
    "sku", "pos", "pin", "abv", "ok",
    # brands and file kinds
    "inventory_app", "excel", "libreoffice", "csv", "xlsx", "pdf", "square", "sqlite",
    "postgresql",
}  # fmt: skip
# A key sequence as Qt writes it: "Ctrl+Shift+N", "Ctrl+=", "F1" (key names are Qt's own).
KEYS = re.compile(
    r"(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d{1,2}\b|[A-Za-z]+|[0-9=+\-,.])|\bF\d{1,2}\b"
)
WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
# A ledger reference ("bottle:6", "movement:16455", "import:1"): a key into the data, shown
# as stored so that it can be searched for, like an SKU.
REFERENCE = re.compile(r"^[a-z_]+:\d+$")


@dataclass(frozen=True)
class Finding:
    """A text shown without going through the catalogue, and where it was seen."""

    text: str
    widget: str  # the class showing it
    path: str  # object names (or classes) from the window or dialog down to it
    origin: str  # the module of the nearest inventory_app class (the widget's, or the model's)
    screen: str  # the page or dialog being looked at


def import_everything() -> None:
    """Every module of the app, so that a constant translated at import time is caught."""
    skip = ("inventory_app.db.migrations", "inventory_app.__main__")
    for module in pkgutil.walk_packages(inventory_app.__path__, "inventory_app."):
        if not module.name.startswith(skip):
            importlib.import_module(module.name)


def report(findings: Iterable[Finding]) -> str:
    """The untranslated texts grouped by the module they come from, for the failure message."""
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        groups[finding.origin].append(finding)
    lines = []
    for origin in sorted(groups):
        lines.append(f"{origin} ({len(groups[origin])}):")
        lines += [f"  {f.text!r}  {f.widget} at {f.path}  [{f.screen}]" for f in groups[origin]]
    return "texts shown without the catalogue:\n" + "\n".join(lines)


def bar_data(database: Database) -> list[str]:
    """The bar's own words, read through the services: names a person typed, not the app."""
    rows, _style = queries.load_stock_view(database, order=Order.NAME)
    words = {w for r in rows for w in (r.name, r.sku, r.category, r.location, r.supplier)}
    words |= {code for r in rows for code in r.barcodes}
    choices = queries.load_choices(database)
    words |= {*choices.suppliers, *choices.locations, *choices.categories}
    for recipe in queries.load_recipe_rows(database):
        words |= {recipe.name, *recipe.pos_names, recipe.yield_sku or ""}
    # A modifier's name is the till's word, as the owner typed it ("Senza ghiaccio").
    words |= {rule.spec.modifier for rule in queries.load_modifier_rules(database, None)}
    for bottle in queries.load_bottles(database, state=None):
        words |= {bottle.label, bottle.name, bottle.cask, bottle.bottle_number}
    for proposal in queries.load_proposal(database):  # a supplier's contact heads its lines
        words |= {proposal.contact, proposal.email, proposal.phone}
    words |= {person.name for person in queries.load_all_people(database)}
    words |= {batch.code for batch in batch_operations.load_batches(database)}  # printed codes
    for line in pour_work.load_unmatched(database, include_resolved=True):
        words |= {line.item, line.note}  # the till's words: a guest's name, a note typed there
    # Notes already in the ledger are text as written (the demo's, in the language it was
    # made in); a note the app writes during the walk goes through the catalogue, and shows.
    everything = queries.load_timeline(
        database, TimelineFilter(), sort=Sort.AT, descending=True, after=None, limit=100_000
    )
    words |= {row.note for row in everything}
    words.add(database.label)
    return sorted((w for w in words if w), key=len, reverse=True)  # longest first


@dataclass
class TextLooker:
    """Looks at windows and dialogs; `findings`, `screens` and `wrapped` are the result."""

    data: list[str]  # the bar's own names, longest first (bar_data)
    findings: list[Finding] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)
    wrapped: int = 0
    _seen: set[tuple[str, str]] = field(default_factory=set)
    _screen: str = ""

    # --- looking ----------------------------------------------------------------------------
    def look(self, root: QWidget, screen: str) -> None:
        """Every text shown in `root` now (each tab of its tab widgets in turn)."""
        self._screen = screen
        self.screens.append(screen)
        tabs = [t for t in root.findChildren(QTabWidget) if t.isVisible()]
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                QApplication.processEvents()
                self._look_once(root)
        if not tabs:
            self._look_once(root)

    def _look_once(self, root: QWidget) -> None:
        self.judge(root.windowTitle(), root, "windowTitle")
        if isinstance(root, QMainWindow):
            self._menu_bar(root)
            self.judge(root.statusBar().currentMessage(), root.statusBar(), "message")
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible():
                self._widget(widget)

    def _menu_bar(self, window: QMainWindow) -> None:
        for action in window.menuBar().actions():
            menu = action.menu()
            self.judge(action.text(), window.menuBar(), "menu")
            if isinstance(menu, QMenu):
                self._menu(menu)

    def _menu(self, menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            owner = action.parent()
            self.judge(action.text(), owner if isinstance(owner, QObject) else menu, "action")
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                self._menu(submenu)

    def _widget(self, widget: QWidget) -> None:
        self.judge(widget.toolTip(), widget, "toolTip")
        if isinstance(widget, (QLabel, QAbstractButton)):
            self.judge(widget.text(), widget, "text")
        elif isinstance(widget, QGroupBox):
            self.judge(widget.title(), widget, "title")
        elif isinstance(widget, QLineEdit):
            self.judge(widget.placeholderText(), widget, "placeholder")
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                self.judge(widget.itemText(index), widget, "item")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.judge(widget.tabText(index), widget, "tab")
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            self.judge(widget.text(), widget, "text")
        elif isinstance(widget, QAbstractSpinBox):
            self.judge(widget.specialValueText(), widget, "specialValue")
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                self.judge(widget.item(row).text(), widget, "item")
        elif isinstance(widget, QHeaderView):
            return  # its headings are its table's model's, read with the table
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self._model(widget, widget.model())

    def _model(self, view: QAbstractItemView, model: QAbstractItemModel) -> None:
        """The headings, and the cells of the first rows (the F1 list is a table too)."""
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        owner = source if _ours(source) else view
        display = Qt.ItemDataRole.DisplayRole
        # A table of fixed texts (the F1 list) is read whole; a model of the bar's rows, its first.
        fixed = isinstance(view, QTableWidget)
        rows = model.rowCount() if fixed else min(model.rowCount(), CELL_ROWS)
        for column in range(model.columnCount()):
            self.judge(model.headerData(column, Qt.Orientation.Horizontal), owner, "heading")
            for row in range(rows):
                self.judge(model.index(row, column).data(display), owner, "cell")

    # --- judging --------------------------------------------------------------------------
    def judge(self, text: object, owner: QObject, what: str) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        if PSEUDO_OPEN in text:
            self.wrapped += 1
            return
        if self.is_data(text):
            return
        key = (text, _path(owner))
        if key in self._seen:
            return
        self._seen.add(key)
        self.findings.append(
            Finding(text, f"{type(owner).__name__}.{what}", _path(owner), _origin(owner),
                    self._screen)
        )  # fmt: skip

    def is_data(self, text: str) -> bool:
        """No words left once the bar's own names, allowed words and key names are taken out."""
        if REFERENCE.match(text):
            return True
        plain = html.unescape(TAG.sub(" ", text)) if "<" in text else text
        plain = KEYS.sub(" ", plain)
        for name in self.data:
            if name in plain:
                plain = plain.replace(name, " ")
        words = WORD.findall(plain)
        return all(w.lower().strip(".'’-") in ALLOWED_WORDS for w in words)


def _ours(thing: object) -> bool:
    return type(thing).__module__.startswith("inventory_app.")


QT_BUTTON = "Qt's standard buttons (Qt's own catalogue, qtbase_it.qm)"


def _origin(owner: QObject) -> str:
    """The module of the nearest inventory_app class, from the widget (or model) up.

    A tool button is its action's (the window puts its own actions on pages' toolbars);
    a message box says whose it is by its title (its parent is only the window).
    """
    if isinstance(owner, QToolButton) and owner.defaultAction() is not None:
        owner = owner.defaultAction().parent() or owner
    if isinstance(owner, QAbstractButton) and _standard(owner):
        return QT_BUTTON
    if isinstance(owner, QWidget) and isinstance(owner.window(), QMessageBox):
        return f"a message box ({owner.window().windowTitle()})"
    node: QObject | None = owner
    while node is not None:
        if _ours(node):
            return type(node).__module__
        node = node.parent()
    return type(owner).__module__


def _standard(button: QAbstractButton) -> bool:
    """One of Qt's own buttons (Cancel, Close, Save, Yes, No…), named by Qt, not by us."""
    box, window = button.parent(), button.window()
    if isinstance(box, QDialogButtonBox):
        which = box.standardButton(button).value
    elif isinstance(window, QMessageBox):
        which = window.standardButton(button).value
    else:
        return False
    if not which:
        return False
    plain = QDialogButtonBox(QDialogButtonBox.StandardButton(which))  # Qt's own words for it
    qt_text = plain.button(QDialogButtonBox.StandardButton(which)).text()
    plain.deleteLater()
    return button.text() == qt_text


def _path(owner: QObject) -> str:
    names = []
    node: QObject | None = owner
    while node is not None:
        names.append(node.objectName() or type(node).__name__)
        if isinstance(node, QWidget) and node.isWindow():
            break
        node = node.parent()
    return "/".join(reversed(names))
