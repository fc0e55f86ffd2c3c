"""The main window in Italian (issue 17): the sidebar, the menus, the status bar and the
sign-in badge speak it, the pages' names fit the sidebar and the menus fit the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QMenu

from inventory_app.i18n.catalogue import ENGLISH, ITALIAN, set_language
from inventory_app.ui.context import Change
from inventory_app.ui.dialogs.pin_pad import OK
from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.stock_model import Column
from tests.ui.scenarios.conftest import go_to

PAGES = [
    "Panoramica", "Giacenze", "Vendita", "Ricette", "Aperture", "Bottiglie", "Conta",
    "Scostamenti", "Controllo", "Ordini", "Storico",
]  # fmt: skip


@pytest.fixture
def window(italian: None, open_main_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    made = open_main_window()
    yield made
    if isinstance(made.doorman.dialog, QDialog):  # a lock refuses Escape: end it outright
        made.doorman.dialog.done(0)


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_sidebar_and_the_menus_are_italian(window: MainWindow) -> None:
    sidebar = window.sidebar
    assert [sidebar.item(row).text() for row in range(sidebar.count())] == PAGES
    assert window.windowTitle() == "Inventario"
    bar = window.menuBar()
    assert [a.text() for a in bar.actions()] == [
        "&File", "&Articolo", "&Vendita", "&Ricetta", "Visuali&zza", "A&iuto",
    ]  # fmt: skip
    file, view, help_ = (a.menu() for a in bar.actions() if a.text() in ("&File", "Visuali&zza",
                                                                          "A&iuto"))  # fmt: skip
    assert isinstance(file, QMenu) and isinstance(view, QMenu) and isinstance(help_, QMenu)
    assert menu_texts(file) == [
        "&Importa vendite…", "Vendite &non abbinate…", "I&mpostazioni…", "&Fornitori…",
        "&Cambia utente…", "&Esci",
    ]  # fmt: skip
    assert menu_texts(view) == ["&Aggiorna", "&Trova", "&Vai alla pagina"]
    assert menu_texts(help_) == ["&Scorciatoie da tastiera", "&Informazioni"]
    pages = view.actions()[-1].menu()
    assert isinstance(pages, QMenu)
    assert menu_texts(pages) == [f"&{page}" for page in PAGES]
    assert pages.actions()[1].statusTip() == "Vai a Giacenze"
    assert window.import_sales_action.toolTip() == (
        "Importa le vendite da un export della cassa (Ctrl+I)"
    )


def test_the_status_bar_and_the_badge_are_italian(window: MainWindow) -> None:
    assert window.database_label.text().startswith("Database: ")
    assert window.doorman.who.text() == "Utente: owner"
    assert window.doorman.who.toolTip() == "Accesso come owner, titolare"
    assert window.doorman.switch_button.text() == "Cambia utente"
    window.on_scanned("0000000000000")
    assert window.statusBar().currentMessage() == (
        "Letto 0000000000000: nessun articolo ha questo codice a barre o SKU"
    )


def test_the_italian_names_fit_the_sidebar_and_the_menus_the_window(window: MainWindow) -> None:
    """Italian words run longer: each page's name is whole beside its icon, and the menu
    bar is no wider than the window the bar's laptop shows (1280 wide)."""
    sidebar = window.sidebar
    room = sidebar.viewport().width()
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        wanted = sidebar.iconSize().width() + sidebar.fontMetrics().horizontalAdvance(item.text())
        assert wanted + 16 <= room, f"{item.text()!r} is cut in the sidebar"
    assert window.menuBar().sizeHint().width() <= window.width()


def test_the_stock_page_reads_giacenze_with_italian_numbers(qtbot: Any, window: MainWindow) -> None:
    page = go_to(qtbot, window, "Giacenze")
    assert page is window.stock_page
    model = page.table.model()
    horizontal = Qt.Orientation.Horizontal
    titles = [model.headerData(n, horizontal) for n in range(model.columnCount())]
    assert titles[Column.ITEM : Column.SUPPLIER + 1] == [
        "Articolo", "Categoria", "Posizione", "Giacenza", "Contenitori", "Scorta ideale",
        "Punto di riordino", "Fornitore",
    ]  # fmt: skip
    stock = page.model
    litres = [(n, r) for n, r in enumerate(stock.rows) if r.unit == "ml" and r.on_hand >= 1000]
    whole = [(n, r) for n, r in litres if r.on_hand == int(r.on_hand)]
    assert whole, "the demo bar holds litres of something"
    for n, row in whole:  # '1.400 ml': a point groups the thousands
        expected = f"{int(row.on_hand):,} ml".replace(",", ".")
        assert stock.index(n, Column.ON_HAND).data() == expected
    part = [n for n, r in enumerate(stock.rows) if r.containers != int(r.containers)]
    assert part, "the demo bar has an open bottle"
    for n in part:  # '1,4 btl': a comma before the tenths
        number = stock.index(n, Column.CONTAINERS).data().split()[0]
        assert "," in number and "." not in number


def test_the_longer_italian_titles_are_whole_on_the_stock_page(
    qtbot: Any, window: MainWindow
) -> None:
    """'Punto di riordino' is painted semibold (app.qss): measured so, it fits its column."""
    page = go_to(qtbot, window, "Giacenze")
    header = page.table.horizontalHeader()
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    padding = 12  # app.qss: QHeaderView::section { padding: 6px 6px }
    model = page.table.model()
    for section in range(header.count()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        wanted = metrics.horizontalAdvance(title) + padding
        assert wanted <= header.sectionSize(section), f"{title!r} is cut"


def test_signing_in_speaks_italian(qtbot: Any, window: MainWindow) -> None:
    window.doorman.lock()
    dialog = window.doorman.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert window.doorman.who.text() == "Bloccato"
    assert window.doorman.who.toolTip() == "Accedi per usare la finestra"
    dialog.pick("giulia")
    for key in ("1", "1", "1", "1", OK):
        dialog.pad.press(key)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.doorman.who.text() == "Utente: giulia"
    assert window.doorman.who.toolTip() == "Accesso come giulia, barista"
    assert window.statusBar().currentMessage() == "Accesso: giulia"


def test_switching_language_in_settings_rewrites_the_window(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    """Opened in English; the language saved in Settings is Italian (the settings' change is
    announced): the window's own words and the tables' titles follow, and back again."""
    window = open_main_window()
    page = go_to(qtbot, window, "Stock")
    header = page.table.horizontalHeader()
    assert header.model().headerData(Column.ON_HAND, Qt.Orientation.Horizontal) == "On hand"
    set_language(ITALIAN)
    try:
        window.context.changes.announce(Change.SETTINGS)
        assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == PAGES
        assert window.menuBar().actions()[1].text() == "&Articolo"
        assert window.windowTitle() == "Inventario"
        assert window.doorman.who.text() == "Utente: owner"
        assert window.doorman.switch_button.text() == "Cambia utente"
        assert header.model().headerData(Column.ON_HAND, Qt.Orientation.Horizontal) == "Giacenza"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
    finally:
        set_language(ENGLISH)
        window.context.changes.announce(Change.SETTINGS)
    assert window.sidebar.item(1).text() == "Stock"
    assert window.menuBar().actions()[1].text() == "&Item"
    assert window.doorman.who.text() == "User: owner"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
