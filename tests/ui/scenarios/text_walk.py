"""The walk of every page and dialog that test_every_text_translated.py judges.

It opens the real window on a copy of the demo bar, signs the owner in, visits each page
of the sidebar in turn, does what brings out their other texts (a sale, a search, a
selection, an open count), and opens the dialogs the menus and the pages' buttons reach.
What it sees is judged by tests/ui/scenarios/text_looking.py.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from inventory_app.db.migrate import open_database
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.recipes import RecipeKind
from inventory_app.services.imports.sales import import_sales
from inventory_app.ui import operations, order_operations, queries, window_menus
from inventory_app.ui.app import open_window
from inventory_app.ui.dialogs import count_dialogs
from inventory_app.ui.dialogs.documents_dialog import DocumentsDialog
from inventory_app.ui.dialogs.first_owner_dialog import FirstOwnerDialog
from inventory_app.ui.dialogs.pin_pad import OK
from inventory_app.ui.dialogs.pour_editor import PourEditor
from inventory_app.ui.dialogs.receive_dialog import ReceiveDialog
from inventory_app.ui.dialogs.receive_texts import lead_time_text
from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog
from inventory_app.ui.dialogs.suppliers_dialog import SuppliersDialog
from inventory_app.ui.dialogs.unmatched_dialog import UnmatchedDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.page_table import PAGES
from inventory_app.ui.pages.history_page import HistoryPage
from inventory_app.ui.pages.orders_page import OrdersPage
from tests.ui.scenarios.text_looking import TextLooker, bar_data

DEMO_OWNER, DEMO_PIN = "owner", "1234"
PARKED = (
    "Date,Time,Item,Qty,Gross Sales,Event Type,Notes\n"
    "2026-11-20,22:15:00,Signora Rossi,2,€28.00,Payment,mezcal e lime\n"
)


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        QApplication.processEvents()
        time.sleep(0.005)


@dataclass
class TextWalk:
    """Opens and walks the window; its looker holds what was seen and judged."""

    template: Path
    folder: Path
    _handled: list[QWidget] = field(default_factory=list)
    _expected: list[tuple[str, Callable[[QWidget], None] | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for file in self.template.parent.glob(f"{self.template.name}*"):
            shutil.copy(file, self.folder / file.name)
        self.database = open_database(f"sqlite:///{self.folder / self.template.name}")
        self.looker = TextLooker(bar_data(self.database))
        self.look = self.looker.look
        self.window = MainWindow()
        self._watching = False

    def close(self) -> None:
        self._watching = False
        self.window.close()
        self.window.deleteLater()
        QApplication.processEvents()
        self.database.dispose()

    # --- the walk -------------------------------------------------------------------------
    def run(self) -> None:
        self.window.resize(1280, 800)
        self.window.show()
        open_window(self.window, self.database, user=DEMO_OWNER)
        self._sign_in()
        self._watch_dialogs()
        for spec in PAGES:
            page = self.window.page(spec)
            self.window.show_page(page)
            self._settle(page)
            self.look(self.window, spec.cls)
        self._menus()
        self._after_doing()
        self._pours()
        self._stock()
        self._recipes()
        self._orders()
        self._count()
        self._first_owner()

    def _sign_in(self) -> None:
        wait_until(lambda: isinstance(self.window.doorman.dialog, SignInDialog))
        dialog = self.window.doorman.dialog
        assert isinstance(dialog, SignInDialog)
        wait_until(dialog.isVisible)
        self.look(dialog, "SignInDialog")
        dialog.pick(DEMO_OWNER)
        for key in DEMO_PIN:
            dialog.pad.press(key)
        dialog.pad.press(OK)
        wait_until(lambda: not dialog.isVisible())

    def _settle(self, page: QWidget) -> None:
        QApplication.processEvents()
        if isinstance(page, HistoryPage):  # its choices and count are read in the background
            wait_until(lambda: page.count_label.text() != "…" and page.filters.item.count() > 1)

    def _after_doing(self) -> None:
        """What pages say once something is done: a sale, a search, a pick, an opening."""
        window = self.window
        sell = window.sell_page
        window.show_page(sell)
        sell.sell(next(iter(sell.buttons)))
        self._seen_now("SellPage (after a sale)")
        stock = window.stock_page
        window.show_page(stock)
        stock.toolbar.search.setText(stock.model.rows[0].name)
        self._seen_now("StockPage (searched)")
        stock.toolbar.search.clear()
        bottles = window.bottles_page
        window.show_page(bottles)
        bottles.table.selectRow(0)
        self._seen_now("BottlesPage (a bottle picked)")
        traced = bottles.show_batches()
        assert traced is not None
        QApplication.processEvents()
        self.look(traced, type(traced).__name__)
        traced.close()
        openings = window.openings_page
        window.show_page(openings)
        openings.search.setText(bottles.model.rows[0].sku)
        self._seen_now("OpeningsPage (found)")
        openings.finish_selected()
        self._seen_now("OpeningsPage (finished)")
        history = window.history_page
        window.show_page(history)
        history.refresh()
        wait_until(lambda: history.count_label.text() != "…" and history.model.rowCount() > 0)
        history.table.selectRow(0)
        history.undo_selected()
        self._seen_now("HistoryPage (a line undone)")

    def _pours(self) -> None:
        """Sell › Bespoke drink with a recipe's lines; a parked till line, listed and resolved."""
        window = self.window
        window.show_page(window.sell_page)
        self.modal("BespokeDialog", window.sell_page.sell_bespoke, self._start_from_recipe)
        night = self.folder / "night.csv"
        night.write_text(PARKED, encoding="utf-8")
        with self.database.transaction() as session:
            import_sales(session, night, author=DEMO_OWNER, park_unknown=True)
        self.looker.data = bar_data(self.database)  # the till's own words: its name, its note
        window.refresh_all()
        window.show_page(window.dashboard_page)
        self._seen_now("DashboardPage (unmatched sales)")
        self.modal("UnmatchedDialog", lambda: window_menus.show_unmatched(window), self._resolve)

    def _start_from_recipe(self, dialog: QWidget) -> None:
        editor = getattr(dialog, "editor", None)
        assert isinstance(editor, PourEditor)
        editor.recipe.setCurrentIndex(0)
        editor.start_button.click()
        editor.search.setText("gin")
        self.look(dialog, "BespokeDialog (from a recipe)")

    def _resolve(self, dialog: QWidget) -> None:
        assert isinstance(dialog, UnmatchedDialog)
        self.modal("ResolveDialog", dialog.resolve_chosen, self._start_from_recipe)

    def _seen_now(self, screen: str) -> None:
        QApplication.processEvents()
        self.look(self.window, screen)

    def _menus(self) -> None:
        """File > Settings (both tabs, and Add person from it), Help > shortcuts and About."""
        window = self.window
        self.modal("SettingsDialog", lambda: window_menus.show_settings(window), self._add_person)
        self.modal("ShortcutsDialog", lambda: window_menus.show_shortcuts(window))
        self.modal("SuppliersDialog", lambda: window_menus.show_suppliers(window), self._new)
        self.modal("About", lambda: window_menus.show_about(window))
        self.modal("ImportSalesDialog", lambda: window_menus.import_sales(window))

    def _new(self, dialog: QWidget) -> None:
        """In Suppliers: New supplier, saved without a name (its refusal is read too)."""
        assert isinstance(dialog, SuppliersDialog)
        dialog.new_button.click()
        dialog.save()
        self.look(dialog, "SuppliersDialog (a new supplier refused)")

    def _add_person(self, dialog: QWidget) -> None:
        """In Settings: the People tab's Add person… (a dialog over the dialog)."""
        add = getattr(getattr(dialog, "people", None), "add_button", None)
        assert isinstance(add, QAbstractButton)
        self.modal("PersonDialog", add.click)

    def _stock(self) -> None:
        page = self.window.stock_page
        self.window.show_page(page)
        page.table.selectRow(0)
        self.modal("ItemDialog", page.new_item)
        self.modal("ItemDialog", page.edit_item)
        self.modal("AdjustDialog", page.adjust_stock)
        history = page.show_history()
        assert history is not None
        QApplication.processEvents()
        self.look(history, type(history).__name__)
        history.close()
        page.select_item(next(r.item_id for r in page.model.rows if r.kind == "flask"))
        self.modal("AdjustDialog (a flask: its batches)", page.adjust_stock)
        batches = page.show_batches()
        assert batches is not None
        QApplication.processEvents()
        self.look(batches, type(batches).__name__)
        batches.close()

    def _recipes(self) -> None:
        page = self.window.recipes_page
        self.window.show_page(page)
        self.modal("RecipeDialog", page.new_recipe)
        rows = page.model.rows
        page.select_recipe(next(r.recipe_id for r in rows if r.kind is RecipeKind.COCKTAIL))
        self.modal("RecipeDialog", page.edit_recipe)
        self.modal("ModifiersDialog", page.edit_modifiers, self._add_rule)
        page.select_recipe(next(r.recipe_id for r in rows if r.kind is RecipeKind.PREP))
        self.modal("MakeDialog", page.make_prep, self._made)

    def _made(self, dialog: QWidget) -> None:
        """Make: the result, its batch and the label's choices (Print label…)."""
        make = getattr(dialog, "make_button", None)
        assert isinstance(make, QAbstractButton)
        make.click()
        QApplication.processEvents()
        self.look(dialog, "MakeDialog (made)")

    def _add_rule(self, dialog: QWidget) -> None:
        """In Modifiers: Add… opens the rule editor over it."""
        add = getattr(dialog, "add_button", None)
        assert isinstance(add, QAbstractButton)
        self.modal("RuleDialog", add.click)

    def _orders(self) -> None:
        """A draft asks before Send and Cancel; the Receive dialog is shown with its lines."""
        page = self.window.orders_page
        self.window.show_page(page)
        page.tabs.setCurrentIndex(0)  # the proposal's tab, before it becomes drafts
        QApplication.processEvents()
        self.look(self.window, "OrdersPage (to order)")
        if not page.drafts:
            page.create_drafts()
        page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
        page.orders.selectRow(0)
        QApplication.processEvents()
        self.look(self.window, OrdersPage.__name__)
        self.modal("Send the order?", page.send_selected)
        self.modal("Cancel the order?", page.cancel_selected)
        order = page.selected_order()
        assert order is not None
        written = order_operations.export_orders(self.window.context, [order.order_id])
        assert not isinstance(written, InventoryError), written
        no_mail = replace(written[0], mailto=None, email="")  # as a supplier with no address
        # The files are named from the supplier's name, the day and the word for a draft.
        names = [p.name for p in written[0].files] + [str(written[0].folder)]
        self.looker.data = sorted([*self.looker.data, *names], key=len, reverse=True)
        written = [*written, no_mail]
        documents = DocumentsDialog(self.window, title=order.supplier, written=written)
        documents.show()
        self.look(documents, "DocumentsDialog")
        documents.reject()
        lead = next(x for x in queries.load_lead_times(self.database)
                    if x.supplier == order.supplier)  # fmt: skip
        dialog = ReceiveDialog(
            self.window, title=order.supplier, lines=page.lines_model.rows,
            heading=order.supplier, lead_time=lead_time_text(lead),
        )  # fmt: skip
        dialog.show()
        dialog.set_received(page.lines_model.rows[0].sku, "0", "1")  # outcomes and footer
        self.look(dialog, "ReceiveDialog")
        dialog.reject()

    def _count(self) -> None:
        """Start count's dialog, an open count, and the boxes of finalising it."""
        page = self.window.count_page
        self.window.show_page(page)
        self.modal("StartCountDialog", page.start_count)
        assert operations.start_count(self.window.context, locations=()) is None
        page.refresh()
        self.look(self.window, "CountPage (open)")
        assert page.state is not None
        state = page.state
        self.modal("Finalise the count", lambda: count_dialogs.confirm_finalise(self.window, state))
        self.modal("Count not finalised", lambda: count_dialogs.show_refused(self.window, state))
        row = state.rows[0]
        context = self.window.context
        saved = operations.set_count_line(
            context, item_id=row.item_id, sku=row.sku, texts={"full": "0"}
        )
        assert not isinstance(saved, InventoryError), saved
        report = operations.finalise_count(context)
        assert not isinstance(report, InventoryError), report
        self.modal("Count finalised", lambda: count_dialogs.show_summary(self.window, report))
        self.window.show_page(self.window.variance_page)
        QApplication.processEvents()
        self.look(self.window, "VariancePage (a finalised count)")

    def _first_owner(self) -> None:
        dialog = FirstOwnerDialog(self.window.context, self.window)
        dialog.show()
        self.look(dialog, "FirstOwnerDialog")
        dialog.reject()

    # --- dialogs that open modally: walked, then closed ------------------------------------
    def modal(
        self,
        screen: str,
        opening: Callable[[], object],
        then: Callable[[QWidget], None] | None = None,
    ) -> None:
        """Do what opens a modal dialog; it is walked (then `then`), closed, and must have come."""
        self._expected.append((screen, then))
        opening()
        assert (screen, then) not in self._expected, f"{screen} never opened"

    def _watch_dialogs(self) -> None:
        self._watching = True
        QTimer.singleShot(0, self._look_for_dialog)

    def _look_for_dialog(self) -> None:
        if not self._watching:
            return
        QTimer.singleShot(10, self._look_for_dialog)  # again first: a dialog may open a dialog
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or any(d is dialog for d in self._handled):
            return
        self._handled.append(dialog)
        screen, then = self._expected.pop() if self._expected else (dialog.windowTitle(), None)
        self.look(dialog, screen)
        if then is not None:
            then(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
