"""The pages in Italian on the demo bar: Italian words, and numbers as an Italian bar writes them.

The window is opened after the `italian` fixture has switched the language, as a start
with LANG=it_IT does; pages are reached through the window (show_page), as the sidebar's
titles are themselves Italian here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.stock_model import Column
from inventory_app.ui.pages.sell_widgets import price_text

Horizontal = Qt.Orientation.Horizontal


def shown(window: MainWindow, page: Any) -> Any:
    window.show_page(page)
    QApplication.processEvents()
    return page


def stock_cells(window: MainWindow, sku: str) -> dict[Column, str]:
    page = window.stock_page
    for row in range(page.proxy.rowCount()):
        cells = {c: page.proxy.index(row, c).data() for c in Column}
        if cells[Column.SKU] == sku:
            return cells
    raise AssertionError(f"{sku} is not shown")


def test_the_stock_page_in_italian(
    italian: None, open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window()
    page = shown(window, window.stock_page)
    toolbar = page.toolbar
    assert toolbar.low_only.text() == "Solo sotto&scorta ed esauriti"
    assert [toolbar.order.itemText(n) for n in range(2)] == ["Ordine di giro", "Nome"]
    assert toolbar.search.placeholderText().startswith("Cerca nome, SKU, categoria")
    assert re.fullmatch(r"\d+ articoli · \d+ sottoscorta · \d+ esauriti", toolbar.count.text())
    # Thousands with a dot, decimals with a comma: 1.500 ml, 2,5 bottles, a par of 1.000.
    assert stock_cells(window, "VER-PUNT")[Column.ON_HAND] == "1.500 ml"
    assert stock_cells(window, "VER-COCCHI")[Column.CONTAINERS] == "2,5 bt"
    assert stock_cells(window, "TA-STRAW")[Column.PAR] == "1.000"
    qtbot.keyClicks(toolbar.search, "Punt e Mes")
    assert re.fullmatch(r"1 di \d+ articoli · \d+ sottoscorta · \d+ esauriti", toolbar.count.text())
    assert [a.text() for a in page.actions_by_name.values()] == [
        "&Nuovo articolo…", "&Modifica articolo…", "&Storico…", "&Rettifica giacenza…",
        "&Lotti…",
    ]  # fmt: skip


def test_the_sell_page_in_italian(
    italian: None, open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window()
    page = shown(window, window.sell_page)
    captions = [label.text() for label in page.findChildren(type(page.today_label))]
    assert {"OGGI", "CANALE", "QUANTITÀ", "ULTIME VENDITE"} <= set(captions)
    assert [b.text() for b in page.channel.buttons.values()] == ["Asporto", "Speakeasy"]
    assert page.no_sales.text() == "Nessuna vendita da annullare"
    tile = page.buttons["Negroni"]
    assert tile.toolTip() == f"Vendi Negroni ({price_text(tile.price)})"
    assert re.fullmatch(r"\d+,\d\d\u00a0€", price_text(tile.price))  # '9,00 €'
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert page.feedback.text() == "✓  Venduto 1 × Negroni, asporto"
    assert page.today_label.text() == "1 drink"
    assert page.recent_rows[0].when.text().startswith("asporto · ")
    assert page.recent_rows[0].undo.text() == "Annulla"
    qtbot.mouseClick(page.recent_rows[0].undo, Qt.MouseButton.LeftButton)
    assert page.feedback.text() == (
        "✓  Annullato: 1 × Negroni; gli ingredienti sono tornati in giacenza"
    )


def test_the_dashboard_in_italian(
    italian: None, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window()
    page = shown(window, window.dashboard_page)
    low = page.low.model
    titles = [low.headerData(c, Horizontal) for c in range(low.columnCount())]
    assert titles == ["Articolo", "Stato", "Contenitori", "Copertura"]
    assert page.low.title.text() == "Sottoscorta ed esauriti"
    statuses = {low.index(r, 1).data() for r in range(low.rowCount())}
    assert statuses == {"Esaurito", "Sottoscorta"}
    assert "0,5" in {low.index(r, 2).data() for r in range(low.rowCount())}
    assert re.fullmatch(r"\d+ esauriti · \d+ sottoscorta · 0 ordini aperti", page.heading.text())
    assert page.open_orders.empty.text() == "Nessun ordine aperto"


def test_the_control_week_in_italian(
    italian: None, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window()
    page = shown(window, window.control_page)
    page.show_week_of(date(2026, 3, 11))
    assert page.period_label.text() == "lun 9 mar – dom 15 mar 2026"
    assert page.previous_button.text() == "◀  Settimana prima"
    assert page.open_caption.text().startswith("APERTE ORA · ")


def test_the_history_filters_in_italian(
    italian: None, open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window()
    page = shown(window, window.history_page)
    qtbot.waitUntil(lambda: page.filters.reason.count() > 1)
    reasons = [page.filters.reason.itemText(n) for n in range(page.filters.reason.count())]
    assert reasons[0] == "Qualsiasi causale"
    assert {"vendita", "carico", "scarto", "rottura", "omaggio", "rettifica"} <= set(reasons)
    assert page.filters.since.text() == "Qualsiasi"
    page.filters.set_days(date(2026, 12, 7), date(2026, 12, 7))
    assert page.filters.since.text() == "07/12/2026"
    qtbot.waitUntil(lambda: page.count_label.text() != "…")
    assert re.fullmatch(r"[\d.]+ righe|1 riga", page.count_label.text())
