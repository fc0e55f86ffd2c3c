"""Where a scan goes: the page on screen takes it (Count, Openings), or the Stock page
shows its item; the scanned digits never stay in the text field they were typed into.

The scanner (ui/barcode_scanner.py) tells a scan from typing; this is what the window
does with one. Apart from the window (ui/main_window.py), which connects the two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QApplication, QWidget

from inventory_app.i18n.catalogue import tr

if TYPE_CHECKING:  # the pages and the queries load after the first paint
    from inventory_app.ui.context import AppContext
    from inventory_app.ui.pages.stock_page import StockPage


@runtime_checkable
class TakesScans(Protocol):
    """A page that takes a scan itself (Count, Openings) before the window looks it up."""

    def take_scan(self, code: str) -> bool: ...


class Window(Protocol):
    """What a scan needs of the main window (described here, not imported: no cycle)."""

    @property
    def context(self) -> AppContext: ...
    @property
    def stock_page(self) -> StockPage: ...
    def page_shown(self) -> QWidget | None: ...
    def show_page(self, widget: QWidget) -> None: ...
    def show_message(self, text: str) -> None: ...


def route_scan(window: Window, code: str) -> None:
    """A scan jumps to its item; the scanned digits do not stay in a text field."""
    from inventory_app.ui import batch_operations, queries

    strip_from_focused_field(code)
    page = window.page_shown()
    batch = batch_operations.scanned_batch(window.context.database, code)
    if batch is not None:  # a house prep's label: that batch, or its flask where items count
        if not (isinstance(page, TakesScans) and page.take_scan(batch.sku)):
            window.show_page(window.stock_page)
            window.stock_page.select_item(batch.item_id)
            window.stock_page.show_batches(select=batch.code)
        window.show_message(
            tr("Scanned batch {code}: {name}").format(code=batch.code, name=batch.name)
        )
        return
    if isinstance(page, TakesScans) and page.take_scan(code):
        return
    found = queries.lookup_code(window.context.database, code)
    if found is None:
        window.show_message(tr("Scanned {code}: no item has this barcode or SKU").format(code=code))
        return
    item_id, name = found
    window.show_page(window.stock_page)
    window.stock_page.select_item(item_id)
    window.stock_page.table.setFocus()
    window.show_message(tr("Scanned {code}: {name}").format(code=code, name=name))


def is_known_barcode(window: Window, code: str) -> bool:
    """Whether a code typed into an editor is one of the bar's barcodes or batch codes
    (then it is a scan)."""
    from inventory_app.ui import batch_operations, queries

    database = window.context.database
    if batch_operations.scanned_batch(database, code) is not None:
        return True
    return queries.is_known_barcode(database, code)


def strip_from_focused_field(code: str) -> None:
    """The scanner typed the code into the focused field too: take it back out."""
    from PySide6.QtWidgets import QLineEdit

    field = QApplication.focusWidget()
    if isinstance(field, QLineEdit) and field.text().endswith(code):
        field.setText(field.text()[: -len(code)])
